import { type Identity, Role } from '@buurtvolk/identity';
import { access, assertAllowed } from '@buurtvolk/subgraph-kit';
import { ConsentPurpose } from './consents/consent.entity';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import type { VolunteersLoaders } from './loaders';
import type { Volunteer } from './volunteers/volunteer.entity';

/** How the caller stands to a volunteer. */
type Relation = 'admin' | 'self' | 'coordinator' | 'teammate' | 'none';

/** Which volunteers a list may contain for this caller. */
export interface VolunteerScope {
  /** Only volunteers currently in these teams (or registered by them and not yet placed, for coordinators). */
  teamIds?: string[];
  includeRegisteredBy?: boolean;
  selfId?: string;
  /** Partners: only volunteers in teams in these neighbourhoods, and only counted. */
  neighbourhoodIds?: string[];
}

/**
 * Who may see and change what in the volunteers subgraph (DESIGN.md §6).
 * - The person themselves, their coordinators and admins: everything, including personal fields and wellbeing.
 *   Coordinators see e-mail and phone only with CONTACT consent.
 * - Team mates (VOLUNTEER of the same team): display name, talents, languages, availability, status.
 * - Partners: counts and wellbeing aggregates of 10 or more people in their neighbourhoods, never a person.
 */
export class VolunteersPolicy {
  constructor(
    private readonly identity: Identity | null,
    private readonly loaders: VolunteersLoaders,
    private readonly directory: TeamDirectory,
  ) {}

  async relation(volunteer: Volunteer): Promise<Relation> {
    const identity = this.identity;
    if (!identity) return 'none';
    if (identity.role === Role.ADMIN) return 'admin';
    if (identity.volunteerId === volunteer.id) return 'self';
    const teams = (await this.directory.currentTeams.load(volunteer.id)).map((place) => place.teamId);
    if (
      identity.role === Role.COORDINATOR &&
      (teams.some((team) => identity.teamIds.includes(team)) || (await this.registeredAndNotYetPlaced(volunteer)))
    ) {
      return 'coordinator';
    }
    if ((identity.role === Role.VOLUNTEER || identity.role === Role.COORDINATOR) && teams.some((team) => identity.teamIds.includes(team)))
      return 'teammate';
    return 'none';
  }

  /**
   * Rights follow current membership. Only between registration and the first placement in a team does the team
   * that registered a person look after them; once placed (and after they leave), their current team decides.
   */
  private async registeredAndNotYetPlaced(volunteer: Volunteer): Promise<boolean> {
    return (
      Boolean(volunteer.registeredByTeamId && this.identity?.teamIds.includes(volunteer.registeredByTeamId)) &&
      !(await this.loaders.everPlaced.load(volunteer.id))
    );
  }

  async canSee(volunteer: Volunteer): Promise<boolean> {
    return (await this.relation(volunteer)) !== 'none';
  }

  /** Name, contact, birth date, address, certificate of conduct, status history, consents, wellbeing. */
  async assertPersonal(volunteer: Volunteer): Promise<void> {
    const relation = await this.relation(volunteer);
    assertAllowed(['admin', 'self', 'coordinator'].includes(relation), 'Only the person, their coordinators and admins see personal data');
  }

  async assertContact(volunteer: Volunteer): Promise<void> {
    const relation = await this.relation(volunteer);
    const consented = relation === 'coordinator' && (await this.loaders.activeConsents.load(volunteer.id)).has(ConsentPurpose.CONTACT);
    assertAllowed(relation === 'admin' || relation === 'self' || consented, 'Contact details need the person’s CONTACT consent');
  }

  /** Changing a volunteer's record: admins and their coordinators; the person only through `self` operations. */
  async assertCanManage(volunteer: Volunteer, allowSelf = false): Promise<void> {
    const relation = await this.relation(volunteer);
    assertAllowed(
      relation === 'admin' || relation === 'coordinator' || (allowSelf && relation === 'self'),
      'Only an admin or a coordinator of this person’s team may change this',
    );
  }

  assertCanRegisterFor(teamId: string): void {
    assertAllowed(
      access.isAdmin(this.identity) || access.coordinates(this.identity, teamId),
      'Only an admin or a coordinator of that team may register volunteers for it',
    );
  }

  async listScope(): Promise<VolunteerScope> {
    const identity = this.identity;
    if (!identity || identity.role === Role.ADMIN) return {};
    if (identity.role === Role.PARTNER)
      return { neighbourhoodIds: identity.partnerId ? await this.directory.partnerAreas.load(identity.partnerId) : [] };
    return { teamIds: identity.teamIds, includeRegisteredBy: identity.role === Role.COORDINATOR, selfId: identity.volunteerId };
  }

  /**
   * Whether a search may match given and family names: only for callers who may read them for everyone in their
   * list (admins; coordinators, whose list is their own teams). Team mates search display names only, so a search
   * never tells them a name they may not read.
   */
  get findsByPersonalName(): boolean {
    return this.identity?.role === Role.ADMIN || this.identity?.role === Role.COORDINATOR;
  }

  /**
   * Figures about groups: 'raw' for admins and the team's coordinators; 'suppressed' (small numbers hidden) for the
   * team's volunteers, partners serving the area and, for neighbourhood figures, coordinators of a team there.
   */
  async figureAccess(neighbourhoodIds: string[], teamId?: string): Promise<'raw' | 'suppressed' | 'none'> {
    const identity = this.identity;
    if (access.isAdmin(identity) || (teamId && access.coordinates(identity, teamId))) return 'raw';
    if (teamId ? access.belongsTo(identity, teamId) : await this.coordinatesIn(neighbourhoodIds)) return 'suppressed';
    if (access.isPartner(identity) && identity?.partnerId) {
      const areas = await this.directory.partnerAreas.load(identity.partnerId);
      if (neighbourhoodIds.some((id) => areas.includes(id))) return 'suppressed';
    }
    return 'none';
  }

  private async coordinatesIn(neighbourhoodIds: string[]): Promise<boolean> {
    if (this.identity?.role !== Role.COORDINATOR) return false;
    const places = await this.directory.team.loadMany(this.identity.teamIds);
    return places.some((place) => place && !(place instanceof Error) && neighbourhoodIds.includes(place.neighbourhoodId));
  }

  get isPartner(): boolean {
    return access.isPartner(this.identity);
  }
}
