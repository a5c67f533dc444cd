import { type AuditTrail, badUserInput, conflict, notFound } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { wipeSettledErasedPayees } from '../erasure';
import { book } from '../ledger/bookings';
import { once } from '../ledger/idempotency';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { PAYABLE_BALANCES_SQL } from '../ledger/payable-balances';
import type { FinancePolicy } from '../policy';
import { normaliseIban } from './sepa/iban';
import { buildPain001 } from './sepa/pain001';
import { carriesInSepa } from './sepa/sepa-text';
import { type PaymentStatusReport, parsePain002, type ReportedPayment } from './sepa/pain002';
import { type BankStatement, parseBankStatement } from './sepa/camt';
import { businessDaysBefore } from './sepa/business-days';
import { applyBankWord, IN_TRANSIT, markProcessedBatches, type PaymentRow } from './bank-status';
import { todayInAmsterdam } from '@buurtvolk/domain';
import { type IncomingCredit, receiveCredit } from '../funding/funders-money';

/** The foundation's own account, from configuration; the development default is a well-known test IBAN. */
export function foundationAccount(env: NodeJS.ProcessEnv = process.env): { name: string; iban: string; bic?: string } {
  return {
    name: env.FOUNDATION_ACCOUNT_NAME ?? 'Stichting Buurtvolk',
    iban: env.FOUNDATION_IBAN ?? 'NL91ABNA0417164300',
    bic: env.FOUNDATION_BIC,
  };
}

function checkedIban(iban: string): string {
  const normalised = normaliseIban(iban);
  if (!normalised)
    throw badUserInput('The IBAN is not valid', [{ field: 'iban', message: 'is not a valid IBAN (check digits or length)' }]);
  return normalised;
}

