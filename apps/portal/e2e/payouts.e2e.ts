import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { expectAccessible, graphql, openFromMenu, screenshots, signInAs, tokenOf } from './support';

// The schemas the finance service's own tests validate its SEPA files and the bank's messages against.
const xsd = (name: string) => ({
  fileName: `${name}.xsd`,
  contents: readFileSync(join(__dirname, '..', '..', 'finance', 'src', 'payouts', 'sepa', `${name}.xsd`), 'utf8'),
});
const schema = xsd('pain.001.001.09');

async function expectValid(xml: string, name: string): Promise<void> {
  const validation = await validateXML({ xml: { fileName: `${name}.xml`, contents: xml }, schema: xsd(name) });
  expect(validation.errors.map((error) => error.rawMessage)).toEqual([]);
}

/** The bank's answer to a credit transfer file: the first `rejected` payments returned because the account is closed, the rest credited. */
function statusReport(messageId: string, endToEndIds: string[], rejected = 1): string {
  const transactions = endToEndIds
    .map((id, index) =>
      index < rejected
        ? `<TxInfAndSts><OrgnlEndToEndId>${id}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Rekening opgeheven</AddtlInf></StsRsnInf></TxInfAndSts>`
        : `<TxInfAndSts><OrgnlEndToEndId>${id}</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>STS-E2E-${Date.now()}</MsgId><CreDtTm>2026-03-05T06:02:11</CreDtTm></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>${messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
    <OrgnlPmtInfAndSts><OrgnlPmtInfId>${messageId}</OrgnlPmtInfId><PmtInfSts>PART</PmtInfSts>
${transactions}
    </OrgnlPmtInfAndSts>
  </CstmrPmtStsRpt>
</Document>
`;
}

/** The bank refuses the whole file (GrpSts RJCT) and lists no payment at all, as banks do. */
function groupRejection(messageId: string, reason: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>STS-E2E-G-${Date.now()}</MsgId><CreDtTm>2026-03-05T06:02:11</CreDtTm></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>${messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>${reason}</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts>
  </CstmrPmtStsRpt>
</Document>
`;
}

/** The bank accepted the payment block (ACSP): taken, not yet paid. */
function blockAccepted(messageId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>STS-E2E-A-${Date.now()}</MsgId><CreDtTm>2026-03-05T06:02:11</CreDtTm></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>${messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId></OrgnlGrpInfAndSts>
    <OrgnlPmtInfAndSts><OrgnlPmtInfId>${messageId}</OrgnlPmtInfId><PmtInfSts>ACSP</PmtInfSts></OrgnlPmtInfAndSts>
  </CstmrPmtStsRpt>
</Document>
`;
}

const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Bookings on the foundation's account: debits of payouts, or credit transfers sent back with a return reason. */
function bankMessage(kind: 'camt.053' | 'camt.054', bookings: { endToEndId: string; cents: number; returnReason?: string }[]): string {
  const day = new Date().toISOString().slice(0, 10);
  const entries = bookings
    .map(
      (booking, index) => `      <Ntry>
        <Amt Ccy="EUR">${euros(booking.cents)}</Amt><CdtDbtInd>${booking.returnReason ? 'CRDT' : 'DBIT'}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${day}</Dt></BookgDt><AcctSvcrRef>E2E-${index + 1}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>${booking.returnReason ? 'RRTN' : 'ESCT'}</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls><Refs><EndToEndId>${booking.endToEndId}</EndToEndId></Refs><Amt Ccy="EUR">${euros(booking.cents)}</Amt>${
          booking.returnReason ? `<RtrInf><Rsn><Cd>${booking.returnReason}</Cd></Rsn></RtrInf>` : ''
        }</TxDtls></NtryDtls>
      </Ntry>`,
    )
    .join('\n');
  const id = `E2E-${kind === 'camt.053' ? 'STMT' : 'NTF'}-${Date.now()}`;
  const account = `<Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>`;
  const body =
    kind === 'camt.053'
      ? `<BkToCstmrStmt><GrpHdr><MsgId>${id}</MsgId><CreDtTm>${day}T20:00:00</CreDtTm></GrpHdr><Stmt><Id>${id}</Id>${account}
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">25000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${day}</Dt></Dt></Bal>
${entries}
    </Stmt></BkToCstmrStmt>`
      : `<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>${id}</MsgId><CreDtTm>${day}T09:30:00</CreDtTm></GrpHdr><Ntfctn><Id>${id}</Id>${account}
${entries}
    </Ntfctn></BkToCstmrDbtCdtNtfctn>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${kind}.001.08">\n  ${body}\n</Document>\n`;
}

/**
 * A run stopped halfway leaves a batch the bank never answered, holding all the money that is payable; answer it as a
 * bank would (all returned), so this run has something to pay again. On a fresh database there is no such batch.
 */
async function finishUnansweredBatches(request: APIRequestContext): Promise<void> {
  const accessToken = await tokenOf(request, 'admin');
  const log = await graphql(
    request,
    accessToken,
    `
      query PayoutsE2eLog {
        financeAuditLog(first: 100, entityType: "PayoutBatch") {
          edges {
            node {
              action
              entityId
            }
          }
        }
      }
    `,
  );
  const ids = new Set<string>(
    log.financeAuditLog.edges
      .filter(({ node }: { node: { action: string } }) => node.action === 'payout-batch.created')
      .map(({ node }: { node: { entityId: string } }) => node.entityId),
  );
  for (const id of ids) {
    const { payoutBatch } = await graphql(
      request,
      accessToken,
      `
        query PayoutsE2eBatch($id: ID!) {
          payoutBatch(id: $id) {
            messageId
            payments {
              endToEndId
              status
            }
          }
        }
      `,
      { id },
    );
    const open = (payoutBatch?.payments ?? [])
      .filter((payment: { status: string }) => ['SCHEDULED', 'ACCEPTED'].includes(payment.status))
      .map((payment: { endToEndId: string }) => payment.endToEndId);
    if (!open.length) continue;
    const xml = statusReport(payoutBatch.messageId, open, open.length);
    await graphql(
      request,
      accessToken,
      `
        mutation PayoutsE2eImport($key: String!, $xml: String!) {
          importPaymentStatusReport(idempotencyKey: $key, xml: $xml) {
            failed
          }
        }
      `,
      { key: crypto.randomUUID(), xml },
    );
  }
}

// A failed payment goes back to payable, so a re-run against the same database always has at least that one to pay.
test('the national office pays out, sends the file to the bank and reads the bank’s answer', async ({ page, request }) => {
  await finishUnansweredBatches(request);
  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Uitbetalingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Uitbetalingen' })).toBeVisible();
  await expect(page.getByLabel('Datum van betalen')).not.toHaveValue('');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Uitbetaling maken' }).click();
  await expect(page).toHaveURL(/\?batch=[0-9a-f-]+/);
  const batch = page.getByRole('region', { name: /^Uitbetaling van / });
  await expect(batch.getByRole('heading', { name: /^Uitbetaling van / })).toBeVisible();
  await expect(page.getByText(/betaling(en)?, samen €\s.*Stand: klaar voor de bank/)).toBeVisible();
  const rows = batch.getByRole('row').filter({ hasText: 'Klaar om te betalen' });
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expectAccessible(page);

  // A reload shows the same batch: its id is in the address.
  await page.reload();
  await expect(batch.getByRole('row').filter({ hasText: 'Klaar om te betalen' })).toHaveCount(count);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Betaalbestand downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^buurtvolk-uitbetaling-\d{4}-\d{2}-\d{2}\.xml$/);
  const xml = readFileSync(await download.path(), 'utf8');
  const validation = await validateXML({ xml: { fileName: 'payout.xml', contents: xml }, schema });
  expect(validation.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(validation.valid).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'is gedownload' })).toBeVisible();
  await expectAccessible(page);

  const messageId = xml.match(/<GrpHdr>\s*<MsgId>([^<]+)<\/MsgId>/)?.[1];
  const endToEndIds = [...xml.matchAll(/<EndToEndId>([^<]+)<\/EndToEndId>/g)].map((match) => match[1]);
  expect(messageId).toBeTruthy();
  expect(endToEndIds).toHaveLength(count);

  await page
    .getByLabel('Statusbericht van de bank (XML-bestand)')
    .setInputFiles({ name: 'pain002.xml', mimeType: 'application/xml', buffer: Buffer.from(statusReport(messageId ?? '', endToEndIds)) });
  await page.getByRole('button', { name: 'Statusbericht inlezen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het statusbericht is ingelezen' })).toContainText(
    `${count - 1} ${count - 1 === 1 ? 'betaling' : 'betalingen'} betaald, 1 betaling mislukt`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Het statusbericht is ingelezen' })).toContainText('Rekening is opgeheven');

  const failed = batch.getByRole('row').filter({ hasText: 'Mislukt' });
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('Rekening is opgeheven');
  await expect(failed).toContainText('Het geld staat weer klaar voor de volgende uitbetaling.');
  await expect(batch.getByRole('row').filter({ hasText: 'Betaald' })).toHaveCount(count - 1);
  await expect(batch.getByRole('row').filter({ hasText: 'Klaar om te betalen' })).toHaveCount(0);
  await expect(page.getByText(/Stand: afgehandeld door de bank/)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'payouts');
});

