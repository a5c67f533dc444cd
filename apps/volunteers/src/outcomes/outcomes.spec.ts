import { demoId } from '@buurtvolk/domain';
import { testIdentities } from '@buurtvolk/testing';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { volunteersSubgraph } from '../subgraph';
import { callers } from '../test/callers';
import type { OutcomeFiguresChanged } from './outcome-figures';

// Its own team in an empty database, so every figure below is known exactly.
const TEAM = demoId('team:outcomes-spec');
const OTHER_TEAM = demoId('team:outcomes-spec-other');
const NEIGHBOURHOOD = demoId('neighbourhood:outcomes-spec');
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:outcomes-spec-coordinator'));
const otherCoordinator = testIdentities.coordinator(OTHER_TEAM, demoId('volunteer:outcomes-spec-other-coordinator'));

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph);
  for (const teamId of [TEAM, OTHER_TEAM])
    await teamDirectoryHandlers.TeamPlaced(
      { teamId, neighbourhoodId: NEIGHBOURHOOD, municipalityCode: 'GM0599', startsOn: '2025-01-01' },
      subgraph.dataSource.manager,
    );
});
afterAll(() => subgraph.destroy());

async function member(name: string, until: string | null = null): Promise<string> {
  const result = await subgraph.query(
    `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
    { input: { teamId: TEAM, displayName: name, joinedOn: '2025-01-01' } },
    callers.admin,
  );
  const volunteerId = result.data.registerVolunteer.id;
  const membershipId = demoId(`membership:${volunteerId}`);
  const manager = subgraph.dataSource.manager;
  await teamDirectoryHandlers.MembershipStarted(
    { membershipId, teamId: TEAM, neighbourhoodId: NEIGHBOURHOOD, volunteerId, role: 'MEMBER', from: '2025-01-01' },
    manager,
  );
  if (until) await teamDirectoryHandlers.MembershipEnded({ membershipId, until }, manager);
  return volunteerId;
}

async function consent(volunteerId: string, purpose: string, mutation: 'giveConsent' | 'withdrawConsent' = 'giveConsent') {
  const result = await subgraph.query(
    `mutation ($input: ConsentInput!) { ${mutation}(input: $input) { purpose } }`,
    { input: { volunteerId, purpose } },
    callers.admin,
  );
  expect(result.errors).toBeUndefined();
}

const LONELY = { emptiness: 'YES', missPeople: 'YES', feelRejected: 'NO', canRelyOn: 'YES', canTrust: 'YES', feelClose: 'YES' }; // 2
const NOT_LONELY = { emptiness: 'NO', missPeople: 'MORE_OR_LESS', feelRejected: 'NO', canRelyOn: 'YES', canTrust: 'YES', feelClose: 'YES' }; // 1

const lonelinessCheck = (volunteerId: string, takenOn: string, answers: Record<string, string>, caller = callers.admin) =>
  subgraph.query(
    `mutation ($input: RecordLonelinessCheckInput!) { recordLonelinessCheck(input: $input) { takenOn score } }`,
    { input: { volunteerId, takenOn, ...answers } },
    caller,
  );

const move = (volunteerId: string, kind: string, movedOn: string, caller = callers.admin) =>
  subgraph.query(
    `mutation ($input: RecordParticipationMoveInput!) { recordParticipationMove(input: $input) { kind movedOn teamId } }`,
    { input: { volunteerId, kind, movedOn } },
    caller,
  );

async function latest(teamId: string): Promise<OutcomeFiguresChanged | undefined> {
  const rows: { payload: OutcomeFiguresChanged }[] = await subgraph.dataSource.query(
    `SELECT payload FROM event_outbox WHERE type = 'OutcomeFiguresChanged' AND source = 'volunteers' AND payload ->> 'teamId' = $1
      ORDER BY (payload ->> 'version')::int DESC LIMIT 1`,
    [teamId],
  );
  return rows[0]?.payload;
}

const year = (fields: Partial<OutcomeFiguresChanged['years'][number]> & { year: number }) => ({
  movedPeople: 0,
  movedToPaidWork: 0,
  movedToEducation: 0,
  movedToTraining: 0,
  lonelinessMeasured: 0,
  lonely: 0,
  lonelinessPaired: 0,
  lonelyAtIntake: 0,
  lonelyLatest: 0,
  ...fields,
});

let ans: string;
let bram: string;

describe('loneliness checks', () => {
  it('scores the six answers and sends the team’s counts, never the answers, with the person’s consent only', async () => {
    ans = await member('Ans');
    bram = await member('Bram');
    const refused = await lonelinessCheck(ans, '2025-03-01', LONELY);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await latest(TEAM)).toBeUndefined();

    await consent(ans, 'LONELINESS_SCALE');
    await consent(bram, 'LONELINESS_SCALE');
    const first = await lonelinessCheck(ans, '2025-03-01', LONELY);
    expect(first.data.recordLonelinessCheck).toEqual({ takenOn: '2025-03-01', score: 2 });
    // The coordinator of the person's team may record it too; the person fills it in themselves as well.
    expect((await lonelinessCheck(ans, '2026-03-01', NOT_LONELY, coordinator)).errors).toBeUndefined();
    expect((await lonelinessCheck(bram, '2026-02-01', LONELY, testIdentities.volunteer(bram, TEAM))).errors).toBeUndefined();
    // A coordinator of another team may not: to them the person does not exist.
    expect((await lonelinessCheck(bram, '2026-02-02', LONELY, otherCoordinator)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const figures = await latest(TEAM);
    expect(JSON.stringify(figures)).not.toContain('YES');
    // 2025: Ans measured, lonely (score 2). 2026: Ans (1, paired: lonely at intake, not now) and Bram (2) measured; 1 lonely.
    expect(figures?.years).toEqual([
      year({ year: 2025, lonelinessMeasured: 1, lonely: 1 }),
      year({ year: 2026, lonelinessMeasured: 2, lonely: 1, lonelinessPaired: 1, lonelyAtIntake: 1, lonelyLatest: 0 }),
    ]);
  });

  it('leaves out someone who withdraws their consent', async () => {
    await consent(bram, 'LONELINESS_SCALE', 'withdrawConsent');
    expect((await latest(TEAM))?.years.at(-1)).toEqual(
      year({ year: 2026, lonelinessMeasured: 1, lonely: 0, lonelinessPaired: 1, lonelyAtIntake: 1, lonelyLatest: 0 }),
    );
  });
});

describe('participation moves', () => {
  it('are recorded by the person’s coordinator or an admin with consent, not by the person, and counted per team and year', async () => {
    const cor = await member('Cor');
    expect((await move(cor, 'PAID_WORK', '2026-05-01', coordinator)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await consent(cor, 'PARTICIPATION_OUTCOMES');
    expect((await move(cor, 'PAID_WORK', '2026-05-01', testIdentities.volunteer(cor, TEAM))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await move(cor, 'PAID_WORK', '2026-05-01', otherCoordinator)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const recorded = await move(cor, 'PAID_WORK', '2026-05-01', coordinator);
    expect(recorded.data.recordParticipationMove).toEqual({ kind: 'PAID_WORK', movedOn: '2026-05-01', teamId: TEAM });
    expect((await move(cor, 'EDUCATION', '2026-09-01', coordinator)).errors).toBeUndefined();
    // Cor counts once among the people who moved on, and once per kind.
    expect((await latest(TEAM))?.years.at(-1)).toMatchObject({ year: 2026, movedPeople: 1, movedToPaidWork: 1, movedToEducation: 1 });
  });

  it('counts a move after the person left for the team they were last in, recorded by an admin', async () => {
    const dirk = await member('Dirk', '2026-01-31');
    await consent(dirk, 'PARTICIPATION_OUTCOMES');
    // Rights follow current membership: once Dirk has left, his former coordinator no longer sees him.
    expect((await move(dirk, 'TRAINING_PATH', '2026-06-01', coordinator)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await move(dirk, 'TRAINING_PATH', '2026-06-01')).data.recordParticipationMove.teamId).toBe(TEAM);
    expect((await latest(TEAM))?.years.at(-1)).toMatchObject({ movedPeople: 2, movedToTraining: 1 });
  });

  it('are in the person’s export and gone, with their checks, when the person is erased', async () => {
    const exported = await subgraph.query(
      `query ($id: ID!) { volunteer(id: $id) { personalDataExport { volunteers } } }`,
      { id: ans },
      callers.admin,
    );
    expect(exported.data.volunteer.personalDataExport.volunteers.lonelinessChecks).toHaveLength(2);
    const erased = await subgraph.query(`mutation ($id: ID!) { eraseVolunteer(id: $id) }`, { id: ans }, callers.admin);
    expect(erased.errors).toBeUndefined();
    const [{ count }] = await subgraph.dataSource.query('SELECT count(*)::int AS count FROM loneliness_checks WHERE volunteer_id = $1', [
      ans,
    ]);
    expect(count).toBe(0);
    expect((await latest(TEAM))?.years.find((row) => row.year === 2025)).toBeUndefined();
  });
});
