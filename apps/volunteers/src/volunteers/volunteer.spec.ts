import { demoId } from '@buurtvolk/domain';
import { randomUUID } from 'node:crypto';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { volunteersSubgraph } from '../subgraph';
import { callers, CHARLOIS, FEIJENOORD, volunteerOf } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const REGISTER = `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id displayName givenName postalCode talents status statusSince version availability { day part } } }`;
const LIST = `query ($team: ID, $talent: String, $status: VolunteerStatus, $first: Int!, $after: String) {
  volunteers(team: $team, talent: $talent, status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName talents } } }
}`;
const input = (overrides: Record<string, unknown> = {}) => ({
  teamId: FEIJENOORD,
  displayName: 'Gerda',
  givenName: 'Gerda',
  familyName: 'Koster',
  email: `gerda.${Math.random().toString(36).slice(2)}@example.org`,
  phone: '06-12345678',
  postalCode: '3072ab',
  houseNumber: '12a',
  dateOfBirth: '1961-04-12',
  joinedOn: '2026-01-05',
  talents: [' Cooking', 'bike  repair', 'cooking'],
  availability: [{ day: 'TUESDAY', part: 'MORNING' }],
  ...overrides,
});

async function volunteerCount(): Promise<number> {
  return Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM volunteers'))[0].n);
}

