import { type EventPayload, type EventType } from '@buurtvolk/events';
import { todayInAmsterdam } from '@buurtvolk/domain';
import { randomUUID } from 'node:crypto';
import { unsealHoursRejection } from '@buurtvolk/subgraph-kit';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { type GraphQLResponse, startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { activitiesSubgraph } from '../subgraph';
import { callers, CHARLOIS, FEIJENOORD, FEIJENOORD_NEIGHBOURHOOD, volunteerOf } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(activitiesSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const REGISTER = `mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id status version minutes } }`;
const APPROVE = `mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { id status version } }`;
const NEIGHBOURHOOD_HOURS = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood { hours(year: $year) { approvedHours submittedHours activeVolunteers } } } }`;
const daysAgo = (days: number) => new Date(Date.parse(`${todayInAmsterdam()}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const year = Number(todayInAmsterdam().slice(0, 4));

function register(caller: ReturnType<typeof callers.volunteerFeijenoord> | typeof callers.admin, input: Record<string, unknown>) {
  return subgraph.query(
    REGISTER,
    { input: { teamId: FEIJENOORD, theme: 'INFORMAL_CARE', minutes: 120, date: daysAgo(1), ...input } },
    caller,
  );
}

async function neighbourhoodHours(caller = callers.partnerRotterdam) {
  const result = await subgraph.query(NEIGHBOURHOOD_HOURS, { id: FEIJENOORD_NEIGHBOURHOOD, year }, caller);
  return result.data?._entities[0]?.hours;
}