/** Makes a batch of everything payable on the page and returns what the bank needs to answer it. */
async function makeBatch(page: Page, request: APIRequestContext) {
  await page.getByRole('button', { name: 'Uitbetaling maken' }).click();
  await expect(page).toHaveURL(/\?batch=[0-9a-f-]+/);
  const id = new URL(page.url()).searchParams.get('batch') ?? '';
  const batch = page.getByRole('region', { name: /^Uitbetaling van / });
  await expect(batch.getByRole('row').filter({ hasText: 'Klaar om te betalen' }).first()).toBeVisible();
  const accessToken = await tokenOf(request, 'admin');
  const { payoutBatch } = await graphql(
    request,
    accessToken,
    `
      query PayoutsE2eMade($id: ID!) {
        payoutBatch(id: $id) {
          messageId
          payments {
            endToEndId
            amount {
              cents
            }
            volunteer {
              displayName
            }
          }
        }
      }
    `,
    { id },
  );
  const payments: { endToEndId: string; amount: { cents: number }; volunteer: { displayName: string } }[] = payoutBatch.payments;
  await expect(batch.getByRole('row').filter({ hasText: 'Klaar om te betalen' })).toHaveCount(payments.length);
  return { batch, messageId: payoutBatch.messageId as string, payments };
}

