import { formatEuros, isUuid, money, todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, conflict, groupInto, notFound } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { book } from '../ledger/bookings';
import { once } from '../ledger/idempotency';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import type { FinancePolicy } from '../policy';
import { FundingAgreement } from './funding-agreement.entity';

/**
 * Funders' money coming in. An agreement is pre-financed in instalments (date, amount; together never more than the
 * agreement); the foundation invoices each instalment once, and the funder pays the invoice by bank transfer naming
 * its number. In the ledger, invoicing books what the funder owes (`funder-invoiced:<agreement>` →
 * `funder-receivable:<agreement>`), and a payment received settles it (`funder-receivable:<agreement>` →
 * `bank-receipts`). Money received has an account of its own rather than `bank`: in this ledger `bank` is where paid-out
 * money goes, and mixing incoming money into it would make its balance mean nothing.
 */
export const receivableAccount = (agreementId: string) => `funder-receivable:${agreementId}`;
export const invoicedAccount = (agreementId: string) => `funder-invoiced:${agreementId}`;
export const BANK_RECEIPTS = 'bank-receipts';

export interface InstalmentRow {
  id: string;
  agreementId: string;
  dueOn: string;
  amountCents: number;
}

export interface InvoiceRow {
  id: string;
  instalmentId: string;
  agreementId: string;
  number: string;
  issuedOn: string;
  dueOn: string;
  amountCents: number;
  receivedCents: number;
}

export interface PaymentReceivedRow {
  id: string;
  invoiceId: string;
  amountCents: number;
  receivedOn: string;
  bankReference: string;
}

export interface UnmatchedCreditRow {
  id: string;
  bankReference: string;
  message: string;
  amountCents: number;
  bookedOn: string;
  debtorName: string | null;
  remittance: string | null;
  reason: string;
}

/** One credit of a bank statement that is no return of the foundation's own payments. */
export interface IncomingCredit {
  /** The bank's reference of the booking; a credit shown again (a notification, then the statement) is kept once. */
  bankReference: string;
  amountCents: number;
  bookedOn: string;
  remittance: string[];
  debtorName?: string;
  message: string;
  messageId: string;
}

/** A given invoice number: letters, digits and . / -, as a remittance line carries it unchanged. */
const INVOICE_NUMBER = /^[A-Z0-9][A-Z0-9./-]{2,34}$/;

const INVOICE_COLUMNS = `i.id, i.instalment_id AS "instalmentId", i.agreement_id AS "agreementId", i.number, i.issued_on::text AS "issuedOn", i.due_on::text AS "dueOn",
  i.amount_cents::int AS "amountCents", (SELECT coalesce(sum(p.amount_cents), 0)::int FROM funding_payments p WHERE p.invoice_id = i.id) AS "receivedCents"`;