describe('registering hours', () => {
  const me = callers.volunteerFeijenoord(5);

  it('registers a submitted entry for yourself', async () => {
    const result = await register(me, { date: daysAgo(2), description: 'Boodschappen met mevrouw J.' });
    expect(result.data.registerHours).toMatchObject({ status: 'SUBMITTED', version: 1, minutes: 120 });
  });

  it('refuses each broken rule, naming the field, and writes nothing', async () => {
    const [{ before }] = await subgraph.dataSource.query('SELECT count(*)::int AS before FROM hour_entries');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ date: daysAgo(-1) }, 'date', 'must not be in the future'],
      [{ date: daysAgo(61) }, 'date', 'must be within the last 60 days (older hours are entered by an admin)'],
      [{ minutes: 10 }, 'minutes', 'minutes must not be less than 15'],
      [{ minutes: 1500 }, 'minutes', 'minutes must not be greater than 1440'],
      [{ teamId: CHARLOIS }, 'teamId', `had no membership of this person on ${daysAgo(1)}`],
    ];
    for (const [input, field, message] of cases) {
      const result = await register(me, input);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message }] });
    }
    const [{ after }] = await subgraph.dataSource.query('SELECT count(*)::int AS after FROM hour_entries');
    expect(after).toBe(before);
  });

  it('never lets a day hold more than 24 hours, even when entries arrive at once', async () => {
    const day = daysAgo(3);
    await subgraph.dataSource.query(`DELETE FROM hour_entries WHERE volunteer_id = $1 AND entry_date = $2`, [me.volunteerId, day]);
    const results = await Promise.all(Array.from({ length: 4 }, () => register(me, { date: day, minutes: 480 })));
    expect(results.filter((result) => result.data?.registerHours).length).toBe(3);
    expect(results.find((result) => result.errors)?.errors?.[0].message).toBe(
      `No more than 24 hours a day: 1440 minutes are already registered on ${day}`,
    );
  });

  it('lets an admin enter old hours, and a coordinator enter hours for a member but not for another team', async () => {
    expect((await register(callers.admin, { volunteerId: me.volunteerId, date: daysAgo(200) })).errors).toBeUndefined();
    expect((await register(callers.coordinatorFeijenoord, { volunteerId: me.volunteerId, date: daysAgo(4) })).errors).toBeUndefined();
    const other = await register(callers.coordinatorCharlois, { volunteerId: me.volunteerId, date: daysAgo(4) });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('approving hours', () => {
  it('approves batches that two coordinators send at once, sharing month totals in opposite orders', async () => {
    // Each batch takes one entry of each theme, in the other order: their updates of the month's totals cross.
    const entry = async (index: number, theme: string) =>
      (await register(callers.volunteerFeijenoord(index), { date: daysAgo(6), minutes: 30, theme })).data.registerHours;
    for (let round = 0; round < 5; round += 1) {
      const first = [await entry(8, 'INFORMAL_CARE'), await entry(9, 'HEALTH')];
      const second = [await entry(10, 'HEALTH'), await entry(11, 'INFORMAL_CARE')];
      const answers = await Promise.all(
        [first, second].map((batch, i) =>
          subgraph.query(
            APPROVE,
            { entries: batch.map(({ id, version }) => ({ id, version })) },
            i === 0 ? callers.coordinatorFeijenoord : callers.admin,
          ),
        ),
      );
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data.approveHourEntries.map((approved: { status: string }) => approved.status)).toEqual(['APPROVED', 'APPROVED']);
      }
    }
  });

  it('approves in bulk, shows in the figures at once, tells finance, and approving twice is harmless', async () => {
    const before = await neighbourhoodHours();
    const entries = [];
    for (const index of [6, 7])
      entries.push((await register(callers.volunteerFeijenoord(index), { date: daysAgo(5), minutes: 90 })).data.registerHours);
    const submitted = await neighbourhoodHours();
    expect(submitted.submittedHours).toBeCloseTo(before.submittedHours + 3, 2);

    const approved = await subgraph.query(
      APPROVE,
      { entries: entries.map(({ id, version }) => ({ id, version })) },
      callers.coordinatorFeijenoord,
    );
    expect(approved.data.approveHourEntries.map((entry: { status: string; version: number }) => [entry.status, entry.version])).toEqual([
      ['APPROVED', 2],
      ['APPROVED', 2],
    ]);
    const after = await neighbourhoodHours();
    expect(after.approvedHours).toBeCloseTo(before.approvedHours + 3, 2);
    expect(after.submittedHours).toBeCloseTo(before.submittedHours, 2);

    const again = await subgraph.query(APPROVE, { entries: entries.map(({ id }) => ({ id, version: 2 })) }, callers.coordinatorFeijenoord);
    expect(again.errors).toBeUndefined();
    expect((await neighbourhoodHours()).approvedHours).toBeCloseTo(after.approvedHours, 2);
    const events = await subgraph.dataSource.query(
      `SELECT payload->>'entryId' AS id, payload->>'memberRole' AS role FROM event_outbox WHERE type = 'HoursApproved' AND payload->>'entryId' = ANY($1)`,
      [entries.map((entry) => entry.id)],
    );
    expect(events).toHaveLength(2);
    // The author's role on the day goes along, so impact can leave out the hours of a coach.
    expect(events.map((event: { role: string }) => event.role)).toEqual(['MEMBER', 'MEMBER']);
  });

  it('refuses a changed entry with a stale version, and locks an approved one', async () => {
    const me = callers.volunteerFeijenoord(8);
    const { data } = await register(me, { date: daysAgo(6) });
    const edited = await subgraph.query(
      `mutation ($input: UpdateHourEntryInput!) { updateHourEntry(input: $input) { version minutes } }`,
      { input: { id: data.registerHours.id, version: 1, minutes: 60 } },
      me,
    );
    expect(edited.data.updateHourEntry).toEqual({ version: 2, minutes: 60 });
    const stale = await subgraph.query(APPROVE, { entries: [{ id: data.registerHours.id, version: 1 }] }, callers.coordinatorFeijenoord);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    await subgraph.query(APPROVE, { entries: [{ id: data.registerHours.id, version: 2 }] }, callers.coordinatorFeijenoord);
    const locked = await subgraph.query(
      `mutation ($input: UpdateHourEntryInput!) { updateHourEntry(input: $input) { version } }`,
      { input: { id: data.registerHours.id, version: 3, minutes: 30 } },
      me,
    );
    expect(locked.errors?.[0]).toMatchObject({ message: 'An approved entry is locked', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('rejects with a reason, and revokes an approval with an event', async () => {
    const me = callers.volunteerFeijenoord(9);
    const first = (await register(me, { date: daysAgo(7) })).data.registerHours;
    const rejected = await subgraph.query(
      `mutation ($input: DecideHourEntryInput!) { rejectHourEntry(input: $input) { status rejectionReason } }`,
      { input: { id: first.id, version: 1, reason: 'Dubbel ingevoerd' } },
      callers.coordinatorFeijenoord,
    );
    expect(rejected.data.rejectHourEntry).toEqual({ status: 'REJECTED', rejectionReason: 'Dubbel ingevoerd' });
    // The person hears why (messages); the reason is sealed on the queue and opens only for this entry and version.
    const [rejection] = await subgraph.dataSource.query(`SELECT payload FROM event_outbox WHERE type = 'HoursRejected'`);
    expect(rejection.payload).toMatchObject({ entryId: first.id, volunteerId: me.volunteerId, entryVersion: 2 });
    expect(JSON.stringify(rejection.payload)).not.toContain('Dubbel');
    expect(unsealHoursRejection(rejection.payload)).toBe('Dubbel ingevoerd');
    expect(() => unsealHoursRejection({ ...rejection.payload, entryVersion: 3 })).toThrow('not sealed by this deployment');
    const noReason = await subgraph.query(
      `mutation ($input: DecideHourEntryInput!) { rejectHourEntry(input: $input) { status } }`,
      { input: { id: first.id, version: 2, reason: '' } },
      callers.coordinatorFeijenoord,
    );
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] });

    const second = (await register(me, { date: daysAgo(8) })).data.registerHours;
    await subgraph.query(APPROVE, { entries: [{ id: second.id, version: 1 }] }, callers.coordinatorFeijenoord);
    const revoked = await subgraph.query(
      `mutation ($input: DecideHourEntryInput!) { revokeHourApproval(input: $input) { status } }`,
      { input: { id: second.id, version: 2, reason: 'Verkeerde datum' } },
      callers.coordinatorFeijenoord,
    );
    expect(revoked.data.revokeHourApproval.status).toBe('SUBMITTED');
    const [event] = await subgraph.dataSource.query(`SELECT payload FROM event_outbox WHERE type = 'HoursApprovalRevoked'`);
    expect(event.payload).toMatchObject({ entryId: second.id, minutes: 120 });
  });

  it('is for the team’s coordinators and admins only', async () => {
    const { data } = await register(callers.volunteerFeijenoord(10), { date: daysAgo(9) });
    for (const caller of [callers.volunteerFeijenoord(10), callers.coordinatorCharlois, callers.partnerRotterdam]) {
      const result = await subgraph.query(APPROVE, { entries: [{ id: data.registerHours.id, version: 1 }] }, caller);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('never lets a coordinator approve their own hours, and lets another coordinator of the team or an admin do it', async () => {
    const coordinator = callers.coordinatorFeijenoord;
    const own = (await register(coordinator, { date: daysAgo(10), volunteerId: coordinator.volunteerId })).data.registerHours;
    const refused = await subgraph.query(APPROVE, { entries: [{ id: own.id, version: 1 }] }, coordinator);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('Nobody approves hours of themselves'),
    });
    const [stored] = await subgraph.dataSource.query('SELECT status FROM hour_entries WHERE id = $1', [own.id]);
    expect(stored.status).toBe('SUBMITTED');
    const colleague = testIdentities.coordinator(FEIJENOORD, volunteerOf('feijenoord', 2));
    expect((await subgraph.query(APPROVE, { entries: [{ id: own.id, version: 1 }] }, colleague)).data.approveHourEntries).toEqual([
      { id: own.id, status: 'APPROVED', version: 2 },
    ]);
  });
});

describe('who sees which hours', () => {
  const ENTRIES = `query ($id: ID!) { _entities(representations: [{ __typename: "Volunteer", id: $id }]) { ... on Volunteer { hourEntries(first: 5) { totalCount edges { node { entryDate minutes description } } } } } }`;

  it('shows a person their own entries, newest first, and their coordinator too, but not a team mate, a partner or another team', async () => {
    const id = volunteerOf('feijenoord', 5);
    const own = await subgraph.query(ENTRIES, { id }, callers.volunteerFeijenoord(5));
    const dates = own.data._entities[0].hourEntries.edges.map((edge: { node: { entryDate: string } }) => edge.node.entryDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await subgraph.query(ENTRIES, { id }, callers.coordinatorFeijenoord)).data._entities[0].hourEntries.totalCount).toBe(
      own.data._entities[0].hourEntries.totalCount,
    );
    // Another team's coordinator is refused too, rather than shown an empty list of someone they have no rights over.
    for (const caller of [callers.volunteerFeijenoord(6), callers.partnerRotterdam, callers.coordinatorCharlois]) {
      expect((await subgraph.query(ENTRIES, { id }, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('pages through a person’s entries, each entry once, newest first', async () => {
    const PAGE = `query ($id: ID!, $after: String) { _entities(representations: [{ __typename: "Volunteer", id: $id }]) { ... on Volunteer {
      hourEntries(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id entryDate } } } } } }`;
    const id = volunteerOf('feijenoord', 5);
    const seen: { id: string; entryDate: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result: GraphQLResponse = await subgraph.query(PAGE, { id, after }, callers.volunteerFeijenoord(5));
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = result.data._entities[0].hourEntries;
      seen.push(...edges.map((edge: { node: { id: string; entryDate: string } }) => edge.node));
      if (!pageInfo.hasNextPage) {
        expect(seen).toHaveLength(totalCount);
        break;
      }
      after = pageInfo.endCursor;
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(seen.length);
    expect(seen.map((entry) => entry.entryDate)).toEqual(
      seen
        .map((entry) => entry.entryDate)
        .sort()
        .reverse(),
    );
  });

  it("stops showing a coordinator a person's entries in their team once the person has moved to another team", async () => {
    const id = randomUUID();
    const [inFeijenoord, inCharlois] = [randomUUID(), randomUUID()];
    // What the teams service would tell this service: joined Feijenoord, later moved to Charlois.
    const { manager } = subgraph.dataSource;
    await teamDirectoryHandlers.MembershipStarted(
      {
        membershipId: inFeijenoord,
        teamId: FEIJENOORD,
        neighbourhoodId: FEIJENOORD_NEIGHBOURHOOD,
        volunteerId: id,
        role: 'MEMBER',
        from: daysAgo(30),
      },
      manager,
    );
    expect((await register(callers.admin, { volunteerId: id, date: daysAgo(10) })).errors).toBeUndefined();
    expect((await subgraph.query(ENTRIES, { id }, callers.coordinatorFeijenoord)).data._entities[0].hourEntries.totalCount).toBe(1);

    await teamDirectoryHandlers.MembershipEnded({ membershipId: inFeijenoord, until: daysAgo(5) }, manager);
    await teamDirectoryHandlers.MembershipStarted(
      { membershipId: inCharlois, teamId: CHARLOIS, neighbourhoodId: randomUUID(), volunteerId: id, role: 'MEMBER', from: daysAgo(4) },
      manager,
    );
    expect((await subgraph.query(ENTRIES, { id }, callers.coordinatorFeijenoord)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Their new coordinator sees the entries of their own team only: none yet.
    expect((await subgraph.query(ENTRIES, { id }, callers.coordinatorCharlois)).data._entities[0].hourEntries.totalCount).toBe(0);
  });

  it('gives partners the figures of their own neighbourhoods only', async () => {
    expect((await neighbourhoodHours(callers.partnerRotterdam)).approvedHours).toBeGreaterThan(0);
    const result = await subgraph.query(NEIGHBOURHOOD_HOURS, { id: FEIJENOORD_NEIGHBOURHOOD, year }, callers.partnerLeiden);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("hides a neighbourhood's active volunteers when they minus its visible team would give a small team away", async () => {
    const apply = <K extends EventType>(type: K, payload: EventPayload<K>) =>
      subgraph.dataSource.transaction((manager) => deliverEvent(activitiesSubgraph, manager, type, payload));
    const smallTeam = randomUUID();
    const loner = randomUUID();
    await apply('TeamPlaced', {
      teamId: smallTeam,
      neighbourhoodId: FEIJENOORD_NEIGHBOURHOOD,
      municipalityCode: 'GM0599',
      startsOn: '2020-01-01',
    });
    await apply('MembershipStarted', {
      membershipId: randomUUID(),
      teamId: smallTeam,
      neighbourhoodId: FEIJENOORD_NEIGHBOURHOOD,
      volunteerId: loner,
      role: 'MEMBER',
      from: '2020-01-01',
    });
    const entry = (await register(callers.admin, { teamId: smallTeam, volunteerId: loner, date: daysAgo(3) })).data.registerHours;
    await subgraph.query(APPROVE, { entries: [{ id: entry.id, version: 1 }] }, callers.admin);

    const TEAM_HOURS = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { hours(year: $year) { activeVolunteers } } } }`;
    const team = (await subgraph.query(TEAM_HOURS, { id: FEIJENOORD, year }, callers.partnerRotterdam)).data._entities[0].hours
      .activeVolunteers;
    expect(team).toBeGreaterThanOrEqual(10);
    expect((await neighbourhoodHours(callers.partnerRotterdam)).activeVolunteers).toBeNull();
    expect((await neighbourhoodHours(callers.coordinatorFeijenoord)).activeVolunteers).toBeNull();
    expect((await neighbourhoodHours(callers.admin)).activeVolunteers).toBe(team + 1);
  });
});
