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

  /** A team's proposals, rule and votes: its own members and coordinators, and admins. */
  canSeeProposals(teamId: string): boolean {
    return access.isAdmin(this.identity) || access.belongsTo(this.identity, teamId);
  }

  assertCanSeeProposals(teamId: string): void {
    assertAllowed(this.canSeeProposals(teamId), "Only the team's members and coordinators and admins see its proposals");
  }

  /** How many proposals a team made and accepted: also partners serving its neighbourhood (counts only). */
  async assertCanSeeProposalActivity(team: Team): Promise<void> {
    const partnerOfArea = access.isPartner(this.identity) && (await this.partnerNeighbourhoods()).includes(team.neighbourhoodId);
    assertAllowed(
      this.canSeeProposals(team.id) || partnerOfArea,
      "Only the team's members and coordinators, partners serving its neighbourhood and admins see how much it decides",
    );
  }

  /**
   * Proposing and voting are for current members (coordinators are members too): the token must list the team and the
   * team's own memberships must say so today, so someone who left cannot vote on. Returns the caller's volunteer id.
   */
  async assertCurrentMember(teamId: string, what: string): Promise<string> {
    const volunteerId = this.identity?.volunteerId?.toLowerCase() ?? '';
    const member =
      access.belongsTo(this.identity, teamId) &&
      volunteerId !== '' &&
      (await this.loaders.currentMembershipsOfTeam.load(teamId)).some((membership) => membership.volunteerId === volunteerId);
    assertAllowed(member, `Only current members of the team ${what}`);
    return volunteerId;
  }

  assertCanSetDecisionRule(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.coordinates(this.identity, teamId),
      "Only the team's coordinators or an admin set how it decides",
    );
  }

  /** The proposer withdraws while nobody has voted (afterwards it is the team's); an admin may always. */
  assertCanWithdraw(proposal: { proposedBy: string }, anyVotes: boolean): void {
    if (access.isAdmin(this.identity)) return;
    assertAllowed(proposal.proposedBy === this.identity?.subject, 'Only the proposer or an admin withdraws a proposal');
    assertAllowed(!anyVotes, 'Members have voted on this proposal: only an admin withdraws it now');
  }

  /** Scans and CBS key figures are the foundation's to keep. */
  assertCanKeepScans(): void {
    assertAllowed(access.isAdmin(this.identity), 'Only an admin records neighbourhood scans and imports CBS key figures');
  }

  /** A scan's notes are the foundation's judgement: admins, and the coordinators of the team started from it. */
  assertCanSeeScan(teamId: string | null): void {
    assertAllowed(
      access.isAdmin(this.identity) || (teamId !== null && access.coordinates(this.identity, teamId)),
      'Only admins and the coordinators of the team started from it see a neighbourhood scan',
    );
  }

  /** Outreach and intake hold names of residents who are not members: the team's coordinators and admins only. */
  assertCanRecruit(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.coordinates(this.identity, teamId),
      "Only the team's coordinators and admins see and record its recruitment",
    );
  }

  /** A team's recruitment funnel: in full for its coordinators and admins, with small numbers hidden for partners of its area. */
  async recruitmentFunnelView(team: Team): Promise<'full' | 'suppressed'> {
    if (access.isAdmin(this.identity) || access.coordinates(this.identity, team.id)) return 'full';
    const partnerOfArea = access.isPartner(this.identity) && (await this.partnerNeighbourhoods()).includes(team.neighbourhoodId);
    assertAllowed(partnerOfArea, "Only the team's coordinators, partners serving its neighbourhood and admins see its recruitment funnel");
    return 'suppressed';
  }

  /** A neighbourhood's funnel sums its teams: admins in full, partners serving it with small numbers hidden. */
  async neighbourhoodRecruitmentFunnelView(neighbourhoodId: string): Promise<'full' | 'suppressed'> {
    if (access.isAdmin(this.identity)) return 'full';
    const partnerOfArea = access.isPartner(this.identity) && (await this.partnerNeighbourhoods()).includes(neighbourhoodId);
    assertAllowed(partnerOfArea, 'Only admins and partners serving the neighbourhood see its recruitment funnel');
    return 'suppressed';
  }

  private partnerNeighbourhoods(): Promise<string[]> {
    return this.identity?.partnerId ? this.loaders.neighbourhoodIdsServedByPartner.load(this.identity.partnerId) : Promise.resolve([]);
  }
}
