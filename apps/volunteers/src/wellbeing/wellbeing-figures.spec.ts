import { demoId } from '@buurtvolk/domain';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { startTestSubgraph, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { volunteersSubgraph } from '../subgraph';
import { callers } from '../test/callers';
import type { WellbeingFiguresChanged } from './wellbeing-figures';

// Its own teams in an empty database, so every figure below is known exactly.
const TEAM = demoId('team:figures-spec');
const NEIGHBOURHOOD = demoId('neighbourhood:figures-spec');
const NEXT_TEAM = demoId('team:figures-spec-next');

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph);
  for (const teamId of [TEAM, NEXT_TEAM]) {
    await teamDirectoryHandlers.TeamPlaced(
      { teamId, neighbourhoodId: NEIGHBOURHOOD, municipalityCode: 'GM0599', startsOn: '2025-01-01' },
      subgraph.dataSource.manager,
    );
  }
});
afterAll(() => subgraph.destroy());

const scores = (value: number, mentalHealth = value) => ({
  language: value,
  socialNetwork: value,
  meaning: value,
  dailyLife: value,
  homeSituation: value,
  mentalHealth,
  physicalHealth: value,
  financialHealth: value,
});
const changeSums = (value: number, mentalHealth = value) => ({
  LANGUAGE: value,
  SOCIAL_NETWORK: value,
  MEANING: value,
  DAILY_LIFE: value,
  HOME_SITUATION: value,
  MENTAL_HEALTH: mentalHealth,
  PHYSICAL_HEALTH: value,
  FINANCIAL_HEALTH: value,
});

