import { DEMO_PLACES, demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import { seedDemoDirectory } from '@buurtvolk/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import { SOURCE } from './activities/activity.service';
import { seedDemoSummaries } from './summaries/summaries-demo-data';

/** Approved hours each demo team makes in its first year: some ahead of the 5,000-hour promise, some behind. */
const FIRST_YEAR_HOURS: Record<string, number> = {
  feijenoord: 6_200,
  afrikaanderwijk: 7_400,
  charlois: 9_800,
  bouwlust: 5_600,
  delfshaven: 3_100,
  katendrecht: 3_900,
  'leiden-noord': 4_300,
  'te-werve': 1_800,
  crabbehof: 900,
};
const THEMES = `(ARRAY['NEIGHBOURHOOD', 'COMMUNITY', 'INFORMAL_CARE', 'SUSTAINABILITY', 'PERSONAL_DEVELOPMENT', 'HEALTH'])`;
/**
 * A stable id from a text in SQL: its md5 with the version (5) and variant bits of a name-based UUID set, so the
 * ids pass the API's UUID validation (a coordinator approves the demo's waiting entries by id).
 */
const nameBasedUuid = (text: string) => `overlay(overlay(md5(${text}) placing '5' from 13) placing '8' from 17)::uuid`;
/** Average entry: (4 + 0…8) × 15 minutes = 2 hours. */
const AVERAGE_ENTRY_HOURS = 2;

/**
 * Weekly activities and daily hour entries from each demo team's start until today, generated in SQL with
 * hashes instead of random numbers so every machine gets the same data. Entries of the last two weeks wait for
 * approval; the rollups follow through the table's trigger.
 */
export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE hour_entries IN EXCLUSIVE MODE');
    if (Number((await manager.query('SELECT count(*) AS n FROM directory_teams'))[0].n) > 0) return;
    await seedDemoDirectory(manager);
    const today = todayInAmsterdam();
    for (const place of DEMO_PLACES) {
      const teamId = demoId(`team:${place.key}`);
      await manager.query(
        `INSERT INTO activities (id, team_id, neighbourhood_id, theme, title, location, starts_at, ends_at, status, capacity, residents_reached, result)
         SELECT ${nameBasedUuid('t.team_id::text || week::text')}, t.team_id, t.neighbourhood_id, ${THEMES}[1 + week % 6],
                (ARRAY['Koffieochtend', 'Straat schoonmaken', 'Boodschappenhulp', 'Energiecafé', 'Taalmaatje', 'Wandelgroep'])[1 + week % 6],
                'Buurthuis', (t.starts_on + week * 7 + time '10:00') AT TIME ZONE 'Europe/Amsterdam',
                (t.starts_on + week * 7 + time '12:00') AT TIME ZONE 'Europe/Amsterdam',
                CASE WHEN t.starts_on + week * 7 < $2::date THEN 'DONE' ELSE 'PLANNED' END, 30,
                CASE WHEN t.starts_on + week * 7 < $2::date THEN 5 + abs(hashtext(t.team_id::text || week::text)) % 40 END,
                CASE WHEN t.starts_on + week * 7 < $2::date THEN 'Goed bezocht' END
           FROM directory_teams t, generate_series(0, (($2::date + 28) - t.starts_on) / 7) AS week
          WHERE t.team_id = $1`,
        [teamId, today],
      );
      const members = Number((await manager.query('SELECT count(*) AS n FROM directory_memberships WHERE team_id = $1', [teamId]))[0].n);
      const perMemberDay = Math.min(0.9, FIRST_YEAR_HOURS[place.key] / (members * 365 * AVERAGE_ENTRY_HOURS));
      await manager.query(
        `INSERT INTO hour_entries (id, volunteer_id, team_id, neighbourhood_id, municipality_code, entry_date, minutes, theme, status, decided_by, decided_at, entered_by)
         SELECT ${nameBasedUuid('m.volunteer_id::text || day::text')}, m.volunteer_id, t.team_id, t.neighbourhood_id, t.municipality_code, day::date,
                (4 + abs(hashtext(m.volunteer_id::text || day::text || 'minutes')) % 9) * 15,
                ${THEMES}[1 + abs(hashtext(m.volunteer_id::text || day::text || 'theme')) % 6],
                CASE WHEN day::date > $2::date - 14 THEN 'SUBMITTED' ELSE 'APPROVED' END,
                CASE WHEN day::date > $2::date - 14 THEN NULL ELSE 'demo-coordinator' END,
                CASE WHEN day::date > $2::date - 14 THEN NULL ELSE day + interval '3 days' END,
                'demo'
           FROM directory_memberships m
           JOIN directory_teams t ON t.team_id = m.team_id
           CROSS JOIN LATERAL generate_series(greatest(m.from_date, t.starts_on), $2::date, interval '1 day') AS day
          WHERE m.team_id = $1 AND abs(hashtext(m.volunteer_id::text || day::text)) % 1000 < $3`,
        [teamId, today, Math.round(perMemberDay * 1000)],
      );
    }
    await recordDemoHistory(manager);
    await seedDemoSummaries(manager);
    const [{ entries }] = await manager.query('SELECT count(*)::int AS entries FROM hour_entries');
    logger.info({ teams: DEMO_PLACES.length, entries }, 'demo data loaded');
  });
}

/**
 * The events the live code would have recorded for the seeded rows (hoursPayload and ActivityCompleted), one
 * statement each for tens of thousands of rows. Already published: it is history from before any consumer subscribed,
 * for a consumer that replays the outbox (impact); finance pays hourly allowances on HoursApproved and must not pay
 * for demo history. Ids are hashes of the row, so every machine gets the same events.
 */
async function recordDemoHistory(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('HoursApproved:' || h.id)::uuid, 'HoursApproved', $1,
            jsonb_build_object('entryId', h.id, 'volunteerId', h.volunteer_id, 'teamId', h.team_id, 'neighbourhoodId', h.neighbourhood_id,
                               'date', to_char(h.entry_date, 'YYYY-MM-DD'), 'minutes', h.minutes, 'theme', h.theme, 'entryVersion', h.version),
            h.decided_at, now()
       FROM hour_entries h
      WHERE h.status = 'APPROVED'`,
    [SOURCE],
  );
  // "on" is the start's Amsterdam date; the demo's activities start at 10:00, so it is also the UTC date the live code takes.
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('ActivityCompleted:' || a.id)::uuid, 'ActivityCompleted', $1,
            jsonb_build_object('activityId', a.id, 'teamId', a.team_id, 'neighbourhoodId', a.neighbourhood_id, 'theme', a.theme,
                               'residentsReached', a.residents_reached, 'on', to_char(a.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')),
            a.ends_at, now()
       FROM activities a
      WHERE a.status = 'DONE'`,
    [SOURCE],
  );
}
