import { type Theme, todayInAmsterdam } from '@buurtvolk/domain';
import { forbidden, protectedCount, suppressSmallCell } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ActivitiesPolicy } from '../policy';
import { firstYearProgress, round } from './figures.rules';
import type { FirstYearProgress, HoursSummary, MunicipalityThemeHours } from './figures.types';

type Scope = 'team_id' | 'neighbourhood_id';

interface TotalRow {
  key: string;
  theme: Theme;
  month: string;
  status: string;
  minutes: string;
}

/**
 * Hour figures, read from rollups that a trigger keeps exact in the transaction of every change to an entry:
 * an approval shows in the figures at once, and nothing is cached.
 */
export class FiguresService {
  private readonly summaries: Record<Scope, DataLoader<string, HoursSummary>>;
  private readonly firstYearMinutes: DataLoader<string, number>;
  private readonly volunteerYearMinutes: DataLoader<string, number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActivitiesPolicy,
    private readonly directory: TeamDirectory,
  ) {
    this.summaries = { team_id: this.summaryLoader('team_id'), neighbourhood_id: this.summaryLoader('neighbourhood_id') };
    this.firstYearMinutes = new DataLoader(async (teamIds) => {
      const rows: { teamId: string; minutes: string }[] = await dataSource.query(
        `SELECT t.team_id AS "teamId", coalesce(sum(h.minutes), 0) AS minutes
           FROM directory_teams t
           LEFT JOIN hour_entries h ON h.team_id = t.team_id AND h.status = 'APPROVED'
                                   AND h.entry_date >= t.starts_on AND h.entry_date < t.starts_on + interval '1 year'
          WHERE t.team_id = ANY($1) GROUP BY t.team_id`,
        [teamIds],
      );
      return teamIds.map((id) => Number(rows.find((row) => row.teamId === id)?.minutes ?? 0));
    });
    this.volunteerYearMinutes = new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { volunteerId: string; year: number; minutes: string }[] = await dataSource.query(
        `SELECT volunteer_id AS "volunteerId", extract(year FROM entry_date)::int AS year, sum(minutes) AS minutes
           FROM hour_entries WHERE status = 'APPROVED' AND volunteer_id = ANY($1) AND extract(year FROM entry_date)::int = ANY($2)
          GROUP BY 1, 2`,
        [pairs.map(([id]) => id), pairs.map(([, year]) => Number(year))],
      );
      return pairs.map(([id, year]) => Number(rows.find((row) => row.volunteerId === id && row.year === Number(year))?.minutes ?? 0));
    });
  }

  async teamYear(teamId: string, year: number): Promise<HoursSummary> {
    if (!(await this.policy.canSeeTeam(teamId))) throw forbidden('Team figures are for admins, the team and partners serving its neighbourhood');
    const { activeVolunteersPerTeam: _perTeam, ...summary } = await this.summaries.team_id.load(`${teamId}|${year}`);
    return { ...summary, activeVolunteers: suppressSmallCell(summary.activeVolunteers ?? 0, this.policy.identity) };
  }

  async neighbourhoodYear(neighbourhoodId: string, year: number): Promise<HoursSummary> {
    const ownTeams = await Promise.all((this.policy.identity?.teamIds ?? []).map((teamId) => this.directory.team.load(teamId)));
    const allowed = (await this.policy.servesArea(neighbourhoodId)) || ownTeams.some((team) => team?.neighbourhoodId === neighbourhoodId);
    if (!allowed) throw forbidden('Neighbourhood figures are for admins, its teams and the partners serving it');
    const { activeVolunteersPerTeam = [], ...summary } = await this.summaries.neighbourhood_id.load(`${neighbourhoodId}|${year}`);
    // Beside the figures of its teams, a neighbourhood's count must not give a small team away by subtraction.
    return this.policy.isAdmin ? summary : { ...summary, activeVolunteers: protectedCount(activeVolunteersPerTeam) === null ? null : summary.activeVolunteers };
  }

  async firstYear(teamId: string): Promise<FirstYearProgress | null> {
    if (!(await this.policy.canSeeTeam(teamId))) throw forbidden('Team figures are for admins, the team and partners serving its neighbourhood');
    const place = await this.directory.team.load(teamId);
    if (!place) return null;
    return firstYearProgress(place.startsOn, await this.firstYearMinutes.load(teamId), todayInAmsterdam());
  }

  async volunteerYearHours(volunteerId: string, year: number): Promise<number> {
    return round((await this.volunteerYearMinutes.load(`${volunteerId}|${year}`)) / 60);
  }

  /** Approved hours per municipality and theme: admins see the country, partners the neighbourhoods they serve. */
  async national(year: number): Promise<MunicipalityThemeHours[]> {
    const identity = this.policy.identity;
    let areas: string[] | null = null;
    if (!this.policy.isAdmin) {
      if (!identity?.partnerId) throw forbidden('National figures are for admins; partners see their own neighbourhoods');
      areas = await this.directory.partnerAreas.load(identity.partnerId);
    }
    const rows: { municipalityCode: string; theme: Theme; minutes: string }[] = await this.dataSource.query(
      `SELECT municipality_code AS "municipalityCode", theme, sum(minutes) AS minutes
         FROM hour_totals
        WHERE status = 'APPROVED' AND month >= make_date($1, 1, 1) AND month < make_date($1 + 1, 1, 1)
          AND ($2::uuid[] IS NULL OR neighbourhood_id = ANY($2))
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [year, areas],
    );
    return rows.map((row) => ({ municipalityCode: row.municipalityCode, theme: row.theme, approvedHours: round(Number(row.minutes) / 60) }));
  }

  /** Summaries of many teams (or neighbourhoods) and years: four statements per batch whatever its size. */
  private summaryLoader(scope: Scope) {
    return new DataLoader<string, HoursSummary>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const ids = pairs.map(([id]) => id);
      const years = pairs.map(([, year]) => Number(year));
      const from = `${Math.min(...years)}-01-01`;
      const to = `${Math.max(...years) + 1}-01-01`;
      type People = { key: string; year: number; people: number };
      const [totals, volunteers, volunteersPerTeam, reached]: [TotalRow[], People[], People[], { key: string; year: number; reached: string }[]] = await Promise.all([
        this.dataSource.query(
          `SELECT ${scope} AS key, theme, to_char(month, 'YYYY-MM') AS month, status, sum(minutes) AS minutes
             FROM hour_totals WHERE ${scope} = ANY($1) AND month >= $2 AND month < $3 AND status <> 'REJECTED'
            GROUP BY 1, 2, 3, 4`,
          [ids, from, to],
        ),
        this.dataSource.query(
          `SELECT ${scope} AS key, extract(year FROM month)::int AS year, count(DISTINCT volunteer_id)::int AS people
             FROM volunteer_months WHERE ${scope} = ANY($1) AND month >= $2 AND month < $3 GROUP BY 1, 2`,
          [ids, from, to],
        ),
        this.dataSource.query(
          `SELECT ${scope} AS key, extract(year FROM month)::int AS year, count(DISTINCT volunteer_id)::int AS people
             FROM volunteer_months WHERE ${scope} = ANY($1) AND month >= $2 AND month < $3 GROUP BY 1, 2, team_id`,
          [ids, from, to],
        ),
        this.dataSource.query(
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
        return { ...summary, activeVolunteersPerTeam: volunteersPerTeam.filter((row) => row.key === id && row.year === year).map((row) => row.people) };
      });
    });
  }
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
    byTheme: themes.map((theme) => ({ theme, approvedHours: hours('APPROVED', (row) => row.theme === theme), submittedHours: hours('SUBMITTED', (row) => row.theme === theme) })),
    byMonth: months.map((month) => ({ month, approvedHours: hours('APPROVED', (row) => row.month === month), submittedHours: hours('SUBMITTED', (row) => row.month === month) })),
  };
}
