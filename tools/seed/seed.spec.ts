import { demoId } from '@buurtvolk/domain';
import { createTestDatabase, type TestDatabase } from '@buurtvolk/testing';
import { Client } from 'pg';
import { activitiesDatabase } from '../../apps/activities/src/database';
import { teamsDatabase } from '../../apps/teams/src/database';
import { volunteersDatabase } from '../../apps/volunteers/src/database';
import { summarise } from '../bench/stats';
import { copyInto, copyLine } from './copy';
import { fastDemoId } from './deterministic';
import { drawHourEntries } from './hour-entries';
import { loadActivities } from './load-activities';
import { loadTeams } from './load-teams';
import { loadVolunteers } from './load-volunteers';
import { planNationalData, SCALES } from './national-data';

const TODAY = '2026-11-27';
const quiet = () => undefined;

describe('the national data plan', () => {
  const plan = planNationalData(SCALES.national, TODAY);

  it('has the size the benchmark is about', () => {
    expect(plan.teams).toHaveLength(1_000);
    expect(plan.municipalities).toHaveLength(100);
    expect(plan.members).toHaveLength(25_000);
    expect(plan.hourEntries).toBeGreaterThanOrEqual(5_000_000);
    expect(plan.teams.reduce((sum, team) => sum + team.activities, 0)).toBeGreaterThan(49_000);
    expect(plan.municipalities.every((municipality) => municipality.teams.length >= 1)).toBe(true);
  });

  it('respects the constraints of the teams schema', () => {
    expect(new Set(plan.teams.map((team) => team.name.toLowerCase())).size).toBe(plan.teams.length);
    expect(new Set(plan.teams.map((team) => `${team.municipality.code}|${team.neighbourhoodName.toLowerCase()}`)).size).toBe(
      plan.teams.length,
    );
    for (const team of plan.teams) {
      expect(team.startsOn <= TODAY).toBe(true);
      expect(team.startsOn >= '2021-11-27').toBe(true);
      expect(team.commitmentEndsOn.slice(4)).toBe(team.startsOn.slice(4) === '-02-29' ? '-02-28' : team.startsOn.slice(4));
      expect(team.members.filter((member) => member.role === 'COORDINATOR')).toHaveLength(1);
    }
  });

  it('derives every id from a readable key, so the services meet', () => {
    expect(plan.teams[0].teamId).toBe(demoId('team:n-0001'));
    expect(plan.teams[0].neighbourhoodId).toBe(demoId('neighbourhood:n-0001'));
    expect(plan.teams[0].members[6].volunteerId).toBe(demoId('volunteer:n-0001-07'));
    expect(plan.teams[0].members[6].membershipId).toBe(demoId('membership:n-0001-07'));
    expect(plan.municipalities[0].partnerId).toBe(demoId('partner:n-muni-0001'));
  });

  it('is the same on every run', () => {
    const again = planNationalData(SCALES.national, TODAY);
    expect(again.teams.map((team) => [team.startsOn, team.activities, team.members[3].hourEntries])).toEqual(
      plan.teams.map((team) => [team.startsOn, team.activities, team.members[3].hourEntries]),
    );
  });
});

