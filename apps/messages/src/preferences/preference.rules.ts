import { ALL_KINDS, type MessageKind } from '../messages/message-kind';

/** The kinds to store as turned off: every known kind not chosen, in a fixed order. */
export function disabledKinds(enabled: readonly MessageKind[]): MessageKind[] {
  return ALL_KINDS.filter((kind) => !enabled.includes(kind));
}
