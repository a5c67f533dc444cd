import { demoId } from '@buurtvolk/domain';
import { type Identity, signGatewayIdentity } from '@buurtvolk/identity';
import { bearerHeaders, pollUntil, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { SignJWT } from 'jose';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteExpiredReceipts } from '../../finance/src/claims/receipts/receipt-retention';
import { signUploadToken, signViewToken } from '../../finance/src/claims/receipts/receipt-tokens';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * Receipt files through the gateway, as the portal sends and shows them: a link from GraphQL, the bytes over plain
 * HTTP on the gateway's origin, checked and stored by finance in its object store (a folder here) with the SHA-256 it
 * computed, visible to the claimant, the team's coordinator and admins only, and deleted when the claim's seven years
 * of retention have ended, never earlier.
 */
const STORE = mkdtempSync(join(tmpdir(), 'receipt-store-'));
process.env.RECEIPT_STORE_DIR = STORE;

let federation: TestFederation;
const TEAM = demoId('team:delfshaven');
const CLAIMANT = demoId('volunteer:delfshaven-07');
const admin = testIdentities.admin();
const claimant = testIdentities.volunteer(CLAIMANT, TEAM);
const teammate = testIdentities.volunteer(demoId('volunteer:delfshaven-06'), TEAM);
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:delfshaven-01'));
const otherCoordinator = testIdentities.coordinator(demoId('team:feijenoord'), demoId('volunteer:feijenoord-01'));
const MAX = 10 * 1024 * 1024;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(
    '0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f60000000049454e44ae426082',
    'hex',
  ),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true, finance: true });
}, 120_000);
afterAll(async () => {
  await federation?.stop();
  await rm(STORE, { recursive: true, force: true });
});

