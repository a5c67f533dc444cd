import { type Identity, Role } from '@buurtvolk/identity';
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from './errors';
import type { SubgraphContext } from './subgraph';

/**
 * type-graphql's check for `@Authorized(...)`: no roles means any signed-in caller. Every subgraph uses it, so
 * a field marked `@Authorized()` is closed to anonymous callers everywhere in the same way.
 */
export const authChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  const identity = requireIdentity(context.identity);
  if (roles.length && !roles.includes(identity.role)) throw forbidden(`Only ${roles.join(' or ')} may do this`);
  return true;
};

export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) throw signInFirst();
  return identity;
}

/**
 * A field refused to a caller without a token. `unauthenticated()` also sets HTTP 401, right for a refused request
 * (a bad token, a missing gateway signature), but a subgraph answering 401 makes the gateway drop its whole answer:
 * one field for signed-in callers would empty every public field beside it.
 */
function signInFirst(): GraphQLError {
  const { message, extensions } = unauthenticated();
  return new GraphQLError(message, { extensions: { code: extensions.code } });
}

/** The questions every subgraph's policy asks about a caller. */
export const access = {
  isAdmin: (identity: Identity | null): boolean => identity?.role === Role.ADMIN,
  /** A coordinator of this team (their token lists the teams they coordinate). */
  coordinates: (identity: Identity | null, teamId: string): boolean =>
    identity?.role === Role.COORDINATOR && identity.teamIds.includes(teamId),
  /** A coordinator or volunteer of this team. */
  belongsTo: (identity: Identity | null, teamId: string): boolean =>
    (identity?.role === Role.COORDINATOR || identity?.role === Role.VOLUNTEER) && identity.teamIds.includes(teamId),
  isPartner: (identity: Identity | null): boolean => identity?.role === Role.PARTNER,
};

/** Throws FORBIDDEN unless `allowed`; the message says what the caller may not do. */
export function assertAllowed(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

/**
 * Nobody approves, pays or certifies themselves: hours, allowances, attendance and certificates that benefit a person
 * need a second person (another coordinator of the team, or an admin).
 */
export function assertSecondPerson(identity: Identity | null, beneficiaryVolunteerId: string, what: string): void {
  if (identity?.volunteerId && identity.volunteerId.toLowerCase() === beneficiaryVolunteerId.toLowerCase()) {
    throw forbidden(`Nobody ${what} themselves: another coordinator of the team or an admin does this`);
  }
}

/** Aggregates shown to partners hide cells of fewer than this many people. */
export const MIN_CELL_SIZE = 10;

export function suppressSmallCell(count: number, identity: Identity | null): number | null {
  return access.isPartner(identity) && count < MIN_CELL_SIZE ? null : count;
}

/**
 * The platform's one rule for a count of people summed over teams, where small cells are hidden: hidden when it is
 * under 10, and also when the teams hidden on their own add up to fewer than 10 — the total minus the teams shown
 * would otherwise give them away (a neighbourhood of 22 beside its team of 15 reveals the other team's 7). Averages
 * over people follow their count: shown only when it is.
 */
export function protectedCount(perTeam: readonly number[], minimum = MIN_CELL_SIZE): number | null {
  const total = perTeam.reduce((sum, count) => sum + count, 0);
  if (total < minimum) return null;
  const hidden = perTeam.filter((count) => count < minimum).reduce((sum, count) => sum + count, 0);
  return hidden > 0 && hidden < minimum ? null : total;
}