describe('registering a volunteer', () => {
  it('registers a resident for a team with normalised details, in intake; contact details wait for CONTACT consent', async () => {
    const result = await subgraph.query(REGISTER, { input: input() }, callers.coordinatorFeijenoord);
    expect(result.errors).toBeUndefined();
    expect(result.data.registerVolunteer).toMatchObject({
      displayName: 'Gerda',
      givenName: 'Gerda',
      postalCode: '3072 AB',
      talents: ['cooking', 'bike repair'],
      status: 'INTAKE',
      statusSince: '2026-01-05',
      version: 1,
      availability: [{ day: 'TUESDAY', part: 'MORNING' }],
    });
    const id = result.data.registerVolunteer.id;
    const CONTACT = `query ($id: ID!) { volunteer(id: $id) { phone } }`;
    expect((await subgraph.query(CONTACT, { id }, callers.coordinatorFeijenoord)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const GIVE = `mutation ($input: ConsentInput!) { giveConsent(input: $input) { purpose } }`;
    // The coordinator cannot open the door themselves: consent is the person's.
    expect(
      (await subgraph.query(GIVE, { input: { volunteerId: id, purpose: 'CONTACT' } }, callers.coordinatorFeijenoord)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await subgraph.query(CONTACT, { id }, callers.coordinatorFeijenoord)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await subgraph.query(GIVE, { input: { volunteerId: id, purpose: 'CONTACT' } }, testIdentities.volunteer(id));
    expect((await subgraph.query(CONTACT, { id }, callers.coordinatorFeijenoord)).data.volunteer).toEqual({ phone: '+31612345678' });
  });

  it('names every bad field and writes nothing', async () => {
    const before = await volunteerCount();
    const result = await subgraph.query(
      REGISTER,
      { input: input({ email: 'gerda@', phone: '123', postalCode: '0000 XX', dateOfBirth: '2090-01-01' }) },
      callers.coordinatorFeijenoord,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields.map((failure: { field: string }) => failure.field)).toEqual(['email', 'phone']);
    const service = await subgraph.query(
      REGISTER,
      { input: input({ phone: '12345678', postalCode: '0000 XX', dateOfBirth: '2090-01-01', vogStatus: 'VALID' }) },
      callers.coordinatorFeijenoord,
    );
    expect(service.errors?.[0].extensions?.fields.map((failure: { field: string }) => failure.field).sort()).toEqual([
      'dateOfBirth',
      'phone',
      'postalCode',
      'vogValidUntil',
    ]);
    expect(await volunteerCount()).toBe(before);
  });

  it('refuses a second volunteer with the same e-mail address', async () => {
    await subgraph.query(REGISTER, { input: input({ email: 'same@example.org' }) }, callers.admin);
    const result = await subgraph.query(REGISTER, { input: input({ email: 'SAME@example.org' }) }, callers.admin);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lets only admins and the team’s coordinators register', async () => {
    for (const caller of [callers.coordinatorCharlois, callers.volunteerFeijenoord, callers.partnerRotterdam]) {
      const result = await subgraph.query(REGISTER, { input: input() }, caller);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("gives the registering team's coordinator rights until the person is placed, then only their current team's", async () => {
    const registered = await subgraph.query(REGISTER, { input: input({ teamId: CHARLOIS }) }, callers.coordinatorCharlois);
    const id = registered.data.registerVolunteer.id;
    const NAME = `query ($id: ID!) { volunteer(id: $id) { givenName } }`;
    expect((await subgraph.query(NAME, { id }, callers.coordinatorCharlois)).data.volunteer).toEqual({ givenName: 'Gerda' });
    const listed = async () =>
      (await subgraph.query(LIST, { first: 100 }, callers.coordinatorCharlois)).data.volunteers.edges.map(
        (edge: { node: { id: string } }) => edge.node.id,
      );
    expect(await listed()).toContain(id);
    // The teams service places her in Feijenoord instead.
    const placed = {
      membershipId: randomUUID(),
      teamId: FEIJENOORD,
      neighbourhoodId: demoId('neighbourhood:feijenoord'),
      volunteerId: id,
      role: 'MEMBER',
      from: '2026-01-05',
    };
    await subgraph.dataSource.transaction((manager) => deliverEvent(volunteersSubgraph, manager, 'MembershipStarted', placed));
    expect((await subgraph.query(NAME, { id }, callers.coordinatorCharlois)).data.volunteer).toBeNull();
    expect(await listed()).not.toContain(id);
    expect((await subgraph.query(NAME, { id }, callers.coordinatorFeijenoord)).data.volunteer).toEqual({ givenName: 'Gerda' });
  });
});

describe('finding volunteers', () => {
  it("lists a coordinator's own team only, by display name, page by page", async () => {
    const page1 = await subgraph.query(LIST, { first: 10 }, callers.coordinatorFeijenoord);
    expect(page1.data.volunteers.totalCount).toBeGreaterThanOrEqual(18);
    const page2 = await subgraph.query(LIST, { first: 10, after: page1.data.volunteers.pageInfo.endCursor }, callers.coordinatorFeijenoord);
    const names = [...page1.data.volunteers.edges, ...page2.data.volunteers.edges].map(
      (edge: { node: { displayName: string } }) => edge.node.displayName,
    );
    expect(names).toEqual([...names].sort());
    const charlois = await subgraph.query(LIST, { first: 100, team: CHARLOIS }, callers.coordinatorFeijenoord);
    expect(charlois.data.volunteers.totalCount).toBe(0);
  });

  it('finds volunteers by talent and status', async () => {
    const result = await subgraph.query(LIST, { first: 100, talent: ' COOKING ', team: FEIJENOORD, status: 'ACTIVE' }, callers.admin);
    expect(result.data.volunteers.edges.length).toBeGreaterThan(0);
    for (const edge of result.data.volunteers.edges) expect(edge.node.talents).toContain('cooking');
  });

  it('shows team mates the display name and talents but not personal fields', async () => {
    const mate = volunteerOf('feijenoord', 3);
    const result = await subgraph.query(
      `query ($id: ID!) { volunteer(id: $id) { displayName talents givenName email } }`,
      { id: mate },
      callers.volunteerFeijenoord,
    );
    expect(result.data.volunteer).toMatchObject({
      displayName: expect.any(String),
      talents: expect.any(Array),
      givenName: null,
      email: null,
    });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const other = await subgraph.query(
      `query ($id: ID!) { volunteer(id: $id) { displayName } }`,
      { id: volunteerOf('charlois', 3) },
      callers.volunteerFeijenoord,
    );
    expect(other.data.volunteer).toBeNull();
  });

  it('gives partners a count of their neighbourhoods only, hidden under 10, and never a person', async () => {
    const rotterdam = await subgraph.query(LIST, { first: 10, team: FEIJENOORD }, callers.partnerRotterdam);
    expect(rotterdam.data.volunteers.totalCount).toBeGreaterThanOrEqual(18);
    expect(rotterdam.data.volunteers.edges).toBeNull();
    expect(rotterdam.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dordrecht = await subgraph.query(LIST, { first: 10 }, callers.partnerDordrecht);
    expect(dordrecht.data.volunteers.totalCount).toBeNull();
    const leiden = await subgraph.query(LIST, { first: 10, team: FEIJENOORD }, callers.partnerLeiden);
    expect(leiden.data.volunteers.totalCount).toBeNull();
  });

  it('refuses partners counts filtered on people, which beside the unfiltered count would single someone out', async () => {
    for (const filter of [{ status: 'ACTIVE' }, { talent: 'koken' }]) {
      const result = await subgraph.query(LIST, { first: 10, ...filter }, callers.partnerRotterdam);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('gives partners no cursor to walk people one by one, and coordinators cursors that hide the names they sort by', async () => {
    const PAGE = `query ($first: Int!, $after: String) { volunteers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } } }`;
    const partner = await subgraph.query(PAGE, { first: 1 }, callers.partnerRotterdam);
    expect(partner.data.volunteers.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    const coordinator = await subgraph.query(
      `query { volunteers(first: 1) { edges { cursor node { displayName } } pageInfo { endCursor } } }`,
      {},
      callers.coordinatorFeijenoord,
    );
    const [edge] = coordinator.data.volunteers.edges;
    expect(Buffer.from(edge.cursor, 'base64url').toString('latin1')).not.toContain(edge.node.displayName);
    const next = await subgraph.query(
      PAGE,
      { first: 1, after: coordinator.data.volunteers.pageInfo.endCursor },
      callers.coordinatorFeijenoord,
    );
    expect(next.errors).toBeUndefined();
  });
});

describe('searching volunteers by name', () => {
  const SEARCH = `query ($search: String, $team: ID, $status: VolunteerStatus, $first: Int!, $after: String) {
    volunteers(search: $search, team: $team, status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }
  }`;
  const tag = `q${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 6)}`;
  const found = async (search: string, caller = callers.admin, filters: Record<string, unknown> = {}) => {
    const result = await subgraph.query(SEARCH, { search, first: 100, ...filters }, caller);
    expect(result.errors).toBeUndefined();
    return result.data.volunteers.edges.map((edge: { node: { displayName: string } }) => edge.node.displayName).sort();
  };
  const register = async (displayName: string, givenName: string, familyName: string) => {
    const result = await subgraph.query(
      REGISTER,
      { input: input({ displayName, givenName, familyName, dateOfBirth: '1970-01-01', talents: [] }) },
      callers.admin,
    );
    expect(result.errors).toBeUndefined();
    return result.data.registerVolunteer.id as string;
  };

  beforeAll(async () => {
    await register(`${tag} 50%`, 'Zoë', `Öztürk-${tag}`);
    await register(`${tag} 500`, 'Zoe', `Smit-${tag}`);
    await register(`${tag}_x`, 'Renée', `Bakker-${tag}`);
    await register(`${tag}yx`, 'Renee', `Jansen-${tag}`);
  });

  it('finds people by part of their display, given or family name, in any case and without accents', async () => {
    expect(await found(tag.toUpperCase())).toEqual([`${tag} 50%`, `${tag} 500`, `${tag}_x`, `${tag}yx`]);
    expect(await found(`OZTURK-${tag}`)).toEqual([`${tag} 50%`]);
    expect(await found(`zoë smit-${tag}`)).toEqual([`${tag} 500`]);
    expect(await found(`  rENEE   jansen-${tag} `)).toEqual([`${tag}yx`]);
  });

  it('takes % and _ in a search as the characters themselves', async () => {
    expect(await found(`${tag} 50%`)).toEqual([`${tag} 50%`]);
    expect(await found(`${tag}_x`)).toEqual([`${tag}_x`]);
    expect(await found('%%')).toEqual([]);
  });

  it('combines the search with the filters, the order and the pages', async () => {
    const all = await found('an', callers.admin, { team: FEIJENOORD, status: 'ACTIVE' });
    expect(all.length).toBeGreaterThan(2);
    const names: string[] = [];
    let after: string | null = null;
    do {
      const result = await subgraph.query(SEARCH, { search: 'an', team: FEIJENOORD, status: 'ACTIVE', first: 2, after }, callers.admin);
      const page: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { displayName: string } }[];
      } = result.data.volunteers;
      expect(page.totalCount).toBe(all.length);
      names.push(...page.edges.map((edge) => edge.node.displayName));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual([...names].sort());
    expect([...names].sort()).toEqual(all);
  });

  it('finds within the caller’s teams only, and lets team mates find display names but not the names they may not read', async () => {
    const charlois = volunteerOf('charlois', 4);
    const [{ given_name: given, family_name: family, display_name: display }] = await subgraph.dataSource.query(
      'SELECT given_name, family_name, display_name FROM volunteers WHERE id = $1',
      [charlois],
    );
    expect(await found(`${given} ${family}`, callers.admin)).toContain(display);
    expect(await found(`${given} ${family}`, callers.coordinatorFeijenoord)).toEqual([]);
    expect(await found(`${given} ${family}`, callers.coordinatorCharlois)).toContain(display);

    const mate = volunteerOf('feijenoord', 3);
    const [row] = await subgraph.dataSource.query('SELECT family_name AS family, display_name AS display FROM volunteers WHERE id = $1', [
      mate,
    ]);
    expect(await found(row.display, callers.volunteerFeijenoord)).toContain(row.display);
    // "Fatima B." is what team mates read; "Bakker" they may not, so it must not find her for them.
    expect(row.display.toLowerCase()).not.toContain(row.family.toLowerCase());
    const byFamily = await subgraph.query(SEARCH, { search: row.family, first: 100 }, callers.volunteerFeijenoord);
    expect(byFamily.data.volunteers.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(mate);
    expect(await found(row.family, callers.coordinatorFeijenoord)).toContain(row.display);
  });

  it('refuses a search shorter than 2 characters after trimming, and partners a search at all', async () => {
    for (const search of ['a', '  b  ', 'x'.repeat(101)]) {
      const result = await subgraph.query(SEARCH, { search, first: 10 }, callers.admin);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'search', message: 'must be 2 to 100 characters' }]);
    }
    const partner = await subgraph.query(SEARCH, { search: 'an', first: 10 }, callers.partnerRotterdam);
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('changing a volunteer', () => {
  const STATUS = `mutation ($input: ChangeVolunteerStatusInput!) { changeVolunteerStatus(input: $input) { status statusSince version statusHistory { from to on } } }`;

  it('moves through allowed statuses with dated history, and refuses LEFT → PAUSED', async () => {
    const { data } = await subgraph.query(REGISTER, { input: input() }, callers.coordinatorFeijenoord);
    const id = data.registerVolunteer.id;
    const active = await subgraph.query(
      STATUS,
      { input: { id, version: 1, status: 'ACTIVE', on: '2026-02-01' } },
      callers.coordinatorFeijenoord,
    );
    expect(active.data.changeVolunteerStatus).toMatchObject({ status: 'ACTIVE', statusSince: '2026-02-01', version: 2 });
    const left = await subgraph.query(
      STATUS,
      { input: { id, version: 2, status: 'LEFT', on: '2026-03-01' } },
      callers.coordinatorFeijenoord,
    );
    expect(left.data.changeVolunteerStatus.statusHistory).toEqual([
      { from: null, to: 'INTAKE', on: '2026-01-05' },
      { from: 'INTAKE', to: 'ACTIVE', on: '2026-02-01' },
      { from: 'ACTIVE', to: 'LEFT', on: '2026-03-01' },
    ]);
    const paused = await subgraph.query(
      STATUS,
      { input: { id, version: 3, status: 'PAUSED', on: '2026-04-01' } },
      callers.coordinatorFeijenoord,
    );
    expect(paused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'status' }] } });
    expect(paused.errors?.[0].message).toContain('cannot change from LEFT to PAUSED');
  });

  it('lets a person change their own talents but not their name, and refuses a stale version', async () => {
    const self = callers.volunteerFeijenoord;
    const UPDATE = `mutation ($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { talents version } }`;
    const own = await subgraph.query(UPDATE, { input: { id: self.volunteerId, version: 1, talents: ['Singing'] } }, self);
    expect(own.data.updateVolunteer).toEqual({ talents: ['singing'], version: 2 });
    const name = await subgraph.query(UPDATE, { input: { id: self.volunteerId, version: 2, familyName: 'Other' } }, self);
    expect(name.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'Your coordinator changes familyName for you' });
    const stale = await subgraph.query(UPDATE, { input: { id: self.volunteerId, version: 1, talents: ['x'] } }, self);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