async function as(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(federation.gateway.url, { query, variables }, await bearerHeaders(identity));
}
async function data(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const result = await as(identity, query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
const onGateway = (path: string) => new URL(path, federation.gateway.url).toString();
const put = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(onGateway(path), {
    method: 'PUT',
    body,
    headers: { 'content-type': 'application/octet-stream', ...headers },
    duplex: 'half',
  } as RequestInit);

const DRAFT = `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id version items { id } } }`;
const UPLOAD = `mutation ($itemId: ID!) { requestReceiptUpload(itemId: $itemId) { url method expiresAt maxBytes } }`;
const RECEIPTS = `query ($id: ID!) { volunteer(id: $id) { expenseClaims(first: 50) { edges { node { id items { id receipt { contentType size sha256 uploadedAt viewUrl } } } } } } }`;
const TEAM_RECEIPTS = `query ($id: ID!) { team(id: $id) { expenseClaims(first: 50) { edges { node { id items { id receipt { sha256 viewUrl } } } } } } }`;

async function draftClaim(items = 2): Promise<{ id: string; itemIds: string[] }> {
  const item = {
    category: 'TRAVEL',
    spentOn: '2026-01-15',
    amount: { cents: 1_250 },
    receiptRef: 'bonnetje',
    receiptSha256: '0'.repeat(64),
  };
  const { draftExpenseClaim } = await data(claimant, DRAFT, {
    input: {
      teamId: TEAM,
      items: Array.from({ length: items }, () => item),
      idempotencyKey: `receipts-${randomUUID()}`,
      description: 'Bonnen',
    },
  });
  return { id: draftExpenseClaim.id, itemIds: draftExpenseClaim.items.map((found: { id: string }) => found.id) };
}
async function uploadLink(itemId: string, by: Identity = claimant): Promise<string> {
  return (await data(by, UPLOAD, { itemId })).requestReceiptUpload.url;
}
type Seen = {
  id: string;
  items: { id: string; receipt: { contentType: string; size: number; sha256: string; viewUrl: string | null } | null }[];
};
const itemSeenBy = async (identity: Identity, query: string, id: string, itemId: string) => {
  const result = await as(identity, query, { id: query === RECEIPTS ? CLAIMANT : TEAM });
  const claims: Seen[] = (result.data?.volunteer ?? result.data?.team)?.expenseClaims?.edges.map((edge: { node: Seen }) => edge.node) ?? [];
  return { item: claims.find((claim) => claim.id === id)?.items.find((item) => item.id === itemId), errors: result.errors };
};

describe('receipt files', () => {
  it('takes a PNG and a PDF through the gateway, with the SHA-256 of the bytes as the server received them', async () => {
    const claim = await draftClaim();
    const link = (await data(claimant, UPLOAD, { itemId: claim.itemIds[0] })).requestReceiptUpload;
    expect(link).toMatchObject({ method: 'PUT', maxBytes: MAX, url: expect.stringMatching(/^\/uploads\/receipts\/[\w.-]+$/) });
    const minutes = (Date.parse(link.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);

    const png = await put(link.url, PNG, { 'content-type': 'image/png' });
    expect(png.status).toBe(201);
    expect((await png.json()).receipt).toMatchObject({ contentType: 'image/png', size: PNG.length, sha256: sha256(PNG) });
    // The browser's Content-Type means nothing: the bytes say PDF.
    const pdf = await put(await uploadLink(claim.itemIds[1]), PDF, { 'content-type': 'image/jpeg' });
    expect(pdf.status).toBe(201);

    const { item } = await itemSeenBy(claimant, RECEIPTS, claim.id, claim.itemIds[1]);
    expect(item?.receipt).toMatchObject({ contentType: 'application/pdf', size: PDF.length, sha256: sha256(PDF) });
    const stored = await readdir(join(STORE, 'receipts', claim.id, claim.itemIds[0]));
    expect(stored).toHaveLength(1);
    const audit = await federation.finance!.dataSource.query(`SELECT action, actor_subject FROM audit_log WHERE entity_id = $1`, [
      claim.itemIds[0],
    ]);
    expect(audit).toEqual([{ action: 'receipt.uploaded', actor_subject: claimant.subject }]);
  });

  it('refuses a text file called .pdf (415) and 10 MB + 1 byte (413), with a JSON error, storing nothing', async () => {
    const claim = await draftClaim(1);
    const text = await put(await uploadLink(claim.itemIds[0]), Buffer.from('Dit is geen bon, alleen tekst.'), {
      'content-type': 'application/pdf',
    });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({
      errors: [{ message: 'A receipt is a PDF, JPEG, PNG or HEIC file', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
    });

    const tooLarge = Buffer.concat([PDF, Buffer.alloc(MAX + 1 - PDF.length, 0x20)]);
    const declared = await put(await uploadLink(claim.itemIds[0]), tooLarge);
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    // Sent in chunks without a length, the count stops it just the same.
    const chunks = new ReadableStream({
      start(controller) {
        for (let at = 0; at < tooLarge.length; at += 1024 * 1024) controller.enqueue(tooLarge.subarray(at, at + 1024 * 1024));
        controller.close();
      },
    });
    const streamed = await put(await uploadLink(claim.itemIds[0]), chunks as unknown as BodyInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');

    expect(
      await federation.finance!.dataSource.query(`SELECT 1 FROM expense_claim_receipts WHERE item_id = $1`, [claim.itemIds[0]]),
    ).toEqual([]);
    expect(await readdir(join(STORE, 'receipts', claim.id)).catch(() => [])).toEqual([]);

    const exactly = await put(await uploadLink(claim.itemIds[0]), tooLarge.subarray(0, MAX));
    expect(exactly.status).toBe(201);
    const rows = await federation.finance!.dataSource.query(`SELECT size_bytes FROM expense_claim_receipts WHERE item_id = $1`, [
      claim.itemIds[0],
    ]);
    expect(rows).toEqual([{ size_bytes: MAX }]);
  }, 60_000);

  it('refuses expired, forged and misused links, requests that skip the gateway, and links of a claim that moved on', async () => {
    const claim = await draftClaim(1);
    const grant = { itemId: claim.itemIds[0], claimId: claim.id, requestedBy: claimant.subject, role: 'VOLUNTEER', whileStatus: ['DRAFT'] };
    const expired = await put(`/uploads/receipts/${await signUploadToken(grant, new Date(Date.now() - 1_000))}`, PNG);
    expect(expired.status).toBe(403);
    expect((await expired.json()).errors[0]).toEqual({
      message: 'This link has expired; ask for a new one',
      extensions: { code: 'FORBIDDEN' },
    });

    const forgedToken = await new SignJWT({ item: grant.itemId, claim: grant.claimId, by: 'someone', role: 'ADMIN', while: ['DRAFT'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('buurtvolk-finance')
      .setAudience('buurtvolk-receipts:upload')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('not-the-key-finance-signs-its-links-with'));
    const forged = await put(`/uploads/receipts/${forgedToken}`, PNG);
    expect(forged.status).toBe(403);
    expect((await forged.json()).errors[0].message).toBe('This link is not valid');
    // A viewing link does not upload.
    const viewing = await signViewToken({ itemId: grant.itemId, objectKey: 'receipts/x' }, new Date(Date.now() + 60_000));
    expect((await put(`/uploads/receipts/${viewing}`, PNG)).status).toBe(403);

    // Straight to finance, without the gateway's signature: nothing.
    const link = await uploadLink(claim.itemIds[0]);
    const token = link.split('/').pop()!;
    const financeOrigin = new URL(federation.finance!.url).origin;
    const direct = await fetch(`${financeOrigin}/receipts/${token}`, { method: 'PUT', body: PNG });
    expect(direct.status).toBe(401);
    const wrongService = await fetch(`${financeOrigin}/receipts/${token}`, {
      method: 'PUT',
      body: PNG,
      headers: { 'x-buurtvolk-identity': await signGatewayIdentity(null, 'volunteers') },
    });
    expect(wrongService.status).toBe(401);

    // Submitted since the link was made: the claimant's link no longer changes the evidence.
    await data(claimant, `mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: claim.id });
    const late = await put(link, PNG);
    expect(late.status).toBe(409);
    expect((await late.json()).errors[0].extensions.code).toBe('CONFLICT');
    const again = await as(claimant, UPLOAD, { itemId: claim.itemIds[0] });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await federation.finance!.dataSource.query(`SELECT 1 FROM expense_claim_receipts WHERE item_id = $1`, [grant.itemId])).toEqual(
      [],
    );
  });

  it('shows the file to the claimant, the team’s coordinator and admins; never to a teammate or another team’s coordinator', async () => {
    const claim = await draftClaim(1);
    const itemId = claim.itemIds[0];
    expect((await put(await uploadLink(itemId), PNG)).status).toBe(201);
    await data(claimant, `mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: claim.id });

    for (const [who, query] of [
      [claimant, RECEIPTS],
      [admin, RECEIPTS],
      [coordinator, TEAM_RECEIPTS],
    ] as const) {
      const { item } = await itemSeenBy(who, query, claim.id, itemId);
      expect(item?.receipt?.sha256).toBe(sha256(PNG));
      const shown = await fetch(onGateway(item!.receipt!.viewUrl!));
      expect(shown.status).toBe(200);
      expect(shown.headers.get('content-type')).toBe('image/png');
      expect(shown.headers.get('content-disposition')).toMatch(/^inline; filename="bon-[0-9a-f]{8}\.png"$/);
      expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
      expect(shown.headers.get('cache-control')).toBe('private, no-store');
      expect(Buffer.from(await shown.arrayBuffer())).toEqual(PNG);
    }

    for (const [who, query] of [
      [teammate, RECEIPTS],
      [teammate, TEAM_RECEIPTS],
      [otherCoordinator, TEAM_RECEIPTS],
    ] as const) {
      const { item, errors } = await itemSeenBy(who, query, claim.id, itemId);
      expect(item?.receipt?.viewUrl ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const who of [teammate, otherCoordinator]) {
      const asked = await as(who, UPLOAD, { itemId });
      expect(asked.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    }
    const forgedView = await new SignJWT({ item: itemId, key: 'receipts/anything' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('buurtvolk-finance')
      .setAudience('buurtvolk-receipts:view')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('not-the-key-finance-signs-its-links-with'));
    expect((await fetch(onGateway(`/uploads/receipts/${forgedView}`))).status).toBe(403);
    const expiredView = await signViewToken({ itemId, objectKey: 'receipts/anything' }, new Date(Date.now() - 1_000));
    expect((await fetch(onGateway(`/uploads/receipts/${expiredView}`))).status).toBe(403);
  });

  it('deletes a receipt when its claim’s seven years are over, on the nightly schedule, and keeps it before, also for an erased person', async () => {
    const finance = federation.finance!.dataSource;
    const rejectedLongAgo = await draftClaim(1);
    const rejectedRecently = await draftClaim(1);
    for (const claim of [rejectedLongAgo, rejectedRecently]) {
      expect((await put(await uploadLink(claim.itemIds[0]), PDF)).status).toBe(201);
      await data(claimant, `mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: claim.id });
      await data(coordinator, `mutation ($input: DecideExpenseClaimInput!) { rejectExpenseClaim(input: $input) { status } }`, {
        input: { id: claim.id, version: 2, reason: 'Dit was geen onkost voor het team' },
      });
    }
    const [{ closed }] = await finance.query(`SELECT closed_at IS NOT NULL AS closed FROM expense_claims WHERE id = $1`, [
      rejectedLongAgo.id,
    ]);
    expect(closed).toBe(true);
    // Time moves on: one was rejected eight calendar years ago, the other six (inside its retention).
    await finance.query(`UPDATE expense_claims SET closed_at = now() - interval '8 years' WHERE id = $1`, [rejectedLongAgo.id]);
    await finance.query(`UPDATE expense_claims SET closed_at = now() - interval '6 years' WHERE id = $1`, [rejectedRecently.id]);
    const { item } = await itemSeenBy(admin, RECEIPTS, rejectedLongAgo.id, rejectedLongAgo.itemIds[0]);
    const viewUrl = item!.receipt!.viewUrl!;

    // The person is erased meanwhile: the fiscal evidence stays for its seven years.
    await data(admin, `mutation ($id: ID!) { eraseVolunteer(id: $id) }`, { id: CLAIMANT });
    await pollUntil(
      () => finance.query(`SELECT erased_at FROM payees WHERE volunteer_id = $1 AND erased_at IS NOT NULL`, [CLAIMANT]),
      (rows: unknown[]) => rows.length === 1,
    );
    const receiptsOf = async (claimId: string) =>
      finance.query(`SELECT object_key FROM expense_claim_receipts WHERE claim_id = $1`, [claimId]) as Promise<{ object_key: string }[]>;
    expect(await receiptsOf(rejectedLongAgo.id)).toHaveLength(1);
    expect(await receiptsOf(rejectedRecently.id)).toHaveLength(1);

    // The clean-up is a pg-boss schedule of finance; a tick of it runs the job.
    const schedules = await federation.bus!.boss.getSchedules();
    expect(schedules).toContainEqual(
      expect.objectContaining({
        name: 'finance.receipt-retention',
        cron: '17 3 * * *',
        options: expect.objectContaining({ tz: 'Europe/Amsterdam' }),
      }),
    );
    await federation.bus!.boss.send('finance.receipt-retention', {});
    await pollUntil(
      () => receiptsOf(rejectedLongAgo.id),
      (rows) => rows.length === 0,
    );

    expect(await readdir(join(STORE, 'receipts', rejectedLongAgo.id, rejectedLongAgo.itemIds[0]))).toEqual([]);
    expect(await receiptsOf(rejectedRecently.id)).toHaveLength(1);
    expect(await readdir(join(STORE, 'receipts', rejectedRecently.id, rejectedRecently.itemIds[0]))).toHaveLength(1);
    expect((await fetch(onGateway(viewUrl))).status).toBe(404);
    const audit = await finance.query(`SELECT action, actor_role FROM audit_log WHERE entity_id = $1 AND action LIKE 'receipt.deleted%'`, [
      rejectedLongAgo.itemIds[0],
    ]);
    expect(audit).toEqual([{ action: 'receipt.deleted.retention', actor_role: 'SYSTEM' }]);
    // Running again finds nothing more to delete.
    expect(await deleteExpiredReceipts(finance)).toBe(0);
  }, 60_000);
});
