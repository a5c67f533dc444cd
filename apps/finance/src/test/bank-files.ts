/** The bank's messages as a Dutch bank sends them, for tests: payment status reports and account statements. */

export interface StatusLine {
  endToEndId: string;
  status?: string;
  reason?: string;
}

/** A pain.002.001.10 report on a batch: a group status, a block status, and transactions with their own. */
export function pain002(
  messageId: string,
  {
    group,
    block,
    transactions = [],
    reason,
    id = `STS-${Date.now()}`,
  }: { group?: string; block?: string; transactions?: StatusLine[]; reason?: string; id?: string },
): string {
  const reasonXml = (code?: string) => (code ? `<StsRsnInf><Rsn><Cd>${code}</Cd></Rsn></StsRsnInf>` : '');
  const lines = transactions.map(
    (line) =>
      `      <TxInfAndSts><OrgnlEndToEndId>${line.endToEndId}</OrgnlEndToEndId>${line.status ? `<TxSts>${line.status}</TxSts>` : ''}${reasonXml(line.reason)}</TxInfAndSts>`,
  );
  const blockXml =
    block || lines.length
      ? `  <OrgnlPmtInfAndSts><OrgnlPmtInfId>${messageId}</OrgnlPmtInfId>${block ? `<PmtInfSts>${block}</PmtInfSts>` : ''}${block && !group ? reasonXml(reason) : ''}\n${lines.join('\n')}\n    </OrgnlPmtInfAndSts>\n`
      : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>${id}</MsgId><CreDtTm>2026-03-05T06:02:11</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>${group ? `<GrpSts>${group}</GrpSts>` : ''}${group ? reasonXml(reason) : ''}</OrgnlGrpInfAndSts>
${blockXml}</CstmrPmtStsRpt></Document>
`;
}

export interface Booking {
  /** The payment's end-to-end id; absent for a batch booking that names only the file. */
  endToEndId?: string;
  cents: number;
  direction?: 'DBIT' | 'CRDT';
  /** A returned credit transfer, with its ISO return reason code. */
  returnReason?: string;
  status?: 'BOOK' | 'PDNG';
  /** A batch booking: one debit for the whole file, by its message id. */
  batchMessageId?: string;
  /** Money coming in (a credit that is no return): who sent it and the remittance, unstructured or as a creditor reference. */
  incoming?: { debtorName: string; unstructured?: string; reference?: string; endToEndId?: string; bankReference?: string };
}

const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** A transfer to the foundation's account, with the remittance the sender gave. */
function incomingXml(booking: Booking, incoming: NonNullable<Booking['incoming']>): string {
  const unstructured = incoming.unstructured ? `<Ustrd>${incoming.unstructured}</Ustrd>` : '';
  const structured = incoming.reference
    ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${incoming.reference}</Ref></CdtrRefInf></Strd>`
    : '';
  return `<TxDtls>
            <Refs><EndToEndId>${incoming.endToEndId ?? 'NOTPROVIDED'}</EndToEndId></Refs>
            <Amt Ccy="EUR">${euros(booking.cents)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
            <RltdPties><Dbtr><Pty><Nm>${incoming.debtorName}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>NL02ABNA0123456789</IBAN></Id></DbtrAcct></RltdPties>
            ${unstructured || structured ? `<RmtInf>${unstructured}${structured}</RmtInf>` : ''}
          </TxDtls>`;
}

function entryXml(booking: Booking, bookingDate: string, index: number): string {
  if (booking.incoming) return creditEntryXml(booking, booking.incoming, bookingDate, index);
  const direction = booking.direction ?? (booking.returnReason ? 'CRDT' : 'DBIT');
  const subFamily = booking.returnReason ? 'RRTN' : 'ESCT';
  const transaction = booking.endToEndId
    ? `<TxDtls>
            <Refs><EndToEndId>${booking.endToEndId}</EndToEndId></Refs>
            <Amt Ccy="EUR">${euros(booking.cents)}</Amt><CdtDbtInd>${direction}</CdtDbtInd>
            <RltdPties><Cdtr><Pty><Nm>Ontvanger ${index}</Nm></Pty></Cdtr><CdtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></CdtrAcct></RltdPties>
            <RmtInf><Ustrd>Vrijwilligersvergoeding en onkosten Buurtvolk</Ustrd></RmtInf>${
              booking.returnReason
                ? `\n            <RtrInf><Orgtr><Id><OrgId><AnyBIC>RABONL2U</AnyBIC></OrgId></Id></Orgtr><Rsn><Cd>${booking.returnReason}</Cd></Rsn><AddtlInf>Retour</AddtlInf></RtrInf>`
                : ''
            }
          </TxDtls>`
    : '';
  const batch = booking.batchMessageId
    ? `<Btch><MsgId>${booking.batchMessageId}</MsgId><PmtInfId>${booking.batchMessageId}</PmtInfId><CdtDbtInd>DBIT</CdtDbtInd></Btch>`
    : '';
  return `      <Ntry>
        <NtryRef>${index + 1}</NtryRef>
        <Amt Ccy="EUR">${euros(booking.cents)}</Amt>
        <CdtDbtInd>${direction}</CdtDbtInd>
        <Sts><Cd>${booking.status ?? 'BOOK'}</Cd></Sts>
        <BookgDt><Dt>${bookingDate}</Dt></BookgDt>
        <ValDt><Dt>${bookingDate}</Dt></ValDt>
        <AcctSvcrRef>REF${index + 1}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>${subFamily}</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${batch}${transaction}</NtryDtls>
      </Ntry>`;
}

function creditEntryXml(booking: Booking, incoming: NonNullable<Booking['incoming']>, bookingDate: string, index: number): string {
  return `      <Ntry>
        <NtryRef>${index + 1}</NtryRef>
        <Amt Ccy="EUR">${euros(booking.cents)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>${booking.status ?? 'BOOK'}</Cd></Sts>
        <BookgDt><Dt>${bookingDate}</Dt></BookgDt>
        <ValDt><Dt>${bookingDate}</Dt></ValDt>
        <AcctSvcrRef>${incoming.bankReference ?? `IN${index + 1}-${Math.random().toString(36).slice(2, 12)}`}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${incomingXml(booking, incoming)}</NtryDtls>
      </Ntry>`;
}

const ACCOUNT = `<Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>`;

/** A camt.053.001.08 end-of-day statement of the foundation's account with these bookings. */
export function camt053(
  bookings: Booking[],
  { id = `STMT-${Date.now()}`, bookingDate = '2026-03-05' }: { id?: string; bookingDate?: string } = {},
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${id}</MsgId><CreDtTm>${bookingDate}T20:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${id}-1</Id>
      <ElctrncSeqNb>64</ElctrncSeqNb>
      <CreDtTm>${bookingDate}T20:00:00</CreDtTm>
      ${ACCOUNT}
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">25000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${bookingDate}</Dt></Dt></Bal>
${bookings.map((booking, index) => entryXml(booking, bookingDate, index)).join('\n')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

/** A camt.054.001.08 debit/credit notification with these bookings. */
export function camt054(
  bookings: Booking[],
  { id = `NTF-${Date.now()}`, bookingDate = '2026-03-09' }: { id?: string; bookingDate?: string } = {},
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>${id}</MsgId><CreDtTm>${bookingDate}T09:30:00</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>${id}-1</Id>
      ${ACCOUNT}
${bookings.map((booking, index) => entryXml(booking, bookingDate, index)).join('\n')}
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
`;
}
