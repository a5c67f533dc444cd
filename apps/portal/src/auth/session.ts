/** The signed-in person, as their access token says; kept for this browser tab only. */
export type Role = 'ADMIN' | 'COORDINATOR' | 'VOLUNTEER' | 'PARTNER';

export interface Session {
  accessToken: string;
  role: Role;
  teamIds: string[];
  volunteerId?: string;
  partnerId?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const STORAGE_KEY = 'buurtvolk.session';

/** Reads the claims the gateway also reads; the gateway verifies the token, the portal only decides what to show. */
export function sessionFromToken(accessToken: string): Session | undefined {
  try {
    const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)))) as Record<string, unknown>;
    const role = claims.role;
    if (role !== 'ADMIN' && role !== 'COORDINATOR' && role !== 'VOLUNTEER' && role !== 'PARTNER') return undefined;
    return {
      accessToken,
      role,
      teamIds: Array.isArray(claims.teams) ? claims.teams.filter((team): team is string => typeof team === 'string') : [],
      volunteerId: typeof claims.volunteer === 'string' ? claims.volunteer : undefined,
      partnerId: typeof claims.partner === 'string' ? claims.partner : undefined,
      expiresAt: typeof claims.exp === 'number' ? claims.exp : 0,
    };
  } catch {
    return undefined;
  }
}

export function storedSession(now = Date.now()): Session | undefined {
  const token = sessionStorage.getItem(STORAGE_KEY);
  const session = token ? sessionFromToken(token) : undefined;
  return session && session.expiresAt * 1000 > now ? session : undefined;
}

export function storeSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, session.accessToken);
  else sessionStorage.removeItem(STORAGE_KEY);
}
