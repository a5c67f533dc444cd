import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { SeparateCoachesFromMembers1764800000000 } from '../migrations/1764800000000-separate-coaches-from-members';
import { teamsSubgraph } from '../subgraph';
import { createNeighbourhood, createTeam } from '../test/fixtures';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
let neighbourhoodId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph);
  neighbourhoodId = (await createNeighbourhood(subgraph)).id;
});
afterAll(() => subgraph.destroy());

const ASSIGN = `mutation ($input: AssignTeamCoachInput!) { assignTeamCoach(input: $input) { id name organisation from until version team { id } } }`;
const END = `mutation ($input: EndTeamCoachInput!) { endTeamCoach(input: $input) { id until version } }`;
const ADD_MEMBER = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`;
const TEAM = `query ($id: ID!) { team(id: $id) { memberCount memberships { role } coaches { name organisation from } history: coaches(includeEnded: true) { name until } } }`;

function assign(teamId: string, name = 'Sanne de Vries', from = '2025-01-01', as = admin) {
  return subgraph.query(ASSIGN, { input: { teamId, name, organisation: 'Stichting Buurtvolk', from } }, as);
}

describe('team coaches', () => {
  it('keeps a coach beside the members: named, not counted, not a membership', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const assigned = await assign(team.id);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.assignTeamCoach).toMatchObject({
      name: 'Sanne de Vries',
      organisation: 'Stichting Buurtvolk',
      from: '2025-01-01',
      until: null,
      version: 1,
      team: { id: team.id },
    });
    await subgraph.query(
      ADD_MEMBER,
      { input: { teamId: team.id, volunteerId: randomUUID(), from: '2025-01-01', role: 'COORDINATOR' } },
      admin,
    );

    const view = await subgraph.query(TEAM, { id: team.id }, admin);
    expect(view.errors).toBeUndefined();
    expect(view.data.team).toMatchObject({
      memberCount: 1,
      memberships: [{ role: 'COORDINATOR' }],
      coaches: [{ name: 'Sanne de Vries', organisation: 'Stichting Buurtvolk', from: '2025-01-01' }],
    });
  });

  it('refuses a coach as a member: the membership roles are for residents', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const coach = await subgraph.query(
      ADD_MEMBER,
      { input: { teamId: team.id, volunteerId: randomUUID(), from: '2025-01-01', role: 'COACH' } },
      admin,
    );
    expect(coach.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ends a coaching period, keeping it in the history, and takes a new coach', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const first = (await assign(team.id, 'Joost van Leeuwen')).data.assignTeamCoach;
    const early = await subgraph.query(END, { input: { id: first.id, version: 1, until: '2024-12-31' } }, admin);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'until' }] });
    const ended = await subgraph.query(END, { input: { id: first.id, version: 1, until: '2025-06-30' } }, admin);
    expect(ended.data.endTeamCoach).toMatchObject({ until: '2025-06-30', version: 2 });
    expect(
      (await subgraph.query(END, { input: { id: first.id, version: 1, until: '2025-05-31' } }, admin)).errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
    await assign(team.id, 'Esra Yilmaz', '2025-07-01');

    const view = await subgraph.query(TEAM, { id: team.id }, admin);
    expect(view.data.team.coaches).toEqual([{ name: 'Esra Yilmaz', organisation: 'Stichting Buurtvolk', from: '2025-07-01' }]);
    expect(view.data.team.history).toEqual([
      { name: 'Joost van Leeuwen', until: '2025-06-30' },
      { name: 'Esra Yilmaz', until: null },
    ]);
  });

  it('lets only admins assign coaches, and shows them to the team, not to partners or other teams', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    await assign(team.id);
    expect((await assign(team.id, 'Kees de Graaf', '2025-01-01', testIdentities.coordinator(team.id))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    const coaches = `query ($id: ID!) { team(id: $id) { coaches { name } } }`;
    const member = await subgraph.query(coaches, { id: team.id }, testIdentities.volunteer(randomUUID(), team.id));
    expect(member.data.team.coaches).toEqual([{ name: 'Sanne de Vries' }]);
    const stranger = await subgraph.query(coaches, { id: team.id }, testIdentities.volunteer(randomUUID(), randomUUID()));
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const serving = await subgraph.query(
      `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`,
      { input: { name: `Partner ${team.id}`, kind: 'MUNICIPALITY', neighbourhoodIds: [neighbourhoodId] } },
      admin,
    );
    const partner = await subgraph.query(coaches, { id: team.id }, testIdentities.partner(serving.data.createPartner.id));
    expect(partner.data.team.coaches).toBeNull();
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves the coaches recorded as memberships out of the members, ending them for the other services', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const migration = new SeparateCoachesFromMembers1764800000000();
    const runner = subgraph.dataSource.createQueryRunner();
    const [open, ended] = [randomUUID(), randomUUID()];
    try {
      await runner.startTransaction();
      await migration.down(runner);
      await runner.query(
        `INSERT INTO memberships (id, team_id, volunteer_id, role, from_date, until_date) VALUES
           ($1, $3, gen_random_uuid(), 'COACH', '2024-03-01', NULL), ($2, $3, gen_random_uuid(), 'COACH', '2023-01-01', '2023-12-31')`,
        [open, ended, team.id],
      );
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }

    const view = await subgraph.query(TEAM, { id: team.id }, admin);
    expect(view.data.team).toMatchObject({ memberships: [], coaches: [{ name: null, organisation: null, from: '2024-03-01' }] });
    expect(view.data.team.history).toHaveLength(2);
    const events = await subgraph.dataSource.query(
      `SELECT payload FROM event_outbox WHERE type = 'MembershipEnded' AND payload ->> 'membershipId' = ANY($1)`,
      [[open, ended]],
    );
    expect(events.map((event: { payload: { membershipId: string } }) => event.payload.membershipId)).toEqual([open]);
  });
});