/** Days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export class FundersMoney {
  /** Per request, by agreement: its instalments, oldest first. */
  readonly instalments = new DataLoader<string, InstalmentRow[]>(async (ids) => {
    const wanted = ids.filter(isUuid).map((id) => id.toLowerCase());
    const rows: InstalmentRow[] = wanted.length
      ? await this.dataSource.query(
          `SELECT id, agreement_id AS "agreementId", due_on::text AS "dueOn", amount_cents::int AS "amountCents" FROM funding_instalments WHERE agreement_id = ANY($1::uuid[]) ORDER BY due_on, created_at, id`,
          [wanted],
        )
      : [];
    return groupInto(
      ids.map((id) => id.toLowerCase()),
      rows,
      (row) => row.agreementId,
    );
  });

  /** Per request, by instalment: its invoice, if sent. */
  readonly invoiceOfInstalment = new DataLoader<string, InvoiceRow | null>(async (ids) => {
    const rows: InvoiceRow[] = await this.dataSource.query(
      `SELECT ${INVOICE_COLUMNS} FROM funding_invoices i WHERE i.instalment_id = ANY($1::uuid[])`,
      [ids.filter(isUuid)],
    );
    return ids.map((id) => rows.find((row) => row.instalmentId === id.toLowerCase()) ?? null);
  });

  /** Per request, by invoice: the payments received for it, in the order they came. */
  readonly paymentsOfInvoice = new DataLoader<string, PaymentReceivedRow[]>(async (ids) => {
    const rows: PaymentReceivedRow[] = await this.dataSource.query(
      `SELECT id, invoice_id AS "invoiceId", amount_cents::int AS "amountCents", received_on::text AS "receivedOn", bank_reference AS "bankReference" FROM funding_payments WHERE invoice_id = ANY($1::uuid[]) ORDER BY received_on, created_at`,
      [ids.filter(isUuid)],
    );
    return groupInto(ids, rows, (row) => row.invoiceId);
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** An instalment agreed with the funder; the instalments of an agreement together never pass its amount. */
  async addInstalment(input: { agreementId: string; dueOn: string; amountCents: number; idempotencyKey: string }): Promise<InstalmentRow> {
    this.policy.assertKeepsFundersAccounts();
    const { instalmentId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'addFundingInstalment', key: input.idempotencyKey },
      async (manager) => {
        const agreement = await manager
          .getRepository(FundingAgreement)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.id = :id', { id: input.agreementId })
          .getOne();
        if (!agreement) throw notFound('funding agreement', input.agreementId);
        if (input.dueOn > agreement.endsOn)
          throw badUserInput(`The agreement ends on ${agreement.endsOn}`, [
            { field: 'dueOn', message: `must be on or before ${agreement.endsOn}` },
          ]);
        const [{ agreed }] = await manager.query(
          'SELECT coalesce(sum(amount_cents), 0)::bigint AS agreed FROM funding_instalments WHERE agreement_id = $1',
          [agreement.id],
        );
        const left = Number(agreement.amountCents) - Number(agreed);
        if (input.amountCents > left) {
          throw badUserInput(`The instalments would pass the agreement: ${formatEuros(money(left))} is left to agree`, [
            { field: 'amount.cents', message: `is more than the ${formatEuros(money(left))} left of the agreement` },
          ]);
        }
        const instalmentId = randomUUID();
        await manager.query('INSERT INTO funding_instalments (id, agreement_id, due_on, amount_cents) VALUES ($1, $2, $3, $4)', [
          instalmentId,
          agreement.id,
          input.dueOn,
          input.amountCents,
        ]);
        await this.audit.record(manager, {
          action: 'funding-instalment.added',
          entityType: 'FundingInstalment',
          entityId: instalmentId,
          relatedIds: [agreement.id],
        });
        return { instalmentId };
      },
    );
    const [row] = await this.dataSource.query(
      `SELECT id, agreement_id AS "agreementId", due_on::text AS "dueOn", amount_cents::int AS "amountCents" FROM funding_instalments WHERE id = $1`,
      [instalmentId],
    );
    return row;
  }

  /**
   * The invoice for an instalment, once: its number as given (unique) or the next BV-<year>-<nnnn> of the year it is
   * issued in. Books what the funder owes.
   */
  async invoice(input: {
    instalmentId: string;
    number?: string | null;
    issuedOn?: string | null;
    dueOn?: string | null;
    idempotencyKey: string;
  }): Promise<InvoiceRow> {
    this.policy.assertKeepsFundersAccounts();
    const issuedOn = input.issuedOn ?? todayInAmsterdam();
    const dueOn = input.dueOn ?? addDays(issuedOn, 30);
    if (dueOn < issuedOn)
      throw badUserInput('An invoice falls due on or after the day it is sent', [
        { field: 'dueOn', message: `must be on or after ${issuedOn}` },
      ]);
    const given = input.number?.trim().toUpperCase();
    if (given !== undefined && given !== '' && !INVOICE_NUMBER.test(given)) {
      throw badUserInput('An invoice number is 3 to 35 letters, digits, dots, slashes or hyphens', [
        { field: 'number', message: 'is not a valid invoice number' },
      ]);
    }
    const { invoiceId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'invoiceFundingInstalment', key: input.idempotencyKey },
      async (manager) => {
        const [instalment] = await manager.query(
          'SELECT id, agreement_id, amount_cents::int AS amount FROM funding_instalments WHERE id = $1 FOR UPDATE',
          [isUuid(input.instalmentId) ? input.instalmentId : null],
        );
        if (!instalment) throw notFound('funding instalment', input.instalmentId);
        const [existing] = await manager.query('SELECT number FROM funding_invoices WHERE instalment_id = $1', [instalment.id]);
        if (existing) throw conflict(`This instalment is already invoiced (${existing.number})`);
        // Numbers are handed out one at a time, so two invoices issued together get two numbers.
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', ['funding-invoice-number']);
        const number = given || (await nextNumber(manager, issuedOn.slice(0, 4)));
        const [taken] = await manager.query('SELECT 1 FROM funding_invoices WHERE number = $1', [number]);
        if (taken)
          throw new GraphQLError(`Invoice number ${number} is taken`, {
            extensions: { code: 'CONFLICT', fields: [{ field: 'number', message: 'is the number of another invoice' }] },
          });
        const invoiceId = randomUUID();
        const entry = await book(manager, {
          kind: LedgerEntryKind.INVOICE,
          fromAccount: invoicedAccount(instalment.agreement_id),
          toAccount: receivableAccount(instalment.agreement_id),
          amountCents: instalment.amount,
          agreementId: instalment.agreement_id,
          description: `Invoice ${number}`,
        });
        await manager.query(
          'INSERT INTO funding_invoices (id, instalment_id, agreement_id, number, issued_on, due_on, amount_cents, ledger_entry_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [invoiceId, instalment.id, instalment.agreement_id, number, issuedOn, dueOn, instalment.amount, entry.id],
        );
        await this.audit.record(manager, {
          action: 'funding-invoice.issued',
          entityType: 'FundingInvoice',
          entityId: invoiceId,
          relatedIds: [instalment.agreement_id, instalment.id],
        });
        return { invoiceId };
      },
    );
    const [row] = await this.dataSource.query(`SELECT ${INVOICE_COLUMNS} FROM funding_invoices i WHERE i.id = $1`, [invoiceId]);
    return row;
  }

  /** Invoices past their due date and not (fully) paid, longest overdue first. */
  async overdue(): Promise<InvoiceRow[]> {
    this.policy.assertKeepsFundersAccounts();
    return this.dataSource.query(
      `SELECT * FROM (SELECT ${INVOICE_COLUMNS} FROM funding_invoices i WHERE i.due_on < $1) open WHERE "receivedCents" < "amountCents" ORDER BY "dueOn", number`,
      [todayInAmsterdam()],
    );
  }

  /**
   * An admin places a credit the import could not (a remittance without the number, a typo) on an invoice: booked as
   * if the bank statement had named it, and no longer unmatched. Refused when more than the invoice has open.
   */
  async assignCredit(creditId: string, invoiceId: string): Promise<PaymentReceivedRow> {
    this.policy.assertKeepsFundersAccounts();
    const bankReference = await this.dataSource.transaction(async (manager) => {
      const [credit] = await manager.query(
        `SELECT bank_reference AS "bankReference", message_name AS message, message_id AS "messageId", amount_cents::int AS "amountCents",
                booked_on::text AS "bookedOn"
           FROM unmatched_bank_credits WHERE id = $1 FOR UPDATE`,
        [creditId],
      );
      if (!credit) throw notFound('unmatched bank credit', creditId);
      const [invoice]: LockedInvoice[] = await manager.query(
        'SELECT id, agreement_id, number, amount_cents::int AS amount FROM funding_invoices WHERE id = $1 FOR UPDATE',
        [invoiceId],
      );
      if (!invoice) throw notFound('funding invoice', invoiceId);
      const refusal = await refusalToBook(manager, invoice, credit.amountCents);
      if (refusal) throw conflict(refusal);
      await manager.query('DELETE FROM unmatched_bank_credits WHERE id = $1', [creditId]);
      await bookPaymentReceived(manager, invoice, credit, this.audit);
      return credit.bankReference as string;
    });
    const [payment] = await this.dataSource.query(
      `SELECT id, invoice_id AS "invoiceId", amount_cents::int AS "amountCents", received_on::text AS "receivedOn", bank_reference AS "bankReference"
         FROM funding_payments WHERE bank_reference = $1`,
      [bankReference],
    );
    return payment;
  }

  async unmatchedCredits(): Promise<UnmatchedCreditRow[]> {
    this.policy.assertKeepsFundersAccounts();
    return this.dataSource.query(
      `SELECT id, bank_reference AS "bankReference", message_name AS message, amount_cents::int AS "amountCents", booked_on::text AS "bookedOn", debtor_name AS "debtorName", remittance, reason
         FROM unmatched_bank_credits ORDER BY booked_on DESC, created_at DESC LIMIT 500`,
    );
  }
}

