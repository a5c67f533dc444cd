import { type Identity, Role } from '@buurtvolk/identity';
import { access, assertAllowed } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';

/**
 * Who may see and change what in the activities subgraph.
 * - Admins: everything, and hours older than the entry period.
 * - Coordinators: plan and change their teams' activities, see and decide on their teams' hours.
 * - Volunteers: their team's activities, sign up, and their own hours (edit while submitted).
 * - Partners: activities and hour figures of the neighbourhoods they serve; never a person's entries.
 */
export class ActivitiesPolicy {
  constructor(
    readonly identity: Identity | null,
    private readonly directory: TeamDirectory,
  ) {}

  get isAdmin(): boolean {
    return access.isAdmin(this.identity);
  }

  async canSeeTeam(teamId: string): Promise<boolean> {
    if (access.isAdmin(this.identity) || access.belongsTo(this.identity, teamId)) return true;
    const place = await this.directory.team.load(teamId);
    return place !== null && (await this.servesArea(place.neighbourhoodId));
  }

  async servesArea(neighbourhoodId: string): Promise<boolean> {
    if (access.isAdmin(this.identity)) return true;
    if (!access.isPartner(this.identity) || !this.identity?.partnerId) return false;
    return (await this.directory.partnerAreas.load(this.identity.partnerId)).includes(neighbourhoodId);
  }

  assertCanManageTeam(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.coordinates(this.identity, teamId),
      'Only an admin or a coordinator of this team may do this',
    );
  }

  /** Monthly summaries: a published one is for anyone; a draft for the team's own people and admins. */
  canSeeSummary(teamId: string, published: boolean): boolean {
    return published || this.isInsiderOf(teamId);
  }

  /** The team's own people (members, coordinators) and admins: exact counts of people, drafts. */
  isInsiderOf(teamId: string): boolean {
    return access.isAdmin(this.identity) || access.belongsTo(this.identity, teamId);
  }

  /** Who is in a summary photo, and photos not (yet) shown: the team's coordinators and admins. */
  canManageSummaryOf(teamId: string): boolean {
    return access.isAdmin(this.identity) || access.coordinates(this.identity, teamId);
  }

  /** Coordinators write a summary; only the foundation (an admin) publishes one. */
  assertCanPublishSummary(): void {
    assertAllowed(access.isAdmin(this.identity), 'Only an admin publishes a monthly summary; coordinators write it');
  }

  /** Hours of one person: themselves, the coordinators of the entry's team, admins. */
  canSeeEntryOf(volunteerId: string, teamId: string): boolean {
    return access.isAdmin(this.identity) || this.identity?.volunteerId === volunteerId || access.coordinates(this.identity, teamId);
  }

  /**
   * Figures about one person (their hours): the person, coordinators of a team they are in now, admins — the
   * volunteers service's rule for personal data, applied here too since this service resolves the field.
   */
  async canSeePerson(volunteerId: string): Promise<boolean> {
    if (access.isAdmin(this.identity) || this.identity?.volunteerId === volunteerId) return true;
    if (this.identity?.role !== Role.COORDINATOR) return false;
    return (await this.directory.currentTeams.load(volunteerId)).some((place) => access.coordinates(this.identity, place.teamId));
  }

  /**
   * Which of a person's entries a caller may list: all (admin, self), or — for a coordinator of a team the person is in
   * now — those of the teams they coordinate; null: none. A former member's entries in the team are not the
   * coordinator's to read any more than their other personal data (rights follow current membership).
   */
  async entryScope(volunteerId: string): Promise<{ all: true } | { teamIds: string[] } | null> {
    if (access.isAdmin(this.identity) || this.identity?.volunteerId === volunteerId) return { all: true };
    return (await this.canSeePerson(volunteerId)) ? { teamIds: this.identity!.teamIds } : null;
  }
}
