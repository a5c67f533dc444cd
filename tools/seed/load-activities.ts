/**
 * The activities database: the team directory, activities (DONE in the past, PLANNED ahead), millions of hour
 * entries, and the two rollups the figures read (hour_totals, volunteer_months).
 */
import type { Client } from 'pg';
import { copyInto, copyLine } from './copy';
import { between, fastDemoId, localDate, pickOne, pickWeighted, randomFor } from './deterministic';
import { DIRECTORY_TABLES, loadDirectory } from './directory';
import { drawHourEntries, HOUR_ENTRY_COLUMNS, hourEntryLines } from './hour-entries';
import { recordActivitiesHistory } from './history';
import { inTransaction, type Log, rows, seconds, step, truncate, withIndexesRebuilt } from './load-support';
import { type NationalPlan, pad, PLANNING_HORIZON_DAYS, THEMES } from './national-data';

export const ACTIVITIES_TABLES = [
  'sign_ups',
  'activities',
  'activity_series',
  'hour_entries',
  'hour_totals',
  'volunteer_months',
  ...DIRECTORY_TABLES,
  'event_outbox',
] as const;

const TITLES: Record<string, string[]> = {
  NEIGHBOURHOOD: [
    'Buurtschoonmaak',
    'Zwerfafval prikken',
    'Geveltuintjes aanleggen',
    'Speelplein opknappen',
    'Buurtschouw met de gemeente',
  ],
  COMMUNITY: ['Buurtbarbecue', 'Koffieochtend', 'Buurtfeest', 'Kookavond voor de buurt', 'Burendag'],
  INFORMAL_CARE: ['Boodschappenhulp', 'Wandelen met ouderen', 'Taalmaatje', 'Vervoer naar het ziekenhuis', 'Een praatje aan de deur'],
  SUSTAINABILITY: ['Energiecafé', 'Repair Café', 'Ruilmarkt', 'Tegels eruit, groen erin', 'Informatieavond zonnepanelen'],
  PERSONAL_DEVELOPMENT: ['Computerles', 'Sollicitatietraining', 'Taalcafé', 'Workshop budgetteren', 'Naaiatelier'],
  HEALTH: ['Wandelgroep', 'Gezond koken', 'Yoga in het park', 'Fietsles', 'Beweegmiddag'],
};
const SLOTS = [
  { start: '10:00', end: '12:00' },
  { start: '13:30', end: '16:00' },
  { start: '19:00', end: '21:00' },
];

interface ActivityRow {
  day: number;
  line: string;
}

/** Activities of every team, in date order; times are Amsterdam wall-clock times, PostgreSQL applies summer time. */
export function* activityLines(plan: NationalPlan, now: Date = new Date()): Generator<string> {
  const nowText = now.toISOString();
  const all: ActivityRow[] = [];
  for (const team of plan.teams) {
    const random = randomFor(`activities:${team.key}`);
    const locations = [
      `Buurthuis ${team.neighbourhoodName}`,
      `Speeltuin ${team.neighbourhoodName}`,
      'Wijkpark',
      'Bibliotheek',
      'Op straat',
    ];
    for (let n = 1; n <= team.activities; n += 1) {
      const day = team.startDay + Math.floor(random() * (team.activeDays + PLANNING_HORIZON_DAYS));
      const theme = THEMES[pickWeighted(random, team.themeWeights)];
      const slot = pickOne(random, SLOTS);
      const past = day < plan.todayDay;
      const status = !past ? 'PLANNED' : random() < 0.04 ? 'CANCELLED' : 'DONE';
      const organisers = [team.members[0].volunteerId, team.members[between(random, 1, team.members.length - 1)].volunteerId];
      const created = day - 21 < plan.todayDay ? `${localDate(day - 21)} 09:00:00+00` : nowText;
      all.push({
        day,
        line: copyLine([
          fastDemoId(`activity:${team.key}-${pad(n, 4)}`),
          team.teamId,
          team.neighbourhoodId,
          theme,
          pickOne(random, TITLES[theme]),
          pickOne(random, locations),
          `${localDate(day)} ${slot.start}:00 Europe/Amsterdam`,
          `${localDate(day)} ${slot.end}:00 Europe/Amsterdam`,
          status,
          random() < 0.15 ? team.municipality.partnerId : null,
          random() < 0.5 ? between(random, 10, 40) : null,
          status === 'DONE' ? between(random, 5, 120) : null,
          [...new Set(organisers)],
          created,
        ]),
      });
    }
  }
  all.sort((a, b) => a.day - b.day);
  for (const row of all) yield row.line;
}

