import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { pain002 } from '../../test/bank-files';
import { parsePain002 } from './pain002';
import { explainReasonCode, REASON_CODES } from './reason-codes';

// The project's own copy of the ISO 20022 schema (a hand-written subset, see the comment at its top).
const schema = { fileName: 'pain.002.001.10.xsd', contents: readFileSync(join(__dirname, 'pain.002.001.10.xsd'), 'utf8') };

// As a Dutch bank sends it the day after the file: one payout credited, one returned because the account is closed.
const report = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrPmtStsRpt>
    <GrpHdr>
      <MsgId>STS-20260305-000417</MsgId>
      <CreDtTm>2026-03-05T06:02:11</CreDtTm>
      <InitgPty><Id><OrgId><AnyBIC>ABNANL2A</AnyBIC></OrgId></Id></InitgPty>
    </GrpHdr>
    <OrgnlGrpInfAndSts>
      <OrgnlMsgId>PAYOUT-2026-03-0001</OrgnlMsgId>
      <OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
      <OrgnlNbOfTxs>2</OrgnlNbOfTxs>
      <OrgnlCtrlSum>1254.55</OrgnlCtrlSum>
      <GrpSts>PART</GrpSts>
    </OrgnlGrpInfAndSts>
    <OrgnlPmtInfAndSts>
      <OrgnlPmtInfId>PAYOUT-2026-03-0001</OrgnlPmtInfId>
      <PmtInfSts>PART</PmtInfSts>
      <TxInfAndSts>
        <StsId>STS-1</StsId>
        <OrgnlEndToEndId>000123</OrgnlEndToEndId>
        <TxSts>ACSC</TxSts>
        <OrgnlTxRef><Amt><InstdAmt Ccy="EUR">1234.56</InstdAmt></Amt></OrgnlTxRef>
      </TxInfAndSts>
      <TxInfAndSts>
        <StsId>STS-2</StsId>
        <OrgnlEndToEndId>BV-ALW-000001</OrgnlEndToEndId>
        <TxSts>RJCT</TxSts>
        <StsRsnInf>
          <Orgtr><Id><OrgId><AnyBIC>RABONL2U</AnyBIC></OrgId></Id></Orgtr>
          <Rsn><Cd>AC04</Cd></Rsn>
          <AddtlInf>Rekening opgeheven</AddtlInf>
        </StsRsnInf>
        <OrgnlTxRef><Amt><InstdAmt Ccy="EUR">19.99</InstdAmt></Amt></OrgnlTxRef>
      </TxInfAndSts>
    </OrgnlPmtInfAndSts>
  </CstmrPmtStsRpt>
