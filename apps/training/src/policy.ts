import type { Identity } from '@buurtvolk/identity';
import { access, assertAllowed } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';

/**
 * Who may see and do what in the training subgraph.
 * - Everyone signed in sees the catalogue; volunteers enrol themselves and see their own enrolments and certificates.
 * - Coordinators: the enrolments, attendance and certificates of their teams' people, and coaching for their teams.
 * - Trainers (a volunteer named as trainer of a run) record attendance of that run.
 * - Admins keep the catalogue; partners see counts of their neighbourhoods only.
 */
export class TrainingPolicy {
  constructor(
    readonly identity: Identity | null,
    private readonly directory: TeamDirectory,
  ) {}

  assertCanSchedule(teamId: string | undefined): void {
    assertAllowed(
      access.isAdmin(this.identity) || (teamId !== undefined && access.coordinates(this.identity, teamId)),
      'Admins schedule courses; coordinators schedule coaching for their own team',
    );
  }

  /**
   * A peer trainer is a current member of some team; a coordinator names only someone of their own team, so a run
   * never becomes a way to reach (through its trainerVolunteer) a person the coordinator has no rights over.
   */
  async trainerProblem(volunteerId: string): Promise<string | null> {
    const places = await this.directory.currentTeams.load(volunteerId);
    if (!places.length) return 'is not a current member of a team';
    if (access.isAdmin(this.identity) || places.some((place) => access.coordinates(this.identity, place.teamId))) return null;
    return 'is not a member of your team';
  }

  /** The person, a coordinator of one of their current teams, or an admin. */
  async canManagePerson(volunteerId: string): Promise<boolean> {
    return this.identity?.volunteerId === volunteerId || this.coordinatesPerson(volunteerId);
  }

  /** A coordinator of one of the person's current teams, or an admin (not the person themselves). */
  async coordinatesPerson(volunteerId: string): Promise<boolean> {
    if (access.isAdmin(this.identity)) return true;
    const teams = await this.directory.currentTeams.load(volunteerId);
    return teams.some((team) => access.coordinates(this.identity, team.teamId));
  }

  async assertCanManagePerson(volunteerId: string): Promise<void> {
    assertAllowed(await this.canManagePerson(volunteerId), 'Only the person, their coordinators and admins may do this');
  }

  async servesArea(neighbourhoodId: string): Promise<boolean> {
    if (access.isAdmin(this.identity)) return true;
    if (!access.isPartner(this.identity) || !this.identity?.partnerId) return false;
    return (await this.directory.partnerAreas.load(this.identity.partnerId)).includes(neighbourhoodId);
  }
}
