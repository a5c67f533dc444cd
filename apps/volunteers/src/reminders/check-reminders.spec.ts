import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { volunteersSubgraph } from '../subgraph';
import { callers } from '../test/callers';
import { recordDueChecks } from './check-reminders';

// Its own team in an empty database, so every reminder below is known exactly.
const TEAM = demoId('team:check-reminders-spec');
let subgraph: TestSubgraph;
const today = todayInAmsterdam();

/** A date `months` after `date` (both YYYY-MM-DD), as PostgreSQL counts months (end of month kept within the month). */
async function plusMonths(date: string, months: number): Promise<string> {
  const [{ day }] = await subgraph.dataSource.query(`SELECT ($1::date + make_interval(months => $2))::date::text AS day`, [date, months]);
  return day;
}

async function ok(query: string, variables: Record<string, unknown>) {
  const result = await subgraph.query(query, variables, callers.admin);
  expect(result.errors).toBeUndefined();
  return result.data;
}

async function person(name: string, purposes: string[]): Promise<string> {
  const { registerVolunteer } = await ok(`mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`, {
    input: { teamId: TEAM, displayName: name, joinedOn: '2025-01-01', email: `${name.toLowerCase()}@example.org` },
  });
  for (const purpose of purposes)
    await ok(`mutation ($input: ConsentInput!) { giveConsent(input: $input) { purpose } }`, {
      input: { volunteerId: registerVolunteer.id, purpose },
    });
  return registerVolunteer.id;
}

async function dueEvents(): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  return subgraph.dataSource.query(`SELECT type, payload FROM event_outbox WHERE type = 'CheckDue' ORDER BY occurred_at, id`);
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph);
  await teamDirectoryHandlers.TeamPlaced(
    { teamId: TEAM, neighbourhoodId: demoId('neighbourhood:check-reminders-spec'), municipalityCode: 'GM0599', startsOn: '2025-01-01' },
    subgraph.dataSource.manager,
  );
});
afterAll(() => subgraph.destroy());

describe('the daily job for wellbeing and loneliness checks that are due', () => {
  let both: string;
  let wellbeingOnly: string;

  it('records CheckDue once for each consenting person whose intake is due, and nothing for anyone else', async () => {
    both = await person('Both', ['WELLBEING_MONITOR', 'LONELINESS_SCALE']);
    wellbeingOnly = await person('Wellbeing', ['WELLBEING_MONITOR']);
    await person('Nobody', ['CONTACT', 'PARTICIPATION_OUTCOMES']);

    expect(await recordDueChecks(subgraph.dataSource, today)).toBe(3);
    const events = await dueEvents();
    expect(
      events.map((event) => event.payload).sort((a, b) => `${a.volunteerId}${a.check}`.localeCompare(`${b.volunteerId}${b.check}`)),
    ).toEqual(
      [
        { volunteerId: both, check: 'WELLBEING', dueOn: today },
        { volunteerId: both, check: 'LONELINESS', dueOn: today },
        { volunteerId: wellbeingOnly, check: 'WELLBEING', dueOn: today },
      ].sort((a, b) => `${a.volunteerId}${a.check}`.localeCompare(`${b.volunteerId}${b.check}`)),
    );
    // Ids, which check and a date: no name, address or answer travels.
    for (const { payload } of events) expect(Object.keys(payload).sort()).toEqual(['check', 'dueOn', 'volunteerId']);
  });

  it('is idempotent: running again the same day, or in parallel, records nothing new', async () => {
    const before = (await dueEvents()).length;
    expect(await Promise.all([recordDueChecks(subgraph.dataSource, today), recordDueChecks(subgraph.dataSource, today)])).toEqual([0, 0]);
    expect(await recordDueChecks(subgraph.dataSource, today)).toBe(0);
    expect(await dueEvents()).toHaveLength(before);
  });

  it('counts the next period from the latest check: six months for wellbeing, a year for loneliness', async () => {
    await ok(`mutation ($input: RecordWellbeingCheckInput!) { recordWellbeingCheck(input: $input) { id } }`, {
      input: {
        volunteerId: wellbeingOnly,
        takenOn: today,
        ...Object.fromEntries(
          ['language', 'socialNetwork', 'meaning', 'dailyLife', 'homeSituation', 'mentalHealth', 'physicalHealth', 'financialHealth'].map(
            (field) => [field, 6],
          ),
        ),
      },
    });
    await ok(`mutation ($input: RecordLonelinessCheckInput!) { recordLonelinessCheck(input: $input) { score } }`, {
      input: {
        volunteerId: both,
        takenOn: today,
        emptiness: 'NO',
        missPeople: 'NO',
        feelRejected: 'NO',
        canRelyOn: 'YES',
        canTrust: 'YES',
        feelClose: 'YES',
      },
    });
    const sixMonths = await plusMonths(today, 6);
    const dayBefore = (await subgraph.dataSource.query(`SELECT ($1::date - 1)::text AS day`, [sixMonths]))[0].day;
    const before = (await dueEvents()).length;
    expect(await recordDueChecks(subgraph.dataSource, dayBefore)).toBe(0);
    expect(await recordDueChecks(subgraph.dataSource, sixMonths)).toBe(1);
    expect((await dueEvents()).slice(before).map((event) => event.payload)).toEqual([
      { volunteerId: wellbeingOnly, check: 'WELLBEING', dueOn: sixMonths },
    ]);
    // Both's loneliness intake was answered today, so their next is a year on; everyone else was told of their due date.
    const year = await plusMonths(today, 12);
    expect(await recordDueChecks(subgraph.dataSource, year)).toBe(1);
    expect((await dueEvents()).slice(before + 1).map((event) => event.payload)).toEqual([
      { volunteerId: both, check: 'LONELINESS', dueOn: year },
    ]);
    // One reminder per due period: a check left undone is not asked for again and again.
    expect(await recordDueChecks(subgraph.dataSource, await plusMonths(today, 36))).toBe(0);
  });

  it('reminds nobody whose consent was withdrawn, nor anyone who left', async () => {
    const withdrawn = await person('Withdrawn', ['LONELINESS_SCALE']);
    await ok(`mutation ($input: ConsentInput!) { withdrawConsent(input: $input) { purpose } }`, {
      input: { volunteerId: withdrawn, purpose: 'LONELINESS_SCALE' },
    });
    const left = await person('Left', ['WELLBEING_MONITOR']);
    await subgraph.dataSource.query(`UPDATE volunteers SET status = 'LEFT' WHERE id = $1`, [left]);
    expect(await recordDueChecks(subgraph.dataSource, today)).toBe(0);
  });

  it('forgets a person’s reminders when they are erased, and reminds them of nothing after', async () => {
    await ok(`mutation ($id: ID!) { eraseVolunteer(id: $id) }`, { id: both });
    const [{ n }] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM check_reminders WHERE volunteer_id = $1`, [both]);
    expect(n).toBe(0);
    expect(await recordDueChecks(subgraph.dataSource, await plusMonths(today, 24))).toBe(0);
  });
});