</Document>
`;

describe('pain.002 payment status report', () => {
  it('validates against the pain.002.001.10 schema the project ships', async () => {
    const result = await validateXML({ xml: { fileName: 'report.xml', contents: report }, schema });
    expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
    const broken = await validateXML({
      xml: { fileName: 'report.xml', contents: report.replace('<GrpSts>PART</GrpSts>', '<GrpSts>PARTLY</GrpSts>') },
      schema,
    });
    expect(broken.valid).toBe(false);
  });

  it('reads the original message id and each transaction with its status and reason', () => {
    expect(parsePain002(report)).toEqual({
      originalMessageId: 'PAYOUT-2026-03-0001',
      covering: [],
      payments: [
        { endToEndId: '000123', status: 'SETTLED', statusCode: 'ACSC' },
        { endToEndId: 'BV-ALW-000001', status: 'REJECTED', statusCode: 'RJCT', reason: 'AC04', reasonText: 'Account is closed' },
      ],
    });
  });

  it('reads the older pain.002.001.03 with namespace prefixes alike', () => {
    const v3 = `<?xml version="1.0"?>
      <ns:Document xmlns:ns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><ns:CstmrPmtStsRpt>
        <ns:GrpHdr><ns:MsgId>S1</ns:MsgId><ns:CreDtTm>2026-03-05T06:02:11</ns:CreDtTm></ns:GrpHdr>
        <ns:OrgnlGrpInfAndSts><ns:OrgnlMsgId>PAYOUT-7</ns:OrgnlMsgId><ns:OrgnlMsgNmId>pain.001.001.03</ns:OrgnlMsgNmId></ns:OrgnlGrpInfAndSts>
        <ns:OrgnlPmtInfAndSts><ns:OrgnlPmtInfId>PAYOUT-7</ns:OrgnlPmtInfId>
          <ns:TxInfAndSts><ns:OrgnlEndToEndId>E1</ns:OrgnlEndToEndId><ns:TxSts>RJCT</ns:TxSts>
            <ns:StsRsnInf><ns:Rsn><ns:Cd>XT99</ns:Cd></ns:Rsn><ns:AddtlInf>Onbekende fout &amp; meer</ns:AddtlInf></ns:StsRsnInf>
          </ns:TxInfAndSts>
          <ns:TxInfAndSts><ns:OrgnlEndToEndId>E2</ns:OrgnlEndToEndId><ns:TxSts>PDNG</ns:TxSts></ns:TxInfAndSts>
        </ns:OrgnlPmtInfAndSts>
      </ns:CstmrPmtStsRpt></ns:Document>`;
    expect(parsePain002(v3)).toEqual({
      originalMessageId: 'PAYOUT-7',
      covering: [],
      payments: [
        { endToEndId: 'E1', status: 'REJECTED', statusCode: 'RJCT', reason: 'XT99', reasonText: 'Onbekende fout & meer' },
        { endToEndId: 'E2', status: 'PENDING', statusCode: 'PDNG' },
      ],
    });
  });

  it('says so when the bank rejected the whole file without listing transactions', () => {
    const rejected = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
      <GrpHdr><MsgId>S2</MsgId><CreDtTm>2026-03-05T06:02:11</CreDtTm></GrpHdr>
      <OrgnlGrpInfAndSts><OrgnlMsgId>PAYOUT-8</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>RJCT</GrpSts>
        <StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts>
    </CstmrPmtStsRpt></Document>`;
    expect(parsePain002(rejected)).toEqual({
      originalMessageId: 'PAYOUT-8',
      covering: [
        { level: 'GROUP', status: 'REJECTED', statusCode: 'RJCT', reason: 'FF01', reasonText: 'File or transaction format is invalid' },
      ],
      payments: [],
    });
  });

  it('gives a block status to the block, and lets a transaction’s own status override it; PART covers nothing', () => {
    const xml = pain002('PAYOUT-9', {
      group: 'PART',
      block: 'ACSP',
      transactions: [{ endToEndId: 'E1' }, { endToEndId: 'E2', status: 'RJCT', reason: 'MD07' }],
    });
    expect(parsePain002(xml)).toEqual({
      originalMessageId: 'PAYOUT-9',
      covering: [{ level: 'PAYMENT_INFORMATION', paymentInformationId: 'PAYOUT-9', status: 'ACCEPTED', statusCode: 'ACSP' }],
      payments: [{ endToEndId: 'E2', status: 'REJECTED', statusCode: 'RJCT', reason: 'MD07', reasonText: 'Account holder is deceased' }],
    });
    // Accepted is not paid: only ACSC and ACCC are.
    const statuses = ['ACCP', 'ACSP', 'ACTC', 'ACWC', 'ACSC', 'ACCC', 'RJCT', 'RCVD', 'PDNG'].map(
      (status) => parsePain002(pain002('P', { transactions: [{ endToEndId: 'E', status }] })).payments[0].status,
    );
    expect(statuses).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'SETTLED', 'SETTLED', 'REJECTED', 'PENDING', 'PENDING']);
    expect(() => parsePain002(pain002('P', { group: 'WHAT' }))).toThrow(
      'The pain.002 status report for P has unknown status "WHAT" for the whole file',
    );
    expect(() => parsePain002(pain002('P', { group: 'PART', transactions: [{ endToEndId: 'E' }] }))).toThrow(
      'The pain.002 status report for P gives no status for end-to-end id E',
    );
  });

  it('explains every reason code of the EPC’s SCT rulebook R-transactions, in English and Dutch', () => {
    const rulebook =
      'AB05 AB06 AB07 AB08 AB09 AB10 AC01 AC03 AC04 AC06 AG01 AG02 AM04 AM05 AM09 ARDT BE04 CNOR CUST DNOR DUPL ERIN FF01 FOCR FRAD LEGL MD07 MS02 MS03 NOAS NOOR RC01 RR01 RR02 RR03 RR04 TECH TM01'.split(
        ' ',
      );
    expect([...REASON_CODES].sort()).toEqual(rulebook);
    for (const code of rulebook) {
      expect({ code, en: explainReasonCode(code, 'en') }).toEqual({ code, en: expect.stringMatching(/^[A-Z].{5,}/) });
      expect({ code, nl: explainReasonCode(code, 'nl') }).toEqual({ code, nl: expect.stringMatching(/^[A-Z].{5,}/) });
      expect(explainReasonCode(code, 'nl')).not.toBe(explainReasonCode(code, 'en'));
    }
    expect(explainReasonCode('AM04')).toBe('Insufficient funds');
    expect(explainReasonCode('AM04', 'nl')).toBe('Onvoldoende saldo');
    expect(explainReasonCode('ZZ99')).toBeUndefined();
  });

  describe('refuses with a clear message', () => {
    it('empty input', () => {
      expect(() => parsePain002('  \n')).toThrow('The pain.002 status report is empty');
    });

    it('XML that is not well-formed', () => {
      expect(() => parsePain002(report.replace('</TxSts>', '</TxStatus>'))).toThrow(
        /^The pain\.002 status report is not well-formed XML: .*TxSts.* \(line 22, column \d+\)$/,
      );
      expect(() => parsePain002('this is not XML')).toThrow(/not well-formed XML/);
      expect(() => parsePain002(report.slice(0, 400))).toThrow(/not well-formed XML/);
    });

    it('another kind of document', () => {
      expect(() => parsePain002('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>')).toThrow(
        'Not a pain.002 payment status report: there is no Document/CstmrPmtStsRpt element',
      );
    });

    it('a report without the original message id', () => {
      expect(() => parsePain002(report.replace(/<OrgnlMsgId>.*<\/OrgnlMsgId>/, ''))).toThrow(
        'The pain.002 status report has no OrgnlGrpInfAndSts/OrgnlMsgId',
      );
    });

    it('a transaction without end-to-end id or with an unknown status', () => {
      expect(() => parsePain002(report.replace('<OrgnlEndToEndId>000123</OrgnlEndToEndId>', ''))).toThrow(
        /has a TxInfAndSts without OrgnlEndToEndId/,
      );
      expect(() => parsePain002(report.replace('<TxSts>ACSC</TxSts>', '<TxSts>WHAT</TxSts>'))).toThrow(
        'The pain.002 status report for PAYOUT-2026-03-0001 has unknown status "WHAT" for end-to-end id 000123',
      );
    });
  });
});
