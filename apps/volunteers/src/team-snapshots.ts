import type { EntityManager } from 'typeorm';

/** The tables that number a team's figure snapshots (WellbeingFiguresChanged, OutcomeFiguresChanged). */
export type SnapshotVersionTable = 'wellbeing_figure_versions' | 'outcome_figure_versions';

export interface TeamSnapshot {
  teamId: string;
  version: number;
  neighbourhoodId: string;
}

/**
 * Each team's next snapshot version, with its neighbourhood. The version goes up before the figures are read: the row
 * lock makes a concurrent recomputation of the same team wait for this transaction, after which it reads what this one
 * wrote, so the higher version is the newer truth. Sorted ids take the locks in one order, so two transactions over the
 * same teams cannot deadlock.
 */
function nextSnapshotVersions(manager: EntityManager, table: SnapshotVersionTable, teamIds: string[]): Promise<TeamSnapshot[]> {
  return manager.query(
    `WITH bumped AS (
       INSERT INTO ${table} (team_id, version)
       SELECT team_id, 1 FROM unnest($1::uuid[]) AS t (team_id) ORDER BY team_id
       ON CONFLICT (team_id) DO UPDATE SET version = ${table}.version + 1
       RETURNING team_id, version
     )
     SELECT b.team_id AS "teamId", b.version,
            coalesce(t.neighbourhood_id, (SELECT m.neighbourhood_id FROM directory_memberships m WHERE m.team_id = b.team_id LIMIT 1)) AS "neighbourhoodId"
       FROM bumped b LEFT JOIN directory_teams t ON t.team_id = b.team_id`,
    [[...new Set(teamIds)].sort()],
  );
}

/**
 * Each team's next snapshot: its version, its neighbourhood and its years, computed from every team's history in one
 * read (`historiesOf`, in the order of the team ids it is given) and `yearsOf` for each.
 */
export async function nextSnapshots<History, Year>(
  manager: EntityManager,
  table: SnapshotVersionTable,
  teamIds: string[],
  historiesOf: (manager: EntityManager, teamIds: string[]) => Promise<History[]>,
  yearsOf: (history: History, currentYear: number) => Year[],
  today: string,
): Promise<(TeamSnapshot & { years: Year[] })[]> {
  if (!teamIds.length) return [];
  const versions = await nextSnapshotVersions(manager, table, teamIds);
  const histories = await historiesOf(
    manager,
    versions.map((row) => row.teamId),
  );
  const currentYear = Number(today.slice(0, 4));
  return versions.map((snapshot, i) => ({ ...snapshot, years: yearsOf(histories[i], currentYear) }));
}
