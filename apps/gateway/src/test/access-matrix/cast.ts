import { demoId } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { testIdentities } from '@buurtvolk/testing';

/**
 * Who calls, and on whom, in the access matrix: every caller of DESIGN.md §6 in the situations where the rules
 * differ — on themselves, on their own team, on someone else's — all on the demo data.
 */

export const TEAM_A = demoId('team:feijenoord');
export const TEAM_B = demoId('team:charlois');
export const NEIGHBOURHOOD_A = demoId('neighbourhood:feijenoord');
export const NEIGHBOURHOOD_B = demoId('neighbourhood:charlois');
/** Serves Feijenoord (area X, team A) and not Charlois (area Y, team B). */
export const PARTNER_X = demoId('partner:woonstad-rotterdam');
/** Serves Charlois, not one of partner X's areas. */
export const PARTNER_Y = demoId('partner:havensteder');
/** Member 1 of a demo team is its coordinator. */
export const COORDINATOR = demoId('volunteer:feijenoord-01');
export const VOLUNTEER = demoId('volunteer:feijenoord-02');
export const MATE = demoId('volunteer:feijenoord-03');
export const OTHER = demoId('volunteer:charlois-03');

export const CASES = [
  'anonymous',
  'volunteerSelf',
  'volunteerOnMate',
  'volunteerOnOtherTeam',
  'coordinatorOnOwnTeam',
  'coordinatorOnOtherTeam',
  'coordinatorSelf',
  'partnerOnOwnArea',
  'partnerOnOtherArea',
  'admin',
] as const;
export type CaseName = (typeof CASES)[number];

/** What a caller acts on: a team with its neighbourhood, a partner organisation, and a person. */
export interface Target {
  team: string;
  neighbourhood: string;
  partner: string;
  person: string;
}

export interface Cell {
  name: CaseName;
  /** null: no token. */
  identity: Identity | null;
  target: Target;
  /** The person acted on is the caller. */
  self: boolean;
}

const volunteer = testIdentities.volunteer(VOLUNTEER, TEAM_A);
const coordinator = testIdentities.coordinator(TEAM_A, COORDINATOR);
const partner = testIdentities.partner(PARTNER_X);
const inA = (person: string): Target => ({ team: TEAM_A, neighbourhood: NEIGHBOURHOOD_A, partner: PARTNER_X, person });
const inB = (person: string): Target => ({ team: TEAM_B, neighbourhood: NEIGHBOURHOOD_B, partner: PARTNER_Y, person });

export const CELLS: Record<CaseName, Cell> = {
  anonymous: { name: 'anonymous', identity: null, target: inA(MATE), self: false },
  volunteerSelf: { name: 'volunteerSelf', identity: volunteer, target: inA(VOLUNTEER), self: true },
  volunteerOnMate: { name: 'volunteerOnMate', identity: volunteer, target: inA(MATE), self: false },
  volunteerOnOtherTeam: { name: 'volunteerOnOtherTeam', identity: volunteer, target: inB(OTHER), self: false },
  coordinatorOnOwnTeam: { name: 'coordinatorOnOwnTeam', identity: coordinator, target: inA(MATE), self: false },
  coordinatorOnOtherTeam: { name: 'coordinatorOnOtherTeam', identity: coordinator, target: inB(OTHER), self: false },
  coordinatorSelf: { name: 'coordinatorSelf', identity: coordinator, target: inA(COORDINATOR), self: true },
  partnerOnOwnArea: { name: 'partnerOnOwnArea', identity: partner, target: inA(MATE), self: false },
  partnerOnOtherArea: { name: 'partnerOnOtherArea', identity: partner, target: inB(OTHER), self: false },
  admin: { name: 'admin', identity: testIdentities.admin(), target: inA(MATE), self: false },
};

/**
 * What a caller gets: an answer, nothing (a lookup that gives nothing away answers null), or the refusal's code.
 * Any other code (BAD_USER_INPUT, CONFLICT) is a fixture that did not set the scene, and fails the row with its message.
 */
export type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | null;
export type Expectation = Record<CaseName, Outcome>;

/** `anonymous` is UNAUTHENTICATED and every other case `otherwise`, unless named. */
export function outcomes(named: Partial<Expectation>, otherwise: Outcome = 'FORBIDDEN'): Expectation {
  const all = Object.fromEntries(CASES.map((name) => [name, name === 'anonymous' ? 'UNAUTHENTICATED' : otherwise])) as Expectation;
  return { ...all, ...named };
}

export const ADMINS_ONLY = outcomes({ admin: 'allowed' });
export const SIGNED_IN = outcomes({}, 'allowed');
