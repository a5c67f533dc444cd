import { ADMINS_ONLY, outcomes } from '../cast';
import type { Row } from '../matrix';

/**
 * The messages subgraph: each person sets their own message preferences (any role acting as a person; nobody for
 * someone else), admins see and retry the messages that could not be sent.
 */

export const messagesRows: Row<any>[] = [
  {
    operation: 'Query.failedMessages',
    document: '{ failedMessages(first: 1) { totalCount } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.messagesAuditLog',
    document: '{ messagesAuditLog(first: 1) { totalCount } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.setMessagePreferences',
    document:
      'mutation { setMessagePreferences(input: { language: NL, enabledKinds: [HOURS, COURSE_PLACE, CLAIMS, PAYMENTS] }) { version } }',
    // Always the caller's own: every volunteer and coordinator may, whichever team the cell is about.
    expect: outcomes({
      volunteerSelf: 'allowed',
      volunteerOnMate: 'allowed',
      volunteerOnOtherTeam: 'allowed',
      coordinatorOnOwnTeam: 'allowed',
      coordinatorOnOtherTeam: 'allowed',
      coordinatorSelf: 'allowed',
    }),
  },
  {
    operation: 'Mutation.retryFailedMessage',
    // No dead letter with this id: an admin gets NOT_FOUND only after passing the check, everyone else is refused first.
    document: 'mutation { retryFailedMessage(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: outcomes({ admin: 'NOT_FOUND' }),
  },
];
