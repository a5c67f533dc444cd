/**
 * Each service's event history for the seeded rows, written to its outbox as its demo data does (apps/<service>/src/
 * demo-data.ts): the events the live code would have recorded, with the same payloads, already published (history from
 * before any consumer subscribed: finance must not pay allowances for it), so that a consumer that replays the outbox
 * (impact) builds its read model for the national set. Ids are derived from the row's key, the same on every machine.
 *
 * The outbox is emptied with the service's other tables in the load's transaction (its old history is of rows the
 * seed replaces); millions of hour events go in with COPY … FREEZE, the few thousand others with INSERT … SELECT.
 */
import type { Client } from 'pg';
import { wellbeingFigures } from '../../apps/volunteers/src/wellbeing/wellbeing-figures';
import { copyInto } from './copy';
import { fastDemoId, localDate } from './deterministic';
import { APPROVED, decidedAt, type HourEntries } from './hour-entries';
import { type Log, rows, step, withIndexesRebuilt } from './load-support';
import { type NationalPlan, pad, THEMES } from './national-data';

export const OUTBOX_COLUMNS = ['id', 'type', 'source', 'payload', 'occurred_at', 'published_at'] as const;

/** SQL for an Amsterdam date's wall-clock time as an instant, never later than now (as the teams demo data writes it). */
const amsterdamTime = (date: string, time: string) => `least((${date} + time '${time}') AT TIME ZONE 'Europe/Amsterdam', now())`;

/** TeamPlaced, MembershipStarted/Ended and PartnerAreasChanged, as apps/teams/src/demo-data.ts records them. */
export async function recordTeamsHistory(client: Client, log: Log): Promise<void> {
  const source = ['teams'];
  await step(
    log,
    'event_outbox (TeamPlaced, MembershipStarted/Ended, PartnerAreasChanged)',
    async () => {
      let count = 0;
      const insert = async (sql: string) => (count += (await client.query(sql, source)).rowCount ?? 0);
      await insert(
        `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
         SELECT md5('TeamPlaced:' || t.id)::uuid, 'TeamPlaced', $1,
                jsonb_build_object('teamId', t.id, 'neighbourhoodId', n.id, 'municipalityCode', n.municipality_code, 'startsOn', to_char(t.starts_on, 'YYYY-MM-DD')),
                ${amsterdamTime('t.starts_on', '00:00')}, now()
           FROM teams t JOIN neighbourhoods n ON n.id = t.neighbourhood_id`,
      );
      await insert(
        `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
         SELECT md5('MembershipStarted:' || m.id)::uuid, 'MembershipStarted', $1,
                jsonb_build_object('membershipId', m.id, 'teamId', m.team_id, 'neighbourhoodId', t.neighbourhood_id, 'volunteerId', m.volunteer_id,
                                   'role', m.role, 'from', to_char(m.from_date, 'YYYY-MM-DD')),
                ${amsterdamTime('m.from_date', '09:00')}, now()
           FROM memberships m JOIN teams t ON t.id = m.team_id`,
      );
      await insert(
        `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
         SELECT md5('MembershipEnded:' || m.id)::uuid, 'MembershipEnded', $1,
                jsonb_build_object('membershipId', m.id, 'until', to_char(m.until_date, 'YYYY-MM-DD')), ${amsterdamTime('m.until_date', '17:00')}, now()
           FROM memberships m WHERE m.until_date IS NOT NULL`,
      );
      await insert(
        `WITH areas AS (
           SELECT p.id AS partner_id, p.kind, array_remove(array_agg(pn.neighbourhood_id ORDER BY pn.neighbourhood_id), NULL) AS neighbourhood_ids
             FROM partners p LEFT JOIN partner_neighbourhoods pn ON pn.partner_id = p.id
            GROUP BY p.id
         )
         INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
         SELECT md5('PartnerAreasChanged:' || a.partner_id)::uuid, 'PartnerAreasChanged', $1,
                jsonb_build_object('partnerId', a.partner_id, 'neighbourhoodIds', to_jsonb(a.neighbourhood_ids), 'kind', a.kind),
                coalesce((SELECT ${amsterdamTime('min(t.starts_on)', '00:00')} FROM teams t WHERE t.neighbourhood_id = ANY(a.neighbourhood_ids)), now()), now()
           FROM areas a`,
      );
      return count;
    },
    rows,
  );
}

