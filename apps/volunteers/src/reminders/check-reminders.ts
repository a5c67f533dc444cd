import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import type { ScheduledJob } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';

/**
 * The periodic self-assessments a person is reminded of, each with the consent it needs and how often it is taken:
 * the wellbeing check at intake and then every six months, the De Jong Gierveld loneliness scale at intake and then
 * yearly (README "Volunteers: privacy in practice" and "Impact"). Participation moves are recorded when they happen,
 * not on a schedule, and impact's neighbourhood surveys are figures staff enter per wave: neither is due for a person.
 */
export const DUE_CHECKS = {
  WELLBEING: { table: 'wellbeing_checks', consent: 'WELLBEING_MONITOR', months: 6 },
  LONELINESS: { table: 'loneliness_checks', consent: 'LONELINESS_SCALE', months: 12 },
} as const;

export type DueCheck = keyof typeof DUE_CHECKS;

/**
 * Records CheckDue for every person whose check is due on `today` and who was not told about this due date yet. Due
 * means: an active consent for the check, not erased and not left, and either no check yet (the intake, due from the
 * day the consent was given) or the latest one at least the interval ago. The reminder row and the event commit
 * together; the row's key makes a second run, or a second instance, record nothing new.
 */
export async function recordDueChecks(dataSource: DataSource, today: string = todayInAmsterdam()): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let recorded = 0;
    for (const [check, { table, consent, months }] of Object.entries(DUE_CHECKS) as [DueCheck, (typeof DUE_CHECKS)[DueCheck]][]) {
      const fresh: { volunteerId: string; dueOn: string }[] = await manager.query(
        `WITH due AS (
           SELECT c.volunteer_id,
                  coalesce((latest.taken_on + make_interval(months => $3))::date, c.given_on) AS due_on
             FROM consents c
             JOIN volunteers v ON v.id = c.volunteer_id AND v.erased_at IS NULL AND v.status <> 'LEFT'
             LEFT JOIN LATERAL (SELECT max(k.taken_on) AS taken_on FROM ${table} k WHERE k.volunteer_id = c.volunteer_id) latest ON true
            WHERE c.purpose = $2 AND c.withdrawn_on IS NULL)
         INSERT INTO check_reminders (volunteer_id, check_kind, due_on)
         SELECT volunteer_id, $4, due_on FROM due WHERE due_on <= $1::date
         ON CONFLICT DO NOTHING
         RETURNING volunteer_id AS "volunteerId", due_on::text AS "dueOn"`,
        [today, consent, months, check],
      );
      for (const { volunteerId, dueOn } of fresh) await recordEvent(manager, 'volunteers', 'CheckDue', { volunteerId, check, dueOn });
      recorded += fresh.length;
    }
    return recorded;
  });
}

/** Every morning at 07:13 Amsterdam time, as a pg-boss schedule (one run however many volunteers instances there are). */
export const checkRemindersJob: ScheduledJob = {
  cron: '13 7 * * *',
  run: async (dataSource, logger) => {
    const recorded = await recordDueChecks(dataSource);
    if (recorded) logger.info({ recorded }, 'wellbeing and loneliness checks due: reminders recorded');
  },
};
