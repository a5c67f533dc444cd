import type { DomainEvent, HoursDecided } from '@buurtvolk/events';
import type { EntityManager } from 'typeorm';

interface HourState {
  entryId: string;
  teamId: string;
  neighbourhoodId: string;
  theme: string;
  entryDate: string;
  minutes: number;
  approved: boolean;
  entryVersion: number;
  eventAt: string;
  eventId: string;
}

export function hourState(event: DomainEvent<HoursDecided>, approved: boolean): HourState {
  const { entryId, teamId, neighbourhoodId, theme, date, minutes, entryVersion = 0, memberRole } = event.payload;
  return {
    entryId,
    teamId,
    neighbourhoodId,
    theme,
    entryDate: date,
    minutes,
    // A coach is a paid professional: their entry is kept as not counted, so no volunteer figure ever includes it.
    approved: approved && memberRole !== 'COACH',
    entryVersion,
    eventAt: event.occurredAt,
    eventId: event.id,
  };
}

/**
 * Applies hour events to the monthly sums, set-based so a replay of thousands costs a few statements. Each entry's
 * latest event wins (by the entry's version, then when it happened, then by id), whatever order events arrive in, so a late or repeated
 * approval or revocation changes the sums once and a replay ends where the live model is.
 */
export async function applyHourStates(manager: EntityManager, states: HourState[]): Promise<void> {
  if (!states.length) return;
  const rows = JSON.stringify(states);
  // Entries in a fixed order, so two transactions touching the same entries cannot deadlock. The ids go as an array
  // of their own: parsing the page's JSON a second time for them cost as much as the rest of the apply.
  await manager.query(
    'SELECT pg_advisory_xact_lock(hashtext(id::text)) FROM (SELECT DISTINCT unnest($1::uuid[]) AS id ORDER BY 1) AS ids',
    [states.map((state) => state.entryId)],
  );
  const emptied: { team_id: string; month: string; theme: string }[] = await manager.query(
    `WITH incoming AS (
       SELECT DISTINCT ON ("entryId") *
         FROM json_to_recordset($1::json) AS s("entryId" uuid, "teamId" uuid, "neighbourhoodId" uuid, theme text, "entryDate" date, minutes int,
                                                approved boolean, "entryVersion" int, "eventAt" timestamptz, "eventId" uuid)
        ORDER BY "entryId", "entryVersion" DESC, "eventAt" DESC, "eventId" DESC
     ),
     newer AS (
       SELECT i.*, p.approved AS was_approved, p.team_id AS was_team, p.neighbourhood_id AS was_neighbourhood, p.theme AS was_theme,
              p.entry_date AS was_date, p.minutes AS was_minutes
         FROM incoming i LEFT JOIN hour_entry_states p ON p.entry_id = i."entryId"
        WHERE p.entry_id IS NULL OR (i."entryVersion", i."eventAt", i."eventId") > (p.entry_version, p.event_at, p.event_id)
     ),
     -- Runs to completion although nothing reads it (PostgreSQL runs every data-modifying WITH once).
     saved AS (
       INSERT INTO hour_entry_states (entry_id, team_id, neighbourhood_id, theme, entry_date, minutes, approved, entry_version, event_at, event_id)
       SELECT "entryId", "teamId", "neighbourhoodId", theme, "entryDate", minutes, approved, "entryVersion", "eventAt", "eventId" FROM newer
       ON CONFLICT (entry_id) DO UPDATE SET team_id = EXCLUDED.team_id, neighbourhood_id = EXCLUDED.neighbourhood_id, theme = EXCLUDED.theme,
         entry_date = EXCLUDED.entry_date, minutes = EXCLUDED.minutes, approved = EXCLUDED.approved, entry_version = EXCLUDED.entry_version, event_at = EXCLUDED.event_at, event_id = EXCLUDED.event_id
     ),
     deltas AS (
       SELECT was_team AS team_id, was_neighbourhood AS neighbourhood_id, was_theme AS theme, date_trunc('month', was_date)::date AS month, -was_minutes AS minutes, -1 AS entries
         FROM newer WHERE was_approved
       UNION ALL
       SELECT "teamId", "neighbourhoodId", theme, date_trunc('month', "entryDate")::date, minutes, 1 FROM newer WHERE approved
     ),
     summed AS (
       INSERT INTO monthly_hours (team_id, neighbourhood_id, theme, month, minutes, entries)
       SELECT team_id, neighbourhood_id, theme, month, sum(minutes), sum(entries) FROM deltas
        GROUP BY team_id, neighbourhood_id, theme, month
        -- In key order, so two transactions adding to the same months lock them in the same order (no deadlock).
        ORDER BY team_id, month, theme
       ON CONFLICT (team_id, month, theme) DO UPDATE SET minutes = monthly_hours.minutes + EXCLUDED.minutes, entries = monthly_hours.entries + EXCLUDED.entries
       RETURNING team_id, month, theme, entries
     )
     SELECT team_id, month::text AS month, theme FROM summed WHERE entries = 0`,
    [rows],
  );
  // A month whose last entry was revoked goes, so the live model holds exactly the rows a replay would build. Only the
  // months this statement emptied are looked at (a replay's page of approvals empties none): scanning every month of
  // the pages' teams cost more than the rest of the apply on a national history.
  if (!emptied.length) return;
  await manager.query(
    `DELETE FROM monthly_hours m USING json_to_recordset($1::json) AS e(team_id uuid, month date, theme text)
      WHERE m.team_id = e.team_id AND m.month = e.month AND m.theme = e.theme AND m.entries = 0`,
    [JSON.stringify(emptied)],
  );
}
