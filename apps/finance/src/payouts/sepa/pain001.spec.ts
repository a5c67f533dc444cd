import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { buildPain001, formatCents, PaymentBatch } from './pain001';

// The project's own copy of the EPC schema, so the tests never depend on anything outside the repository.
const schema = { fileName: 'pain.001.001.09.xsd', contents: readFileSync(join(__dirname, 'pain.001.001.09.xsd'), 'utf8') };

async function validateAgainstXsd(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: { fileName: 'payout.xml', contents: xml }, schema });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

const longName = 'Zoë Ñúñez-Müller van den Broeck-Østergaard de la Cour, Stichting Buurtvolk Wijkteam Feijenoord';

function batch(overrides: Partial<PaymentBatch> = {}): PaymentBatch {
  return {
    id: 'PAYOUT-2026-03-0001',
    createdAt: new Date('2026-03-02T09:15:30.123Z'),
    requestedExecutionDate: '2026-03-04',
    debtor: { name: 'Stichting Buurtvolk', iban: 'NL91 ABNA 0417 1643 00' },
    payments: [
      {
        endToEndId: 'BV-ALW-000001',
        amountCents: 1999,
        creditorName: longName,
        creditorIban: 'nl02abna0417164350',
        remittance: 'Vrijwilligersvergoeding maart 2026 – Zoë',
      },
      {
        endToEndId: 'BV-ALW-000002',
        amountCents: 1,
        creditorName: 'José Ramírez & Zonen',
        creditorIban: 'BE68539007547034',
        remittance: 'Reiskosten <tram> "Rotterdam" ' + '€'.repeat(200),
      },
      {
        endToEndId: 'BV-ALW-000003',
        amountCents: 123456,
        creditorName: 'Jürgen Groß',
        creditorIban: 'DE89370400440532013000',
        remittance: '',
      },
    ],
    ...overrides,
  };
}

function payment(overrides: Partial<PaymentBatch['payments'][number]>): PaymentBatch['payments'][number] {
  return { ...batch().payments[0], ...overrides };
}

