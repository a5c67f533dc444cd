import { ADMINS_ONLY, type Cell, outcomes } from '../cast';
import { TODAY, unique } from '../fixtures/dates';
import { freshCast } from '../fixtures/people';
import type { Row } from '../matrix';
import type { World } from '../world';

/** People: their records, consents, wellbeing, import and erasure (the volunteers subgraph). */

/**
 * Changes to a person: by them, their coordinators and admins. Someone the caller may not see is not found (a refusal
 * would tell them the person exists); a team mate, whom they do see, is refused.
 */
const PERSONAL = outcomes({
  volunteerSelf: 'allowed',
  volunteerOnOtherTeam: 'NOT_FOUND',
  coordinatorOnOwnTeam: 'allowed',
  coordinatorOnOtherTeam: 'NOT_FOUND',
  coordinatorSelf: 'allowed',
  partnerOnOwnArea: 'NOT_FOUND',
  partnerOnOtherArea: 'NOT_FOUND',
  admin: 'allowed',
});

const TEAM_MANAGERS = outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' });

async function versionOf(world: World, person: string): Promise<number> {
  return (await world.admin('query ($id: ID!) { volunteer(id: $id) { version } }', { id: person })).volunteer.version;
}

async function consented(world: World, cell: Cell, purpose: string): Promise<void> {
  await world.admin('mutation ($input: ConsentInput!) { giveConsent(input: $input) { purpose } }', {
    input: { volunteerId: cell.target.person, purpose },
  });
}

const scores = {
  language: 6,
  socialNetwork: 6,
  meaning: 7,
  dailyLife: 6,
  homeSituation: 7,
  mentalHealth: 6,
  physicalHealth: 7,
  financialHealth: 5,
};