describe('hour entries', () => {
  const plan = planNationalData(SCALES.small, TODAY);
  const entries = drawHourEntries(plan);

  it('fall within the membership, never in the future, in steps of 15 minutes, in date order', () => {
    expect(entries.count).toBe(plan.hourEntries);
    const problems: string[] = [];
    for (let k = 0; k < entries.count; k += 1) {
      const i = entries.order[k];
      const { team } = plan.members[entries.member[i]];
      const day = entries.day[i];
      const minutes = entries.minutes[i];
      if (day < team.startDay || day > plan.todayDay) problems.push(`entry ${i}: day ${day} outside ${team.startDay}…${plan.todayDay}`);
      if (minutes % 15 !== 0 || minutes < 30 || minutes > 240) problems.push(`entry ${i}: ${minutes} minutes`);
      if (k > 0 && day < entries.day[entries.order[k - 1]]) problems.push(`entry ${i}: out of date order`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
});

describe('helpers', () => {
  it('makes the same ids as demoId, faster', () => {
    for (const key of ['team:n-0001', 'hour:n-0001-07-000001', 'volunteer:ö-ß', `long:${'x'.repeat(300)}`])
      expect(fastDemoId(key)).toBe(demoId(key));
  });

  it('writes COPY text lines with NULLs, arrays and escapes', () => {
    expect(copyLine(['a\tb', null, ['bike repair', 'cooking', 'say "hi"'], [], 3])).toBe(
      'a\\tb\t\\N\t{"bike repair",cooking,"say \\\\"hi\\\\""}\t{}\t3\n',
    );
  });

  it('gives median and nearest-rank p95', () => {
    const timings = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarise(timings)).toEqual({ median: 50.5, p95: 95 });
    expect(summarise([7])).toEqual({ median: 7, p95: 7 });
  });
});

describe('loading the small data set', () => {
  const plan = planNationalData(SCALES.small, TODAY);
  const databases: TestDatabase[] = [];
  const clients: Client[] = [];

  async function connect(service: string, definition: Parameters<typeof createTestDatabase>[1]): Promise<Client> {
    const database = await createTestDatabase(service, definition);
    databases.push(database);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    clients.push(client);
    return client;
  }

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('fills the teams and volunteers databases within their constraints, and again on a second run', async () => {
    const teams = await connect('teams', teamsDatabase);
    const volunteers = await connect('volunteers', volunteersDatabase);
    for (let run = 0; run < 2; run += 1) {
      await loadTeams(teams, plan, quiet);
      await loadVolunteers(volunteers, plan, quiet);
    }
    expect((await teams.query('SELECT count(*)::int AS n FROM memberships')).rows[0].n).toBe(250);
    expect((await volunteers.query('SELECT count(*)::int AS n FROM volunteers')).rows[0].n).toBe(250);
    const ids = async (client: Client, sql: string) => (await client.query(sql)).rows.map((row) => row.id);
    expect(await ids(volunteers, 'SELECT id FROM volunteers ORDER BY id')).toEqual(
      await ids(teams, 'SELECT volunteer_id AS id FROM memberships ORDER BY volunteer_id'),
    );
  });

  it('builds the rollups exactly as the hour_entries trigger would, and leaves the trigger on', async () => {
    const activities = await connect('activities', activitiesDatabase);
    await loadActivities(activities, plan, quiet);
    expect((await activities.query('SELECT count(*)::int AS n FROM hour_entries')).rows[0].n).toBe(plan.hourEntries);
    expect((await activities.query(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'hour_entries_totals'`)).rows[0].tgenabled).toBe('O');
    expect((await activities.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'hour_entries'`)).rows[0].n).toBe(3);

    // Replay the same entries through the trigger and compare both rollups.
    await activities.query('BEGIN');
    await activities.query(
      'CREATE TEMP TABLE seeded_totals AS SELECT * FROM hour_totals; CREATE TEMP TABLE seeded_months AS SELECT * FROM volunteer_months',
    );
    await activities.query('CREATE TEMP TABLE entries AS SELECT * FROM hour_entries; TRUNCATE hour_entries, hour_totals, volunteer_months');
    await activities.query('INSERT INTO hour_entries SELECT * FROM entries');
    const difference = async (a: string, b: string) =>
      (await activities.query(`SELECT count(*)::int AS n FROM (SELECT * FROM ${a} EXCEPT SELECT * FROM ${b}) x`)).rows[0].n;
    expect([await difference('hour_totals', 'seeded_totals'), await difference('seeded_totals', 'hour_totals')]).toEqual([0, 0]);
    expect([await difference('volunteer_months', 'seeded_months'), await difference('seeded_months', 'volunteer_months')]).toEqual([0, 0]);
    await activities.query('ROLLBACK');
  });

  it('stops a COPY at the first bad row and leaves the connection usable', async () => {
    const activities = await connect('activities', activitiesDatabase);
    const good = copyLine([demoId('team:a'), demoId('neighbourhood:a'), 'GM0001', '2025-01-01']);
    const bad = copyLine(['not-a-uuid', demoId('neighbourhood:b'), 'GM0002', '2025-01-01']);
    await expect(
      copyInto(activities, 'directory_teams', ['team_id', 'neighbourhood_id', 'municipality_code', 'starts_on'], [good, bad]),
    ).rejects.toThrow(/uuid/);
    expect((await activities.query('SELECT count(*)::int AS n FROM directory_teams')).rows[0].n).toBe(0);
  });
});
