export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  VOLUNTEER = 'VOLUNTEER',
  PARTNER = 'PARTNER',
}

/** Who is calling, as verified by the gateway. `null` stands for an anonymous caller. */
export interface Identity {
  subject: string;
  role: Role;
  /** Teams the caller belongs to or coordinates. */
  teamIds: string[];
  volunteerId?: string;
  partnerId?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
}

/** Reads an identity out of verified JWT claims; returns undefined when the claims do not describe one. */
export function identityFromClaims(claims: Record<string, unknown>): Identity | undefined {
  const { sub, role, teams, volunteer, partner } = claims;
  if (typeof sub !== 'string' || !isRole(role)) return undefined;
  const teamIds = Array.isArray(teams) ? teams.filter((team): team is string => typeof team === 'string') : [];
  return {
    subject: sub,
    role,
    teamIds,
    volunteerId: typeof volunteer === 'string' ? volunteer : undefined,
    partnerId: typeof partner === 'string' ? partner : undefined,
  };
}

export function identityToClaims(identity: Identity): Record<string, unknown> {
  return {
    sub: identity.subject,
    role: identity.role,
    teams: identity.teamIds,
    ...(identity.volunteerId ? { volunteer: identity.volunteerId } : {}),
    ...(identity.partnerId ? { partner: identity.partnerId } : {}),
  };
}