/** Accents and other scripts' letters are transliterated in the file; a name with nothing left is refused at the door. */
function checkHolderName(name: string): void {
  if (!carriesInSepa(name))
    throw badUserInput('The account holder’s name needs Latin letters or digits, as the bank knows it', [
      { field: 'holderName', message: 'has no letters a SEPA payment can carry' },
    ]);
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
    const { batchId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'createPayoutBatch', key: idempotencyKey },
      async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 5))', ['payout-batch']);
        // One statement, one snapshot: each balance with the entries that make it up, so the claims marked as paid below
        // are exactly those whose money is in the payment, also when another claim is approved meanwhile.
        const payable: { volunteerId: string; cents: string; holderName: string; iban: string; entryIds: string[] }[] = await manager.query(
          `SELECT b.volunteer_id AS "volunteerId", b.balance AS cents, p.holder_name AS "holderName", p.iban, b.entry_ids AS "entryIds"
           FROM (${PAYABLE_BALANCES_SQL}) b JOIN payees p ON p.volunteer_id = b.volunteer_id
          WHERE b.balance > 0 AND p.iban IS NOT NULL AND p.erased_at IS NULL
          ORDER BY b.volunteer_id`,
        );
        if (!payable.length)
          throw badUserInput('Nothing to pay: no approved allowances or claims for payees with an account', [
            { field: 'requestedExecutionDate', message: 'would make an empty batch' },
          ]);
        const batchId = randomUUID();
        await manager.query(
          `INSERT INTO payout_batches (id, message_id, requested_execution_date, status) VALUES ($1, $2, $3, 'CREATED')`,
          [batchId, sepaId('BV', batchId), requestedExecutionDate],
        );
        for (const payee of payable) {
          const paymentId = randomUUID();
          const entry = await book(manager, {
            kind: LedgerEntryKind.PAYOUT,
            fromAccount: `payable:${payee.volunteerId}`,
            toAccount: IN_TRANSIT,
            amountCents: Number(payee.cents),
            volunteerId: payee.volunteerId,
            description: `Payout ${sepaId('P', paymentId)}`,
          });
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
      },
    );
    return batchId;
  }

  /** The pain.001.001.09 file for the bank. */
  async file(batchId: string): Promise<string> {
    this.policy.assertMakesPayouts();
    const [batch] = await this.dataSource.query(
      'SELECT id, message_id, requested_execution_date::text AS date, created_at FROM payout_batches WHERE id = $1',
      [batchId],
    );
    if (!batch) throw notFound('payout batch', batchId);
    const payments = await this.dataSource.query(
      `SELECT id, end_to_end_id, amount_cents, creditor_name, creditor_iban FROM payout_payments WHERE batch_id = $1 ORDER BY end_to_end_id`,
      [batchId],
    );
    // One name a SEPA file cannot carry would fail the whole file: name the payment so an admin can correct it.
    const unpayable = payments.find((payment: { creditor_name: string }) => !carriesInSepa(payment.creditor_name));
    if (unpayable)
      throw conflict(
        `Payment ${unpayable.id} goes to a name without letters or digits a SEPA file can carry; correct it with correctScheduledPayment`,
      );
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
      await manager.query(
        'UPDATE payout_payments SET creditor_name = coalesce($2, creditor_name), creditor_iban = coalesce($3, creditor_iban) WHERE id = $1',
        [paymentId, correction.holderName?.trim() || null, iban],
      );
      await this.audit.record(manager, {
        action: 'payment.corrected',
        entityType: 'PayoutPayment',
        entityId: paymentId,
        relatedIds: [payment.volunteer_id],
      });
    });
  }

  /**
   * The bank's pain.002 report. Each payment of the batch takes the status the report gives it, or else that of its
   * payment block, or else that of the whole file (a file rejected as a whole often lists no transaction): settled
   * payments are paid, accepted ones wait for settlement, rejected ones return to payable and their claims to
   * APPROVED. Reading the same report again changes nothing.
   */
  async importStatusReport(xml: string, idempotencyKey: string): Promise<StatusReportResult> {
    this.policy.assertMakesPayouts();
    let report: PaymentStatusReport;
    try {
      report = parsePain002(xml);
    } catch (error) {
      throw badUserInput(`The status report cannot be read: ${(error as Error).message}`, [
        { field: 'xml', message: 'is not a readable pain.002 report' },
      ]);
    }
    return once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'importPaymentStatusReport', key: idempotencyKey },
      async (manager) => {
        // The batch row locked first: two reports on one batch are read one after the other.
        const [batch] = await manager.query('SELECT id, message_id FROM payout_batches WHERE message_id = $1 FOR UPDATE', [
          report.originalMessageId,
        ]);
        if (!batch) throw notFound('payout batch with message id', report.originalMessageId);
        const payments: PaymentRow[] = await manager.query(
          `SELECT ${PAYMENT_COLUMNS} FROM payout_payments WHERE batch_id = $1 ORDER BY end_to_end_id FOR UPDATE`,
          [batch.id],
        );
        const own = new Map<string, StatusWord>(report.payments.map((reported) => [reported.endToEndId, reported]));
        // The file holds one payment block, named like the file (pain001.ts).
        const group = report.covering.find((covering) => covering.level === 'GROUP');
        const ownBlock = report.covering.find(
          (covering) => covering.level === 'PAYMENT_INFORMATION' && covering.paymentInformationId === batch.message_id,
        );
        // A block that gives no reason of its own shares the file's.
        const block =
          ownBlock && !ownBlock.reason && group?.reason ? { ...ownBlock, reason: group.reason, reasonText: group.reasonText } : ownBlock;
        const result: StatusReportResult = { paid: 0, accepted: 0, failed: 0, unchanged: 0 };
        for (const payment of payments) {
          const reported = own.get(payment.end_to_end_id) ?? block ?? group;
          if (!reported) continue;
          const outcome =
            reported.status === 'PENDING'
              ? 'UNCHANGED'
              : await applyBankWord(manager, payment, {
                  kind: reported.status,
                  statusCode: reported.statusCode,
                  reason: [reported.reason, reported.reasonText].filter(Boolean).join(': '),
                });
          if (outcome === 'PAID') result.paid += 1;
          else if (outcome === 'ACCEPTED') result.accepted += 1;
          else if (outcome === 'FAILED') result.failed += 1;
          else result.unchanged += 1;
        }
        await wipeSettledErasedPayees(manager);
        await markProcessedBatches(manager, [batch.id]);
        await this.audit.record(manager, { action: 'payout-batch.status-imported', entityType: 'PayoutBatch', entityId: batch.id });
        return result;
      },
    );
  }

  /**
   * The bank's account statement (camt.053) or debit/credit notification (camt.054), matched to payments by end-to-end
   * id (or, for a batch booking without transaction details, by the file's message id): a booked debit confirms the
   * payment paid, a returned credit transfer puts its money back to payable with the return reason. A message is read
   * once: the same message again (the bank's MsgId) returns the first reading's result.
   */
  async importBankStatement(xml: string, idempotencyKey: string): Promise<BankStatementResult> {
    this.policy.assertMakesPayouts();
    let statement: BankStatement;
    try {
      statement = parseBankStatement(xml);
    } catch (error) {
      throw badUserInput(`The bank statement cannot be read: ${(error as Error).message}`, [
        { field: 'xml', message: 'is not a readable camt.053 or camt.054 message' },
      ]);
    }
    if (statement.messageId.length > 35)
      throw badUserInput('The bank statement’s MsgId is longer than 35 characters', [
        { field: 'xml', message: 'is not a readable camt.053 or camt.054 message' },
      ]);
    return once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'importBankStatement', key: idempotencyKey },
      async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 6))', [`${statement.message}\n${statement.messageId}`]);
        const [earlier] = await manager.query('SELECT result FROM bank_statement_imports WHERE message_name = $1 AND message_id = $2', [
          statement.message,
          statement.messageId,
        ]);
        // A reading from before funders' credits were read counted none.
        if (earlier) {
          const first = earlier.result as BankStatementResult;
          return {
            ...first,
            fundsReceived: first.fundsReceived ?? 0,
            creditsUnmatched: first.creditsUnmatched ?? 0,
            alreadyImported: true,
          };
        }

        const booked = statement.entries.filter((entry) => entry.booked && !entry.reversal);
        const endToEndIds = [
          ...new Set(
            booked.flatMap((entry) => entry.transactions.map((transaction) => transaction.endToEndId).filter((id): id is string => !!id)),
          ),
        ];
        const batchReferences = [
          ...new Set(
            booked
              .flatMap((entry) =>
                entry.batch && !entry.transactions.some((transaction) => transaction.endToEndId)
                  ? [entry.batch.paymentInformationId, entry.batch.messageId]
                  : [],
              )
              .filter((id): id is string => !!id),
          ),
        ];
        // The batches first, then their payments, in one order: as a status report on a batch locks them.
        await manager.query(
          `SELECT id FROM payout_batches WHERE id IN (SELECT batch_id FROM payout_payments WHERE end_to_end_id = ANY($1::text[])) OR message_id = ANY($2::text[]) ORDER BY id FOR UPDATE`,
          [endToEndIds, batchReferences],
        );
        // Every payment the message names, in two statements whatever its size.
        const named: PaymentRow[] = endToEndIds.length
          ? await manager.query(
              `SELECT ${PAYMENT_COLUMNS} FROM payout_payments WHERE end_to_end_id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
              [endToEndIds],
            )
          : [];
        const inBatches: (PaymentRow & { message_id: string })[] = batchReferences.length
          ? await manager.query(
              `SELECT ${PAYMENT_COLUMNS.replace(/(\w+)/g, 'p.$1')}, b.message_id FROM payout_payments p JOIN payout_batches b ON b.id = p.batch_id WHERE b.message_id = ANY($1::text[]) ORDER BY p.id FOR UPDATE OF p`,
              [batchReferences],
            )
          : [];
        // One object per payment, however many entries name it, so each entry sees what the one before did.
        const byId = new Map<string, PaymentRow>(named.map((payment) => [payment.id, payment]));
        const batchPayments = inBatches.map((row) => {
          const shared = byId.get(row.id);
          if (!shared) {
            byId.set(row.id, row);
            return row;
          }
          return Object.assign(shared, { message_id: row.message_id });
        });
        const byEndToEndId = new Map(named.map((payment) => [payment.end_to_end_id, payment]));
        const result: BankStatementResult = {
          message: statement.message,
          booked: 0,
          returned: 0,
          unchanged: 0,
          unmatched: 0,
          fundsReceived: 0,
          creditsUnmatched: 0,
          alreadyImported: false,
        };
        const touchedBatches = new Set<string>();
        const count = (outcome: string) => {
          if (outcome === 'PAID' || outcome === 'BOOKED') result.booked += 1;
          else if (outcome === 'RETURNED') result.returned += 1;
          else result.unchanged += 1;
        };
        for (const [index, entry] of booked.entries()) {
          const bookedOn = entry.bookingDate ?? todayInAmsterdam();
          if (
            entry.direction === 'CRDT' &&
            entry.transactions.every(
              (transaction) => !transaction.returned && !(transaction.endToEndId && byEndToEndId.has(transaction.endToEndId)),
            )
          ) {
            // Money coming in that is none of our payments coming back: a funder paying an invoice, or something to place by hand.
            for (const credit of incomingCredits(statement, entry, index, bookedOn)) {
              const outcome = await receiveCredit(manager, credit, this.audit);
              if (outcome === 'RECEIVED') result.fundsReceived += 1;
              else if (outcome === 'UNMATCHED') result.creditsUnmatched += 1;
            }
            continue;
          }
          const withIds = entry.transactions.filter((transaction) => transaction.endToEndId);
          if (!withIds.length && entry.batch && entry.direction === 'DBIT') {
            // One debit for a whole file: it books the file's payments that were not turned back, if the amounts agree.
            const covered = batchPayments.filter(
              (payment) =>
                [entry.batch?.paymentInformationId, entry.batch?.messageId].includes(payment.message_id) &&
                payment.status !== 'FAILED' &&
                payment.status !== 'RETURNED',
            );
            const total = covered.reduce((sum, payment) => sum + Number(payment.amount_cents), 0);
            if (!covered.length || total !== entry.amountCents) {
              result.unmatched += covered.length ? 1 : 0;
              continue;
            }
            for (const payment of covered) {
              touchedBatches.add(payment.batch_id);
              count(await applyBankWord(manager, payment, { kind: 'BOOKED', bookedOn }));
            }
            continue;
          }
          for (const transaction of withIds) {
            const payment = byEndToEndId.get(transaction.endToEndId!);
            if (!payment) continue; // money of something else: a funder's payment, a bank charge
            const amount = transaction.amountCents ?? (withIds.length === 1 ? entry.amountCents : undefined);
            if (amount !== Number(payment.amount_cents)) {
              result.unmatched += 1;
              continue;
            }
            touchedBatches.add(payment.batch_id);
            if (transaction.returned) {
              const reason = [transaction.returnReason, transaction.returnReasonText].filter(Boolean).join(': ');
              count(await applyBankWord(manager, payment, { kind: 'RETURNED', statusCode: transaction.returnReason, reason }));
            } else if (entry.direction === 'DBIT') {
              count(await applyBankWord(manager, payment, { kind: 'BOOKED', bookedOn }));
            } else {
              result.unmatched += 1; // a credit naming our payment without saying it is a return
            }
          }
        }
        await wipeSettledErasedPayees(manager);
        await markProcessedBatches(manager, [...touchedBatches]);
        const importId = randomUUID();
        await manager.query('INSERT INTO bank_statement_imports (id, message_name, message_id, result) VALUES ($1, $2, $3, $4)', [
          importId,
          statement.message,
          statement.messageId,
          JSON.stringify(result),
        ]);
        await this.audit.record(manager, { action: 'bank-statement.imported', entityType: 'BankStatement', entityId: importId });
        return result;
      },
    );
  }

  /**
   * Payments the bank should have booked by now and no statement has shown: scheduled, accepted or paid, executed at
   * least `businessDays` SEPA business days before today, with no booking on an imported statement.
   */
  async paymentsNotOnStatement(businessDays: number): Promise<PaymentNotOnStatement[]> {
    this.policy.assertMakesPayouts();
    if (!Number.isInteger(businessDays) || businessDays < 0 || businessDays > 60)
      throw badUserInput('businessDays must be 0 to 60', [{ field: 'businessDays', message: 'must be a whole number from 0 to 60' }]);
    const cutoff = businessDaysBefore(todayInAmsterdam(), businessDays);
    return this.dataSource.query(
      `SELECT p.id, p.volunteer_id AS "volunteerId", p.amount_cents AS "amountCents", p.end_to_end_id AS "endToEndId", p.status, p.failure_reason AS "failureReason",
              p.status_code AS "statusCode", p.booked_on::text AS "bookedOn", b.id AS "batchId", b.requested_execution_date::text AS "requestedExecutionDate"
         FROM payout_payments p JOIN payout_batches b ON b.id = p.batch_id
        WHERE p.booked_on IS NULL AND p.statement_expected AND p.status IN ('SCHEDULED', 'ACCEPTED', 'PAID') AND b.requested_execution_date <= $1
        ORDER BY b.requested_execution_date, p.end_to_end_id`,
      [cutoff],
    );
  }
}

/** The columns applyBankWord needs. */
const PAYMENT_COLUMNS = 'id, batch_id, volunteer_id, amount_cents, end_to_end_id, status, booked_on';

type StatusWord = Pick<ReportedPayment, 'status' | 'statusCode' | 'reason' | 'reasonText'>;

export interface StatusReportResult {
  paid: number;
  accepted: number;
  failed: number;
  unchanged: number;
}

export interface BankStatementResult {
  message: string;
  booked: number;
  returned: number;
  unchanged: number;
  unmatched: number;
  /** Credits booked as a funder's payment of an invoice. */
  fundsReceived: number;
  /** Credits that matched no open invoice: listed for an admin (unmatchedBankCredits). */
  creditsUnmatched: number;
  alreadyImported: boolean;
}

/**
 * The credits of an entry, one per transaction when it gives each its amount, else the entry as one. The bank's
 * reference of the entry (per transaction: with its position) keeps a credit that a notification and then the statement
 * both show from being booked twice; an entry without one is known by the message and its place in it.
 */
function incomingCredits(
  statement: BankStatement,
  entry: BankStatement['entries'][number],
  index: number,
  bookedOn: string,
): IncomingCredit[] {
  const reference = entry.reference ?? `${statement.message}:${statement.messageId}:${index}`;
  const common = { bookedOn, message: statement.message, messageId: statement.messageId };
  const split = entry.transactions.length > 1 && entry.transactions.every((transaction) => transaction.amountCents !== undefined);
  if (!split) {
    const [only] = entry.transactions;
    return [
      {
        ...common,
        bankReference: reference,
        amountCents: entry.amountCents,
        remittance: entry.transactions.flatMap((transaction) => transaction.remittance ?? []),
        debtorName: only?.debtorName,
      },
    ];
  }
  return entry.transactions.map((transaction, position) => ({
    ...common,
    bankReference: `${reference}/${position + 1}`,
    amountCents: transaction.amountCents!,
    remittance: transaction.remittance ?? [],
    debtorName: transaction.debtorName,
  }));
}

export interface PaymentNotOnStatement {
  id: string;
  volunteerId: string;
  amountCents: string;
  endToEndId: string;
  status: string;
  failureReason: string | null;
  statusCode: string | null;
  bookedOn: string | null;
  batchId: string;
  requestedExecutionDate: string;
}
