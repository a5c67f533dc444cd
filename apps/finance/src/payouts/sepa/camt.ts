/**
 * The bank's account statement (camt.053, end of day) and debit/credit notifications (camt.054), versions .02 up to
 * .08: per booked entry, the amount, direction and booking date, and per transaction in it the end-to-end id of the
 * payment it books — or, for a credit transfer the beneficiary's bank sent back, the return reason (RtrInf/Rsn) —
 * and, for money coming in, the remittance information (the funder's reference to the foundation's invoice).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { explainReasonCode } from './reason-codes';
import { element, elements, text, texts, type XmlObject } from './xml';

export type StatementMessage = 'camt.053' | 'camt.054';

export interface StatementTransaction {
  endToEndId?: string;
  /** The transaction's own amount; absent when the entry books only one transaction and gives it once. */
  amountCents?: number;
  /** A returned credit transfer (RtrInf, or bank transaction code …-ICDT-RRTN): its money comes back. */
  returned: boolean;
  /** The ISO return reason code (AC04, MD07, …) or the bank's proprietary one. */
  returnReason?: string;
  /** An English explanation of the return reason, or the bank's additional information. */
  returnReasonText?: string;
  /**
   * Money coming in (a credit that is no return): its remittance information, each unstructured line (RmtInf/Ustrd)
   * and structured creditor reference (RmtInf/Strd/CdtrRefInf/Ref); absent when it has none.
   */
  remittance?: string[];
  /** Money coming in: who sent it (RltdPties/Dbtr), for a credit an admin has to place by hand. */
  debtorName?: string;
}

export interface StatementEntry {
  /** The bank's own reference of the entry (AcctSvcrRef or NtryRef), for the audit trail. */
  reference?: string;
  amountCents: number;
  direction: 'CRDT' | 'DBIT';
  /** A reversal entry (RvslInd) undoes an earlier booking rather than moving money of its own. */
  reversal: boolean;
  /** Only booked entries are facts; pending (PDNG) and information-only (INFO) ones are not yet. */
  booked: boolean;
  /** The booking date, YYYY-MM-DD. */
  bookingDate?: string;
  /** A batch booking (one debit for a whole file or payment block): the pain.001 references it books. */
  batch?: { messageId?: string; paymentInformationId?: string };
  transactions: StatementTransaction[];
}

export interface BankStatement {
  message: StatementMessage;
  /** GrpHdr/MsgId: the bank's id of this message, unique per message. */
  messageId: string;
  entries: StatementEntry[];
}

// Repeating elements always come back as arrays, so one occurrence and several read the same way.
const REPEATING = new Set(['Stmt', 'Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'AddtlInf', 'Ustrd', 'Strd']);

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATING.has(name),
});

/** One pass over the parsed tree: linear in the size of the file. */
export function parseBankStatement(xml: string): BankStatement {
  if (xml.trim() === '') throw new Error('The bank statement is empty');
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    throw new Error(`The bank statement is not well-formed XML: ${msg} (line ${line}, column ${col})`);
  }
  const document = element(parser.parse(xml), 'Document');
  const statement = element(document, 'BkToCstmrStmt');
  const notification = element(document, 'BkToCstmrDbtCdtNtfctn');
  const root = statement ?? notification;
  if (!root)
    throw new Error(
      'Not a bank statement: there is no Document/BkToCstmrStmt (camt.053) or Document/BkToCstmrDbtCdtNtfctn (camt.054) element',
    );
  const message: StatementMessage = statement ? 'camt.053' : 'camt.054';
  const messageId = text(element(root, 'GrpHdr'), 'MsgId');
  if (!messageId) throw new Error(`The ${message} message has no GrpHdr/MsgId`);
  const entries: StatementEntry[] = [];
  for (const account of elements(root, statement ? 'Stmt' : 'Ntfctn')) {
    for (const entry of elements(account, 'Ntry')) entries.push(readEntry(entry, message));
  }
  return { message, messageId, entries };
}

