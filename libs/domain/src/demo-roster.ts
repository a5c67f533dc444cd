import { demoId } from './ids';

/**
 * The demo teams every service seeds from, so that each seeds its own database and the references meet:
 * the places the foundation works, with real CBS municipality codes (2024 classification), and team sizes
 * on both sides of the 15–25 target.
 */
export const DEMO_PLACES = [
  {
    key: 'feijenoord',
    name: 'Feijenoord',
    city: 'Rotterdam',
    municipality: 'Rotterdam',
    code: 'GM0599',
    status: 'ACTIVE',
    startsOn: '2024-03-01',
    members: 18,
  },
  {
    key: 'afrikaanderwijk',
    name: 'Afrikaanderwijk',
    city: 'Rotterdam',
    municipality: 'Rotterdam',
    code: 'GM0599',
    status: 'ACTIVE',
    startsOn: '2023-09-01',
    members: 22,
  },
  {
    key: 'delfshaven',
    name: 'Delfshaven',
    city: 'Rotterdam',
    municipality: 'Rotterdam',
    code: 'GM0599',
    status: 'ACTIVE',
    startsOn: '2025-01-15',
    members: 12,
  },
  {
    key: 'katendrecht',
    name: 'Katendrecht',
    city: 'Rotterdam',
    municipality: 'Rotterdam',
    code: 'GM0599',
    status: 'ACTIVE',
    startsOn: '2024-10-01',
    members: 16,
  },
  {
    key: 'charlois',
    name: 'Charlois',
    city: 'Rotterdam',
    municipality: 'Rotterdam',
    code: 'GM0599',
    status: 'ACTIVE',
    startsOn: '2023-04-01',
    members: 27,
  },
  {
    key: 'bouwlust',
    name: 'Bouwlust',
    city: 'Den Haag',
    municipality: "'s-Gravenhage",
    code: 'GM0518',
    status: 'ACTIVE',
    startsOn: '2024-06-01',
    members: 20,
  },
  {
    key: 'leiden-noord',
    name: 'Leiden-Noord',
    city: 'Leiden',
    municipality: 'Leiden',
    code: 'GM0546',
    status: 'ACTIVE',
    startsOn: '2025-05-01',
    members: 15,
  },
  {
    key: 'te-werve',
    name: 'Te Werve',
    city: 'Rijswijk',
    municipality: 'Rijswijk',
    code: 'GM0603',
    status: 'PAUSED',
    startsOn: '2025-02-01',
    members: 9,
  },
  {
    key: 'crabbehof',
    name: 'Crabbehof',
    city: 'Dordrecht',
    municipality: 'Dordrecht',
    code: 'GM0505',
    status: 'FORMING',
    startsOn: '2026-09-01',
    members: 6,
  },
] as const;

export type DemoPlace = (typeof DEMO_PLACES)[number];

/** Member 1 of each demo team is its coordinator. */
export interface DemoMember {
  place: DemoPlace;
  index: number;
  volunteerId: string;
  teamId: string;
  neighbourhoodId: string;
  role: 'COORDINATOR' | 'MEMBER';
}

export function demoMembers(): DemoMember[] {
  return DEMO_PLACES.flatMap((place) =>
    Array.from({ length: place.members }, (_, i) => ({
      place,
      index: i + 1,
      volunteerId: demoId(`volunteer:${place.key}-${String(i + 1).padStart(2, '0')}`),
      teamId: demoId(`team:${place.key}`),
      neighbourhoodId: demoId(`neighbourhood:${place.key}`),
      role: i === 0 ? ('COORDINATOR' as const) : ('MEMBER' as const),
    })),
  );
}

/** Demo partner organisations and the demo places they serve. */
export const DEMO_PARTNERS = [
  {
    key: 'gemeente-rotterdam',
    name: 'Gemeente Rotterdam',
    kind: 'MUNICIPALITY',
    serves: ['feijenoord', 'afrikaanderwijk', 'delfshaven', 'katendrecht', 'charlois'],
  },
  {
    key: 'woonstad-rotterdam',
    name: 'Woonstad Rotterdam',
    kind: 'HOUSING_CORPORATION',
    serves: ['feijenoord', 'afrikaanderwijk', 'katendrecht'],
  },
  { key: 'havensteder', name: 'Havensteder', kind: 'HOUSING_CORPORATION', serves: ['delfshaven', 'charlois'] },
  { key: 'laurens', name: 'Laurens', kind: 'CARE_INSTITUTION', serves: ['charlois', 'feijenoord'] },
  { key: 'gemeente-den-haag', name: 'Gemeente Den Haag', kind: 'MUNICIPALITY', serves: ['bouwlust'] },
  { key: 'haag-wonen', name: 'Haag Wonen', kind: 'HOUSING_CORPORATION', serves: ['bouwlust'] },
  { key: 'gemeente-leiden', name: 'Gemeente Leiden', kind: 'MUNICIPALITY', serves: ['leiden-noord'] },
  { key: 'gemeente-rijswijk', name: 'Gemeente Rijswijk', kind: 'MUNICIPALITY', serves: ['te-werve'] },
  { key: 'gemeente-dordrecht', name: 'Gemeente Dordrecht', kind: 'MUNICIPALITY', serves: ['crabbehof'] },
] as const;
