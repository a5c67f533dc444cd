import { ADMINS_ONLY, outcomes } from '../cast';
import { activity, activityInput, hourEntry, hoursInput } from '../fixtures/activities';
import { instant, THIS_YEAR } from '../fixtures/dates';
import type { Row } from '../matrix';

/** Activities, sign-ups, hours and hour figures (the activities subgraph). */

/** A team's activities are planned and changed by its coordinators and admins. */
const TEAM_MANAGERS = outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' });
/** Signing up is for residents, with their own token; another team's activity is not found. */
const SIGN_UP = outcomes({
  volunteerSelf: 'allowed',
  volunteerOnMate: 'allowed',
  volunteerOnOtherTeam: 'NOT_FOUND',
  coordinatorOnOwnTeam: 'allowed',
  coordinatorOnOtherTeam: 'NOT_FOUND',
  coordinatorSelf: 'allowed',
});
/** Deciding on hours: a coordinator of the entry's team or an admin. */
const DECIDERS = outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' });

export const activityRows: Row<any>[] = [
  {
    operation: 'Query.activity',
    document: 'query ($id: ID!) { activity(id: $id) { id title } }',
    arrange: async (cell, world) => ({
      variables: { id: (await world.once(`activity:${cell.target.team}`, () => activity(world, cell.target.team))).id },
    }),
    expect: outcomes({ volunteerOnOtherTeam: null, coordinatorOnOtherTeam: null, partnerOnOtherArea: null }, 'allowed'),
  },
  {
    operation: 'Query.nationalHours',
    document: `{ nationalHours(year: ${THIS_YEAR}) { municipalityCode approvedHours } }`,
    // Admins get the country, partners their own neighbourhoods.
    expect: outcomes({ partnerOnOwnArea: 'allowed', partnerOnOtherArea: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Query.activitiesAuditLog',
    document: '{ activitiesAuditLog(first: 1) { totalCount } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.planActivity',
    document: 'mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }',
    variables: (cell) => ({ input: activityInput(cell.target.team) }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.planActivitySeries',
    document: 'mutation ($input: PlanActivitySeriesInput!) { planActivitySeries(input: $input) { id } }',
    variables: (cell) => ({ input: { ...activityInput(cell.target.team), frequency: 'WEEKLY', until: instant(21).slice(0, 10) } }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.updateActivity',
    document: 'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
    arrange: async (cell, world) => ({ variables: { input: { ...(await activity(world, cell.target.team)), location: 'Buurthuis' } } }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.cancelActivity',
    document: 'mutation ($id: ID!, $version: Int!) { cancelActivity(id: $id, version: $version) { id } }',
    arrange: async (cell, world) => ({ variables: await activity(world, cell.target.team) }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.completeActivity',
    document: 'mutation ($input: CompleteActivityInput!) { completeActivity(input: $input) { id } }',
    arrange: async (cell, world) => ({
      variables: { input: { ...(await activity(world, cell.target.team, true)), residentsReached: 12 } },
    }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.signUp',
    document: 'mutation ($id: ID!) { signUp(activityId: $id) { id } }',
    arrange: async (cell, world) => ({ variables: { id: (await activity(world, cell.target.team)).id } }),
    expect: SIGN_UP,
  },
  {
    operation: 'Mutation.cancelSignUp',
    document: 'mutation ($id: ID!) { cancelSignUp(activityId: $id) }',
    // Signed up first, where the caller can: cancelling gives `true` only for a sign-up of one's own.
    arrange: async (cell, world) => {
      const { id } = await activity(world, cell.target.team);
      await world.call(cell.identity, 'mutation ($id: ID!) { signUp(activityId: $id) { id } }', { id });
      return { variables: { id } };
    },
    expect: { ...SIGN_UP, volunteerOnOtherTeam: null, coordinatorOnOtherTeam: null },
  },
  {
    operation: 'Mutation.registerHours',
    document: 'mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id } }',
    variables: (cell) => ({ input: hoursInput(cell.target.person, cell.target.team) }),
    // Everyone their own; coordinators and admins also for a member.
    expect: outcomes({ volunteerSelf: 'allowed', coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.updateHourEntry',
    document: 'mutation ($input: UpdateHourEntryInput!) { updateHourEntry(input: $input) { id } }',
    arrange: async (cell, world) => ({
      variables: { input: { ...(await hourEntry(world, cell.target.person, cell.target.team)), minutes: 30 } },
    }),
    // Someone else's entry is not found; partners have no entries.
    expect: outcomes({
      volunteerSelf: 'allowed',
      volunteerOnMate: 'NOT_FOUND',
      volunteerOnOtherTeam: 'NOT_FOUND',
      coordinatorOnOwnTeam: 'allowed',
      coordinatorOnOtherTeam: 'NOT_FOUND',
      coordinatorSelf: 'allowed',
      admin: 'allowed',
    }),
  },
  {
    operation: 'Mutation.approveHourEntries',
    document: 'mutation ($input: ApproveHourEntriesInput!) { approveHourEntries(input: $input) { id } }',
    arrange: async (cell, world) => ({ variables: { input: { entries: [await hourEntry(world, cell.target.person, cell.target.team)] } } }),
    // Nobody approves their own hours: they may earn an hourly allowance.
    expect: { ...DECIDERS, coordinatorSelf: 'FORBIDDEN' },
  },
  {
    operation: 'Mutation.rejectHourEntry',
    document: 'mutation ($input: DecideHourEntryInput!) { rejectHourEntry(input: $input) { id } }',
    arrange: async (cell, world) => ({
      variables: { input: { ...(await hourEntry(world, cell.target.person, cell.target.team)), reason: 'Not on this day' } },
    }),
    // Rejecting one's own entry benefits nobody.
    expect: DECIDERS,
  },
  {
    operation: 'Mutation.revokeHourApproval',
    document: 'mutation ($input: DecideHourEntryInput!) { revokeHourApproval(input: $input) { id } }',
    arrange: async (cell, world) => ({
      variables: { input: { ...(await hourEntry(world, cell.target.person, cell.target.team, true)), reason: 'Approved by mistake' } },
    }),
    expect: DECIDERS,
  },
];
