import type { Theme } from '@buurtvolk/domain';
import { byIdLoader, type Connection, firstPagesOf, groupInto, toConnection } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Activity } from './activities/activity.entity';
import { round } from './figures/figures.rules';
import type { HoursSummary } from './figures/figures.types';
import { summaryLoaders } from './summaries/summary-loaders';

/** Per-request DataLoaders: every relation field, entity reference and figure costs a fixed number of statements per batch. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...summaryLoaders(dataSource),
    activity: byIdLoader(dataSource, Activity),
    signUps: new DataLoader<string, string[]>(async (activityIds) => {
      const rows: { activityId: string; volunteerId: string }[] = await dataSource.query(
        'SELECT activity_id AS "activityId", volunteer_id AS "volunteerId" FROM sign_ups WHERE activity_id = ANY($1) ORDER BY signed_up_at',
        [activityIds],
      );
      return groupInto(activityIds, rows, (row) => row.activityId).map((signUps) => signUps.map((row) => row.volunteerId));
    }),
    teamActivitiesFirstPage: teamActivitiesFirstPageLoader(dataSource),
    /** Hour figures per `teamId|year`. */
    teamYearSummary: summaryLoader(dataSource, 'team_id'),
    /** Hour figures per `neighbourhoodId|year`. */
    neighbourhoodYearSummary: summaryLoader(dataSource, 'neighbourhood_id'),
    /** Approved minutes per team in its first year from its start date. */
    firstYearMinutes: new DataLoader<string, number>(async (teamIds) => {
      const rows: { teamId: string; minutes: string }[] = await dataSource.query(
        `SELECT t.team_id AS "teamId", coalesce(sum(h.minutes), 0) AS minutes
           FROM directory_teams t
           LEFT JOIN hour_entries h ON h.team_id = t.team_id AND h.status = 'APPROVED'
                                   AND h.entry_date >= t.starts_on AND h.entry_date < t.starts_on + interval '1 year'
          WHERE t.team_id = ANY($1) GROUP BY t.team_id`,
        [teamIds],
      );
      return teamIds.map((id) => Number(rows.find((row) => row.teamId === id)?.minutes ?? 0));
    }),
    /** Approved minutes per `volunteerId|year`. */
    volunteerYearMinutes: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { volunteerId: string; year: number; minutes: string }[] = await dataSource.query(
        `SELECT volunteer_id AS "volunteerId", extract(year FROM entry_date)::int AS year, sum(minutes) AS minutes
           FROM hour_entries WHERE status = 'APPROVED' AND volunteer_id = ANY($1) AND extract(year FROM entry_date)::int = ANY($2)
          GROUP BY 1, 2`,
        [pairs.map(([id]) => id), pairs.map(([, year]) => Number(year))],
      );
      return pairs.map(([id, year]) => Number(rows.find((row) => row.volunteerId === id && row.year === Number(year))?.minutes ?? 0));
    }),
  };
}

export type ActivitiesLoaders = ReturnType<typeof createLoaders>;

/** The first page of a team's activities as Team.activities asks it: the filters, and the team. */
export interface TeamActivitiesPage {
  teamId: string;
  first: number;
  from: string | null;
  to: string | null;
  status: string | null;
}

/**
 * The first page of each team's activities by start, keyed by TeamActivitiesPage as JSON: a list of teams each with
 * their activities (a coordinator's or partner's overview) costs two statements per shape of page, not two per team.
 */
function teamActivitiesFirstPageLoader(dataSource: DataSource) {
  return new DataLoader<string, Connection<Activity>>(async (keys) => {
    const asked = keys.map((key) => ({ key, ...(JSON.parse(key) as TeamActivitiesPage) }));
    const shapeOf = ({ first, from, to, status }: TeamActivitiesPage) => JSON.stringify([first, from, to, status]);
    const pages = new Map<string, Connection<Activity>>();
    for (const shape of new Set(asked.map(shapeOf))) {
      const same = asked.filter((ask) => shapeOf(ask) === shape);
      const { first, from, to, status } = same[0];
      const teamIds = same.map((ask) => ask.teamId);
      const found = await firstPagesOf(
        dataSource,
        {
          table: 'activities',
          alias: 'a',
          partition: 'a.team_id',
          orderBy: 'a.starts_at, a.id',
          where:
            '($3::timestamptz IS NULL OR a.starts_at >= $3) AND ($4::timestamptz IS NULL OR a.starts_at < $4) AND ($5::text IS NULL OR a.status = $5)',
          params: [from, to, status],
        },
        teamIds,
        first,
      );
      const ids = [...found.values()].flatMap((page) => page.ids);
      const byId = new Map((await dataSource.getRepository(Activity).findBy({ id: In(ids) })).map((activity) => [activity.id, activity]));
      for (const ask of same) {
        const page = found.get(ask.teamId.toLowerCase())!;
        const rows = page.ids.map((id) => byId.get(id)!);
        pages.set(
          ask.key,
          toConnection(rows, first, page.total, (activity) => [activity.startsAt.toISOString(), activity.id]),
        );
      }
    }
    return keys.map((key) => pages.get(key)!);
  });
}

