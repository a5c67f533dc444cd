import { notFound } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { FinanceLoaders } from '../../loaders';
import type { FinancePolicy } from '../../policy';
import type { ExpenseClaimItem } from '../expense-claim.entity';
import type { ExpenseClaimReceipt, ReceiptUploadUrl } from './receipt.entity';
import { ACCEPTED_RECEIPT_TYPES, MAX_RECEIPT_BYTES, UPLOAD_URL_MINUTES, VIEW_URL_MINUTES } from './receipt.rules';
import { signUploadToken, signViewToken } from './receipt-tokens';

/** Where the gateway serves receipt links (apps/gateway/src/receipts/receipt-proxy.ts); the token follows. */
export const RECEIPT_PATH = '/uploads/receipts/';

/** RECEIPT_URL_BASE makes links absolute (e.g. https://portal.buurtvolk.nl) for API clients on another origin. */
function receiptUrl(token: string): string {
  return `${(process.env.RECEIPT_URL_BASE ?? '').replace(/\/$/, '')}${RECEIPT_PATH}${token}`;
}

/** Receipt links for one request's caller; the HTTP side that takes and serves the files is receipt-routes.ts. */
export class ReceiptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly loaders: FinanceLoaders,
  ) {}

  /** A link to PUT one item's receipt file to, for the claimant while the claim is theirs to change, or an admin. */
  async uploadUrl(itemId: string): Promise<ReceiptUploadUrl> {
    const item = await this.loaders.claimItem.load(itemId);
    const claim = item && (await this.loaders.claim.load(item.claimId));
    // The same answer for an item that does not exist and one of somebody else's claims: ids reveal nothing.
    if (!item || !claim || !(await this.policy.canSeeReceipt(claim))) throw notFound('claim item', itemId);
    const whileStatus = this.policy.assertCanUploadReceipt(claim);
    const identity = this.policy.identity!;
    const expiresAt = new Date(Date.now() + UPLOAD_URL_MINUTES * 60_000);
    const token = await signUploadToken(
      { itemId: item.id, claimId: claim.id, requestedBy: identity.subject, role: identity.role, whileStatus },
      expiresAt,
    );
    return { url: receiptUrl(token), method: 'PUT', expiresAt, maxBytes: MAX_RECEIPT_BYTES, accepts: ACCEPTED_RECEIPT_TYPES.join(', ') };
  }

  /** The item's receipt for those who may see it (claimant, admins, the coordinators deciding on it); null otherwise. */
  async receiptOf(item: ExpenseClaimItem): Promise<ExpenseClaimReceipt | null> {
    const receipt = await this.loaders.receiptOfItem.load(item.id);
    if (!receipt) return null;
    const claim = await this.loaders.claim.load(item.claimId);
    return claim && (await this.policy.canSeeReceipt(claim)) ? receipt : null;
  }

  /** A short-lived link that shows this very file (a replaced file's old links stop working). */
  async viewUrl(receipt: ExpenseClaimReceipt): Promise<string | null> {
    const claim = await this.loaders.claim.load(receipt.claimId);
    if (!claim || !(await this.policy.canSeeReceipt(claim))) return null;
    const expiresAt = new Date(Date.now() + VIEW_URL_MINUTES * 60_000);
    return receiptUrl(await signViewToken({ itemId: receipt.itemId, objectKey: receipt.objectKey }, expiresAt));
  }
}
