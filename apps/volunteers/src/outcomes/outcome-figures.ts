import { todayInAmsterdam } from '@buurtvolk/domain';
import { type EventPayload, recordEvent } from '@buurtvolk/events';
import { groupInto } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { type OutcomeHistory, yearlyOutcomes } from './outcomes.rules';
import { nextSnapshots } from '../team-snapshots';

export type OutcomeFiguresChanged = EventPayload<'OutcomeFiguresChanged'>;

/**
 * Records OutcomeFiguresChanged for every team the person is or was in (and any team a move of theirs counts for),
 * after a change to their loneliness checks, their moves or the consents behind them, in the caller's transaction.
 */
export async function publishOutcomeFiguresOf(manager: EntityManager, volunteerId: string): Promise<void> {
  await publishOutcomeFigures(manager, await outcomeTeamsOf(manager, volunteerId));
}

/** The teams whose outcome figures may count the person: those they are or were in, and those their moves count for. */
export async function outcomeTeamsOf(manager: EntityManager, volunteerId: string): Promise<string[]> {
  const rows: { teamId: string }[] = await manager.query(
    `SELECT team_id AS "teamId" FROM directory_memberships WHERE volunteer_id = $1
     UNION SELECT team_id FROM participation_moves WHERE volunteer_id = $1`,
    [volunteerId],
  );
  return rows.map((row) => row.teamId);
}

/** After a membership started or ended: the person's loneliness checks count for the team in other years. */
export async function publishOutcomeFiguresAfterMembershipChange(manager: EntityManager, membershipId: string): Promise<void> {
  const rows: { teamId: string }[] = await manager.query(
    `SELECT m.team_id AS "teamId" FROM directory_memberships m
      WHERE m.membership_id = $1 AND EXISTS (SELECT 1 FROM loneliness_checks l WHERE l.volunteer_id = m.volunteer_id)`,
    [membershipId],
  );
  await publishOutcomeFigures(
    manager,
    rows.map((row) => row.teamId),
  );
}

export async function publishOutcomeFigures(manager: EntityManager, teamIds: string[]): Promise<void> {
  // The service's name spelled out: importing SOURCE from volunteer.service would make an import cycle.
  for (const figures of await outcomeFigures(manager, teamIds)) await recordEvent(manager, 'volunteers', 'OutcomeFiguresChanged', figures);
}

/** Each team's next snapshot (team-snapshots.ts numbers it). */
export async function outcomeFigures(
  manager: EntityManager,
  teamIds: string[],
  today = todayInAmsterdam(),
): Promise<OutcomeFiguresChanged[]> {
  return nextSnapshots(manager, 'outcome_figure_versions', teamIds, outcomeHistories, yearlyOutcomes, today);
}

/** Per team (in the order of `teamIds`), each person with something to count: memberships, consented checks and moves (one statement). */
async function outcomeHistories(manager: EntityManager, teamIds: string[]): Promise<OutcomeHistory[][]> {
  type Row = OutcomeHistory & { teamId: string; volunteerId: string };
  const rows: Row[] = await manager.query(
    `WITH people AS (
       SELECT team_id, volunteer_id FROM directory_memberships WHERE team_id = ANY($1::uuid[])
       UNION SELECT team_id, volunteer_id FROM participation_moves WHERE team_id = ANY($1::uuid[])
     )
     SELECT p.team_id AS "teamId", p.volunteer_id AS "volunteerId",
            coalesce((SELECT jsonb_agg(jsonb_build_object('from', m.from_date, 'until', m.until_date)) FROM directory_memberships m
                       WHERE m.team_id = p.team_id AND m.volunteer_id = p.volunteer_id), '[]') AS memberships,
            coalesce((SELECT jsonb_agg(jsonb_build_object('takenOn', l.taken_on, 'score', l.score)) FROM loneliness_checks l
                       WHERE l.volunteer_id = p.volunteer_id
                         AND EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = l.volunteer_id AND c.purpose = 'LONELINESS_SCALE' AND c.withdrawn_on IS NULL)), '[]') AS checks,
            coalesce((SELECT jsonb_agg(jsonb_build_object('movedOn', v.moved_on, 'kind', v.kind)) FROM participation_moves v
                       WHERE v.volunteer_id = p.volunteer_id AND v.team_id = p.team_id
                         AND EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = v.volunteer_id AND c.purpose = 'PARTICIPATION_OUTCOMES' AND c.withdrawn_on IS NULL)), '[]') AS moves
       FROM people p`,
    [teamIds],
  );
  return groupInto(teamIds, rows, (row) => row.teamId).map((people) =>
    people
      .map(({ memberships, checks, moves }) => ({ memberships, checks, moves }))
      .filter((person) => person.checks.length || person.moves.length),
  );
}
