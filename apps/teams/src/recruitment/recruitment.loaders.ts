import { todayInAmsterdam } from '@buurtvolk/domain';
import { groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { type FunnelCounts, type JoinedPerson, retentionOf } from './recruitment-funnel.rules';
import { OutreachMoment, RecruitmentCandidate } from './recruitment.entity';

/** Loaders of recruitment (recruitment.resolver.ts): one statement per batch, whatever the number of teams. */
export function recruitmentLoaders(dataSource: DataSource) {
  return {
    outreachMomentsOfTeam: new DataLoader<string, OutreachMoment[]>(async (teamIds) => {
      const rows = await dataSource
        .getRepository(OutreachMoment)
        .find({ where: { teamId: In([...teamIds]) }, order: { heldOn: 'DESC', id: 'ASC' } });
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    candidatesOfTeam: new DataLoader<string, RecruitmentCandidate[]>(async (teamIds) => {
      const rows = await dataSource
        .getRepository(RecruitmentCandidate)
        .find({ where: { teamId: In([...teamIds]) }, order: { createdAt: 'DESC', id: 'ASC' } });
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    /** Keyed `teamId|year` (year empty for all years). */
    funnelCountsOfTeam: new DataLoader<string, FunnelCounts>((keys) => funnelCounts(dataSource, keys)),
  };
}

interface FunnelRow {
  key: string;
  spoken_to: number;
  interested: number;
  intake: number;
  joined: { joinedOn: string; memberships: { from: string; until: string | null }[] }[];
}

/**
 * Each step counted in the year it happened: outreach by its day, intake by the first conversation, joining by the
 * first day of membership; retention of those who joined from teams' own memberships.
 */
async function funnelCounts(dataSource: DataSource, keys: readonly string[]): Promise<FunnelCounts[]> {
  const pairs = keys.map((key) => key.split('|'));
  const rows: FunnelRow[] = await dataSource.query(
    `WITH wanted AS (
       SELECT k.key, k.team_id, k.year FROM unnest($1::text[], $2::uuid[], $3::int[]) AS k (key, team_id, year))
     SELECT w.key,
       (SELECT coalesce(sum(o.spoken_to), 0)::int FROM outreach_moments o
         WHERE o.team_id = w.team_id AND (w.year IS NULL OR extract(year FROM o.held_on) = w.year)) AS spoken_to,
       (SELECT coalesce(sum(o.interested), 0)::int FROM outreach_moments o
         WHERE o.team_id = w.team_id AND (w.year IS NULL OR extract(year FROM o.held_on) = w.year)) AS interested,
       (SELECT count(*)::int FROM recruitment_candidates c
         WHERE c.team_id = w.team_id AND c.first_conversation_on IS NOT NULL
           AND (w.year IS NULL OR extract(year FROM c.first_conversation_on) = w.year)) AS intake,
       (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'joinedOn', to_char(c.outcome_on, 'YYYY-MM-DD'),
                 'memberships', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                   'from', to_char(m.from_date, 'YYYY-MM-DD'), 'until', to_char(m.until_date, 'YYYY-MM-DD'))), '[]')
                                   FROM memberships m WHERE m.team_id = c.team_id AND m.volunteer_id = c.volunteer_id))), '[]')
          FROM recruitment_candidates c
         WHERE c.team_id = w.team_id AND c.outcome = 'JOINED'
           AND (w.year IS NULL OR extract(year FROM c.outcome_on) = w.year)) AS joined
     FROM wanted w`,
    [keys, pairs.map(([teamId]) => teamId), pairs.map(([, year]) => (year ? Number(year) : null))],
  );
  const today = todayInAmsterdam();
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => {
    const row = byKey.get(key)!;
    const joined: JoinedPerson[] = row.joined;
    return {
      spokenTo: row.spoken_to,
      interested: row.interested,
      intake: row.intake,
      joined: joined.length,
      after3Months: retentionOf(joined, 3, today),
      after12Months: retentionOf(joined, 12, today),
    };
  });
}
