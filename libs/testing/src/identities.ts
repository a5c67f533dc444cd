import { type Identity, Role } from '@buurtvolk/identity';

/** Callers for tests, one per role and scope. */
export const testIdentities = {
  admin: (): Identity => ({ subject: 'test-admin', role: Role.ADMIN, teamIds: [] }),
  coordinator: (teamId: string, volunteerId?: string): Identity => ({
    subject: `test-coordinator-${teamId}`,
    role: Role.COORDINATOR,
    teamIds: [teamId],
    volunteerId,
  }),
  volunteer: (volunteerId: string, teamId?: string): Identity => ({
    subject: `test-volunteer-${volunteerId}`,
    role: Role.VOLUNTEER,
    teamIds: teamId ? [teamId] : [],
    volunteerId,
  }),
  partner: (partnerId: string): Identity => ({ subject: `test-partner-${partnerId}`, role: Role.PARTNER, teamIds: [], partnerId }),
};