export const volunteerRows: Row<any>[] = [
  {
    operation: 'Query.volunteers',
    document: 'query ($team: ID!) { volunteers(first: 5, team: $team) { totalCount edges { node { id } } } }',
    variables: (cell) => ({ team: cell.target.team }),
    answer: (data) => data?.volunteers.edges?.length > 0,
    // Partners count people, never list them; others list the teams they belong to.
    expect: outcomes({
      volunteerSelf: 'allowed',
      volunteerOnMate: 'allowed',
      volunteerOnOtherTeam: null,
      coordinatorOnOwnTeam: 'allowed',
      coordinatorOnOtherTeam: null,
      coordinatorSelf: 'allowed',
      admin: 'allowed',
    }),
  },
  {
    operation: 'Query.volunteer',
    document: 'query ($id: ID!) { volunteer(id: $id) { id displayName } }',
    variables: (cell) => ({ id: cell.target.person }),
    expect: outcomes({
      volunteerSelf: 'allowed',
      volunteerOnMate: 'allowed',
      volunteerOnOtherTeam: null,
      coordinatorOnOwnTeam: 'allowed',
      coordinatorOnOtherTeam: null,
      coordinatorSelf: 'allowed',
      partnerOnOwnArea: null,
      partnerOnOtherArea: null,
      admin: 'allowed',
    }),
  },
  {
    operation: 'Query.volunteersAuditLog',
    document: '{ volunteersAuditLog(first: 1) { totalCount } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.registerVolunteer',
    document: 'mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }',
    variables: (cell) => ({ input: { teamId: cell.target.team, displayName: `Matrix ${unique()}`, joinedOn: TODAY } }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.updateVolunteer',
    document: 'mutation ($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { id } }',
    // The person changes their own contact, languages, talents and availability; the rest is for their coordinator.
    arrange: async (cell, world) => ({
      variables: { input: { id: cell.target.person, version: await versionOf(world, cell.target.person), talents: ['cooking'] } },
    }),
    expect: PERSONAL,
  },
  {
    operation: 'Mutation.changeVolunteerStatus',
    document: 'mutation ($input: ChangeVolunteerStatusInput!) { changeVolunteerStatus(input: $input) { id } }',
    prepare: freshCast,
    arrange: async (cell, world, cast) => {
      const { person, caller } = cast[cell.name];
      return { variables: { input: { id: person, version: await versionOf(world, person), status: 'ACTIVE', on: TODAY } }, caller };
    },
    // A coordinator does not change their own status: another coordinator or an admin does.
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorOnOtherTeam: 'NOT_FOUND', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.eraseVolunteer',
    document: 'mutation ($id: ID!) { eraseVolunteer(id: $id) }',
    prepare: freshCast,
    arrange: async (cell, _world, cast) => ({ variables: { id: cast[cell.name].person }, caller: cast[cell.name].caller }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.giveConsent',
    document: 'mutation ($input: ConsentInput!) { giveConsent(input: $input) { purpose } }',
    variables: (cell) => ({ input: { volunteerId: cell.target.person, purpose: 'PHOTOS' } }),
    // Consent is the person's own (an admin records a signed form): a coordinator would open the person's contact
    // details and wellbeing to themselves.
    expect: { ...PERSONAL, coordinatorOnOwnTeam: 'FORBIDDEN' },
  },
  {
    operation: 'Mutation.withdrawConsent',
    document: 'mutation ($input: ConsentInput!) { withdrawConsent(input: $input) { purpose } }',
    arrange: async (cell, world) => {
      await consented(world, cell, 'SHARE_WITH_PARTNERS');
      return { variables: { input: { volunteerId: cell.target.person, purpose: 'SHARE_WITH_PARTNERS' } } };
    },
    // Withdrawing only narrows what others see, so the person's coordinator may record it for them.
    expect: PERSONAL,
  },
  {
    operation: 'Mutation.recordSocialAssistance',
    document: 'mutation ($input: RecordSocialAssistanceInput!) { recordSocialAssistance(input: $input) { since } }',
    prepare: freshCast,
    arrange: async (cell, _world, cast) => ({
      variables: { input: { volunteerId: cast[cell.name].person, since: TODAY } },
      caller: cast[cell.name].caller,
    }),
    // Receiving bijstand is the person's to tell (or an admin's, from the paperwork); coordinators may not even see it.
    expect: { ...PERSONAL, coordinatorOnOwnTeam: 'FORBIDDEN' },
  },
  {
    operation: 'Mutation.endSocialAssistance',
    document: 'mutation ($input: EndSocialAssistanceInput!) { endSocialAssistance(input: $input) { until } }',
    prepare: freshCast,
    arrange: async (cell, world, cast) => {
      const { person, caller } = cast[cell.name];
      await world.admin('mutation ($input: RecordSocialAssistanceInput!) { recordSocialAssistance(input: $input) { since } }', {
        input: { volunteerId: person, since: '2026-01-01' },
      });
      return { variables: { input: { volunteerId: person, until: TODAY } }, caller };
    },
    expect: { ...PERSONAL, coordinatorOnOwnTeam: 'FORBIDDEN' },
  },
  {
    operation: 'Mutation.recordMunicipalAllowanceConsent',
    document: 'mutation ($input: RecordMunicipalAllowanceConsentInput!) { recordMunicipalAllowanceConsent(input: $input) { givenOn } }',
    prepare: freshCast,
    arrange: async (cell, _world, cast) => ({
      variables: { input: { volunteerId: cast[cell.name].person, givenOn: TODAY, municipality: 'Gemeente Rotterdam' } },
      caller: cast[cell.name].caller,
    }),
    // It lets finance pay the person an allowance: an admin records the municipality's letter, never the person.
    expect: outcomes({
      volunteerOnOtherTeam: 'NOT_FOUND',
      coordinatorOnOtherTeam: 'NOT_FOUND',
      partnerOnOwnArea: 'NOT_FOUND',
      partnerOnOtherArea: 'NOT_FOUND',
      admin: 'allowed',
    }),
  },
  {
    operation: 'Mutation.importVolunteers',
    document: 'mutation ($input: ImportVolunteersInput!) { importVolunteers(input: $input) { dryRun } }',
    variables: (cell) => ({
      input: { teamId: cell.target.team, csv: `displayName,joinedOn\nMatrix ${unique()},${TODAY}\n`, dryRun: true },
    }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.recordWellbeingCheck',
    document: 'mutation ($input: RecordWellbeingCheckInput!) { recordWellbeingCheck(input: $input) { id } }',
    arrange: async (cell, world) => {
      await consented(world, cell, 'WELLBEING_MONITOR');
      return { variables: { input: { volunteerId: cell.target.person, takenOn: TODAY, ...scores } } };
    },
    expect: PERSONAL,
  },
  {
    operation: 'Mutation.recordLonelinessCheck',
    document: 'mutation ($input: RecordLonelinessCheckInput!) { recordLonelinessCheck(input: $input) { id score } }',
    arrange: async (cell, world) => {
      await consented(world, cell, 'LONELINESS_SCALE');
      const answers = {
        emptiness: 'NO',
        missPeople: 'NO',
        feelRejected: 'NO',
        canRelyOn: 'YES',
        canTrust: 'YES',
        feelClose: 'MORE_OR_LESS',
      };
      return { variables: { input: { volunteerId: cell.target.person, takenOn: TODAY, ...answers } } };
    },
    expect: PERSONAL,
  },
  {
    operation: 'Mutation.recordParticipationMove',
    document: 'mutation ($input: RecordParticipationMoveInput!) { recordParticipationMove(input: $input) { id } }',
    arrange: async (cell, world) => {
      await consented(world, cell, 'PARTICIPATION_OUTCOMES');
      return { variables: { input: { volunteerId: cell.target.person, kind: 'PAID_WORK', movedOn: TODAY } } };
    },
    // Recorded about a person by their coordinator or an admin, never by the person themselves.
    expect: outcomes({
      volunteerOnOtherTeam: 'NOT_FOUND',
      coordinatorOnOwnTeam: 'allowed',
      coordinatorOnOtherTeam: 'NOT_FOUND',
      partnerOnOwnArea: 'NOT_FOUND',
      partnerOnOtherArea: 'NOT_FOUND',
      admin: 'allowed',
    }),
  },
];
