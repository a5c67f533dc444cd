import { type AuditTrail, badUserInput, conflict, notFound } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { wipeSettledErasedPayees } from '../erasure';
import { book } from '../funding/funding.service';
import { once } from '../ledger/idempotency';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { PAYABLE_BALANCES_SQL } from '../ledger/payable-balances';
import type { FinancePolicy } from '../policy';
import { normaliseIban } from './sepa/iban';
import { buildPain001 } from './sepa/pain001';
import { carriesInSepa } from './sepa/sepa-text';
import { parsePain002 } from './sepa/pain002';

/** Money on its way to the bank: booked when a payment is scheduled, settled or returned by the bank's report. */
const IN_TRANSIT = 'in-transit';
const BANK = 'bank';

/** The foundation's own account, from configuration; the development default is a well-known test IBAN. */
export function foundationAccount(env: NodeJS.ProcessEnv = process.env): { name: string; iban: string; bic?: string } {
  return { name: env.FOUNDATION_ACCOUNT_NAME ?? 'Stichting Buurtvolk', iban: env.FOUNDATION_IBAN ?? 'NL91ABNA0417164300', bic: env.FOUNDATION_BIC };
}

function checkedIban(iban: string): string {
  const normalised = normaliseIban(iban);
  if (!normalised) throw badUserInput('The IBAN is not valid', [{ field: 'iban', message: 'is not a valid IBAN (check digits or length)' }]);
  return normalised;
}

/** Accents and other scripts' letters are transliterated in the file; a name with nothing left is refused at the door. */
function checkHolderName(name: string): void {
  if (!carriesInSepa(name)) throw badUserInput('The account holder’s name needs Latin letters or digits, as the bank knows it', [{ field: 'holderName', message: 'has no letters a SEPA payment can carry' }]);
}

/** A SEPA identifier (max 35 characters) from a UUID, traceable back to the row it names. */
const sepaId = (prefix: string, id: string) => `${prefix}${id.replace(/-/g, '')}`;

