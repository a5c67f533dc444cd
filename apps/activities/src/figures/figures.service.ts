import { type Theme, todayInAmsterdam } from '@buurtvolk/domain';
import { forbidden, protectedCount, suppressSmallCell } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import type { ActivitiesLoaders } from '../loaders';
import type { ActivitiesPolicy } from '../policy';
import { firstYearProgress, round } from './figures.rules';
import type { FirstYearProgress, HoursSummary, MunicipalityThemeHours } from './figures.types';

/**
 * Hour figures, read from rollups that a trigger keeps exact in the transaction of every change to an entry:
 * an approval shows in the figures at once, and nothing is cached beyond the request's loaders.
 */
export class FiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActivitiesPolicy,
    private readonly directory: TeamDirectory,
    private readonly loaders: ActivitiesLoaders,
  ) {}

  async teamYear(teamId: string, year: number): Promise<HoursSummary> {
    if (!(await this.policy.canSeeTeam(teamId)))
      throw forbidden('Team figures are for admins, the team and partners serving its neighbourhood');
    const { activeVolunteersPerTeam: _perTeam, ...summary } = await this.loaders.teamYearSummary.load(`${teamId}|${year}`);
    return { ...summary, activeVolunteers: suppressSmallCell(summary.activeVolunteers ?? 0, this.policy.identity) };
  }

  async neighbourhoodYear(neighbourhoodId: string, year: number): Promise<HoursSummary> {
    const ownTeams = await Promise.all((this.policy.identity?.teamIds ?? []).map((teamId) => this.directory.team.load(teamId)));
    const allowed = (await this.policy.servesArea(neighbourhoodId)) || ownTeams.some((team) => team?.neighbourhoodId === neighbourhoodId);
    if (!allowed) throw forbidden('Neighbourhood figures are for admins, its teams and the partners serving it');
    const { activeVolunteersPerTeam = [], ...summary } = await this.loaders.neighbourhoodYearSummary.load(`${neighbourhoodId}|${year}`);
    // Beside the figures of its teams, a neighbourhood's count must not give a small team away by subtraction.
    return this.policy.isAdmin
      ? summary
      : { ...summary, activeVolunteers: protectedCount(activeVolunteersPerTeam) === null ? null : summary.activeVolunteers };
  }

  async firstYear(teamId: string): Promise<FirstYearProgress | null> {
    if (!(await this.policy.canSeeTeam(teamId)))
      throw forbidden('Team figures are for admins, the team and partners serving its neighbourhood');
    const place = await this.directory.team.load(teamId);
    if (!place) return null;
    return firstYearProgress(place.startsOn, await this.loaders.firstYearMinutes.load(teamId), todayInAmsterdam());
  }

  async volunteerYearHours(volunteerId: string, year: number): Promise<number> {
    return round((await this.loaders.volunteerYearMinutes.load(`${volunteerId}|${year}`)) / 60);
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
    return rows.map((row) => ({
      municipalityCode: row.municipalityCode,
      theme: row.theme,
      approvedHours: round(Number(row.minutes) / 60),
    }));
  }
}
