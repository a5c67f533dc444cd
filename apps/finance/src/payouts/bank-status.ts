import { recordEvent } from '@buurtvolk/events';
import type { EntityManager } from 'typeorm';
import { FINANCE_SOURCE } from '../funding/funding-events';
import { book } from '../ledger/bookings';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';

/** Money on its way to the bank: booked when a payment is scheduled, settled or turned back by the bank. */
export const IN_TRANSIT = 'in-transit';
/** Money that left the foundation's account. */
export const BANK = 'bank';

export type PaymentState = 'SCHEDULED' | 'ACCEPTED' | 'PAID' | 'FAILED' | 'RETURNED';

export interface PaymentRow {
  id: string;
  batch_id: string;
  volunteer_id: string;
  amount_cents: string;
  end_to_end_id: string;
  status: PaymentState;
  booked_on: string | null;
}

/** What one piece of news from the bank did to a payment. */
export type Outcome = 'ACCEPTED' | 'PAID' | 'FAILED' | 'RETURNED' | 'BOOKED' | 'UNCHANGED';

/** Money still with the bank: neither paid nor given back. Only these move on the bank's word. */
const OPEN: readonly PaymentState[] = ['SCHEDULED', 'ACCEPTED'];

/**
 * The bank's word on a payment, in whatever order it arrives. Each step only moves forward, so a report read twice,
 * or a late interim status (ACSP after ACSC), changes nothing:
 *   SCHEDULED → ACCEPTED (ACCP, ACSP, ACTC, ACWC: the bank took it, the money is still in transit)
 *   SCHEDULED | ACCEPTED → PAID (ACSC, ACCC, or a booked debit on the statement): in transit → bank
 *   SCHEDULED | ACCEPTED → FAILED (RJCT): in transit → payable again, its claims approved again
 *   PAID → RETURNED (a returned credit transfer on the statement): bank → payable again, its claims approved again
 */
export async function applyBankWord(
  manager: EntityManager,
  payment: PaymentRow,
  word: { kind: 'ACCEPTED' | 'SETTLED' | 'REJECTED' | 'RETURNED' | 'BOOKED'; statusCode?: string; reason?: string; bookedOn?: string },
): Promise<Outcome> {
  const open = OPEN.includes(payment.status);
  switch (word.kind) {
    case 'ACCEPTED':
      if (!open) return 'UNCHANGED';
      if (payment.status === 'ACCEPTED') {
        // A later interim status (ACTC, then ACSP) says more of the same: kept, and nothing moves.
        if (word.statusCode)
          await manager.query('UPDATE payout_payments SET status_code = $2 WHERE id = $1', [payment.id, word.statusCode]);
        return 'UNCHANGED';
      }
      await setStatus(manager, payment, 'ACCEPTED', word.statusCode ?? null, null);
      return 'ACCEPTED';
    case 'SETTLED':
    case 'BOOKED': {
      if (word.kind === 'BOOKED' && word.bookedOn && payment.status !== 'FAILED' && payment.status !== 'RETURNED' && !payment.booked_on) {
        await manager.query('UPDATE payout_payments SET booked_on = $2 WHERE id = $1', [payment.id, word.bookedOn]);
        payment.booked_on = word.bookedOn;
        if (payment.status === 'PAID') return 'BOOKED';
      }
      if (!open) return 'UNCHANGED';
      await pay(manager, payment);
      await setStatus(manager, payment, 'PAID', word.statusCode ?? null, null);
      await manager.query(`UPDATE expense_claims SET status = 'PAID', version = version + 1 WHERE payment_id = $1`, [payment.id]);
      return 'PAID';
    }
    case 'REJECTED': {
      if (!open) return 'UNCHANGED';
      const reason = word.reason || 'Rejected by the bank';
      await book(manager, {
        kind: LedgerEntryKind.REVERSAL,
        fromAccount: IN_TRANSIT,
        toAccount: `payable:${payment.volunteer_id}`,
        amountCents: Number(payment.amount_cents),
        volunteerId: payment.volunteer_id,
        description: `Returned ${payment.id}`,
      });
      await setStatus(manager, payment, 'FAILED', word.statusCode ?? null, reason);
      await payableAgain(manager, payment, `Payment failed: ${reason}`);
      return 'FAILED';
    }
    case 'RETURNED': {
      if (payment.status === 'FAILED' || payment.status === 'RETURNED') return 'UNCHANGED';
      const reason = word.reason || 'Returned by the beneficiary’s bank';
      // A return the statement shows before any word that it was paid: it was paid, then sent back.
      if (open) await pay(manager, payment);
      await book(manager, {
        kind: LedgerEntryKind.REVERSAL,
        fromAccount: BANK,
        toAccount: `payable:${payment.volunteer_id}`,
        amountCents: Number(payment.amount_cents),
        volunteerId: payment.volunteer_id,
        description: `Returned by the bank ${payment.id}`,
      });
      await setStatus(manager, payment, 'RETURNED', word.statusCode ?? null, reason);
      await payableAgain(manager, payment, `Payment returned: ${reason}`);
      return 'RETURNED';
    }
  }
}

async function pay(manager: EntityManager, payment: PaymentRow): Promise<void> {
  await book(manager, {
    kind: LedgerEntryKind.PAYOUT,
    fromAccount: IN_TRANSIT,
    toAccount: BANK,
    amountCents: Number(payment.amount_cents),
    volunteerId: payment.volunteer_id,
    description: `Paid ${payment.id}`,
  });
}

async function setStatus(
  manager: EntityManager,
  payment: PaymentRow,
  status: PaymentState,
  statusCode: string | null,
  reason: string | null,
): Promise<void> {
  await manager.query(
    'UPDATE payout_payments SET status = $2, status_code = coalesce($3, status_code), failure_reason = $4, status_changed_at = now() WHERE id = $1',
    [payment.id, status, statusCode, reason],
  );
  payment.status = status;
  // The person hears of their payment (the messages service): made, or failed and payable again.
  if (status === 'PAID' || status === 'FAILED' || status === 'RETURNED')
    await recordEvent(manager, FINANCE_SOURCE, status === 'PAID' ? 'PaymentMade' : 'PaymentFailed', {
      paymentId: payment.id,
      volunteerId: payment.volunteer_id,
      status,
      amountCents: Number(payment.amount_cents),
    });
}

/** The payment's claims wait for the next batch again, saying why. */
async function payableAgain(manager: EntityManager, payment: PaymentRow, reason: string): Promise<void> {
  await manager.query(
    `UPDATE expense_claims SET status = 'APPROVED', reason = $2, payment_id = NULL, version = version + 1 WHERE payment_id = $1`,
    [payment.id, reason],
  );
}

/** A batch is processed once the bank has given its final word on every payment in it. */
export async function markProcessedBatches(manager: EntityManager, batchIds: string[]): Promise<void> {
  if (!batchIds.length) return;
  await manager.query(
    `UPDATE payout_batches b SET status = 'PROCESSED' WHERE b.id = ANY($1::uuid[]) AND b.status <> 'PROCESSED'
        AND NOT EXISTS (SELECT 1 FROM payout_payments p WHERE p.batch_id = b.id AND p.status IN ('SCHEDULED', 'ACCEPTED'))`,
    [batchIds],
  );
}
