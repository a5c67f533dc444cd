import { demoId } from '@buurtvolk/domain';
import { createLogger } from '@buurtvolk/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@buurtvolk/testing';
import { Activity, ActivityStatus } from './activities/activity.entity';
import { activityCompletedPayload } from './activities/activity.service';
import { seedDemoData } from './demo-data';
import { HourEntry, HourEntryStatus } from './hours/hour-entry.entity';
import { hoursPayload } from './hours/hour-entry.service';
import { activitiesSubgraph } from './subgraph';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('activities', activitiesSubgraph.database);
  await seedDemoData(database.dataSource, createLogger('activities'));
});
afterAll(() => database.drop());

async function payloadsOf(type: string, field: string, ids: string[]): Promise<Map<string, unknown>> {
  const rows: { payload: Record<string, string> }[] = await database.dataSource.query(
    `SELECT payload FROM event_outbox WHERE type = $1 AND payload->>$2 = ANY($3)`,
    [type, field, ids],
  );
  return new Map(rows.map((row) => [row.payload[field], row.payload]));
}

describe('demo history in activities’ outbox', () => {
  it('holds one HoursApproved per approved demo entry, at its decision, with the same minutes in total', async () => {
    const [figures] = await database.dataSource.query(
      `SELECT (SELECT count(*) FROM hour_entries WHERE status = 'APPROVED')::int AS entries,
              (SELECT sum(minutes) FROM hour_entries WHERE status = 'APPROVED')::int AS minutes,
              count(*)::int AS events,
              sum((o.payload->>'minutes')::int)::int AS "eventMinutes",
              count(DISTINCT h.id) FILTER (WHERE h.status = 'APPROVED' AND o.occurred_at = h.decided_at)::int AS "matchingEntries"
         FROM event_outbox o LEFT JOIN hour_entries h ON h.id = (o.payload->>'entryId')::uuid
        WHERE o.type = 'HoursApproved'`,
    );
    expect(figures.entries).toBeGreaterThan(10_000);
    expect(figures.events).toBe(figures.entries);
    expect(figures.eventMinutes).toBe(figures.minutes);
    expect(figures.matchingEntries).toBe(figures.entries);
  });

  it('gives hour events the payload the live approval records', async () => {
    const entries = await database.dataSource
      .getRepository(HourEntry)
      .findBy({ volunteerId: demoId('volunteer:feijenoord-02'), status: HourEntryStatus.APPROVED });
    const recorded = await payloadsOf(
      'HoursApproved',
      'entryId',
      entries.map((entry) => entry.id),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(recorded.get(entry.id)).toEqual(hoursPayload(entry));
  });

  it('holds one ActivityCompleted per done demo activity, at its end, in the live payload', async () => {
    const [figures] = await database.dataSource.query(
      `SELECT (SELECT count(*) FROM activities WHERE status = 'DONE')::int AS activities,
              (SELECT sum(residents_reached) FROM activities WHERE status = 'DONE')::int AS residents,
              count(*)::int AS events,
              sum((o.payload->>'residentsReached')::int)::int AS "eventResidents",
              count(DISTINCT a.id) FILTER (WHERE a.status = 'DONE' AND o.occurred_at = a.ends_at)::int AS "matchingActivities"
         FROM event_outbox o LEFT JOIN activities a ON a.id = (o.payload->>'activityId')::uuid
        WHERE o.type = 'ActivityCompleted'`,
    );
    expect(figures.activities).toBeGreaterThan(0);
    expect(figures.events).toBe(figures.activities);
    expect(figures.eventResidents).toBe(figures.residents);
    expect(figures.matchingActivities).toBe(figures.activities);

    const done = await database.dataSource
      .getRepository(Activity)
      .findBy({ teamId: demoId('team:feijenoord'), status: ActivityStatus.DONE });
    const recorded = await payloadsOf(
      'ActivityCompleted',
      'activityId',
      done.map((activity) => activity.id),
    );
    for (const activity of done)
      expect(recorded.get(activity.id)).toEqual(activityCompletedPayload(activity, activity.residentsReached ?? 0));
  });

  it('leaves nothing unpublished, so finance pays no allowance for demo hours and live consumers never see it', async () => {
    const [{ unpublished, other }] = await database.dataSource.query(
      `SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE type NOT IN ('HoursApproved', 'ActivityCompleted'))::int AS other
         FROM event_outbox`,
    );
    expect({ unpublished, other }).toEqual({ unpublished: 0, other: 0 });
  });
});
