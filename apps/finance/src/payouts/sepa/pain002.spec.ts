import { parsePain002 } from './pain002';
import { explainReasonCode } from './reason-codes';

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
  it('reads the original message id and each transaction with its status and reason', () => {
    expect(parsePain002(report)).toEqual({
      originalMessageId: 'PAYOUT-2026-03-0001',
      payments: [
        { endToEndId: '000123', status: 'ACCEPTED', statusCode: 'ACSC' },
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
      wholeRejection: { level: 'GROUP', reason: 'FF01', reasonText: 'File or transaction format is invalid' },
      payments: [],
    });
  });

  it('explains the common reason codes', () => {
    for (const code of ['AC01', 'AC04', 'AC06', 'AG01', 'AM04', 'MD07', 'MS02', 'MS03', 'RC01']) expect(explainReasonCode(code)).toEqual(expect.any(String));
    expect(explainReasonCode('AM04')).toBe('Insufficient funds');
    expect(explainReasonCode('ZZ99')).toBeUndefined();
  });

  describe('refuses with a clear message', () => {
    it('empty input', () => {
      expect(() => parsePain002('  \n')).toThrow('The pain.002 status report is empty');
    });

    it('XML that is not well-formed', () => {
      expect(() => parsePain002(report.replace('</TxSts>', '</TxStatus>'))).toThrow(/^The pain\.002 status report is not well-formed XML: .*TxSts.* \(line 22, column \d+\)$/);
      expect(() => parsePain002('this is not XML')).toThrow(/not well-formed XML/);
      expect(() => parsePain002(report.slice(0, 400))).toThrow(/not well-formed XML/);
    });

    it('another kind of document', () => {
      expect(() => parsePain002('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>')).toThrow(
        'Not a pain.002 payment status report: there is no Document/CstmrPmtStsRpt element',
      );
    });

    it('a report without the original message id', () => {
      expect(() => parsePain002(report.replace(/<OrgnlMsgId>.*<\/OrgnlMsgId>/, ''))).toThrow('The pain.002 status report has no OrgnlGrpInfAndSts/OrgnlMsgId');
    });

    it('a transaction without end-to-end id or with an unknown status', () => {
      expect(() => parsePain002(report.replace('<OrgnlEndToEndId>000123</OrgnlEndToEndId>', ''))).toThrow(/has a TxInfAndSts without OrgnlEndToEndId/);
      expect(() => parsePain002(report.replace('<TxSts>ACSC</TxSts>', '<TxSts>WHAT</TxSts>'))).toThrow(
        'The pain.002 status report for PAYOUT-2026-03-0001 has unknown status "WHAT" for end-to-end id 000123',
      );
    });
  });
});
