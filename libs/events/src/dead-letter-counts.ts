import type { EventBus } from './event-bus';

/** How many dead letters wait per event type of one consumer; read from pg-boss's job table (pg-boss 10). */
export async function countDeadLetters(bus: EventBus, consumer: string): Promise<{ eventType: string; count: number }[]> {
  const { rows } = await bus.boss
    .getDb()
    .executeSql(
      `SELECT split_part(name, '.', 2) AS event_type, count(*)::int AS count FROM pgboss.job WHERE name LIKE $1 AND state = 'created' GROUP BY name ORDER BY name`,
      [`${consumer}.%.dead`],
    );
  return rows.map((row: { event_type: string; count: number }) => ({ eventType: row.event_type, count: row.count }));
}
