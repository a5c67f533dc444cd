import type { Identity } from '@buurtvolk/identity';
import { isIP } from 'node:net';

/** Whose bucket a request draws from. */
export interface RateLimitCaller {
  key: string;
  anonymous: boolean;
}

/** A signed-in caller by their token's subject; anyone else by the address the request came from. */
export function rateLimitCaller(identity: Identity | null, address: string | undefined): RateLimitCaller {
  if (identity) return { key: `subject:${identity.subject}`, anonymous: false };
  return { key: `address:${addressKey(address)}`, anonymous: true };
}

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * An IPv4 address as it is; an IPv6 address by its /64, the smallest block a provider hands one customer, so a
 * single host cannot get a fresh bucket for each of its 2^64 addresses.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const plain = address.replace(/%.*$/, '');
  const mapped = IPV4_MAPPED.exec(plain);
  if (mapped) return mapped[1];
  if (isIP(plain) === 4) return plain;
  if (isIP(plain) !== 6) return 'unknown';
  return `${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, written short (`2001:db8:0:0:…`). */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.split('::');
  const groupsOf = (part: string | undefined) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ipv4AsGroups(group) : [group])) : [];
  const left = groupsOf(head);
  const right = groupsOf(tail);
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}

function ipv4AsGroups(ipv4: string): string[] {
  const [a, b, c, d] = ipv4.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
