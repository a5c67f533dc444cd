import type { Identity } from '@buurtvolk/identity';
import { access, assertAllowed } from '@buurtvolk/subgraph-kit';
import type { TeamsLoaders } from './loaders';
import { type Team, TeamStatus } from './teams/team.entity';

/**
 * Who may see and change what in the teams subgraph.
 * - Anonymous: active teams with their name, status and neighbourhood (name, city); theme labels.
 * - ADMIN: everything. COORDINATOR: manages the memberships and details of the teams they coordinate.
 * - VOLUNTEER: team-level data, and the members and coaches of their own team.
 * - PARTNER: the teams and neighbourhoods of their organisation, with counts of 10 or more only.
 * Role-wide rules are `@Authorized(...)` on the schema; the rules below depend on the row.
 */
export class TeamsPolicy {
  constructor(
    private readonly identity: Identity | null,
    private readonly loaders: TeamsLoaders,
  ) {}

  /** Restrictions on which teams a list or lookup may return to this caller. */
  async teamScope(): Promise<{ onlyActive?: boolean; neighbourhoodIds?: string[] }> {
    if (!this.identity) return { onlyActive: true };
    if (access.isPartner(this.identity)) return { neighbourhoodIds: await this.partnerNeighbourhoods() };
    return {};
  }

  async canSeeTeam(team: Team): Promise<boolean> {
    const scope = await this.teamScope();
    if (scope.onlyActive && team.status !== TeamStatus.ACTIVE) return false;
    return !scope.neighbourhoodIds || scope.neighbourhoodIds.includes(team.neighbourhoodId);
  }

  async canSeeNeighbourhood(neighbourhoodId: string): Promise<boolean> {
    return !access.isPartner(this.identity) || (await this.partnerNeighbourhoods()).includes(neighbourhoodId);
  }

  /** A membership gives the team's coordinators rights over the person, so they place only people their team registered. */
  assertCanPlace(teamId: string, registeredByThisTeam: boolean): void {
    this.assertCanManageTeam(teamId);
    assertAllowed(
      access.isAdmin(this.identity) || registeredByThisTeam,
      'A coordinator adds people their team registered; an admin places anyone else',
    );
  }

  assertCanSeeMembers(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.belongsTo(this.identity, teamId),
      'Only the members and coordinators of this team see who is in it',
    );
  }

  /** Coaches are professionals the foundation sends; a team's coordinators do not pick them. */
  assertCanAssignCoaches(): void {
    assertAllowed(access.isAdmin(this.identity), 'Only an admin assigns coaches');
  }

  assertCanManageTeam(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.coordinates(this.identity, teamId),
      'Only an admin or a coordinator of this team may change it',
    );
  }

  /** A team's phase: its own members and coordinators, partners serving its neighbourhood, admins. */
  async assertCanSeePhase(team: Team): Promise<void> {
    const partnerOfArea = access.isPartner(this.identity) && (await this.partnerNeighbourhoods()).includes(team.neighbourhoodId);
    assertAllowed(
      access.isAdmin(this.identity) || access.belongsTo(this.identity, team.id) || partnerOfArea,
      "Only the team's members and coordinators, partners serving its neighbourhood and admins see its phase",
    );
  }

  /** The checklist, yearly review and follow-ups: the team's own members and coordinators, and admins. */
  assertCanSeePath(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.belongsTo(this.identity, teamId),
      "Only the team's members and coordinators and admins see its checklist, yearly review and follow-ups",
    );
  }

  /** Phases, checklists and follow-up measurements are the foundation's to keep. */
  assertCanKeepPath(): void {
    assertAllowed(access.isAdmin(this.identity), "Only an admin moves a team's phase, ticks its checklist and records follow-ups");
  }

  assertCanSetGoals(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.coordinates(this.identity, teamId),
      "Only the team's coordinators or an admin set its yearly goals",
    );
  }

  /** What went well and what not is the team's own word: its coordinators write it, not the foundation. */
  assertCanReflect(teamId: string): void {
    assertAllowed(access.coordinates(this.identity, teamId), "Only the team's coordinators write what went well and what not");
  }

  isAdmin(): boolean {
    return access.isAdmin(this.identity);
  }

  private partnerNeighbourhoods(): Promise<string[]> {
    return this.identity?.partnerId ? this.loaders.neighbourhoodIdsServedByPartner.load(this.identity.partnerId) : Promise.resolve([]);
  }
}
