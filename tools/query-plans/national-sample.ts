/**
 * Data in the national seed's shape, small enough to load in seconds: the seed's own `small` plan (10 teams, 250
 * volunteers, 50,000 hour entries with the national distributions), loaded with the seed's loaders where the seed
 * fills a service, and derived from the same plan in SQL for the services the seed leaves empty.
 */
import { todayInAmsterdam } from '@buurtvolk/domain';
import type { Client } from 'pg';
import { copyInto } from '../seed/copy';
import { drawHourEntries, HOUR_ENTRY_COLUMNS, type HourEntries, hourEntryLines } from '../seed/hour-entries';
import { activityLines } from '../seed/load-activities';
import { benchmarkSubjects, planNationalData, SCALES } from '../seed/national-data';

/** Real today: the services check memberships and entry periods against it. */
export const TODAY = todayInAmsterdam();
export const THIS_YEAR = Number(TODAY.slice(0, 4));
export const THIS_MONTH = TODAY.slice(0, 7);
export const plan = planNationalData(SCALES.small, TODAY);
/** The benchmark's team (with a full last year), its coordinator, one of its volunteers and the municipality's partner. */
export const subjects = benchmarkSubjects(plan);

let drawn: HourEntries | undefined;

/** The plan's hour entries in a temporary table `seed_hour_entries` of this session, for services that keep their own copy. */
export async function stageHourEntries(client: Client): Promise<void> {
  drawn ??= drawHourEntries(plan);
  await client.query(`CREATE TEMP TABLE seed_hour_entries (
    id uuid, volunteer_id uuid, team_id uuid, neighbourhood_id uuid, municipality_code text, entry_date date, minutes int, theme text,
    status text, rejection_reason text, decided_by text, decided_at timestamptz, entered_by text, created_at timestamptz)`);
  await copyInto(client, 'seed_hour_entries', HOUR_ENTRY_COLUMNS, hourEntryLines(plan, drawn));
}

/** The plan's activities in a temporary table `seed_activities` of this session. */
export async function stageActivities(client: Client): Promise<void> {
  await client.query(`CREATE TEMP TABLE seed_activities (
    id uuid, team_id uuid, neighbourhood_id uuid, theme text, title text, location text, starts_at timestamptz, ends_at timestamptz, status text,
    partner_id uuid, capacity int, residents_reached int, organiser_ids uuid[], created_at timestamptz)`);
  await copyInto(
    client,
    'seed_activities',
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
  );
}

const HISTORY_ROWS = 20_000;

/**
 * What years of use leave behind in every service: audit entries, published events and handled ones. A fresh test
 * database has none, and the planner would take these tables for empty.
 */
export async function fillHistory(client: Client, service: string): Promise<void> {
  const tables = new Set(
    (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)).rows.map(
      (row) => row.name,
    ),
  );
  await client.query(
    `INSERT INTO audit_log (id, occurred_at, actor_subject, actor_role, action, entity_type, entity_id, related_ids, request_id)
     SELECT gen_random_uuid(), now() - i * interval '3 minutes', 'seed', 'COORDINATOR', 'seed.history',
            (ARRAY['HourEntry', 'Activity', 'Volunteer', 'Membership', 'Allowance'])[1 + i % 5], gen_random_uuid(), '{}', 'seed-' || i
       FROM generate_series(1, $1) i`,
    [HISTORY_ROWS],
  );
  // Impact publishes nothing: it has no outbox.
  if (tables.has('event_outbox')) {
    await client.query(
      `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
       SELECT gen_random_uuid(), 'SeedHistory', $2, '{}', now() - i * interval '3 minutes', now() - i * interval '3 minutes' + interval '1 second'
         FROM generate_series(1, $1) i`,
      [HISTORY_ROWS, service],
    );
  }
  await client.query(
    `INSERT INTO event_inbox (consumer, event_id, processed_at) SELECT $2, gen_random_uuid(), now() - i * interval '3 minutes' FROM generate_series(1, $1) i`,
    [HISTORY_ROWS, service],
  );
}

/** Fresh statistics for the planner, as the seed leaves them (VACUUM also fills the visibility map for index-only scans). */
export async function analyse(client: Client): Promise<void> {
  await client.query('VACUUM (ANALYZE)');
}
