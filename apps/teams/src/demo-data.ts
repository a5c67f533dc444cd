import { addYears, DEMO_PARTNERS, DEMO_PLACES, demoId, demoMembers } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Membership, MembershipRole } from './memberships/membership.entity';
import { Neighbourhood } from './neighbourhoods/neighbourhood.entity';
import { Partner, PartnerKind } from './partners/partner.entity';
import { Team, TeamStatus } from './teams/team.entity';


export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Serialises two processes seeding the same empty database.
    await manager.query('LOCK TABLE teams IN EXCLUSIVE MODE');
    if ((await manager.count(Team)) > 0) return;

    await manager.insert(
      Neighbourhood,
      DEMO_PLACES.map((place) => ({
        id: demoId(`neighbourhood:${place.key}`),
        name: place.name,
        city: place.city,
        municipalityName: place.municipality,
        municipalityCode: place.code,
        cbsCode: null,
        classificationYear: 2024,
        version: 1,
      })),
    );
    await manager.insert(
      Team,
      DEMO_PLACES.map((place) => ({
        id: demoId(`team:${place.key}`),
        name: `Buurtvolk ${place.name}`,
        neighbourhoodId: demoId(`neighbourhood:${place.key}`),
        status: place.status as TeamStatus,
        startsOn: place.startsOn,
        commitmentEndsOn: addYears(place.startsOn, 5),
        version: 1,
      })),
    );
    await manager.insert(Membership, demoMemberships());
    await manager.insert(
      Partner,
      DEMO_PARTNERS.map((partner) => ({ id: demoId(`partner:${partner.key}`), name: partner.name, kind: PartnerKind[partner.kind], version: 1 })),
    );
    for (const partner of DEMO_PARTNERS) {
      await manager.query('INSERT INTO partner_neighbourhoods (partner_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])', [
        demoId(`partner:${partner.key}`),
        partner.serves.map((place) => demoId(`neighbourhood:${place}`)),
      ]);
    }
    logger.info({ neighbourhoods: DEMO_PLACES.length, partners: DEMO_PARTNERS.length }, 'demo data loaded');
  });
}

/** The shared demo roster's members, plus a professional coach per team. */
function demoMemberships(): Partial<Membership>[] {
  const members = demoMembers().map((member) => ({
    id: demoId(`membership:${member.place.key}-${member.index}`),
    teamId: member.teamId,
    volunteerId: member.volunteerId,
    role: MembershipRole[member.role],
    from: member.place.startsOn,
    until: null,
    version: 1,
  }));
  const coaches = DEMO_PLACES.map((place) => ({
    id: demoId(`membership:${place.key}-coach`),
    teamId: demoId(`team:${place.key}`),
    volunteerId: demoId(`coach:${place.key}`),
    role: MembershipRole.COACH,
    from: place.startsOn,
    until: null,
    version: 1,
  }));
  return [...members, ...coaches];
}
