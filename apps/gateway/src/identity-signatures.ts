import { type Identity, identityToClaims, signGatewayIdentity } from '@buurtvolk/identity';

/** Half the signed header's 60 s lifetime: a reused header still has at least 30 s to reach the subgraph. */
const REUSE_FOR_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Signs the identity header once per caller and subgraph and reuses it for half its lifetime, instead of an Ed25519
 * signature per subgraph fetch; a busy caller's requests then also carry identical headers, which lets identical
 * in-flight fetches merge (in-flight-fetches.ts).
 */
export class IdentitySignatures {
  private readonly signed = new Map<string, { token: Promise<string>; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  forSubgraph(identity: Identity | null, service: string): Promise<string> {
    const key = `${service}\n${identity ? JSON.stringify(identityToClaims(identity)) : 'anonymous'}`;
    const cached = this.signed.get(key);
    if (cached && cached.until > this.now()) return cached.token;
    const token = signGatewayIdentity(identity, service);
    // A failed signature is not kept: the next request tries again.
    token.catch(() => this.signed.delete(key));
    this.signed.delete(key);
    if (this.signed.size >= MAX_ENTRIES) this.signed.delete(this.signed.keys().next().value!);
    this.signed.set(key, { token, until: this.now() + REUSE_FOR_MS });
    return token;
  }
}
