import { addYears, demoId } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Membership, MembershipRole } from './memberships/membership.entity';
import { Neighbourhood } from './neighbourhoods/neighbourhood.entity';
import { Partner, PartnerKind } from './partners/partner.entity';
import { Team, TeamStatus } from './teams/team.entity';

/** The places the foundation works, with their real CBS municipality codes (2024 classification); no wijk codes are guessed. */
const PLACES = [
  { key: 'feijenoord', name: 'Feijenoord', city: 'Rotterdam', municipality: 'Rotterdam', code: 'GM0599', status: TeamStatus.ACTIVE, startsOn: '2024-03-01', members: 18 },
  { key: 'afrikaanderwijk', name: 'Afrikaanderwijk', city: 'Rotterdam', municipality: 'Rotterdam', code: 'GM0599', status: TeamStatus.ACTIVE, startsOn: '2023-09-01', members: 22 },
  { key: 'delfshaven', name: 'Delfshaven', city: 'Rotterdam', municipality: 'Rotterdam', code: 'GM0599', status: TeamStatus.ACTIVE, startsOn: '2025-01-15', members: 12 },
  { key: 'katendrecht', name: 'Katendrecht', city: 'Rotterdam', municipality: 'Rotterdam', code: 'GM0599', status: TeamStatus.ACTIVE, startsOn: '2024-10-01', members: 16 },
  { key: 'charlois', name: 'Charlois', city: 'Rotterdam', municipality: 'Rotterdam', code: 'GM0599', status: TeamStatus.ACTIVE, startsOn: '2023-04-01', members: 27 },
  { key: 'bouwlust', name: 'Bouwlust', city: 'Den Haag', municipality: "'s-Gravenhage", code: 'GM0518', status: TeamStatus.ACTIVE, startsOn: '2024-06-01', members: 20 },
  { key: 'leiden-noord', name: 'Leiden-Noord', city: 'Leiden', municipality: 'Leiden', code: 'GM0546', status: TeamStatus.ACTIVE, startsOn: '2025-05-01', members: 15 },
  { key: 'te-werve', name: 'Te Werve', city: 'Rijswijk', municipality: 'Rijswijk', code: 'GM0603', status: TeamStatus.PAUSED, startsOn: '2025-02-01', members: 9 },
  { key: 'crabbehof', name: 'Crabbehof', city: 'Dordrecht', municipality: 'Dordrecht', code: 'GM0505', status: TeamStatus.FORMING, startsOn: '2026-09-01', members: 6 },
];

const PARTNERS = [
  { key: 'gemeente-rotterdam', name: 'Gemeente Rotterdam', kind: PartnerKind.MUNICIPALITY, serves: ['feijenoord', 'afrikaanderwijk', 'delfshaven', 'katendrecht', 'charlois'] },
  { key: 'woonstad-rotterdam', name: 'Woonstad Rotterdam', kind: PartnerKind.HOUSING_CORPORATION, serves: ['feijenoord', 'afrikaanderwijk', 'katendrecht'] },
  { key: 'havensteder', name: 'Havensteder', kind: PartnerKind.HOUSING_CORPORATION, serves: ['delfshaven', 'charlois'] },
  { key: 'laurens', name: 'Laurens', kind: PartnerKind.CARE_INSTITUTION, serves: ['charlois', 'feijenoord'] },
  { key: 'gemeente-den-haag', name: 'Gemeente Den Haag', kind: PartnerKind.MUNICIPALITY, serves: ['bouwlust'] },
  { key: 'haag-wonen', name: 'Haag Wonen', kind: PartnerKind.HOUSING_CORPORATION, serves: ['bouwlust'] },
  { key: 'gemeente-leiden', name: 'Gemeente Leiden', kind: PartnerKind.MUNICIPALITY, serves: ['leiden-noord'] },
  { key: 'gemeente-rijswijk', name: 'Gemeente Rijswijk', kind: PartnerKind.MUNICIPALITY, serves: ['te-werve'] },
  { key: 'gemeente-dordrecht', name: 'Gemeente Dordrecht', kind: PartnerKind.MUNICIPALITY, serves: ['crabbehof'] },
];

/** Deterministic demo volunteer ids, e.g. `volunteer:feijenoord-01`; the volunteers service seeds the same keys. */
export function demoVolunteerKey(place: string, index: number): string {
  return `volunteer:${place}-${String(index).padStart(2, '0')}`;
}

export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Serialises two processes seeding the same empty database.
    await manager.query('LOCK TABLE teams IN EXCLUSIVE MODE');
    if ((await manager.count(Team)) > 0) return;

    await manager.insert(
      Neighbourhood,
      PLACES.map((place) => ({
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
      PLACES.map((place) => ({
        id: demoId(`team:${place.key}`),
        name: `Buurtvolk ${place.name}`,
        neighbourhoodId: demoId(`neighbourhood:${place.key}`),
        status: place.status,
        startsOn: place.startsOn,
        commitmentEndsOn: addYears(place.startsOn, 5),
        version: 1,
      })),
    );
    await manager.insert(Membership, PLACES.flatMap(demoMemberships));
    await manager.insert(
      Partner,
      PARTNERS.map((partner) => ({ id: demoId(`partner:${partner.key}`), name: partner.name, kind: partner.kind, version: 1 })),
    );
    for (const partner of PARTNERS) {
      await manager.query('INSERT INTO partner_neighbourhoods (partner_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])', [
        demoId(`partner:${partner.key}`),
        partner.serves.map((place) => demoId(`neighbourhood:${place}`)),
      ]);
    }
    logger.info({ neighbourhoods: PLACES.length, partners: PARTNERS.length }, 'demo data loaded');
  });
}

/** Member 01 coordinates; each team also has a professional coach. */
function demoMemberships(place: (typeof PLACES)[number]): Partial<Membership>[] {
  const members = Array.from({ length: place.members }, (_, i) => ({
    id: demoId(`membership:${place.key}-${i + 1}`),
    teamId: demoId(`team:${place.key}`),
    volunteerId: demoId(demoVolunteerKey(place.key, i + 1)),
    role: i === 0 ? MembershipRole.COORDINATOR : MembershipRole.MEMBER,
    from: place.startsOn,
    until: null,
    version: 1,
  }));
  const coach = {
    id: demoId(`membership:${place.key}-coach`),
    teamId: demoId(`team:${place.key}`),
    volunteerId: demoId(`coach:${place.key}`),
    role: MembershipRole.COACH,
    from: place.startsOn,
    until: null,
    version: 1,
  };
  return [...members, coach];
}
