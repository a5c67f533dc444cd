/**
 * Payment status reports (pain.002, versions .03 up to .10): the bank's answer to a pain.001 file, telling for the
 * whole file, per payment block and per end-to-end id whether a payout was accepted, settled or rejected and why.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { element, elements, text, texts, type XmlObject } from './xml';
import { explainReasonCode } from './reason-codes';

/**
 * What a status means for the money: SETTLED (ACSC, ACCC) is paid; ACCEPTED (ACCP, ACSP, ACTC, ACWC, ACFC, ACWP) is
 * taken by the bank but not settled, so the money is still on its way and a later RJCT can still turn it back;
 * REJECTED (RJCT) is not paid; PENDING (RCVD, PDNG) changes nothing yet.
 */
export type PaymentStatus = 'SETTLED' | 'ACCEPTED' | 'REJECTED' | 'PENDING';

export interface ReportedPayment {
  endToEndId: string;
  status: PaymentStatus;
  /** The ISO status code as the bank sent it (ACSC, RJCT, …), kept for the audit trail. */
  statusCode: string;
  /** The ISO reason code (AC04, …) or the bank's proprietary one. */
  reason?: string;
  /** A short English explanation of the reason, or the bank's additional information. */
  reasonText?: string;
}

/**
 * A status given to a whole file (GrpSts) or payment block (PmtInfSts) rather than a transaction: it applies to every
 * payment the file or block holds that the report gives no status of its own. PART (partly accepted) gives none.
 */
export interface CoveringStatus {
  level: 'GROUP' | 'PAYMENT_INFORMATION';
  /** The block's OrgnlPmtInfId; absent for the group. */
  paymentInformationId?: string;
  status: PaymentStatus;
  statusCode: string;
  reason?: string;
  reasonText?: string;
}

export interface PaymentStatusReport {
  originalMessageId: string;
  /** The group's status first, then the blocks'; a bank that refuses a whole file often lists no transaction at all. */
  covering: CoveringStatus[];
  /** Transactions listed with a status of their own (TxSts), in the order of the report. */
  payments: ReportedPayment[];
}

const STATUSES: ReadonlyMap<string, PaymentStatus> = new Map([
  ['ACSC', 'SETTLED'],
  ['ACCC', 'SETTLED'],
  ['ACCP', 'ACCEPTED'],
  ['ACSP', 'ACCEPTED'],
  ['ACTC', 'ACCEPTED'],
  ['ACWC', 'ACCEPTED'],
  ['ACFC', 'ACCEPTED'],
  ['ACWP', 'ACCEPTED'],
  ['RJCT', 'REJECTED'],
  ['RCVD', 'PENDING'],
  ['PDNG', 'PENDING'],
]);
/** Only a group or block can be partly accepted: its transactions then each carry their own status. */
const PARTIAL = 'PART';

// Repeating elements always come back as arrays, so one occurrence and several read the same way.
const REPEATING = new Set(['OrgnlPmtInfAndSts', 'TxInfAndSts', 'StsRsnInf', 'AddtlInf']);

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Banks differ in whether they prefix the ISO namespace; the element names are what identify the message.
  removeNSPrefix: true,
  // Ids such as "000123" must stay strings.
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATING.has(name),
});

/** One pass over the parsed tree: linear in the size of the report. */
export function parsePain002(xml: string): PaymentStatusReport {
  if (xml.trim() === '') throw new Error('The pain.002 status report is empty');
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    throw new Error(`The pain.002 status report is not well-formed XML: ${msg} (line ${line}, column ${col})`);
  }
  const report = element(element(parser.parse(xml), 'Document'), 'CstmrPmtStsRpt');
  if (!report) throw new Error('Not a pain.002 payment status report: there is no Document/CstmrPmtStsRpt element');

  const group = element(report, 'OrgnlGrpInfAndSts');
  const originalMessageId = text(group, 'OrgnlMsgId');
  if (!originalMessageId) throw new Error('The pain.002 status report has no OrgnlGrpInfAndSts/OrgnlMsgId');
  const statusOf = (code: string, what: string): PaymentStatus => {
    const status = STATUSES.get(code);
    if (!status) throw new Error(`The pain.002 status report for ${originalMessageId} has unknown status "${code}" for ${what}`);
    return status;
  };

  const covering: CoveringStatus[] = [];
  const groupStatus = text(group, 'GrpSts');
  if (groupStatus && groupStatus !== PARTIAL)
    covering.push({ level: 'GROUP', status: statusOf(groupStatus, 'the whole file'), statusCode: groupStatus, ...reasonOf(group) });
  const payments: ReportedPayment[] = [];
  for (const block of elements(report, 'OrgnlPmtInfAndSts')) {
    const paymentInformationId = text(block, 'OrgnlPmtInfId');
    const blockStatus = text(block, 'PmtInfSts');
    if (blockStatus && blockStatus !== PARTIAL) {
      if (!paymentInformationId)
        throw new Error(`The pain.002 status report for ${originalMessageId} gives a payment block status without OrgnlPmtInfId`);
      covering.push({
        level: 'PAYMENT_INFORMATION',
        paymentInformationId,
        status: statusOf(blockStatus, `payment block ${paymentInformationId}`),
        statusCode: blockStatus,
        ...reasonOf(block),
      });
    }
    for (const transaction of elements(block, 'TxInfAndSts')) {
      const endToEndId = text(transaction, 'OrgnlEndToEndId');
      if (!endToEndId) throw new Error(`The pain.002 status report for ${originalMessageId} has a TxInfAndSts without OrgnlEndToEndId`);
      // A transaction without a status of its own shares that of its payment block or the whole file (covering).
      const statusCode = text(transaction, 'TxSts');
      if (!statusCode) {
        if ((blockStatus && blockStatus !== PARTIAL) || (groupStatus && groupStatus !== PARTIAL)) continue;
        throw new Error(`The pain.002 status report for ${originalMessageId} gives no status for end-to-end id ${endToEndId}`);
      }
      payments.push({ endToEndId, status: statusOf(statusCode, `end-to-end id ${endToEndId}`), statusCode, ...reasonOf(transaction) });
    }
  }
  return { originalMessageId, covering, payments };
}

function reasonOf(parent: XmlObject | undefined): { reason?: string; reasonText?: string } {
  for (const info of elements(parent, 'StsRsnInf')) {
    const reasonElement = element(info, 'Rsn');
    const reason = text(reasonElement, 'Cd') ?? text(reasonElement, 'Prtry');
    const additional = texts(info, 'AddtlInf').join(' ');
    const reasonText = (reason && explainReasonCode(reason)) || additional || undefined;
    if (reason || reasonText) return { ...(reason ? { reason } : {}), ...(reasonText ? { reasonText } : {}) };
  }
  return {};
}
