import type { Identity } from '@buurtvolk/identity';
import { access, assertAllowed } from '@buurtvolk/subgraph-kit';

/**
 * Who may see and do what in the messages subgraph; services ask it, resolvers stay thin.
 * - A person sets and reads their own message preferences; admins read anyone's (to help), and change none.
 * - Coordinators and partners see no one's preferences: which mail a person wants is theirs.
 * - Admins see the messages that could not be sent (dead letters) and send them again.
 */
export class MessagesPolicy {
  constructor(readonly identity: Identity | null) {}

  canReadPreferences(volunteerId: string): boolean {
    return access.isAdmin(this.identity) || this.identity?.volunteerId === volunteerId;
  }

  assertCanReadPreferences(volunteerId: string): void {
    assertAllowed(this.canReadPreferences(volunteerId), 'Only the person themselves and admins see their message preferences');
  }

  /** The caller's own volunteer id: only a person sets their own preferences. */
  ownVolunteerId(): string {
    const volunteerId = this.identity?.volunteerId;
    assertAllowed(Boolean(volunteerId), 'Only a person sets their own message preferences; sign in as that person');
    return volunteerId!;
  }

  assertCanManageDeadLetters(): void {
    assertAllowed(access.isAdmin(this.identity), 'Only admins see and retry messages that could not be sent');
  }
}