function readEntry(entry: XmlObject, message: StatementMessage): StatementEntry {
  const reference = text(entry, 'AcctSvcrRef') ?? text(entry, 'NtryRef');
  const where = reference ? `entry ${reference}` : 'an entry';
  const amountCents = cents(text(entry, 'Amt'), `the amount of ${where} in the ${message} message`);
  const direction = text(entry, 'CdtDbtInd');
  if (direction !== 'CRDT' && direction !== 'DBIT') throw new Error(`The ${message} message gives ${where} no CdtDbtInd of CRDT or DBIT`);
  // Sts is a code of its own up to version .06 and Sts/Cd from .07 on.
  const status = text(entry, 'Sts') ?? text(element(entry, 'Sts'), 'Cd');
  const bookingDate = element(entry, 'BookgDt');
  const returnedByCode = subFamily(entry) === 'RRTN';
  const transactions: StatementTransaction[] = [];
  let batch: StatementEntry['batch'];
  for (const details of elements(entry, 'NtryDtls')) {
    const batchInfo = element(details, 'Btch');
    if (batchInfo) batch ??= { messageId: text(batchInfo, 'MsgId'), paymentInformationId: text(batchInfo, 'PmtInfId') };
    for (const transaction of elements(details, 'TxDtls')) {
      const refs = element(transaction, 'Refs');
      const returnInfo = element(transaction, 'RtrInf');
      const returnReasonElement = element(returnInfo, 'Rsn');
      const returnReason = text(returnReasonElement, 'Cd') ?? text(returnReasonElement, 'Prtry');
      const additional = texts(returnInfo, 'AddtlInf').join(' ');
      const returnReasonText = (returnReason && explainReasonCode(returnReason)) || additional || undefined;
      const amount = text(transaction, 'Amt');
      const returned = direction === 'CRDT' && (returnInfo !== undefined || returnedByCode || subFamily(transaction) === 'RRTN');
      const incoming = direction === 'CRDT' && !returned;
      const remittanceInformation = element(transaction, 'RmtInf');
      const remittance = [
        ...texts(remittanceInformation, 'Ustrd'),
        ...elements(remittanceInformation, 'Strd')
          .map((structured) => text(element(structured, 'CdtrRefInf'), 'Ref'))
          .filter((ref): ref is string => !!ref),
      ];
      // Nm sits in Dbtr/Pty from version .08 on, in Dbtr itself before.
      const debtor = element(element(transaction, 'RltdPties'), 'Dbtr');
      const debtorName = text(element(debtor, 'Pty'), 'Nm') ?? text(debtor, 'Nm');
      transactions.push({
        ...(text(refs, 'EndToEndId') && text(refs, 'EndToEndId') !== 'NOTPROVIDED' ? { endToEndId: text(refs, 'EndToEndId') } : {}),
        ...(amount ? { amountCents: cents(amount, `a transaction amount of ${where} in the ${message} message`) } : {}),
        returned,
        ...(returnReason ? { returnReason } : {}),
        ...(returnReasonText ? { returnReasonText } : {}),
        ...(incoming && remittance.length ? { remittance } : {}),
        ...(incoming && debtorName ? { debtorName } : {}),
      });
    }
  }
  return {
    ...(reference ? { reference } : {}),
    amountCents,
    direction,
    reversal: text(entry, 'RvslInd') === 'true',
    booked: status === 'BOOK',
    ...(bookingDate ? { bookingDate: (text(bookingDate, 'Dt') ?? text(bookingDate, 'DtTm') ?? '').slice(0, 10) || undefined } : {}),
    ...(batch && (batch.messageId || batch.paymentInformationId) ? { batch } : {}),
    transactions,
  };
}

/** The ISO bank transaction code's sub-family (BkTxCd/Domn/Fmly/SubFmlyCd), e.g. ESCT (SEPA credit transfer) or RRTN (return). */
function subFamily(parent: XmlObject): string | undefined {
  return text(element(element(element(parent, 'BkTxCd'), 'Domn'), 'Fmly'), 'SubFmlyCd');
}

/** A euro amount as the statement writes it (up to five decimals, only zeros past the cents) in whole cents, exactly. */
function cents(amount: string | undefined, what: string): number {
  const match = amount?.match(/^(\d{1,13})(?:\.(\d{1,2})0{0,3})?$/);
  if (!match) throw new Error(`The bank statement has no valid amount for ${what}: "${amount ?? ''}"`);
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
