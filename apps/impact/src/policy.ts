import { todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { access, assertAllowed, badUserInput } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';

/**
 * Who sees which impact figures.
 * - Admins: everything, the national overview included.
 * - Partners: the neighbourhoods their organisation serves, the teams there and their own funding agreements, with
 *   cells of fewer than 10 people suppressed.
 * - Coordinators: the teams they coordinate; they also record the surveys of those teams' neighbourhoods.
 * - Volunteers: none of it (their own figures are in the volunteers and activities services).
 */
export class ImpactPolicy {
  constructor(
    readonly identity: Identity | null,
    private readonly directory: TeamDirectory,
  ) {}

  /** Partners get suppressed cells; admins and coordinators already see the people behind them. */
  get suppressesSmallCells(): boolean {
    return access.isPartner(this.identity);
  }

  checkedYear(year: number): number {
    const latest = Number(todayInAmsterdam().slice(0, 4)) + 1;
    if (!Number.isInteger(year) || year < 2000 || year > latest)
      throw badUserInput(`year must be between 2000 and ${latest}`, [{ field: 'year', message: `must be between 2000 and ${latest}` }]);
    return year;
  }

  async assertCanSeeNeighbourhood(neighbourhoodId: string): Promise<void> {
    assertAllowed(
      access.isAdmin(this.identity) || (await this.servesArea(neighbourhoodId)),
      'Only admins and the partners serving this neighbourhood see its impact',
    );
  }

  async assertCanSeeTeam(teamId: string): Promise<void> {
    if (access.isAdmin(this.identity) || access.coordinates(this.identity, teamId)) return;
    const team = await this.directory.team.load(teamId);
    assertAllowed(
      team !== null && (await this.servesArea(team.neighbourhoodId)),
      'Only admins, its coordinators and the partners serving its neighbourhood see a team’s impact',
    );
  }

  assertCanSeeAgreement(partnerId: string): void {
    assertAllowed(this.mayKnowAgreement(partnerId), 'Only admins and the funding partner see an agreement’s impact');
  }

  assertAdmin(message: string): void {
    assertAllowed(access.isAdmin(this.identity), message);
  }

  /** Admins, and coordinators of a team working in the neighbourhood (`teamIds`), enter its surveys. */
  assertCanRecordSurvey(teamIds: string[]): void {
    assertAllowed(
      access.isAdmin(this.identity) || teamIds.some((teamId) => access.coordinates(this.identity, teamId)),
      'Only admins and coordinators of a team in this neighbourhood enter its surveys',
    );
  }

  /** Whether the caller may see an agreement's promised return: admins, and the partner that signed it. */
  mayKnowAgreement(partnerId: string): boolean {
    return access.isAdmin(this.identity) || (access.isPartner(this.identity) && this.identity?.partnerId === partnerId);
  }

  private async servesArea(neighbourhoodId: string): Promise<boolean> {
    if (!access.isPartner(this.identity) || !this.identity?.partnerId) return false;
    return (await this.directory.partnerAreas.load(this.identity.partnerId)).includes(neighbourhoodId);
  }
}
