import type { PersonalDataDeclaration } from '@buurtvolk/subgraph-kit';

/** The impact service keeps figures, never people (its memberships are kept without the person). */
export const IMPACT_PERSONAL_DATA: PersonalDataDeclaration = { tables: [], notPersonal: [] };
