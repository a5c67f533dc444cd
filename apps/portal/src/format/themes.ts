import type { Theme } from '../gql/graphql';

/** The six themes teams work on, in the order the foundation lists them; their names are `common.theme.<THEME>`. */
export const THEMES: readonly Theme[] = ['NEIGHBOURHOOD', 'COMMUNITY', 'INFORMAL_CARE', 'SUSTAINABILITY', 'PERSONAL_DEVELOPMENT', 'HEALTH'];
