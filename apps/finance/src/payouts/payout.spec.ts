import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { eventually, startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { financeSubgraph } from '../subgraph';
import { joinTeam } from '../test/join-team';
import { normaliseIban } from './sepa/iban';
import { formatCents } from './sepa/pain001';
import { withEligibility } from '../test/eligibility';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const FEIJENOORD = demoId('team:feijenoord');
const coordinator = testIdentities.coordinator(FEIJENOORD, randomUUID());
const year = Number(todayInAmsterdam().slice(0, 4));
const key = () => `test-${randomUUID()}`;
const schema = { fileName: 'pain.001.001.09.xsd', contents: readFileSync(join(__dirname, 'sepa', 'pain.001.001.09.xsd'), 'utf8') };

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

async function ok(query: string, variables: Record<string, unknown>, as = admin) {
  const result = await subgraph.query(query, variables, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A new member of Feijenoord with a flat allowance (backdated by an admin) paid for January, and optionally an account. */
async function payee(cents: number, account?: { name: string; iban: string }) {
  const volunteerId = randomUUID();
  await joinTeam(subgraph.dataSource, volunteerId);
  const { agreeAllowanceArrangement: arrangementId } = await ok(`mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`, {
    input: await withEligibility(subgraph, { volunteerId, teamId: FEIJENOORD, kind: 'FLAT_MONTHLY', amount: { cents }, startsOn: `${year}-01-01`, dateOfBirth: '1975-01-01', idempotencyKey: key() }),
  });
  await ok(`mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`, { input: { arrangementId, month: `${year}-01`, idempotencyKey: key() } }, coordinator);
  if (account) await ok(`mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`, { input: { volunteerId, holderName: account.name, iban: account.iban } });
  return volunteerId;
}

const statusReport = (messageId: string, accepted: string, rejected: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>STS-1</MsgId><CreDtTm>2026-03-05T06:02:11</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
  <OrgnlPmtInfAndSts><OrgnlPmtInfId>${messageId}</OrgnlPmtInfId>
    <TxInfAndSts><OrgnlEndToEndId>${accepted}</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>
    <TxInfAndSts><OrgnlEndToEndId>${rejected}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>
  </OrgnlPmtInfAndSts>
</CstmrPmtStsRpt></Document>`;

describe('payouts', () => {
  it('starts from demo data with one paid batch, valid IBANs and a balanced ledger', async () => {
    const [batch] = await subgraph.dataSource.query(`SELECT b.status, count(p.id)::int AS payments, bool_and(p.status = 'PAID') AS paid FROM payout_batches b JOIN payout_payments p ON p.batch_id = b.id GROUP BY b.id`);
    expect(batch).toMatchObject({ status: 'PROCESSED', paid: true });
    expect(batch.payments).toBeGreaterThan(10);
    const ibans: { iban: string }[] = await subgraph.dataSource.query('SELECT iban FROM payees WHERE iban IS NOT NULL');
    expect(ibans.every(({ iban }) => normaliseIban(iban) === iban)).toBe(true);
    expect((await ok(`{ ledgerCheck { balanced problems } }`, {})).ledgerCheck).toEqual({ balanced: true, problems: [] });
    // A coordinator sees who is near a cap: member 2 of each demo team has €180 of the €220 for March.
    const NEAR = `query ($id: ID!, $month: String!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { allowancesNearCap(month: $month) { volunteer { id } usedThisMonth { cents } } } } }`;
    const near = await ok(NEAR, { id: FEIJENOORD, month: `${year}-03` }, coordinator);
    expect(near._entities[0].allowancesNearCap).toEqual([{ volunteer: { id: demoId('volunteer:feijenoord-02') }, usedThisMonth: { cents: 18_000 } }]);
  });

  it("lets only the person, however their token spells their id, and admins set where the person's money goes", async () => {
    const volunteerId = randomUUID();
    await joinTeam(subgraph.dataSource, volunteerId);
    const SET = `mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`;
    const input = { volunteerId, holderName: 'Eva Jansen', iban: 'NL91ABNA0417164300' };
    for (const other of [coordinator, testIdentities.volunteer(randomUUID(), FEIJENOORD)]) {
      expect((await subgraph.query(SET, { input }, other)).errors?.[0]).toMatchObject({ message: 'Only the person and admins set where payments go', extensions: { code: 'FORBIDDEN' } });
    }
    expect(await subgraph.dataSource.query('SELECT iban FROM payees WHERE volunteer_id = $1', [volunteerId])).toEqual([]);
    expect((await ok(SET, { input }, testIdentities.volunteer(volunteerId.toUpperCase(), FEIJENOORD))).setPayoutAccount).toBe('NL91 ABNA 0417 1643 00');
  });

  it('refuses an invalid IBAN', async () => {
    const result = await subgraph.query(`mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`, { input: { volunteerId: randomUUID(), holderName: 'X', iban: 'NL91ABNA0417164301' } }, admin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'iban' }] });
  });

  it('bundles approved money into a batch whose SEPA file validates, then settles the bank’s report: paid, or back to payable', async () => {
    const anna = await payee(12_000, { name: 'Anna de Vries-Öztürk', iban: 'NL91 ABNA 0417 1643 00' });
    const bram = await payee(4_550, { name: 'Bram Bakker', iban: 'BE68539007547034' });
    await payee(3_000);
    const claim = await ok(`mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`, {
      input: { teamId: FEIJENOORD, items: [{ category: 'TRAVEL', spentOn: todayInAmsterdam(), amount: { cents: 1_250 }, receiptRef: 'r.pdf', receiptSha256: createHash('sha256').update('r').digest('hex') }], idempotencyKey: key() },
    }, testIdentities.volunteer(anna, FEIJENOORD));
    await ok(`mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: claim.draftExpenseClaim.id }, testIdentities.volunteer(anna, FEIJENOORD));
    await ok(`mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`, { id: claim.draftExpenseClaim.id, key: key() }, coordinator);

    const { createPayoutBatch: batch } = await ok(`mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id messageId payments { endToEndId amount { cents } status volunteer { id } } } }`, { date: `${year + 1}-01-05`, key: key() });
    const byVolunteer = Object.fromEntries(batch.payments.map((payment: { volunteer: { id: string } }) => [payment.volunteer.id, payment]));
    // The demo payees' open money comes along; the one without an account does not.
    expect(Object.keys(byVolunteer)).toEqual(expect.arrayContaining([anna, bram]));
    expect(byVolunteer[anna].amount.cents).toBe(13_250);
    const total = batch.payments.reduce((sum: number, payment: { amount: { cents: number } }) => sum + payment.amount.cents, 0);

    const { payoutBatchFile: xml } = await ok(`query ($id: ID!) { payoutBatchFile(id: $id) }`, { id: batch.id });
    const validation = await validateXML({ xml: { fileName: 'batch.xml', contents: xml }, schema });
    expect(validation.errors).toEqual([]);
    expect(xml).toContain(`<CtrlSum>${formatCents(total)}</CtrlSum>`);
    expect(xml).toContain('Anna de Vries-Ozturk');

    const report = statusReport(batch.messageId, byVolunteer[anna].endToEndId, byVolunteer[bram].endToEndId);
    const idempotencyKey = key();
    const imported = await Promise.all([1, 2].map(() => ok(`mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { paid failed } }`, { xml: report, key: idempotencyKey })));
    expect(imported.map((result) => result.importPaymentStatusReport)).toEqual([{ paid: 1, failed: 1 }, { paid: 1, failed: 1 }]);
    const payments = (await ok(`query ($id: ID!) { payoutBatch(id: $id) { status payments { status failureReason volunteer { id } } } }`, { id: batch.id })).payoutBatch;
    expect(payments.status).toBe('CREATED'); // the demo payees' payments still await the bank
    expect(payments.payments.find((payment: { volunteer: { id: string } }) => payment.volunteer.id === bram)).toMatchObject({ status: 'FAILED', failureReason: expect.stringContaining('AC04') });
    const [{ status }] = await subgraph.dataSource.query('SELECT status FROM expense_claims WHERE id = $1', [claim.draftExpenseClaim.id]);
    expect(status).toBe('PAID');
    expect((await ok(`{ ledgerCheck { balanced problems } }`, {})).ledgerCheck).toEqual({ balanced: true, problems: [] });

    // Bram's money is payable again and goes into the next batch; Anna's is paid and does not.
    const next = await ok(`mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { payments { volunteer { id } amount { cents } } } }`, { date: `${year + 1}-01-12`, key: key() });
    expect(next.createPayoutBatch.payments).toEqual([{ volunteer: { id: bram }, amount: { cents: 4_550 } }]);
    const empty = await subgraph.query(`mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id } }`, { date: `${year + 1}-01-19`, key: key() }, admin);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('Nothing to pay') });
  });

  it('refuses a holder name a SEPA file cannot carry, and lets an admin correct a scheduled payment instead of the file failing', async () => {
    const SET = `mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`;
    const cyrillic = await subgraph.query(SET, { input: { volunteerId: randomUUID(), holderName: 'Иван Петров', iban: 'NL91ABNA0417164300' } }, admin);
    expect(cyrillic.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'holderName' }] });

    // A name stored before names were checked reaches a batch; the file names the payment instead of failing unexplained.
    const ivan = await payee(2_500, { name: 'Ivan', iban: 'NL91ABNA0417164300' });
    await subgraph.dataSource.query(`UPDATE payees SET holder_name = 'Иван Петров' WHERE volunteer_id = $1`, [ivan]);
    const { createPayoutBatch: batch } = await ok(`mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id payments { id status volunteer { id } } } }`, { date: `${year + 1}-02-02`, key: key() });
    const payment = batch.payments.find((row: { volunteer: { id: string } }) => row.volunteer.id === ivan);
    const refused = await subgraph.query(`query ($id: ID!) { payoutBatchFile(id: $id) }`, { id: batch.id }, admin);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining(payment.id) });

    const CORRECT = `mutation ($input: CorrectScheduledPaymentInput!) { correctScheduledPayment(input: $input) }`;
    expect((await subgraph.query(CORRECT, { input: { paymentId: payment.id, holderName: 'Ivan Petrov' } }, coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(CORRECT, { input: { paymentId: payment.id, holderName: 'Ivan Petrov' } })).correctScheduledPayment).toBe(true);
    const { payoutBatchFile: xml } = await ok(`query ($id: ID!) { payoutBatchFile(id: $id) }`, { id: batch.id });
    expect((await validateXML({ xml: { fileName: 'batch.xml', contents: xml }, schema })).errors).toEqual([]);
    expect(xml).toContain('<Nm>Ivan Petrov</Nm>');
    const [audit] = await subgraph.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [payment.id]);
    expect(audit.action).toBe('payment.corrected');
  });

  it('marks as paid only the claims whose money is in the payment, also when one is approved while the batch is made', async () => {
    const volunteerId = await payee(5_000, { name: 'Nina Pauw', iban: 'NL91ABNA0417164300' });
    const claimant = testIdentities.volunteer(volunteerId, FEIJENOORD);
    const claim = async () => {
      const { draftExpenseClaim } = await ok(`mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`, {
        input: { teamId: FEIJENOORD, items: [{ category: 'TRAVEL', spentOn: todayInAmsterdam(), amount: { cents: 800 }, receiptRef: 'r.pdf', receiptSha256: 'c'.repeat(64) }], idempotencyKey: key() },
      }, claimant);
      await ok(`mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: draftExpenseClaim.id }, claimant);
      return draftExpenseClaim.id as string;
    };
    const approve = (id: string) => ok(`mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`, { id, key: key() }, coordinator);
    const early = await claim();
    await approve(early);
    const late = await claim();

    // Hold the batch between reading the balances and writing the batch, and approve the late claim in that gap.
    const blocker = subgraph.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE payout_batches IN EXCLUSIVE MODE');
    const batch = ok(`mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { payments { id amount { cents } volunteer { id } } } }`, { date: `${year + 1}-03-02`, key: key() });
    await eventually(async () => {
      const [waiting] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO payout_batches%'`);
      return waiting.n > 0;
    }, 10_000);
    await approve(late);
    await blocker.commitTransaction();
    await blocker.release();

    const payment = (await batch).createPayoutBatch.payments.find((row: { volunteer: { id: string } }) => row.volunteer.id === volunteerId);
    expect(payment.amount.cents).toBe(5_000 + 800);
    const claims = await subgraph.dataSource.query('SELECT id, status, payment_id AS "paymentId" FROM expense_claims WHERE id = ANY($1) ORDER BY id', [[early, late]]);
    expect(Object.fromEntries(claims.map((row: { id: string; status: string; paymentId: string | null }) => [row.id, [row.status, row.paymentId]]))).toEqual({ [early]: ['SCHEDULED', payment.id], [late]: ['APPROVED', null] });
  });

  it('is for admins only', async () => {
    const result = await subgraph.query(`mutation ($key: String!) { createPayoutBatch(requestedExecutionDate: "2030-01-01", idempotencyKey: $key) { id } }`, { key: key() }, coordinator);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('wipes an erased payee’s name and IBAN once nothing is open, and lists the ones still open for an admin', async () => {
    const settled = await payee(1_000, { name: 'Cor Settled', iban: 'NL91ABNA0417164300' });
    const open = await payee(2_000, { name: 'Dina Open', iban: 'NL91ABNA0417164300' });
    // Settle Cor's money by hand: paid out and reported back.
    await subgraph.dataSource.query(`INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, volunteer_id, description) VALUES ($1, 'PAYOUT', $2, 'bank', 1000, $3, 'Paid')`, [randomUUID(), `payable:${settled}`, settled]);
    const erase = financeSubgraph.events!.handlers!.VolunteerErased;
    // Each delivered twice, as at-least-once delivery may.
    for (const volunteerId of [settled, open, settled, open]) await subgraph.dataSource.transaction((manager) => erase({ volunteerId }, manager));
    const rows = await subgraph.dataSource.query('SELECT volunteer_id AS id, holder_name AS name, iban FROM payees WHERE volunteer_id = ANY($1)', [[settled, open]]);
    expect(rows.find((row: { id: string }) => row.id === settled)).toMatchObject({ name: null, iban: null });
    expect(rows.find((row: { id: string }) => row.id === open)).toMatchObject({ name: 'Dina Open' });
    expect((await ok(`{ erasedPayeesWithOpenMoney }`, {})).erasedPayeesWithOpenMoney).toEqual([open]);
    const [{ allowances }] = await subgraph.dataSource.query('SELECT count(*)::int AS allowances FROM allowances WHERE volunteer_id = $1', [settled]);
    expect(allowances).toBe(1);
    // The receipts in the audit log: done for the one, waiting for the open money for the other; one each.
    const receipts = async (id: string) => (await ok(`query ($id: ID!) { financeAuditLog(entityId: $id, entityType: "Volunteer") { edges { node { action entityType actorSubject } } } }`, { id })).financeAuditLog.edges.map(({ node }: { node: unknown }) => node);
    expect(await receipts(settled)).toEqual([{ action: 'volunteer.erased', entityType: 'Volunteer', actorSubject: 'volunteers-service' }]);
    expect(await receipts(open)).toEqual([{ action: 'volunteer.erased.pending', entityType: 'Volunteer', actorSubject: 'volunteers-service' }]);
  });
});
