import { todayInAmsterdam } from '@buurtvolk/domain';
import { type EventPayload, recordEvent } from '@buurtvolk/events';
import { groupInto } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CHECK_COLUMNS, type WellbeingCheck } from './wellbeing-check.entity';
import { type ParticipantHistory, type WellbeingFigureYear, yearlyChangeSums } from './wellbeing-figures.rules';
import { nextSnapshots } from '../team-snapshots';

/**
 * A full snapshot of one team's wellbeing figures for the impact report: consumers replace every year of the team
 * with it and ignore a version lower than one they have. Counts and sums only, never a person's scores; cells of
 * fewer than 10 people are sent too (teams add up to neighbourhoods), so suppressing them is the consumer's job.
 */
export interface WellbeingFiguresChanged extends EventPayload<'WellbeingFiguresChanged'> {
  /** Every wellbeing domain in each year, as the catalogue's looser record allows. */
  years: WellbeingFigureYear[];
}

export const WELLBEING_FIGURES_CHANGED = 'WellbeingFiguresChanged';

/**
 * Records WellbeingFiguresChanged for every team the person is or was in, after a change to their checks or their
 * WELLBEING_MONITOR consent, in the caller's transaction.
 */
export async function publishWellbeingFiguresOf(manager: EntityManager, volunteerId: string): Promise<void> {
  const rows: { teamId: string }[] = await manager.query(
    'SELECT DISTINCT team_id AS "teamId" FROM directory_memberships WHERE volunteer_id = $1',
    [volunteerId],
  );
  await publishWellbeingFigures(
    manager,
    rows.map((row) => row.teamId),
  );
}

/**
 * After a membership started or ended (the directory already updated): the person's checks now count for the team in
 * other years, so the team gets a new snapshot — only when the person has checks, else nothing changed.
 */
export async function publishWellbeingFiguresAfterMembershipChange(manager: EntityManager, membershipId: string): Promise<void> {
  const rows: { teamId: string }[] = await manager.query(
    `SELECT m.team_id AS "teamId" FROM directory_memberships m
      WHERE m.membership_id = $1 AND EXISTS (SELECT 1 FROM wellbeing_checks w WHERE w.volunteer_id = m.volunteer_id)`,
    [membershipId],
  );
  await publishWellbeingFigures(
    manager,
    rows.map((row) => row.teamId),
  );
}

async function publishWellbeingFigures(manager: EntityManager, teamIds: string[]): Promise<void> {
  for (const figures of await wellbeingFigures(manager, teamIds)) {
    // The service's name spelled out: importing SOURCE from volunteer.service would make an import cycle.
    await recordEvent(manager, 'volunteers', WELLBEING_FIGURES_CHANGED, figures);
  }
}

/** Each team's next snapshot: two statements however many teams. */
export async function wellbeingFigures(
  manager: EntityManager,
  teamIds: string[],
  today = todayInAmsterdam(),
): Promise<WellbeingFiguresChanged[]> {
  return nextSnapshots(manager, 'wellbeing_figure_versions', teamIds, participantHistories, yearlyChangeSums, today);
}

/** Per team (in the order of `teamIds`), each consenting person ever in it: their memberships of it and all their checks (one statement). */
async function participantHistories(manager: EntityManager, teamIds: string[]): Promise<ParticipantHistory[][]> {
  type Row = WellbeingCheck & { teamId: string; memberships: ParticipantHistory['memberships'] };
  const rows: Row[] = await manager.query(
    `WITH members AS (
       SELECT m.team_id, m.volunteer_id, jsonb_agg(jsonb_build_object('from', m.from_date, 'until', m.until_date)) AS memberships
         FROM directory_memberships m
        WHERE m.team_id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = m.volunteer_id AND c.purpose = 'WELLBEING_MONITOR' AND c.withdrawn_on IS NULL)
        GROUP BY m.team_id, m.volunteer_id
     )
     SELECT p.team_id AS "teamId", p.memberships, ${CHECK_COLUMNS}
       FROM members p JOIN wellbeing_checks w ON w.volunteer_id = p.volunteer_id`,
    [teamIds],
  );
  return groupInto(teamIds, rows, (row) => row.teamId).map((teamRows) => {
    const people = [...new Set(teamRows.map((row) => row.volunteerId))];
    return groupInto(people, teamRows, (row) => row.volunteerId).map((checks) => ({ memberships: checks[0].memberships, checks }));
  });
}
