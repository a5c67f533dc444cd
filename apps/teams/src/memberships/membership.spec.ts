import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
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

const ADD = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id role from until version volunteer { id } team { id } } }`;
const END = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id until version } }`;
const TEAM = `query ($id: ID!) { team(id: $id) { memberCount sizeIndicator memberships { role volunteer { id } } history: memberships(includeEnded: true) { from until volunteer { id } } } }`;

function add(teamId: string, volunteerId: string, from = '2025-01-01', role = 'MEMBER') {
  return subgraph.query(ADD, { input: { teamId, volunteerId, from, role } }, admin);
}

describe('memberships', () => {
  it('adds a person to a team with a Volunteer reference and a role', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const volunteerId = randomUUID();
    const result = await add(team.id, volunteerId, '2025-02-01', 'COORDINATOR');
    expect(result.errors).toBeUndefined();
    expect(result.data.addMembership).toMatchObject({
      role: 'COORDINATOR',
      from: '2025-02-01',
      until: null,
      version: 1,
      volunteer: { id: volunteerId },
      team: { id: team.id },
    });
  });

  it('keeps a person in one team at a time, and lets them move after leaving, with history kept', async () => {
    const [first, second] = [await createTeam(subgraph, neighbourhoodId), await createTeam(subgraph, neighbourhoodId)];
    const volunteerId = randomUUID();
    const joined = await add(first.id, volunteerId, '2025-01-01');

    const twice = await add(second.id, volunteerId, '2025-06-01');
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toContain('one team at a time');

    const left = await subgraph.query(END, { input: { id: joined.data.addMembership.id, version: 1, until: '2025-05-31' } }, admin);
    expect(left.data.endMembership).toMatchObject({ until: '2025-05-31', version: 2 });
    const moved = await add(second.id, volunteerId, '2025-06-01');
    expect(moved.errors).toBeUndefined();

    const history = await subgraph.query(TEAM, { id: first.id }, admin);
    expect(history.data.team.memberships).toEqual([]);
    expect(history.data.team.history).toEqual([{ from: '2025-01-01', until: '2025-05-31', volunteer: { id: volunteerId } }]);
  });

  it('lets only one of many concurrent joins of the same person succeed', async () => {
    const teams = await Promise.all([1, 2, 3, 4, 5].map(() => createTeam(subgraph, neighbourhoodId)));
    const volunteerId = randomUUID();
    const results = await Promise.all(teams.map((team) => add(team.id, volunteerId)));
    expect(results.filter((result) => result.data?.addMembership).length).toBe(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(4);
    const [{ count }] = await subgraph.dataSource.query('SELECT count(*)::int AS count FROM memberships WHERE volunteer_id = $1', [
      volunteerId,
    ]);
    expect(count).toBe(1);
  });

  it('counts members and coordinators against the 15–25 target', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    for (let i = 0; i < 14; i++) await add(team.id, randomUUID(), '2025-01-01', i === 0 ? 'COORDINATOR' : 'MEMBER');
    let view = await subgraph.query(TEAM, { id: team.id }, admin);
    expect(view.data.team).toMatchObject({ memberCount: 14, sizeIndicator: 'BELOW' });

    await add(team.id, randomUUID());
    view = await subgraph.query(TEAM, { id: team.id }, admin);
    expect(view.data.team).toMatchObject({ memberCount: 15, sizeIndicator: 'WITHIN' });
    expect(view.data.team.memberships).toHaveLength(15);
  });

  it('refuses ending before the first day, ending twice, and joining a closed team', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const joined = await add(team.id, randomUUID(), '2025-03-01');
    const early = await subgraph.query(END, { input: { id: joined.data.addMembership.id, version: 1, until: '2025-02-28' } }, admin);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'until' }] });

    await subgraph.query(END, { input: { id: joined.data.addMembership.id, version: 1, until: '2025-04-01' } }, admin);
    const again = await subgraph.query(END, { input: { id: joined.data.addMembership.id, version: 2, until: '2025-05-01' } }, admin);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    await subgraph.query(
      `mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }`,
      { input: { id: team.id, version: 1, status: 'CLOSED' } },
      admin,
    );
    const closed = await add(team.id, randomUUID());
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'teamId' }] });
  });

  it('lets a coordinator place only people their team registered, not any id they know; an admin places anyone', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const coordinator = testIdentities.coordinator(team.id, randomUUID());
    const [registered, stranger] = [randomUUID(), randomUUID()];
    // The volunteers service says who registered whom.
    await subgraph.dataSource.transaction((manager) =>
      deliverEvent(teamsSubgraph, manager, 'VolunteerRegistered', { volunteerId: registered, teamId: team.id }),
    );
    const refused = await subgraph.query(ADD, { input: { teamId: team.id, volunteerId: stranger, from: '2025-01-01' } }, coordinator);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await subgraph.dataSource.query('SELECT id FROM memberships WHERE volunteer_id = $1', [stranger])).toEqual([]);
    expect(
      (await subgraph.query(ADD, { input: { teamId: team.id, volunteerId: registered, from: '2025-01-01' } }, coordinator)).data
        .addMembership.volunteer,
    ).toEqual({ id: registered });
    expect((await add(team.id, stranger)).data.addMembership.volunteer).toEqual({ id: stranger });
  });

  it('answers NOT_FOUND for an unknown team or membership', async () => {
    expect((await add(demoId('team:nowhere'), randomUUID())).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const end = await subgraph.query(END, { input: { id: randomUUID(), version: 1, until: '2025-01-01' } }, admin);
    expect(end.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('a volunteer erased in the volunteers service', () => {
  const RECEIPTS = `query ($id: ID!) { teamsAuditLog(entityId: $id) { edges { node { action entityType actorSubject actorRole } } } }`;

  it('ends their open memberships and leaves one receipt in the audit log, also when the event comes twice', async () => {
    const team = await createTeam(subgraph, neighbourhoodId);
    const volunteerId = randomUUID();
    expect((await add(team.id, volunteerId, '2025-01-01')).errors).toBeUndefined();
    for (let delivery = 0; delivery < 2; delivery += 1)
      await subgraph.dataSource.transaction((manager) => deliverEvent(teamsSubgraph, manager, 'VolunteerErased', { volunteerId }));

    const history = await subgraph.query(TEAM, { id: team.id }, admin);
    // Their last day is today.
    expect(history.data.team.history).toEqual([{ from: '2025-01-01', until: todayInAmsterdam(), volunteer: { id: volunteerId } }]);
    const receipts = await subgraph.query(RECEIPTS, { id: volunteerId }, admin);
    expect(receipts.data.teamsAuditLog.edges.map(({ node }: { node: unknown }) => node)).toEqual([
      { action: 'volunteer.erased', entityType: 'Volunteer', actorSubject: 'volunteers-service', actorRole: 'SYSTEM' },
    ]);
  });

  it('leaves a receipt for someone who was in no team', async () => {
    const volunteerId = randomUUID();
    await subgraph.dataSource.transaction((manager) => deliverEvent(teamsSubgraph, manager, 'VolunteerErased', { volunteerId }));
    const receipts = await subgraph.query(RECEIPTS, { id: volunteerId }, admin);
    expect(receipts.data.teamsAuditLog.edges.map(({ node }: { node: { action: string } }) => node.action)).toEqual(['volunteer.erased']);
  });
});