async function nextNumber(manager: EntityManager, year: string): Promise<string> {
  const [{ last }] = await manager.query(
    `SELECT coalesce(max(substring(number FROM '^BV-\\d{4}-(\\d+)$')::int), 0) AS last FROM funding_invoices WHERE number LIKE $1`,
    [`BV-${year}-%`],
  );
  return `BV-${year}-${String(last + 1).padStart(4, '0')}`;
}

/** Invoice numbers a remittance may name: its words, in capitals, without the punctuation a sentence puts around them. */
function namedNumbers(remittance: string[]): string[] {
  const words = remittance.flatMap((line) => line.toUpperCase().split(/[\s,;:()]+/)).map((word) => word.replace(/^[./-]+|[./-]+$/g, ''));
  return [...new Set(words.filter((word) => INVOICE_NUMBER.test(word)))];
}

/**
 * A credit on the foundation's account (called by the bank statement import, in its transaction): when its remittance
 * names exactly one invoice with money still open, and it is no more than what is open, it books the payment received;
 * otherwise it is kept for an admin with the reason. A credit already seen (by the bank's reference) changes nothing.
 */
export async function receiveCredit(
  manager: EntityManager,
  credit: IncomingCredit,
  audit: AuditTrail,
): Promise<'RECEIVED' | 'UNMATCHED' | 'KNOWN'> {
  // A notification and the statement showing the same credit, read at the same time, wait for each other here.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 8))', [credit.bankReference]);
  const [known] = await manager.query(
    'SELECT 1 FROM funding_payments WHERE bank_reference = $1 UNION ALL SELECT 1 FROM unmatched_bank_credits WHERE bank_reference = $1',
    [credit.bankReference],
  );
  if (known) return 'KNOWN';
  const numbers = namedNumbers(credit.remittance);
  const invoices: { id: string; agreement_id: string; number: string; amount: number }[] = numbers.length
    ? await manager.query(
        'SELECT id, agreement_id, number, amount_cents::int AS amount FROM funding_invoices WHERE number = ANY($1::text[]) ORDER BY id FOR UPDATE',
        [numbers],
      )
    : [];
  const unmatched = async (reason: string) => {
    await manager.query(
      'INSERT INTO unmatched_bank_credits (id, bank_reference, message_name, message_id, amount_cents, booked_on, debtor_name, remittance, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [
        randomUUID(),
        credit.bankReference,
        credit.message,
        credit.messageId,
        credit.amountCents,
        credit.bookedOn,
        credit.debtorName ?? null,
        credit.remittance.join(' ') || null,
        reason,
      ],
    );
    return 'UNMATCHED' as const;
  };
  if (!invoices.length) return unmatched('The remittance names no invoice of the foundation');
  if (invoices.length > 1)
    return unmatched(`The remittance names several invoices (${invoices.map((invoice) => invoice.number).join(', ')})`);
  const [invoice] = invoices;
  const refusal = await refusalToBook(manager, invoice, credit.amountCents);
  if (refusal) return unmatched(refusal);
  await bookPaymentReceived(manager, invoice, credit, audit);
  return 'RECEIVED';
}

