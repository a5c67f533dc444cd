import { DEMO_PARTNERS, DEMO_PLACES, demoId, demoMembers } from '@buurtvolk/domain';
import { type Identity, Role } from '@buurtvolk/identity';

/** Someone a developer can sign in as on the development sign-in page. */
export interface DemoPerson {
  /** Stable key the sign-in page sends back, e.g. `coordinator:feijenoord`. */
  key: string;
  role: Role;
  /** The demo team (or the partner organisation) the person belongs to; none for the admin. */
  teamName?: string;
  partnerName?: string;
  identity: Identity;
}

/** Per demo team: its coordinator (member 1), a volunteer (member 2) and a partner serving it; plus one admin. */
export function demoPeople(): DemoPerson[] {
  const members = demoMembers();
  const people: DemoPerson[] = [{ key: 'admin', role: Role.ADMIN, identity: { subject: 'demo-admin', role: Role.ADMIN, teamIds: [] } }];
  for (const place of DEMO_PLACES) {
    const [coordinator, volunteer] = members.filter((member) => member.place.key === place.key);
    const teamIds = [coordinator.teamId];
    people.push(
      {
        key: `coordinator:${place.key}`,
        role: Role.COORDINATOR,
        teamName: place.name,
        identity: { subject: `demo-${place.key}-01`, role: Role.COORDINATOR, teamIds, volunteerId: coordinator.volunteerId },
      },
      {
        key: `volunteer:${place.key}`,
        role: Role.VOLUNTEER,
        teamName: place.name,
        identity: { subject: `demo-${place.key}-02`, role: Role.VOLUNTEER, teamIds, volunteerId: volunteer.volunteerId },
      },
    );
    const partner = DEMO_PARTNERS.find((candidate) => (candidate.serves as readonly string[]).includes(place.key));
    if (partner && !people.some((person) => person.key === `partner:${partner.key}`)) {
      people.push({
        key: `partner:${partner.key}`,
        role: Role.PARTNER,
        teamName: place.name,
        partnerName: partner.name,
        identity: { subject: `demo-partner-${partner.key}`, role: Role.PARTNER, teamIds: [], partnerId: demoId(`partner:${partner.key}`) },
      });
    }
  }
  return people;
}