describe('pain.001.001.09 credit transfer file', () => {
  it('formats cents as euros without floating point', () => {
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(1)).toBe('0.01');
    expect(formatCents(1999)).toBe('19.99');
    expect(formatCents(123456)).toBe('1234.56');
    expect(formatCents(99_999_999_999)).toBe('999999999.99');
    expect(formatCents(10n ** 17n + 5n)).toBe('1000000000000000.05');
  });

  it('builds a file that validates against the EPC schema, with accents and long names', async () => {
    const xml = buildPain001(batch());
    expect(await validateAgainstXsd(xml)).toEqual({ valid: true, errors: [] });
  });

  it('validates with the debtor bank given by BIC as well as with NOTPROVIDED', async () => {
    const withBic = buildPain001(batch({ debtor: { name: 'Stichting Buurtvolk', iban: 'NL91ABNA0417164300', bic: 'abna nl 2a' } }));
    expect(withBic).toContain('<DbtrAgt>\n        <FinInstnId>\n          <BICFI>ABNANL2A</BICFI>');
    expect(await validateAgainstXsd(withBic)).toEqual({ valid: true, errors: [] });
    expect(buildPain001(batch())).toContain('<Othr>\n            <Id>NOTPROVIDED</Id>');
  });

  it('is checked by the schema for real: a broken file is reported', async () => {
    const broken = buildPain001(batch())
      .replace('<Cd>SEPA</Cd>', '<Cd>URGP</Cd>')
      .replace('<ChrgBr>SLEV</ChrgBr>', '<ChrgBr>SHAR</ChrgBr>');
    const result = await validateAgainstXsd(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/URGP|SHAR/);
  });

  it('carries the group header, one payment block and the transactions', () => {
    const xml = buildPain001(batch());
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">'),
    ).toBe(true);
    expect(xml).toContain('<MsgId>PAYOUT-2026-03-0001</MsgId>');
    expect(xml).toContain('<CreDtTm>2026-03-02T09:15:30Z</CreDtTm>');
    expect(xml).toContain('<PmtInfId>PAYOUT-2026-03-0001</PmtInfId>');
    expect(xml).toContain('<PmtMtd>TRF</PmtMtd>');
    expect(xml).toContain('<BtchBookg>true</BtchBookg>');
    expect(xml).toContain('<ReqdExctnDt>\n        <Dt>2026-03-04</Dt>');
    expect(xml).toContain('<IBAN>NL91ABNA0417164300</IBAN>');
    expect(xml).toContain('<ChrgBr>SLEV</ChrgBr>');
    expect(xml.match(/<NbOfTxs>3<\/NbOfTxs>/g)).toHaveLength(2);
    expect(xml.match(/<CdtTrfTxInf>/g)).toHaveLength(3);
    expect(xml).toContain('<EndToEndId>BV-ALW-000002</EndToEndId>');
    expect(xml).toContain('<InstdAmt Ccy="EUR">0.01</InstdAmt>');
    expect(xml).toContain('<IBAN>NL02ABNA0417164350</IBAN>');
  });

  it('puts the sum of the cents in both control sums: 1999 + 1 + 123456 cents is 1254.56', () => {
    const xml = buildPain001(batch());
    expect(xml.match(/<CtrlSum>1254\.56<\/CtrlSum>/g)).toHaveLength(2);
    expect(xml).toContain('<InstdAmt Ccy="EUR">19.99</InstdAmt>');
    expect(xml).toContain('<InstdAmt Ccy="EUR">1234.56</InstdAmt>');
  });

  it('keeps names and remittance to the SEPA character set and the EPC lengths', () => {
    const xml = buildPain001(batch());
    const names = [...xml.matchAll(/<Nm>([^<]*)<\/Nm>/g)].map((match) => match[1]);
    expect(names).toEqual([
      'Stichting Buurtvolk',
      'Stichting Buurtvolk',
      'Zoe Nunez-Muller van den Broeck-Ostergaard de la Cour, Stichting Buurt',
      'Jose Ramirez + Zonen',
      'Jurgen Gross',
    ]);
    expect(names[2]).toHaveLength(70);
    const remittances = [...xml.matchAll(/<Ustrd>([^<]*)<\/Ustrd>/g)].map((match) => match[1]);
    expect(remittances[0]).toBe('Vrijwilligersvergoeding maart 2026 - Zoe');
    expect(remittances[1]).toMatch(/^Reiskosten \.tram\. &apos;Rotterdam&apos; \.{110}$/);
    expect(remittances[1].replace(/&apos;/g, "'")).toHaveLength(140);
    // An empty remittance leaves RmtInf out rather than sending an empty element the schema forbids.
    expect(remittances).toHaveLength(2);
    const text = xml.replace(/<[^>]*>/g, '').replace(/&apos;/g, "'");
    expect(text).toMatch(/^[A-Za-z0-9/\-?:().,'+ \n]*$/);
  });

  describe('refuses', () => {
    it('an empty batch', () => {
      expect(() => buildPain001(batch({ payments: [] }))).toThrow(
        'Batch PAYOUT-2026-03-0001 has no payments: a SEPA file needs at least one',
      );
    });

    it.each([0, -500, 12.5, Number.NaN, Number.POSITIVE_INFINITY])('an amount of %p cents', (amountCents) => {
      expect(() => buildPain001(batch({ payments: [payment({ amountCents })] }))).toThrow(
        `Batch PAYOUT-2026-03-0001, payment 1 (end-to-end id "BV-ALW-000001"): the amount must be a whole, positive number of cents, got ${amountCents}`,
      );
    });

    it('an amount above the SEPA maximum', () => {
      expect(() => buildPain001(batch({ payments: [payment({ amountCents: 100_000_000_000 })] }))).toThrow(
        /above the SEPA maximum of 999999999\.99 euro/,
      );
    });

    it('an invalid creditor IBAN', () => {
      expect(() => buildPain001(batch({ payments: [payment({ creditorIban: 'NL92ABNA0417164300' })] }))).toThrow(
        'Batch PAYOUT-2026-03-0001, payment 1 (end-to-end id "BV-ALW-000001"): creditor IBAN "NL92ABNA0417164300" is not a valid IBAN',
      );
    });

    it('an invalid debtor IBAN', () => {
      expect(() => buildPain001(batch({ debtor: { name: 'Stichting Buurtvolk', iban: 'NL91ABNA041716430' } }))).toThrow(
        'Batch PAYOUT-2026-03-0001: debtor IBAN "NL91ABNA041716430" is not a valid IBAN',
      );
    });

    it('an end-to-end id over 35 characters', () => {
      const endToEndId = 'e0b5c6a2-3f1d-4c8e-9a7b-1d2e3f4a5b6c'; // a UUID is 36
      expect(() => buildPain001(batch({ payments: [payment({ endToEndId })] }))).toThrow(
        `Batch PAYOUT-2026-03-0001, payment 1 (end-to-end id "${endToEndId}"): the end-to-end id is 36 characters long, at most 35 are allowed`,
      );
    });

    it('an end-to-end id used twice, or with characters a bank may not carry back', () => {
      expect(() => buildPain001(batch({ payments: [payment({}), payment({})] }))).toThrow(
        /payment 2 .*the end-to-end id is used twice in this batch/,
      );
      expect(() => buildPain001(batch({ payments: [payment({ endToEndId: 'BV_ALW_1' })] }))).toThrow(/the end-to-end id may only contain/);
    });

    it('a batch id that cannot be a message id', () => {
      expect(() => buildPain001(batch({ id: 'X'.repeat(36) }))).toThrow(
        `Batch id "${'X'.repeat(36)}" is 36 characters long, at most 35 are allowed`,
      );
    });

    it('an execution date that is not a date', () => {
      expect(() => buildPain001(batch({ requestedExecutionDate: '2026-02-30' }))).toThrow(
        /requested execution date "2026-02-30" is not a date in the form YYYY-MM-DD/,
      );
      expect(() => buildPain001(batch({ requestedExecutionDate: '04-03-2026' }))).toThrow(/requested execution date/);
    });

    it('an invalid debtor BIC', () => {
      expect(() => buildPain001(batch({ debtor: { name: 'Stichting Buurtvolk', iban: 'NL91ABNA0417164300', bic: 'ABNA' } }))).toThrow(
        /debtor BIC "ABNA" is not a valid BIC/,
      );
    });

    it('a creditor name with nothing a SEPA file can carry', () => {
      expect(() => buildPain001(batch({ payments: [payment({ creditorName: 'Ахмед' })] }))).toThrow(
        /creditor name "Ахмед" has no letters or digits that a SEPA file can carry/,
      );
      expect(() => buildPain001(batch({ payments: [payment({ creditorName: '  ' })] }))).toThrow(/creditor name/);
    });
  });
});