type Scope = 'team_id' | 'neighbourhood_id';

interface TotalRow {
  key: string;
  theme: Theme;
  month: string;
  status: string;
  minutes: string;
}

/** Summaries of many teams (or neighbourhoods) and years: four statements per batch whatever its size. */
function summaryLoader(dataSource: DataSource, scope: Scope) {
  return new DataLoader<string, HoursSummary>(async (keys) => {
    const pairs = keys.map((key) => key.split('|'));
    const ids = pairs.map(([id]) => id);
    const years = pairs.map(([, year]) => Number(year));
    const from = `${Math.min(...years)}-01-01`;
    const to = `${Math.max(...years) + 1}-01-01`;
    type People = { key: string; year: number; people: number };
    const [totals, volunteers, volunteersPerTeam, reached]: [
      TotalRow[],
      People[],
      People[],
      { key: string; year: number; reached: string }[],
    ] = await Promise.all([
      dataSource.query(
        `SELECT ${scope} AS key, theme, to_char(month, 'YYYY-MM') AS month, status, sum(minutes) AS minutes
           FROM hour_totals WHERE ${scope} = ANY($1) AND month >= $2 AND month < $3 AND status <> 'REJECTED'
          GROUP BY 1, 2, 3, 4`,
        [ids, from, to],
      ),
      dataSource.query(
        `SELECT ${scope} AS key, extract(year FROM month)::int AS year, count(DISTINCT volunteer_id)::int AS people
           FROM volunteer_months WHERE ${scope} = ANY($1) AND month >= $2 AND month < $3 GROUP BY 1, 2`,
        [ids, from, to],
      ),
      dataSource.query(
        `SELECT ${scope} AS key, extract(year FROM month)::int AS year, count(DISTINCT volunteer_id)::int AS people
           FROM volunteer_months WHERE ${scope} = ANY($1) AND month >= $2 AND month < $3 GROUP BY 1, 2, team_id`,
        [ids, from, to],
      ),
      dataSource.query(
        `SELECT ${scope} AS key, extract(year FROM starts_at AT TIME ZONE 'Europe/Amsterdam')::int AS year, coalesce(sum(residents_reached), 0) AS reached
           FROM activities WHERE ${scope} = ANY($1) AND status = 'DONE' AND starts_at >= $2::date - interval '1 day' AND starts_at < $3::date + interval '1 day' GROUP BY 1, 2`,
        [ids, from, to],
      ),
    ]);
    return pairs.map(([id, yearText]) => {
      const year = Number(yearText);
      const mine = totals.filter((row) => row.key === id && row.month.startsWith(`${year}-`));
      const summary = summarise(
        year,
        mine,
        volunteers.find((row) => row.key === id && row.year === year)?.people ?? 0,
        Number(reached.find((row) => row.key === id && row.year === year)?.reached ?? 0),
      );
      return {
        ...summary,
        activeVolunteersPerTeam: volunteersPerTeam.filter((row) => row.key === id && row.year === year).map((row) => row.people),
      };
    });
  });
}

function summarise(year: number, rows: TotalRow[], activeVolunteers: number, residentsReached: number): HoursSummary {
  const hours = (status: string, match: (row: TotalRow) => boolean) =>
    round(rows.filter((row) => row.status === status && match(row)).reduce((sum, row) => sum + Number(row.minutes), 0) / 60);
  const themes = [...new Set(rows.map((row) => row.theme))].sort();
  const months = [...new Set(rows.map((row) => row.month))].sort();
  return {
    year,
    approvedHours: hours('APPROVED', () => true),
    submittedHours: hours('SUBMITTED', () => true),
    activeVolunteers,
    residentsReached,
    byTheme: themes.map((theme) => ({
      theme,
      approvedHours: hours('APPROVED', (row) => row.theme === theme),
      submittedHours: hours('SUBMITTED', (row) => row.theme === theme),
    })),
    byMonth: months.map((month) => ({
      month,
      approvedHours: hours('APPROVED', (row) => row.month === month),
      submittedHours: hours('SUBMITTED', (row) => row.month === month),
    })),
  };
}
