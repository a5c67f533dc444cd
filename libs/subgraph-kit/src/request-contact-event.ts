import type { NeighbourhoodRequestAnswered } from '@buurtvolk/events';
import { seal, unseal } from './pagination';

/** Event type: teams → messages, when an admin moves a neighbourhood request to a new status. */
export const NEIGHBOURHOOD_REQUEST_ANSWERED = 'NeighbourhoodRequestAnswered';

/** What only the mail to the requester needs: their address and, for a decline, the reason the foundation gave. */
export interface RequestAnswerContact {
  email: string;
  declineReason: string | null;
}

/**
 * The payload on the queue (NeighbourhoodRequestAnswered in the event catalogue). The requester's address and the
 * decline's reason travel sealed (AES-256-GCM under CURSOR_SECRET, like VolunteerContactChanged), bound to the request,
 * its status and version, so a payload cannot be replayed under another request.
 */
export function sealRequestAnswer(
  answer: Omit<NeighbourhoodRequestAnswered, 'sealed'>,
  contact: RequestAnswerContact,
): NeighbourhoodRequestAnswered {
  return {
    ...answer,
    sealed: seal(['request-answer', answer.requestId, answer.status, answer.version, contact.email, contact.declineReason ?? '']),
  };
}

/** The address and reason in a payload; throws when it was not sealed for this request, status and version. */
export function unsealRequestAnswer(payload: NeighbourhoodRequestAnswered): RequestAnswerContact {
  const values = unseal(payload.sealed, 6);
  if (
    !values ||
    values[0] !== 'request-answer' ||
    values[1] !== payload.requestId ||
    values[2] !== payload.status ||
    values[3] !== payload.version
  )
    throw new Error(`NeighbourhoodRequestAnswered for ${payload.requestId} is not sealed by this deployment`);
  return { email: String(values[4]), declineReason: values[5] ? String(values[5]) : null };
}