test('a status report that rejects the whole file makes every payment of the batch payable again', async ({ page, request }) => {
  await finishUnansweredBatches(request);
  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Uitbetalingen');
  const { batch, messageId, payments } = await makeBatch(page, request);
  const summary = await page.getByText(/betaling(en)?, samen €/).textContent();
  const report = groupRejection(messageId, 'FF01');
  await expectValid(report, 'pain.002.001.10');

  await page
    .getByLabel('Statusbericht van de bank (XML-bestand)')
    .setInputFiles({ name: 'pain002.xml', mimeType: 'application/xml', buffer: Buffer.from(report) });
  await page.getByRole('button', { name: 'Statusbericht inlezen' }).click();
  const n = payments.length;
  await expect(page.getByRole('status').filter({ hasText: 'Het statusbericht is ingelezen' })).toContainText(
    `0 betalingen betaald, ${n} ${n === 1 ? 'betaling' : 'betalingen'} mislukt`,
  );
  const failed = batch.getByRole('row').filter({ hasText: 'Mislukt' });
  await expect(failed).toHaveCount(n);
  for (const row of await failed.all()) {
    await expect(row).toContainText('Het bestand klopt niet');
    await expect(row).toContainText('Het geld staat weer klaar voor de volgende uitbetaling.');
  }
  await expect(batch.getByRole('row').filter({ hasText: 'Klaar om te betalen' })).toHaveCount(0);
  await expect(page.getByText(/Stand: afgehandeld door de bank/)).toBeVisible();
  await expectAccessible(page);

  // All of it is payable again: the next batch holds the same payments and the same total.
  await makeBatch(page, request);
  await expect(page.getByText(/betaling(en)?, samen €/)).toHaveText(
    (summary ?? '').replace('afgehandeld door de bank', 'klaar voor de bank'),
  );
});