/**
 * HoursApproved for every approved entry (COPY, in date order; occurred when it was decided) and ActivityCompleted
 * for every activity done, as apps/activities/src/demo-data.ts records them. The outbox's indexes are built once after.
 */
export async function recordActivitiesHistory(client: Client, plan: NationalPlan, entries: HourEntries, log: Log): Promise<void> {
  const started = performance.now();
  const approved = entries.status.reduce((sum, status) => sum + (status === APPROVED ? 1 : 0), 0);
  await withIndexesRebuilt(
    client,
    'event_outbox',
    async () => {
      await step(
        log,
        'event_outbox (HoursApproved)',
        () =>
          copyInto(client, 'event_outbox', OUTBOX_COLUMNS, hoursApprovedLines(plan, entries), {
            freeze: true,
            progressEvery: 1_000_000,
            onProgress: (done) =>
              log(`    HoursApproved ${done.toLocaleString('en-US')} / ${approved.toLocaleString('en-US')} (${seconds(started)})`),
          }),
        rows,
      );
      // "on" is the start's Amsterdam date, as the live code takes it.
      await step(
        log,
        'event_outbox (ActivityCompleted)',
        async () =>
          (
            await client.query(
              `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
               SELECT md5('ActivityCompleted:' || a.id)::uuid, 'ActivityCompleted', 'activities',
                      jsonb_build_object('activityId', a.id, 'teamId', a.team_id, 'neighbourhoodId', a.neighbourhood_id, 'theme', a.theme,
                                         'residentsReached', coalesce(a.residents_reached, 0), 'on', to_char(a.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')),
                      a.ends_at, now()
                 FROM activities a
                WHERE a.status = 'DONE'`,
            )
          ).rowCount ?? 0,
        rows,
      );
    },
    log,
  );
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** COPY lines of HoursApproved in OUTBOX_COLUMNS order, built by hand (millions of them); the payload as the live code sends it. */
export function* hoursApprovedLines(plan: NationalPlan, entries: HourEntries, now: Date = new Date()): Generator<string> {
  const nowText = now.toISOString();
  const decided = decidedAt(plan, nowText);
  const prefix = plan.members.map(
    (member) =>
      `","volunteerId":"${member.volunteerId}","teamId":"${member.team.teamId}","neighbourhoodId":"${member.team.neighbourhoodId}","date":"`,
  );
  const roles = plan.members.map((member) => `,"entryVersion":1,"memberRole":"${member.role}"}`);
  for (let k = 0; k < entries.count; k += 1) {
    const i = entries.order[k];
    if (entries.status[i] !== APPROVED) continue;
    const m = entries.member[i];
    const entryKey = `${plan.members[m].key}-${pad(entries.seq[i], 6)}`;
    const day = entries.day[i];
    yield `${fastDemoId(`event:HoursApproved:${entryKey}`)}\tHoursApproved\tactivities\t{"entryId":"${fastDemoId(`hour:${entryKey}`)}${prefix[m]}${localDate(day)}","minutes":${entries.minutes[i]},"theme":"${THEMES[entries.theme[i]]}"${roles[m]}\t${decided(day)}\t${nowText}\n`;
  }
}

/**
 * WellbeingFiguresChanged per team with consenting members, computed by the volunteers service's own code
 * (wellbeingFigures, which also numbers the snapshots), as apps/volunteers/src/demo-data.ts records them.
 */
export async function recordVolunteersHistory(client: Client, plan: NationalPlan, log: Log): Promise<void> {
  // wellbeingFigures needs only `query` of an EntityManager.
  const manager = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as never;
  await step(
    log,
    'event_outbox (WellbeingFiguresChanged)',
    async () => {
      let count = 0;
      const teamIds = plan.teams.map((team) => team.teamId);
      for (let start = 0; start < teamIds.length; start += 100) {
        const figures = await wellbeingFigures(manager, teamIds.slice(start, start + 100), plan.today);
        const { rowCount } = await client.query(
          `INSERT INTO event_outbox (id, type, source, payload, published_at)
           SELECT md5('WellbeingFiguresChanged:' || (figures ->> 'teamId'))::uuid, 'WellbeingFiguresChanged', 'volunteers', figures, now()
             FROM jsonb_array_elements($1::jsonb) AS figures`,
          [JSON.stringify(figures.filter((team) => team.years.length > 0))],
        );
        count += rowCount ?? 0;
      }
      return count;
    },
    rows,
  );
}