export class PayoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** The person or an admin gives the account allowances and claims are paid to. */
  async setAccount(volunteerId: string, holderName: string, iban: string): Promise<string> {
    this.policy.assertCanSetAccountOf(volunteerId);
    const normalised = checkedIban(iban);
    checkHolderName(holderName);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO payees (volunteer_id, holder_name, iban) VALUES ($1, $2, $3) ON CONFLICT (volunteer_id) DO UPDATE SET holder_name = EXCLUDED.holder_name, iban = EXCLUDED.iban`,
        [volunteerId, holderName.trim(), normalised],
      );
      await this.audit.record(manager, { action: 'payee.account-set', entityType: 'Payee', entityId: volunteerId });
    });
    return normalised;
  }

  /**
   * Bundles everything approved and not yet paid (each payee's payable balance) into a batch, one payment per payee
   * with an account. Money moves from the payee's payable account to in-transit; claims become SCHEDULED.
   */
  async createBatch(requestedExecutionDate: string, idempotencyKey: string): Promise<string> {
    this.policy.assertMakesPayouts();
    const { batchId } = await once(this.dataSource, { caller: this.policy.identity, operation: 'createPayoutBatch', key: idempotencyKey }, async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 5))', ['payout-batch']);
      // One statement, one snapshot: each balance with the entries that make it up, so the claims marked as paid below
      // are exactly those whose money is in the payment, also when another claim is approved meanwhile.
      const payable: { volunteerId: string; cents: string; holderName: string; iban: string; entryIds: string[] }[] = await manager.query(
        `SELECT b.volunteer_id AS "volunteerId", b.balance AS cents, p.holder_name AS "holderName", p.iban, b.entry_ids AS "entryIds"
           FROM (${PAYABLE_BALANCES_SQL}) b JOIN payees p ON p.volunteer_id = b.volunteer_id
          WHERE b.balance > 0 AND p.iban IS NOT NULL AND p.erased_at IS NULL
          ORDER BY b.volunteer_id`,
      );
      if (!payable.length) throw badUserInput('Nothing to pay: no approved allowances or claims for payees with an account', [{ field: 'requestedExecutionDate', message: 'would make an empty batch' }]);
      const batchId = randomUUID();
      await manager.query(`INSERT INTO payout_batches (id, message_id, requested_execution_date, status) VALUES ($1, $2, $3, 'CREATED')`, [batchId, sepaId('BV', batchId), requestedExecutionDate]);
      for (const payee of payable) {
        const paymentId = randomUUID();
        const entry = await book(manager, { kind: LedgerEntryKind.PAYOUT, fromAccount: `payable:${payee.volunteerId}`, toAccount: IN_TRANSIT, amountCents: Number(payee.cents), volunteerId: payee.volunteerId, description: `Payout ${sepaId('P', paymentId)}` });
        await manager.query(
          `INSERT INTO payout_payments (id, batch_id, volunteer_id, end_to_end_id, amount_cents, creditor_name, creditor_iban, status, ledger_entry_id) VALUES ($1, $2, $3, $4, $5, $6, $7, 'SCHEDULED', $8)`,
          [paymentId, batchId, payee.volunteerId, sepaId('P', paymentId), payee.cents, payee.holderName, payee.iban, entry.id],
        );
        await manager.query(
          `UPDATE expense_claims SET status = 'SCHEDULED', payment_id = $2, version = version + 1 WHERE volunteer_id = $1 AND status = 'APPROVED' AND ledger_entry_id = ANY($3::uuid[])`,
          [payee.volunteerId, paymentId, payee.entryIds],
        );
      }
      await this.audit.record(manager, { action: 'payout-batch.created', entityType: 'PayoutBatch', entityId: batchId });
      return { batchId };
    });
    return batchId;
  }

  /** The pain.001.001.09 file for the bank. */
  async file(batchId: string): Promise<string> {
    this.policy.assertMakesPayouts();
    const [batch] = await this.dataSource.query('SELECT id, message_id, requested_execution_date::text AS date, created_at FROM payout_batches WHERE id = $1', [batchId]);
    if (!batch) throw notFound('payout batch', batchId);
    const payments = await this.dataSource.query(`SELECT id, end_to_end_id, amount_cents, creditor_name, creditor_iban FROM payout_payments WHERE batch_id = $1 ORDER BY end_to_end_id`, [batchId]);
    // One name a SEPA file cannot carry would fail the whole file: name the payment so an admin can correct it.
    const unpayable = payments.find((payment: { creditor_name: string }) => !carriesInSepa(payment.creditor_name));
    if (unpayable) throw conflict(`Payment ${unpayable.id} goes to a name without letters or digits a SEPA file can carry; correct it with correctScheduledPayment`);
    return buildPain001({
      id: batch.message_id,
      createdAt: batch.created_at,
      requestedExecutionDate: batch.date,
      debtor: foundationAccount(),
      payments: payments.map((payment: { end_to_end_id: string; amount_cents: string; creditor_name: string; creditor_iban: string }) => ({
        endToEndId: payment.end_to_end_id,
        amountCents: Number(payment.amount_cents),
        creditorName: payment.creditor_name,
        creditorIban: payment.creditor_iban,
        remittance: 'Vrijwilligersvergoeding en onkosten Buurtvolk',
      })),
    });
  }

  /** An admin corrects the name or account of a payment that the bank has not settled yet (audited). */
  async correctScheduledPayment(paymentId: string, correction: { holderName?: string | null; iban?: string | null }): Promise<void> {
    this.policy.assertMakesPayouts();
    const iban = correction.iban ? checkedIban(correction.iban) : null;
    if (correction.holderName) checkHolderName(correction.holderName);
    await this.dataSource.transaction(async (manager) => {
      const [payment] = await manager.query('SELECT status, volunteer_id FROM payout_payments WHERE id = $1 FOR UPDATE', [paymentId]);
      if (!payment) throw notFound('payment', paymentId);
      if (payment.status !== 'SCHEDULED') throw conflict(`A ${payment.status} payment cannot be corrected`);
      await manager.query('UPDATE payout_payments SET creditor_name = coalesce($2, creditor_name), creditor_iban = coalesce($3, creditor_iban) WHERE id = $1', [paymentId, correction.holderName?.trim() || null, iban]);
      await this.audit.record(manager, { action: 'payment.corrected', entityType: 'PayoutPayment', entityId: paymentId, relatedIds: [payment.volunteer_id] });
    });
  }

  /** The bank's pain.002 report: accepted payments are paid; rejected ones return to payable and their claims to APPROVED. */
  async importStatusReport(xml: string, idempotencyKey: string): Promise<{ paid: number; failed: number }> {
    this.policy.assertMakesPayouts();
    let report;
    try {
      report = parsePain002(xml);
    } catch (error) {
      throw badUserInput(`The status report cannot be read: ${(error as Error).message}`, [{ field: 'xml', message: 'is not a readable pain.002 report' }]);
    }
    return once(this.dataSource, { caller: this.policy.identity, operation: 'importPaymentStatusReport', key: idempotencyKey }, async (manager) => {
      const [batch] = await manager.query('SELECT id FROM payout_batches WHERE message_id = $1', [report.originalMessageId]);
      if (!batch) throw notFound('payout batch with message id', report.originalMessageId);
      let paid = 0;
      let failed = 0;
      for (const reported of report.payments) {
        const [payment] = await manager.query(`SELECT * FROM payout_payments WHERE end_to_end_id = $1 AND batch_id = $2 FOR UPDATE`, [reported.endToEndId, batch.id]);
        if (!payment || payment.status !== 'SCHEDULED' || reported.status === 'PENDING') continue;
        if (reported.status === 'ACCEPTED') {
          await settle(manager, payment, IN_TRANSIT, BANK, 'PAID', null);
          await manager.query(`UPDATE expense_claims SET status = 'PAID', version = version + 1 WHERE payment_id = $1`, [payment.id]);
          paid += 1;
        } else {
          const reason = [reported.reason, reported.reasonText].filter(Boolean).join(': ') || 'Rejected by the bank';
          await settle(manager, payment, IN_TRANSIT, `payable:${payment.volunteer_id}`, 'FAILED', reason);
          await manager.query(`UPDATE expense_claims SET status = 'APPROVED', reason = $2, payment_id = NULL, version = version + 1 WHERE payment_id = $1`, [payment.id, `Payment failed: ${reason}`]);
          failed += 1;
        }
      }
      await wipeSettledErasedPayees(manager);
      await manager.query(`UPDATE payout_batches SET status = 'PROCESSED' WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM payout_payments WHERE batch_id = $1 AND status = 'SCHEDULED')`, [batch.id]);
      await this.audit.record(manager, { action: 'payout-batch.status-imported', entityType: 'PayoutBatch', entityId: batch.id });
      return { paid, failed };
    });
  }
}

async function settle(manager: EntityManager, payment: { id: string; amount_cents: string; volunteer_id: string }, from: string, to: string, status: 'PAID' | 'FAILED', reason: string | null): Promise<void> {
  await book(manager, { kind: status === 'PAID' ? LedgerEntryKind.PAYOUT : LedgerEntryKind.REVERSAL, fromAccount: from, toAccount: to, amountCents: Number(payment.amount_cents), volunteerId: payment.volunteer_id, description: `${status === 'PAID' ? 'Paid' : 'Returned'} ${payment.id}` });
  await manager.query('UPDATE payout_payments SET status = $2, failure_reason = $3 WHERE id = $1', [payment.id, status, reason]);
}