test('the bank accepts, the statement books, and a notification returns a paid payment to payable', async ({ page, request }) => {
  await finishUnansweredBatches(request);
  await signInAs(page, 'Medewerker landelijk bureau');
  await openFromMenu(page, 'Uitbetalingen');
  const { batch, messageId, payments } = await makeBatch(page, request);
  const n = payments.length;

  // Accepted is not paid.
  await page
    .getByLabel('Statusbericht van de bank (XML-bestand)')
    .setInputFiles({ name: 'pain002.xml', mimeType: 'application/xml', buffer: Buffer.from(blockAccepted(messageId)) });
  await page.getByRole('button', { name: 'Statusbericht inlezen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het statusbericht is ingelezen' })).toContainText(
    `${n} ${n === 1 ? 'betaling is' : 'betalingen zijn'} geaccepteerd door de bank, maar nog niet betaald.`,
  );
  await expect(batch.getByRole('row').filter({ hasText: 'Geaccepteerd door de bank, nog niet betaald' })).toHaveCount(n);
  await expect(page.getByText(/Stand: klaar voor de bank/)).toBeVisible();
  await expectAccessible(page);

  // The day's statement shows every payment debited: paid.
  const statement = bankMessage(
    'camt.053',
    payments.map((payment) => ({ endToEndId: payment.endToEndId, cents: payment.amount.cents })),
  );
  await expectValid(statement, 'camt.053.001.08');
  await page
    .getByLabel('Afschrift of melding van de bank (XML-bestand)')
    .setInputFiles({ name: 'camt053.xml', mimeType: 'application/xml', buffer: Buffer.from(statement) });
  await page.getByRole('button', { name: 'Afschrift inlezen' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Het afschrift is ingelezen' });
  await expect(result).toContainText(`${n} ${n === 1 ? 'betaling' : 'betalingen'} afgeschreven, 0 betalingen teruggeboekt`);
  await expect(batch.getByRole('row').filter({ hasText: /^(?!.*nog niet).*Betaald/ })).toHaveCount(n);
  await expect(page.getByText(/Stand: afgehandeld door de bank/)).toBeVisible();

  // Days later the payee's bank sends the first one back: the account holder has died.
  const returned = payments[0];
  const notification = bankMessage('camt.054', [{ endToEndId: returned.endToEndId, cents: returned.amount.cents, returnReason: 'MD07' }]);
  await expectValid(notification, 'camt.054.001.08');
  await page
    .getByLabel('Afschrift of melding van de bank (XML-bestand)')
    .setInputFiles({ name: 'camt054.xml', mimeType: 'application/xml', buffer: Buffer.from(notification) });
  await page.getByRole('button', { name: 'Afschrift inlezen' }).click();
  await expect(result).toContainText('0 betalingen afgeschreven, 1 betaling teruggeboekt');
  await expect(result).toContainText(`${returned.volunteer.displayName}`);
  await expect(result).toContainText('teruggeboekt. Rekeninghouder is overleden');
  const back = batch.getByRole('row').filter({ hasText: 'Teruggeboekt' });
  await expect(back).toHaveCount(1);
  await expect(back).toContainText(returned.volunteer.displayName);
  await expect(back).toContainText('Rekeninghouder is overleden');
  await expect(back).toContainText('Het geld staat weer klaar voor de volgende uitbetaling.');
  await expect(batch.getByRole('row').filter({ hasText: /^(?!.*nog niet).*Betaald/ })).toHaveCount(n - 1);

  // What no statement shows after five business days is listed; this batch is on one.
  await expect(page.getByRole('heading', { name: 'Niet op een afschrift' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'payouts-statement');
});