interface LockedInvoice {
  id: string;
  agreement_id: string;
  number: string;
  amount: number;
}

/** Why `amountCents` cannot be booked against the invoice (locked by the caller), or null when it can. */
async function refusalToBook(manager: EntityManager, invoice: LockedInvoice, amountCents: number): Promise<string | null> {
  const [{ received }] = await manager.query(
    'SELECT coalesce(sum(amount_cents), 0)::int AS received FROM funding_payments WHERE invoice_id = $1',
    [invoice.id],
  );
  const open = invoice.amount - received;
  if (open <= 0) return `Invoice ${invoice.number} is paid already`;
  if (amountCents > open) return `More than the ${formatEuros(money(open))} open on invoice ${invoice.number}`;
  return null;
}

/** A payment received for an invoice: from the funder's receivable to the bank, with its audit entry. */
async function bookPaymentReceived(
  manager: EntityManager,
  invoice: LockedInvoice,
  credit: Pick<IncomingCredit, 'amountCents' | 'bookedOn' | 'bankReference' | 'message' | 'messageId'>,
  audit: AuditTrail,
): Promise<void> {
  const entry = await book(manager, {
    kind: LedgerEntryKind.FUNDS_RECEIVED,
    fromAccount: receivableAccount(invoice.agreement_id),
    toAccount: BANK_RECEIPTS,
    amountCents: credit.amountCents,
    agreementId: invoice.agreement_id,
    description: `Received for invoice ${invoice.number}`,
  });
  const paymentId = randomUUID();
  await manager.query(
    'INSERT INTO funding_payments (id, invoice_id, amount_cents, received_on, bank_reference, message_name, message_id, ledger_entry_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [paymentId, invoice.id, credit.amountCents, credit.bookedOn, credit.bankReference, credit.message, credit.messageId, entry.id],
  );
  await audit.record(manager, {
    action: 'funding-payment.received',
    entityType: 'FundingPayment',
    entityId: paymentId,
    relatedIds: [invoice.id, invoice.agreement_id],
  });
}
