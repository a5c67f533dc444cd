import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { camt053, camt054, pain002 } from '../../test/bank-files';
import { isSepaBusinessDay, businessDaysBefore } from './business-days';
import { parseBankStatement } from './camt';

// The project's own copies of the ISO 20022 schemas (hand-written subsets, see the comment at the top of each).
const schema = (name: string) => ({ fileName: `${name}.xsd`, contents: readFileSync(join(__dirname, `${name}.xsd`), 'utf8') });

async function validate(xml: string, name: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'bank.xml', contents: xml }, schema: schema(name) });
  return result.errors.map((error) => error.rawMessage);
}

const statement = camt053(
  [
    { endToEndId: 'P0001', cents: 12_000 },
    { batchMessageId: 'BV0002', cents: 19_550 },
    { endToEndId: 'P0003', cents: 4_550, returnReason: 'AC04' },
    { endToEndId: 'P0004', cents: 1_000, status: 'PDNG' },
  ],
  { id: 'STMT-2026-03-05', bookingDate: '2026-03-05' },
);

describe('bank statements (camt.053, camt.054)', () => {
  it('ships schemas the sample files validate against, and that catch a broken file', async () => {
    expect(await validate(statement, 'camt.053.001.08')).toEqual([]);
    const notification = camt054([{ endToEndId: 'P0003', cents: 4_550, returnReason: 'MD07' }], { id: 'NTF-1' });
    expect(await validate(notification, 'camt.054.001.08')).toEqual([]);
    expect(await validate(pain002('BV0002', { group: 'RJCT', reason: 'FF01' }), 'pain.002.001.10')).toEqual([]);
    expect(
      await validate(
        pain002('BV0002', {
          group: 'PART',
          block: 'PART',
          transactions: [
            { endToEndId: 'P1', status: 'ACSP' },
            { endToEndId: 'P2', status: 'RJCT', reason: 'AC04' },
          ],
        }),
        'pain.002.001.10',
      ),
    ).toEqual([]);
    expect(
      (await validate(statement.replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DEBIT</CdtDbtInd>'), 'camt.053.001.08')).join('\n'),
    ).toMatch(/DEBIT/);
    expect(
      (await validate(notification.replace('<Rsn><Cd>MD07</Cd></Rsn>', '<Rsn><Cd>MD07X</Cd></Rsn>'), 'camt.054.001.08')).join('\n'),
    ).toMatch(/Cd.*maxLength/);
    expect((await validate(statement, 'camt.054.001.08')).length).toBeGreaterThan(0);
  });

  it('reads each entry: amount, direction, status, booking date, end-to-end id, batch and return reason', () => {
    const read = parseBankStatement(statement);
    expect(read).toMatchObject({ message: 'camt.053', messageId: 'STMT-2026-03-05' });
    expect(read.entries).toEqual([
      {
        reference: 'REF1',
        amountCents: 12_000,
        direction: 'DBIT',
        reversal: false,
        booked: true,
        bookingDate: '2026-03-05',
        transactions: [{ endToEndId: 'P0001', amountCents: 12_000, returned: false }],
      },
      {
        reference: 'REF2',
        amountCents: 19_550,
        direction: 'DBIT',
        reversal: false,
        booked: true,
        bookingDate: '2026-03-05',
        batch: { messageId: 'BV0002', paymentInformationId: 'BV0002' },
        transactions: [],
      },
      {
        reference: 'REF3',
        amountCents: 4_550,
        direction: 'CRDT',
        reversal: false,
        booked: true,
        bookingDate: '2026-03-05',
        transactions: [
          { endToEndId: 'P0003', amountCents: 4_550, returned: true, returnReason: 'AC04', returnReasonText: 'Account is closed' },
        ],
      },
      {
        reference: 'REF4',
        amountCents: 1_000,
        direction: 'DBIT',
        reversal: false,
        booked: false,
        bookingDate: '2026-03-05',
        transactions: [{ endToEndId: 'P0004', amountCents: 1_000, returned: false }],
      },
    ]);
  });

  it('reads a notification, and the older versions with a plain status and namespace prefixes', () => {
    expect(parseBankStatement(camt054([{ endToEndId: 'P9', cents: 1, returnReason: 'MD07' }], { id: 'NTF-2' }))).toMatchObject({
      message: 'camt.054',
      messageId: 'NTF-2',
      entries: [
        {
          amountCents: 1,
          direction: 'CRDT',
          transactions: [{ endToEndId: 'P9', returned: true, returnReason: 'MD07', returnReasonText: 'Account holder is deceased' }],
        },
      ],
    });
    const v2 = `<b:Document xmlns:b="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><b:BkToCstmrStmt><b:GrpHdr><b:MsgId>OLD-1</b:MsgId><b:CreDtTm>2026-03-05T20:00:00</b:CreDtTm></b:GrpHdr>
      <b:Stmt><b:Id>1</b:Id><b:Ntry><b:Amt Ccy="EUR">10.50000</b:Amt><b:CdtDbtInd>DBIT</b:CdtDbtInd><b:Sts>BOOK</b:Sts><b:BookgDt><b:DtTm>2026-03-06T10:00:00</b:DtTm></b:BookgDt>
        <b:NtryDtls><b:TxDtls><b:Refs><b:EndToEndId>P7</b:EndToEndId></b:Refs></b:TxDtls></b:NtryDtls></b:Ntry></b:Stmt></b:BkToCstmrStmt></b:Document>`;
    expect(parseBankStatement(v2).entries).toEqual([
      {
        amountCents: 1_050,
        direction: 'DBIT',
        reversal: false,
        booked: true,
        bookingDate: '2026-03-06',
        transactions: [{ endToEndId: 'P7', returned: false }],
      },
    ]);
  });

  describe('refuses with a clear message', () => {
    it('empty input, XML that is not well-formed, another document', () => {
      expect(() => parseBankStatement(' ')).toThrow('The bank statement is empty');
      expect(() => parseBankStatement(statement.slice(0, 300))).toThrow(
        /^The bank statement is not well-formed XML: .* \(line \d+, column \d+\)$/,
      );
      expect(() => parseBankStatement(pain002('X', { group: 'ACSC' }))).toThrow(
        'Not a bank statement: there is no Document/BkToCstmrStmt (camt.053) or Document/BkToCstmrDbtCdtNtfctn (camt.054) element',
      );
    });

    it('a message without id, an entry without a valid amount or direction', () => {
      expect(() => parseBankStatement(statement.replace('<MsgId>STMT-2026-03-05</MsgId>', ''))).toThrow(
        'The camt.053 message has no GrpHdr/MsgId',
      );
      expect(() =>
        parseBankStatement(
          statement.replace('<Amt Ccy="EUR">120.00</Amt>\n        <CdtDbtInd>', '<Amt Ccy="EUR">120.001</Amt>\n        <CdtDbtInd>'),
        ),
      ).toThrow('The bank statement has no valid amount for the amount of entry REF1 in the camt.053 message: "120.001"');
      expect(() =>
        parseBankStatement(statement.replace('<CdtDbtInd>DBIT</CdtDbtInd>\n        <Sts>', '<CdtDbtInd>X</CdtDbtInd>\n        <Sts>')),
      ).toThrow('The camt.053 message gives entry REF1 no CdtDbtInd of CRDT or DBIT');
    });
  });
});

describe('SEPA business days', () => {
  it('skips weekends and the TARGET2 holidays', () => {
    expect(isSepaBusinessDay('2026-03-05')).toBe(true);
    expect(isSepaBusinessDay('2026-03-07')).toBe(false); // Saturday
    expect(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25'].map(isSepaBusinessDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]); // Good Friday and Easter Monday 2026
    expect(isSepaBusinessDay('2026-05-14')).toBe(true); // Ascension Day: banks in the Netherlands close, TARGET2 does not
    expect(businessDaysBefore('2026-03-12', 5)).toBe('2026-03-05');
    expect(businessDaysBefore('2026-04-08', 2)).toBe('2026-04-02'); // back over Easter Monday and Good Friday
    expect(businessDaysBefore('2026-03-08', 0)).toBe('2026-03-06'); // a Sunday: the Friday before
  });
});
