import { type APIRequestContext, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { expectAccessible, openFromMenu, screenshots, signInAs } from './support';

// The schema the finance service's own tests validate its pain.001 files against.
const schema = { fileName: 'pain.001.001.09.xsd', contents: readFileSync(join(__dirname, '..', '..', 'finance', 'src', 'payouts', 'sepa', 'pain.001.001.09.xsd'), 'utf8') };

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

async function graphqlAs(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post('/graphql', { headers: { authorization: `Bearer ${token}` }, data: { query, variables } });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/**
 * A run stopped halfway leaves a batch the bank never answered, holding all the money that is payable; answer it as a
 * bank would (all returned), so this run has something to pay again. On a fresh database there is no such batch.
 */
async function finishUnansweredBatches(request: APIRequestContext): Promise<void> {
  const { accessToken } = await (await request.post('/dev/token', { data: { key: 'admin' } })).json();
  const log = await graphqlAs(request, accessToken, `query PayoutsE2eLog { financeAuditLog(first: 100, entityType: "PayoutBatch") { edges { node { action entityId } } } }`);
  const ids = new Set<string>(log.financeAuditLog.edges.filter(({ node }: { node: { action: string } }) => node.action === 'payout-batch.created').map(({ node }: { node: { entityId: string } }) => node.entityId));
  for (const id of ids) {
    const { payoutBatch } = await graphqlAs(request, accessToken, `query PayoutsE2eBatch($id: ID!) { payoutBatch(id: $id) { messageId payments { endToEndId status } } }`, { id });
    const open = (payoutBatch?.payments ?? []).filter((payment: { status: string }) => payment.status === 'SCHEDULED').map((payment: { endToEndId: string }) => payment.endToEndId);
    if (!open.length) continue;
    const xml = statusReport(payoutBatch.messageId, open, open.length);
    await graphqlAs(request, accessToken, `mutation PayoutsE2eImport($key: String!, $xml: String!) { importPaymentStatusReport(idempotencyKey: $key, xml: $xml) { failed } }`, { key: crypto.randomUUID(), xml });
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
  const rows = page.getByRole('row').filter({ hasText: 'Klaar om te betalen' });
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expectAccessible(page);

  // A reload shows the same batch: its id is in the address.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Klaar om te betalen' })).toHaveCount(count);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Betaalbestand downloaden' }).click()]);
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

  await page.getByLabel('Statusbericht van de bank (XML-bestand)').setInputFiles({ name: 'pain002.xml', mimeType: 'application/xml', buffer: Buffer.from(statusReport(messageId ?? '', endToEndIds)) });
  await page.getByRole('button', { name: 'Statusbericht inlezen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het statusbericht is ingelezen' })).toContainText(`${count - 1} ${count - 1 === 1 ? 'betaling' : 'betalingen'} betaald, 1 betaling mislukt`);
  await expect(page.getByRole('status').filter({ hasText: 'Het statusbericht is ingelezen' })).toContainText('Rekening is opgeheven');

  const failed = page.getByRole('row').filter({ hasText: 'Mislukt' });
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('Rekening is opgeheven');
  await expect(failed).toContainText('Het geld staat weer klaar voor de volgende uitbetaling.');
  await expect(page.getByRole('row').filter({ hasText: 'Betaald' })).toHaveCount(count - 1);
  await expect(page.getByRole('row').filter({ hasText: 'Klaar om te betalen' })).toHaveCount(0);
  await expect(page.getByText(/Stand: afgehandeld door de bank/)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'payouts');
});
