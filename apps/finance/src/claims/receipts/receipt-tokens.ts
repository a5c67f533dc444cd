import { usesDevelopmentKeys } from '@buurtvolk/identity';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';

/**
 * The tokens in receipt links. A link is opened by a browser without the caller's bearer token (an <a href>, a PUT
 * from the portal through the gateway), so the link itself carries what the finance service decided when it issued it:
 * which item, which file, who asked, until when. Signed by finance alone (HS256, RECEIPT_URL_SECRET): only finance
 * issues and checks them, so no other party needs a key. An upload link cannot be used to view, nor the other way round.
 */
const ISSUER = 'buurtvolk-finance';
const DEV_SECRET = 'buurtvolk-dev-receipt-url-key-only-for-local-development';

export type ReceiptTokenPurpose = 'upload' | 'view';

export interface UploadGrant {
  itemId: string;
  claimId: string;
  /** The token subject of whoever asked for the link: recorded as the uploader. */
  requestedBy: string;
  /** Their role then, for the audit log. */
  role: string;
  /** The claim statuses in which the upload may still arrive (the claimant's: draft or sent back). */
  whileStatus: string[];
}

export interface ViewGrant {
  itemId: string;
  objectKey: string;
}

export class ReceiptTokenError extends Error {
  constructor(
    message: string,
    readonly expired = false,
  ) {
    super(message);
  }
}

export function receiptUrlKey(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const secret = env.RECEIPT_URL_SECRET ?? (usesDevelopmentKeys(env) ? DEV_SECRET : undefined);
  if (!secret) throw new Error('RECEIPT_URL_SECRET (at least 32 characters) must be set unless NODE_ENV is development or test');
  if (secret.length < 32) throw new Error('RECEIPT_URL_SECRET must have at least 32 characters');
  return new TextEncoder().encode(secret);
}

const audience = (purpose: ReceiptTokenPurpose) => `buurtvolk-receipts:${purpose}`;

export async function signUploadToken(grant: UploadGrant, expiresAt: Date): Promise<string> {
  return sign(
    { item: grant.itemId, claim: grant.claimId, by: grant.requestedBy, role: grant.role, while: grant.whileStatus },
    'upload',
    expiresAt,
  );
}

export async function signViewToken(grant: ViewGrant, expiresAt: Date): Promise<string> {
  return sign({ item: grant.itemId, key: grant.objectKey }, 'view', expiresAt);
}

export async function verifyUploadToken(token: string): Promise<UploadGrant> {
  const payload = await verify(token, 'upload');
  const { item, claim, by, role, while: whileStatus } = payload;
  if (typeof item !== 'string' || typeof claim !== 'string' || typeof by !== 'string' || typeof role !== 'string')
    throw new ReceiptTokenError('This link is not valid');
  if (!Array.isArray(whileStatus) || !whileStatus.every((status) => typeof status === 'string'))
    throw new ReceiptTokenError('This link is not valid');
  return { itemId: item, claimId: claim, requestedBy: by, role, whileStatus };
}

export async function verifyViewToken(token: string): Promise<ViewGrant> {
  const { item, key } = await verify(token, 'view');
  if (typeof item !== 'string' || typeof key !== 'string') throw new ReceiptTokenError('This link is not valid');
  return { itemId: item, objectKey: key };
}

async function sign(claims: Record<string, string | string[]>, purpose: ReceiptTokenPurpose, expiresAt: Date): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audience(purpose))
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(receiptUrlKey());
}

async function verify(token: string, purpose: ReceiptTokenPurpose): Promise<Record<string, unknown>> {
  try {
    const { payload } = await jwtVerify(token, receiptUrlKey(), {
      issuer: ISSUER,
      audience: audience(purpose),
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    return payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new ReceiptTokenError('This link has expired; ask for a new one', true);
    throw new ReceiptTokenError('This link is not valid');
  }
}
