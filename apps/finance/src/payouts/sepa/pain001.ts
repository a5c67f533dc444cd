/**
 * SEPA credit transfer initiation (pain.001.001.09, EPC132-08 2023 customer-to-PSP): the file a bank executes to pay
 * out a batch. Everything is checked before one line is written, because a bank rejects a file as a whole and a
 * half-understood file could pay the wrong amount or person.
 */
import { normaliseIban } from './iban';
import { carriesInSepa, escapeXml, sepaIdentifierProblem, toSepaText } from './sepa-text';

export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

export interface PaymentBatch {
  /** Becomes the MsgId and PmtInfId that the bank's status report refers back to. */
  id: string;
  createdAt: Date;
  /** YYYY-MM-DD */
  requestedExecutionDate: string;
  debtor: { name: string; iban: string; bic?: string };
  payments: { endToEndId: string; amountCents: number; creditorName: string; creditorIban: string; remittance: string }[];
}

// EPC limits: names 70 characters, unstructured remittance 140, one transaction at most 999 999 999,99 euro.
const NAME_LENGTH = 70;
const REMITTANCE_LENGTH = 140;
const MAX_AMOUNT_CENTS = 99_999_999_999;

/** Euros with exactly two decimals from whole cents, without floating point ever touching the amount. */
export function formatCents(cents: number | bigint): string {
  const whole = BigInt(cents);
  return `${whole / 100n}.${String(whole % 100n).padStart(2, '0')}`;
}

export function buildPain001(batch: PaymentBatch): string {
  const { debtor, payments } = checkBatch(batch);
  const count = String(payments.length);
  const controlSum = formatCents(payments.reduce((sum, payment) => sum + BigInt(payment.amountCents), 0n));

  const document: XmlElement = [
    'Document',
    [
      [
        'CstmrCdtTrfInitn',
        [
          [
            'GrpHdr',
            [
              ['MsgId', batch.id],
              ['CreDtTm', batch.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')],
              ['NbOfTxs', count],
              ['CtrlSum', controlSum],
              ['InitgPty', [['Nm', debtor.name]]],
            ],
          ],
          [
            'PmtInf',
            [
              ['PmtInfId', batch.id],
              ['PmtMtd', 'TRF'],
              ['BtchBookg', 'true'],
              ['NbOfTxs', count],
              ['CtrlSum', controlSum],
              ['PmtTpInf', [['SvcLvl', [['Cd', 'SEPA']]]]],
              ['ReqdExctnDt', [['Dt', batch.requestedExecutionDate]]],
              ['Dbtr', [['Nm', debtor.name]]],
              ['DbtrAcct', [['Id', [['IBAN', debtor.iban]]]]],
              // The EPC lets the debtor's bank be named by BIC or left to the IBAN with the fixed word NOTPROVIDED.
              ['DbtrAgt', [['FinInstnId', [debtor.bic ? ['BICFI', debtor.bic] : ['Othr', [['Id', 'NOTPROVIDED']]]]]]],
              ['ChrgBr', 'SLEV'],
              ...payments.map((payment): XmlElement => [
                'CdtTrfTxInf',
                [
                  ['PmtId', [['EndToEndId', payment.endToEndId]]],
                  ['Amt', [['InstdAmt', formatCents(payment.amountCents), { Ccy: 'EUR' }]]],
                  ['Cdtr', [['Nm', payment.creditorName]]],
                  ['CdtrAcct', [['Id', [['IBAN', payment.creditorIban]]]]],
                  ...(payment.remittance ? [['RmtInf', [['Ustrd', payment.remittance]]] as XmlElement] : []),
                ],
              ]),
            ],
          ],
        ],
      ],
    ],
    { xmlns: PAIN_001_NAMESPACE },
  ];

  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(document, 0)}\n`;
}

/** The batch with names and accounts in the form the file carries them, or an Error saying what is wrong. */
function checkBatch(batch: PaymentBatch) {
  const batchIdProblem = sepaIdentifierProblem(batch.id);
  if (batchIdProblem) throw new Error(`Batch id "${batch.id}" ${batchIdProblem}`);
  if (!(batch.createdAt instanceof Date) || Number.isNaN(batch.createdAt.getTime()))
    throw new Error(`Batch ${batch.id}: createdAt is not a valid date`);
  if (!isCalendarDate(batch.requestedExecutionDate)) {
    throw new Error(`Batch ${batch.id}: requested execution date "${batch.requestedExecutionDate}" is not a date in the form YYYY-MM-DD`);
  }
  if (batch.payments.length === 0) throw new Error(`Batch ${batch.id} has no payments: a SEPA file needs at least one`);

  const debtorIban = normaliseIban(batch.debtor.iban);
  if (!debtorIban) throw new Error(`Batch ${batch.id}: debtor IBAN "${batch.debtor.iban}" is not a valid IBAN`);
  const debtorBic = batch.debtor.bic?.replace(/\s+/g, '').toUpperCase() || undefined;
  if (debtorBic && !/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(debtorBic)) {
    throw new Error(`Batch ${batch.id}: debtor BIC "${batch.debtor.bic}" is not a valid BIC (8 or 11 letters and digits)`);
  }
  const debtor = { name: sepaName(batch.debtor.name, `Batch ${batch.id}: debtor name`), iban: debtorIban, bic: debtorBic };

  const seen = new Set<string>();
  const payments = batch.payments.map((payment, index) => {
    const which = `Batch ${batch.id}, payment ${index + 1} (end-to-end id "${payment.endToEndId}")`;
    const idProblem = sepaIdentifierProblem(payment.endToEndId);
    if (idProblem) throw new Error(`${which}: the end-to-end id ${idProblem}`);
    // Status reports and returns are matched on the end-to-end id, so two payments may not share one.
    if (seen.has(payment.endToEndId)) throw new Error(`${which}: the end-to-end id is used twice in this batch`);
    seen.add(payment.endToEndId);
    if (!Number.isInteger(payment.amountCents) || payment.amountCents <= 0) {
      throw new Error(`${which}: the amount must be a whole, positive number of cents, got ${payment.amountCents}`);
    }
    if (payment.amountCents > MAX_AMOUNT_CENTS)
      throw new Error(`${which}: the amount ${formatCents(payment.amountCents)} is above the SEPA maximum of 999999999.99 euro`);
    const creditorIban = normaliseIban(payment.creditorIban);
    if (!creditorIban) throw new Error(`${which}: creditor IBAN "${payment.creditorIban}" is not a valid IBAN`);
    return {
      endToEndId: payment.endToEndId,
      amountCents: payment.amountCents,
      creditorName: sepaName(payment.creditorName, `${which}: creditor name`),
      creditorIban,
      remittance: toSepaText(payment.remittance, REMITTANCE_LENGTH),
    };
  });
  return { debtor, payments };
}

// A name that is all foreign script would reach the bank as dots: better refused than paid to "........".
function sepaName(name: string, what: string): string {
  const text = toSepaText(name, NAME_LENGTH);
  if (!carriesInSepa(text)) throw new Error(`${what} "${name}" has no letters or digits that a SEPA file can carry`);
  return text;
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// [name, text or children, attributes]: enough structure to indent the file for people who open it.
type XmlElement = [name: string, content: string | XmlElement[], attributes?: Record<string, string>];

function render([name, content, attributes = {}]: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  if (typeof content === 'string') return `${indent}<${name}${attributeText}>${escapeXml(content)}</${name}>`;
  return [`${indent}<${name}${attributeText}>`, ...content.map((child) => render(child, depth + 1)), `${indent}</${name}>`].join('\n');
}
