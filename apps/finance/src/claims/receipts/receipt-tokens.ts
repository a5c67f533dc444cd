import { LinkTokenError, linkTokens } from '@buurtvolk/subgraph-kit';

/**
 * The tokens in receipt links. A link is opened by a browser without the caller's bearer token (an <a href>, a PUT
 * from the portal through the gateway), so the link itself carries what the finance service decided when it issued it:
 * which item, which file, who asked, until when. Signed by finance alone (HS256, RECEIPT_URL_SECRET): only finance
 * issues and checks them, so no other party needs a key. An upload link cannot be used to view, nor the other way round.
 * The signing itself is the kit's (libs/subgraph-kit files/link-tokens), shared with activities' photo links.
 */
const tokens = linkTokens({
  issuer: 'buurtvolk-finance',
  kind: 'buurtvolk-receipts',
  secretVariable: 'RECEIPT_URL_SECRET',
  developmentSecret: 'buurtvolk-dev-receipt-url-key-only-for-local-development',
});

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

/** A link that is not valid or has expired (the kit's error, under finance's name). */
export const ReceiptTokenError = LinkTokenError;
export type ReceiptTokenError = LinkTokenError;

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

const sign = (claims: Record<string, string | string[]>, purpose: ReceiptTokenPurpose, expiresAt: Date) =>
  tokens.sign(claims, purpose, expiresAt);
const verify = (token: string, purpose: ReceiptTokenPurpose) => tokens.verify(token, purpose);
