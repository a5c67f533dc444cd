import { AuditTrail, type Logger } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { type ObjectStore, receiptStore } from './receipt-store';
import { RETENTION_ENDED_SQL } from './receipt.rules';

/** How many receipts one run deletes per round; the run goes on until none is left. */
const BATCH = 200;

/**
 * Deletes the receipt files of claims whose seven years of retention have ended (receipt.rules.ts), and only those:
 * a claim that is still open, or closed less than seven years ago, keeps its receipts, also when its claimant was
 * erased (the erasure wipes the person's name and account, not the fiscal evidence). Row and file go in one
 * transaction: a file that cannot be deleted keeps its row for the next run, and a run cut off after the file went
 * leaves a row whose file is gone, which the next run deletes harmlessly. Returns how many were deleted.
 */
export async function deleteExpiredReceipts(dataSource: DataSource, store: ObjectStore = receiptStore()): Promise<number> {
  const audit = AuditTrail.forEvent('finance', 'receipt-retention');
  let deleted = 0;
  for (;;) {
    const expired: { itemId: string; claimId: string; objectKey: string }[] = await dataSource.query(
      `SELECT r.item_id AS "itemId", r.claim_id AS "claimId", r.object_key AS "objectKey"
         FROM expense_claim_receipts r JOIN expense_claims c ON c.id = r.claim_id
        WHERE c.closed_at IS NOT NULL AND ${RETENTION_ENDED_SQL}
        ORDER BY c.closed_at, r.item_id LIMIT ${BATCH}`,
    );
    for (const receipt of expired) {
      await dataSource.transaction(async (manager) => {
        // Checked again under the claim's lock: a payment the bank returned meanwhile reopens the claim.
        const [stillExpired] = await manager.query(
          `SELECT c.id FROM expense_claims c WHERE c.id = $1 AND c.closed_at IS NOT NULL AND ${RETENTION_ENDED_SQL} FOR UPDATE`,
          [receipt.claimId],
        );
        if (!stillExpired) return;
        const [{ count }] = await manager.query(
          `WITH gone AS (DELETE FROM expense_claim_receipts WHERE item_id = $1 RETURNING item_id) SELECT count(*)::int AS count FROM gone`,
          [receipt.itemId],
        );
        if (!count) return;
        await audit.record(manager, {
          action: 'receipt.deleted.retention',
          entityType: 'ExpenseClaimItem',
          entityId: receipt.itemId,
          relatedIds: [receipt.claimId],
        });
        // Inside the transaction: a file that cannot be deleted keeps its row, for the next run.
        await store.delete(receipt.objectKey);
        deleted += count;
      });
    }
    if (expired.length < BATCH) return deleted;
  }
}

/** Every night at 03:17 Amsterdam time, as a pg-boss schedule (one run however many finance instances there are). */
export const receiptRetentionJob = {
  cron: '17 3 * * *',
  run: async (dataSource: DataSource, logger: Logger) => {
    const deleted = await deleteExpiredReceipts(dataSource);
    if (deleted) logger.info({ deleted }, 'receipts past their retention deleted');
  },
};
