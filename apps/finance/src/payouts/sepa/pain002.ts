/**
 * Payment status reports (pain.002, versions .03 up to .10): the bank's answer to a pain.001 file, telling per
 * end-to-end id whether a payout went through or was rejected and why.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { explainReasonCode } from './reason-codes';

/** PENDING is for interim reports (received, technically valid, pending): neither paid nor failed yet. */
export type PaymentStatus = 'ACCEPTED' | 'REJECTED' | 'PENDING';

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

export interface PaymentStatusReport {
  originalMessageId: string;
  /** Set when the bank refused the whole file or payment block: it then often lists no transactions at all. */
  wholeRejection?: { level: 'GROUP' | 'PAYMENT_INFORMATION'; reason?: string; reasonText?: string };
  payments: ReportedPayment[];
}

const STATUSES: ReadonlyMap<string, PaymentStatus> = new Map([
  ['ACCP', 'ACCEPTED'], ['ACSC', 'ACCEPTED'], ['ACSP', 'ACCEPTED'], ['ACWC', 'ACCEPTED'], ['ACCC', 'ACCEPTED'],
  ['RJCT', 'REJECTED'],
  ['RCVD', 'PENDING'], ['ACTC', 'PENDING'], ['ACFC', 'PENDING'], ['PDNG', 'PENDING'],
]);

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
  const groupStatus = text(group, 'GrpSts');

  let wholeRejection: PaymentStatusReport['wholeRejection'];
  if (groupStatus === 'RJCT') wholeRejection = { level: 'GROUP', ...reasonOf(group) };
  const payments: ReportedPayment[] = [];
  for (const block of elements(report, 'OrgnlPmtInfAndSts')) {
    const blockStatus = text(block, 'PmtInfSts');
    if (blockStatus === 'RJCT') wholeRejection ??= { level: 'PAYMENT_INFORMATION', ...reasonOf(block) };
    for (const transaction of elements(block, 'TxInfAndSts')) {
      const endToEndId = text(transaction, 'OrgnlEndToEndId');
      if (!endToEndId) throw new Error(`The pain.002 status report for ${originalMessageId} has a TxInfAndSts without OrgnlEndToEndId`);
      // A transaction without a status of its own shares that of its payment block or the whole message.
      const statusCode = text(transaction, 'TxSts') ?? blockStatus ?? groupStatus;
      if (!statusCode) throw new Error(`The pain.002 status report for ${originalMessageId} gives no status for end-to-end id ${endToEndId}`);
      const status = STATUSES.get(statusCode);
      if (!status) throw new Error(`The pain.002 status report for ${originalMessageId} has unknown status "${statusCode}" for end-to-end id ${endToEndId}`);
      payments.push({ endToEndId, status, statusCode, ...reasonOf(transaction) });
    }
  }
  return { originalMessageId, ...(wholeRejection ? { wholeRejection } : {}), payments };
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

type XmlObject = { [name: string]: unknown };

function isObject(value: unknown): value is XmlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function element(parent: unknown, name: string): XmlObject | undefined {
  const value = isObject(parent) ? parent[name] : undefined;
  return isObject(value) ? value : undefined;
}

function elements(parent: unknown, name: string): XmlObject[] {
  const value = isObject(parent) ? parent[name] : undefined;
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function texts(parent: unknown, name: string): string[] {
  const value = isObject(parent) ? parent[name] : undefined;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}

function text(parent: unknown, name: string): string | undefined {
  const value = isObject(parent) ? parent[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
