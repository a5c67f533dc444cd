import { isUuid } from '@buurtvolk/domain';
import { groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import {
  TeamDecisionRuleRow,
  TeamProposal,
  type TeamProposalActivity,
  type TeamProposalCounts,
  type VoteChoice,
} from './team-proposal.entity';

/** Per-request loaders of team proposals (registered in loaders.ts): one statement per batch. */
export function proposalLoaders(dataSource: DataSource) {
  return {
    proposal: new DataLoader<string, TeamProposal | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(TeamProposal).findBy({ id: In(valid) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
    proposalsOfTeam: new DataLoader<string, TeamProposal[]>(async (teamIds) => {
      const rows = await dataSource
        .getRepository(TeamProposal)
        .find({ where: { teamId: In([...teamIds]) }, order: { opensAt: 'DESC', id: 'ASC' } });
      return groupInto(teamIds, rows, (row) => row.teamId);
    }),
    decisionRule: new DataLoader<string, TeamDecisionRuleRow | null>(async (teamIds) => {
      const rows = await dataSource.getRepository(TeamDecisionRuleRow).findBy({ teamId: In([...teamIds]) });
      const byTeam = new Map(rows.map((row) => [row.teamId, row]));
      return teamIds.map((teamId) => byTeam.get(teamId) ?? null);
    }),
    /** Live counts of the votes cast so far, by proposal. */
    voteCounts: new DataLoader<string, TeamProposalCounts>(async (proposalIds) => {
      const rows: { proposalId: string; choice: VoteChoice; n: number }[] = await dataSource.query(
        `SELECT proposal_id AS "proposalId", choice, count(*)::int AS n FROM team_proposal_votes WHERE proposal_id = ANY($1) GROUP BY 1, 2`,
        [proposalIds],
      );
      return proposalIds.map((id) => {
        const count = (choice: string) => rows.find((row) => row.proposalId === id && row.choice === choice)?.n ?? 0;
        const counts = { votesFor: count('FOR'), votesAgainst: count('AGAINST'), abstentions: count('ABSTAIN') };
        return { ...counts, voted: counts.votesFor + counts.votesAgainst + counts.abstentions };
      });
    }),
    /** Keyed `proposalId|volunteerId`: a caller's own vote, never anyone else's. */
    ownVote: new DataLoader<string, VoteChoice | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { proposalId: string; volunteerId: string; choice: VoteChoice }[] = await dataSource.query(
        `SELECT proposal_id AS "proposalId", volunteer_id AS "volunteerId", choice FROM team_proposal_votes
          WHERE (proposal_id, volunteer_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
        [pairs.map(([proposalId]) => proposalId), pairs.map(([, volunteerId]) => volunteerId)],
      );
      const byKey = new Map(rows.map((row) => [`${row.proposalId}|${row.volunteerId}`, row.choice]));
      return keys.map((key) => byKey.get(key.toLowerCase()) ?? null);
    }),
    /** Keyed `teamId|year` (year empty for all years, else the year voting opened in Europe/Amsterdam). */
    proposalActivity: new DataLoader<string, TeamProposalActivity>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { key: string; made: number; accepted: number }[] = await dataSource.query(
        `SELECT k.team_id || '|' || coalesce(k.year::text, '') AS key,
                count(p.id) FILTER (WHERE p.status <> 'WITHDRAWN')::int AS made,
                count(p.id) FILTER (WHERE p.status = 'ACCEPTED')::int AS accepted
           FROM unnest($1::uuid[], $2::int[]) AS k (team_id, year)
           LEFT JOIN team_proposals p ON p.team_id = k.team_id
                 AND (k.year IS NULL OR extract(year FROM p.opens_at AT TIME ZONE 'Europe/Amsterdam') = k.year)
          GROUP BY k.team_id, k.year`,
        [pairs.map(([teamId]) => teamId), pairs.map(([, year]) => (year ? Number(year) : null))],
      );
      const byKey = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => {
        const row = byKey.get(key.toLowerCase());
        return { made: row?.made ?? 0, accepted: row?.accepted ?? 0 };
      });
    }),
  };
}