/** Both rollups from the entries, exactly as the trigger `hour_entries_totals` (apply_hour_entry) would have built them. */
const REBUILD_HOUR_TOTALS = `
  INSERT INTO hour_totals (team_id, neighbourhood_id, municipality_code, theme, month, status, minutes, entries)
  SELECT team_id, neighbourhood_id, municipality_code, theme, date_trunc('month', entry_date)::date, status, sum(minutes), count(*)
    FROM hour_entries
   GROUP BY team_id, neighbourhood_id, municipality_code, theme, date_trunc('month', entry_date)::date, status`;
const REBUILD_VOLUNTEER_MONTHS = `
  INSERT INTO volunteer_months (team_id, neighbourhood_id, month, volunteer_id, approved_minutes)
  SELECT team_id, neighbourhood_id, date_trunc('month', entry_date)::date, volunteer_id, sum(minutes)
    FROM hour_entries
   WHERE status = 'APPROVED'
   GROUP BY team_id, neighbourhood_id, date_trunc('month', entry_date)::date, volunteer_id
  HAVING sum(minutes) > 0`;

export async function loadActivities(client: Client, plan: NationalPlan, log: Log): Promise<void> {
  const entries = await step(
    log,
    'draw hour entries',
    async () => drawHourEntries(plan),
    (drawn) => `${drawn.count.toLocaleString('en-US')} entries`,
  );
  await inTransaction(client, async () => {
    await step(log, 'wipe', () => truncate(client, ACTIVITIES_TABLES));
    await loadDirectory(client, plan, log);
    await step(
      log,
      'activities',
      () =>
        copyInto(
          client,
          'activities',
          [
            'id',
            'team_id',
            'neighbourhood_id',
            'theme',
            'title',
            'location',
            'starts_at',
            'ends_at',
            'status',
            'partner_id',
            'capacity',
            'residents_reached',
            'organiser_ids',
            'created_at',
          ],
          activityLines(plan),
          { freeze: true },
        ),
      rows,
    );

    // One trigger call per row would double the load time; the rollups are rebuilt in one pass below instead.
    // Inside this transaction the trigger is off for this load only: other sessions wait on the table lock.
    await client.query('ALTER TABLE hour_entries DISABLE TRIGGER hour_entries_totals');
    const started = performance.now();
    await withIndexesRebuilt(
      client,
      'hour_entries',
      () =>
        step(
          log,
          'hour_entries',
          () =>
            copyInto(client, 'hour_entries', HOUR_ENTRY_COLUMNS, hourEntryLines(plan, entries), {
              freeze: true,
              progressEvery: 500_000,
              onProgress: (done) =>
                log(`    hour_entries ${done.toLocaleString('en-US')} / ${entries.count.toLocaleString('en-US')} (${seconds(started)})`),
            }),
          rows,
        ),
      log,
    );
    await withIndexesRebuilt(
      client,
      'hour_totals',
      () => step(log, 'hour_totals (rebuilt)', async () => (await client.query(REBUILD_HOUR_TOTALS)).rowCount ?? 0, rows),
      log,
    );
    await withIndexesRebuilt(
      client,
      'volunteer_months',
      () => step(log, 'volunteer_months (rebuilt)', async () => (await client.query(REBUILD_VOLUNTEER_MONTHS)).rowCount ?? 0, rows),
      log,
    );
    await client.query('ALTER TABLE hour_entries ENABLE TRIGGER hour_entries_totals');
    await recordActivitiesHistory(client, plan, entries, log);
  });
}