/** Registers a resident and, as the teams service's MembershipStarted would, puts them in a team. */
async function member(name: string, teamId = TEAM, from = '2025-01-01', until: string | null = null): Promise<string> {
  const result = await subgraph.query(
    `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
    { input: { teamId, displayName: name, joinedOn: from } },
    callers.admin,
  );
  const volunteerId = result.data.registerVolunteer.id;
  await joins(volunteerId, teamId, from, until);
  return volunteerId;
}

async function joins(volunteerId: string, teamId: string, from: string, until: string | null = null): Promise<void> {
  const membershipId = demoId(`membership:${volunteerId}:${teamId}`);
  await teamDirectoryHandlers.MembershipStarted(
    { membershipId, teamId, neighbourhoodId: NEIGHBOURHOOD, volunteerId, role: 'MEMBER', from },
    subgraph.dataSource.manager,
  );
  if (until) await teamDirectoryHandlers.MembershipEnded({ membershipId, until }, subgraph.dataSource.manager);
}

async function consent(volunteerId: string, mutation: 'giveConsent' | 'withdrawConsent' = 'giveConsent') {
  const result = await subgraph.query(
    `mutation ($input: ConsentInput!) { ${mutation}(input: $input) { purpose } }`,
    { input: { volunteerId, purpose: 'WELLBEING_MONITOR' } },
    callers.admin,
  );
  expect(result.errors).toBeUndefined();
}

async function check(volunteerId: string, takenOn: string, values: ReturnType<typeof scores>) {
  const result = await subgraph.query(
    `mutation ($input: RecordWellbeingCheckInput!) { recordWellbeingCheck(input: $input) { takenOn } }`,
    { input: { volunteerId, takenOn, ...values } },
    callers.admin,
  );
  expect(result.errors).toBeUndefined();
}

/** The team's WellbeingFiguresChanged events in the outbox, oldest first. */
async function published(teamId: string): Promise<(WellbeingFiguresChanged & { unpublished: boolean })[]> {
  const rows: { payload: WellbeingFiguresChanged; unpublished: boolean }[] = await subgraph.dataSource.query(
    `SELECT payload, published_at IS NULL AS unpublished FROM event_outbox
      WHERE type = 'WellbeingFiguresChanged' AND source = 'volunteers' AND payload ->> 'teamId' = $1 ORDER BY (payload ->> 'version')::int`,
    [teamId],
  );
  return rows.map((row) => ({ ...row.payload, unpublished: row.unpublished }));
}

const latest = async (teamId: string) => (await published(teamId)).at(-1);

let ans: string;
let bram: string;

describe('WellbeingFiguresChanged', () => {
  it('publishes the team’s figures, with a higher version each time, as consenting members record checks', async () => {
    ans = await member('Ans');
    bram = await member('Bram');
    const cor = await member('Cor');
    await consent(ans);
    await consent(bram);
    await check(ans, '2025-03-01', scores(4));
    await check(ans, '2026-03-01', scores(6, 9));
    await check(bram, '2026-02-01', scores(5));
    await check(bram, '2026-08-01', scores(8));

    const events = await published(TEAM);
    expect(events.map((event) => event.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.every((event) => event.unpublished)).toBe(true);
    const { unpublished: _, ...figures } = events.at(-1)!;
    // Beside the sums, the sums of squared changes from which impact computes intervals: 2² + 3² = 13, MENTAL_HEALTH 5² + 3² = 34.
    expect(figures).toEqual({
      teamId: TEAM,
      neighbourhoodId: NEIGHBOURHOOD,
      version: 6,
      years: [{ year: 2026, participants: 2, changeSums: changeSums(2 + 3, 5 + 3), changeSquareSums: changeSums(4 + 9, 25 + 9) }],
    });
    // Cor never gave consent: nothing about them is recorded or counted.
    const refused = await subgraph.query(
      `mutation ($input: RecordWellbeingCheckInput!) { recordWellbeingCheck(input: $input) { takenOn } }`,
      { input: { volunteerId: cor, takenOn: '2026-03-01', ...scores(9) } },
      callers.admin,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await published(TEAM)).toHaveLength(6);
  });

  it('publishes a snapshot without someone who withdraws, and leaves them out of every later one', async () => {
    await consent(bram, 'withdrawConsent');
    expect(await latest(TEAM)).toMatchObject({
      version: 7,
      years: [{ year: 2026, participants: 1, changeSums: changeSums(2, 5), changeSquareSums: changeSums(4, 25) }],
    });

    await check(ans, '2026-09-01', scores(7, 9));
    expect(await latest(TEAM)).toMatchObject({ version: 8, years: [{ year: 2026, participants: 1, changeSums: changeSums(3, 5) }] });
  });

  it('publishes, after an erasure, every team the person was in without them', async () => {
    const dirk = await member('Dirk', TEAM, '2025-01-01', '2025-12-31');
    await joins(dirk, NEXT_TEAM, '2026-01-01');
    await consent(dirk);
    await check(dirk, '2025-02-01', scores(2));
    await check(dirk, '2025-10-01', scores(5));
    await check(dirk, '2026-06-01', scores(6));
    expect((await latest(TEAM))?.years).toEqual([
      { year: 2025, participants: 1, changeSums: changeSums(3), changeSquareSums: changeSums(9) },
      { year: 2026, participants: 1, changeSums: changeSums(3, 5), changeSquareSums: changeSums(9, 25) },
    ]);
    expect((await latest(NEXT_TEAM))?.years).toEqual([
      { year: 2026, participants: 1, changeSums: changeSums(4), changeSquareSums: changeSums(16) },
    ]);

    const erased = await subgraph.query(`mutation ($id: ID!) { eraseVolunteer(id: $id) }`, { id: dirk }, callers.admin);
    expect(erased.errors).toBeUndefined();
    expect((await latest(TEAM))?.years).toEqual([
      { year: 2026, participants: 1, changeSums: changeSums(3, 5), changeSquareSums: changeSums(9, 25) },
    ]);
    expect(await latest(NEXT_TEAM)).toMatchObject({ version: 5, years: [] });
  });

  it('publishes a team’s figures again when someone with checks joins it or leaves it', async () => {
    const eva = await member('Eva', TEAM, '2025-01-01');
    await consent(eva);
    await check(eva, '2025-02-01', scores(3));
    await check(eva, '2026-02-01', scores(7));
    const membershipId = demoId(`membership:${eva}:${NEXT_TEAM}`);
    const before = (await latest(NEXT_TEAM))!.version;
    await deliverEvent(volunteersSubgraph, subgraph.dataSource.manager, 'MembershipStarted', {
      membershipId,
      teamId: NEXT_TEAM,
      neighbourhoodId: NEIGHBOURHOOD,
      volunteerId: eva,
      role: 'MEMBER',
      from: '2026-03-01',
    });
    expect(await latest(NEXT_TEAM)).toMatchObject({
      version: before + 1,
      years: [{ year: 2026, participants: 1, changeSums: changeSums(4) }],
    });

    await deliverEvent(volunteersSubgraph, subgraph.dataSource.manager, 'MembershipEnded', { membershipId, until: '2026-04-01' });
    expect((await latest(NEXT_TEAM))!.version).toBe(before + 2);
    // Someone without checks changes nothing, so nothing is published.
    const fenna = await member('Fenna', TEAM, '2025-01-01');
    await deliverEvent(volunteersSubgraph, subgraph.dataSource.manager, 'MembershipStarted', {
      membershipId: demoId(`membership:${fenna}:${NEXT_TEAM}`),
      teamId: NEXT_TEAM,
      neighbourhoodId: NEIGHBOURHOOD,
      volunteerId: fenna,
      role: 'MEMBER',
      from: '2026-03-01',
    });
    expect((await latest(NEXT_TEAM))!.version).toBe(before + 2);
  });
});
