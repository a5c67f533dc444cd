import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { eventually, startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { financeSubgraph } from '../subgraph';
import { joinTeam } from '../test/join-team';
import { normaliseIban } from './sepa/iban';
import { formatCents } from './sepa/pain001';
import { withEligibility } from '../test/eligibility';
import { camt053, camt054, pain002 } from '../test/bank-files';

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
  const { agreeAllowanceArrangement: arrangementId } = await ok(
    `mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`,
    {
      input: await withEligibility(subgraph, {
        volunteerId,
        teamId: FEIJENOORD,
        kind: 'FLAT_MONTHLY',
        amount: { cents },
        startsOn: `${year}-01-01`,
        dateOfBirth: '1975-01-01',
        idempotencyKey: key(),
      }),
    },
  );
  await ok(
    `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`,
    { input: { arrangementId, month: `${year}-01`, idempotencyKey: key() } },
    coordinator,
  );
  if (account)
    await ok(`mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`, {
      input: { volunteerId, holderName: account.name, iban: account.iban },
    });
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
    const [batch] = await subgraph.dataSource.query(
      `SELECT b.status, count(p.id)::int AS payments, bool_and(p.status = 'PAID') AS paid FROM payout_batches b JOIN payout_payments p ON p.batch_id = b.id GROUP BY b.id`,
    );
    expect(batch).toMatchObject({ status: 'PROCESSED', paid: true });
    expect(batch.payments).toBeGreaterThan(10);
    const ibans: { iban: string }[] = await subgraph.dataSource.query('SELECT iban FROM payees WHERE iban IS NOT NULL');
    expect(ibans.every(({ iban }) => normaliseIban(iban) === iban)).toBe(true);
    expect((await ok(`{ ledgerCheck { balanced problems } }`, {})).ledgerCheck).toEqual({ balanced: true, problems: [] });
    // A coordinator sees who is near a cap: member 2 of each demo team has €180 of the €220 for March.
    const NEAR = `query ($id: ID!, $month: String!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { allowancesNearCap(month: $month) { volunteer { id } usedThisMonth { cents } } } } }`;
    const near = await ok(NEAR, { id: FEIJENOORD, month: `${year}-03` }, coordinator);
    expect(near._entities[0].allowancesNearCap).toEqual([
      { volunteer: { id: demoId('volunteer:feijenoord-02') }, usedThisMonth: { cents: 18_000 } },
    ]);
  });

  it("lets only the person, however their token spells their id, and admins set where the person's money goes", async () => {
    const volunteerId = randomUUID();
    await joinTeam(subgraph.dataSource, volunteerId);
    const SET = `mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`;
    const input = { volunteerId, holderName: 'Eva Jansen', iban: 'NL91ABNA0417164300' };
    for (const other of [coordinator, testIdentities.volunteer(randomUUID(), FEIJENOORD)]) {
      expect((await subgraph.query(SET, { input }, other)).errors?.[0]).toMatchObject({
        message: 'Only the person and admins set where payments go',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(await subgraph.dataSource.query('SELECT iban FROM payees WHERE volunteer_id = $1', [volunteerId])).toEqual([]);
    expect((await ok(SET, { input }, testIdentities.volunteer(volunteerId.toUpperCase(), FEIJENOORD))).setPayoutAccount).toBe(
      'NL91 ABNA 0417 1643 00',
    );
  });

  it('refuses an invalid IBAN', async () => {
    const result = await subgraph.query(
      `mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`,
      { input: { volunteerId: randomUUID(), holderName: 'X', iban: 'NL91ABNA0417164301' } },
      admin,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'iban' }] });
  });

  it('bundles approved money into a batch whose SEPA file validates, then settles the bank’s report: paid, or back to payable', async () => {
    const anna = await payee(12_000, { name: 'Anna de Vries-Öztürk', iban: 'NL91 ABNA 0417 1643 00' });
    const bram = await payee(4_550, { name: 'Bram Bakker', iban: 'BE68539007547034' });
    await payee(3_000);
    const claim = await ok(
      `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`,
      {
        input: {
          teamId: FEIJENOORD,
          items: [
            {
              category: 'TRAVEL',
              spentOn: todayInAmsterdam(),
              amount: { cents: 1_250 },
              receiptRef: 'r.pdf',
              receiptSha256: createHash('sha256').update('r').digest('hex'),
            },
          ],
          idempotencyKey: key(),
        },
      },
      testIdentities.volunteer(anna, FEIJENOORD),
    );
    await ok(
      `mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`,
      { id: claim.draftExpenseClaim.id },
      testIdentities.volunteer(anna, FEIJENOORD),
    );
    await ok(
      `mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`,
      { id: claim.draftExpenseClaim.id, key: key() },
      coordinator,
    );

    const { createPayoutBatch: batch } = await ok(
      `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id messageId payments { endToEndId amount { cents } status volunteer { id } } } }`,
      { date: `${year + 1}-01-05`, key: key() },
    );
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
    const imported = await Promise.all(
      [1, 2].map(() =>
        ok(`mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { paid failed } }`, {
          xml: report,
          key: idempotencyKey,
        }),
      ),
    );
    expect(imported.map((result) => result.importPaymentStatusReport)).toEqual([
      { paid: 1, failed: 1 },
      { paid: 1, failed: 1 },
    ]);
    const payments = (
      await ok(`query ($id: ID!) { payoutBatch(id: $id) { status payments { status failureReason volunteer { id } } } }`, { id: batch.id })
    ).payoutBatch;
    expect(payments.status).toBe('CREATED'); // the demo payees' payments still await the bank
    expect(payments.payments.find((payment: { volunteer: { id: string } }) => payment.volunteer.id === bram)).toMatchObject({
      status: 'FAILED',
      failureReason: expect.stringContaining('AC04'),
    });
    const [{ status }] = await subgraph.dataSource.query('SELECT status FROM expense_claims WHERE id = $1', [claim.draftExpenseClaim.id]);
    expect(status).toBe('PAID');
    expect((await ok(`{ ledgerCheck { balanced problems } }`, {})).ledgerCheck).toEqual({ balanced: true, problems: [] });

    // Bram's money is payable again and goes into the next batch; Anna's is paid and does not.
    const next = await ok(
      `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { payments { volunteer { id } amount { cents } } } }`,
      { date: `${year + 1}-01-12`, key: key() },
    );
    expect(next.createPayoutBatch.payments).toEqual([{ volunteer: { id: bram }, amount: { cents: 4_550 } }]);
    const empty = await subgraph.query(
      `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id } }`,
      { date: `${year + 1}-01-19`, key: key() },
      admin,
    );
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('Nothing to pay') });
  });

  it('refuses a holder name a SEPA file cannot carry, and lets an admin correct a scheduled payment instead of the file failing', async () => {
    const SET = `mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }`;
    const cyrillic = await subgraph.query(
      SET,
      { input: { volunteerId: randomUUID(), holderName: 'Иван Петров', iban: 'NL91ABNA0417164300' } },
      admin,
    );
    expect(cyrillic.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'holderName' }] });

    // A name stored before names were checked reaches a batch; the file names the payment instead of failing unexplained.
    const ivan = await payee(2_500, { name: 'Ivan', iban: 'NL91ABNA0417164300' });
    await subgraph.dataSource.query(`UPDATE payees SET holder_name = 'Иван Петров' WHERE volunteer_id = $1`, [ivan]);
    const { createPayoutBatch: batch } = await ok(
      `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id payments { id status volunteer { id } } } }`,
      { date: `${year + 1}-02-02`, key: key() },
    );
    const payment = batch.payments.find((row: { volunteer: { id: string } }) => row.volunteer.id === ivan);
    const refused = await subgraph.query(`query ($id: ID!) { payoutBatchFile(id: $id) }`, { id: batch.id }, admin);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining(payment.id) });

    const CORRECT = `mutation ($input: CorrectScheduledPaymentInput!) { correctScheduledPayment(input: $input) }`;
    expect(
      (await subgraph.query(CORRECT, { input: { paymentId: payment.id, holderName: 'Ivan Petrov' } }, coordinator)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
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
      const { draftExpenseClaim } = await ok(
        `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`,
        {
          input: {
            teamId: FEIJENOORD,
            items: [
              {
                category: 'TRAVEL',
                spentOn: todayInAmsterdam(),
                amount: { cents: 800 },
                receiptRef: 'r.pdf',
                receiptSha256: 'c'.repeat(64),
              },
            ],
            idempotencyKey: key(),
          },
        },
        claimant,
      );
      await ok(`mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: draftExpenseClaim.id }, claimant);
      return draftExpenseClaim.id as string;
    };
    const approve = (id: string) =>
      ok(
        `mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`,
        { id, key: key() },
        coordinator,
      );
    const early = await claim();
    await approve(early);
    const late = await claim();

    // Hold the batch between reading the balances and writing the batch, and approve the late claim in that gap.
    const blocker = subgraph.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE payout_batches IN EXCLUSIVE MODE');
    const batch = ok(
      `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { payments { id amount { cents } volunteer { id } } } }`,
      { date: `${year + 1}-03-02`, key: key() },
    );
    await eventually(async () => {
      const [waiting] = await subgraph.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO payout_batches%'`,
      );
      return waiting.n > 0;
    }, 10_000);
    await approve(late);
    await blocker.commitTransaction();
    await blocker.release();

    const payment = (await batch).createPayoutBatch.payments.find((row: { volunteer: { id: string } }) => row.volunteer.id === volunteerId);
    expect(payment.amount.cents).toBe(5_000 + 800);
    const claims = await subgraph.dataSource.query(
      'SELECT id, status, payment_id AS "paymentId" FROM expense_claims WHERE id = ANY($1) ORDER BY id',
      [[early, late]],
    );
    expect(
      Object.fromEntries(
        claims.map((row: { id: string; status: string; paymentId: string | null }) => [row.id, [row.status, row.paymentId]]),
      ),
    ).toEqual({ [early]: ['SCHEDULED', payment.id], [late]: ['APPROVED', null] });
  });

  it('is for admins only', async () => {
    const result = await subgraph.query(
      `mutation ($key: String!) { createPayoutBatch(requestedExecutionDate: "2030-01-01", idempotencyKey: $key) { id } }`,
      { key: key() },
      coordinator,
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('wipes an erased payee’s name and IBAN once nothing is open, and lists the ones still open for an admin', async () => {
    const settled = await payee(1_000, { name: 'Cor Settled', iban: 'NL91ABNA0417164300' });
    const open = await payee(2_000, { name: 'Dina Open', iban: 'NL91ABNA0417164300' });
    // Settle Cor's money by hand: paid out and reported back.
    await subgraph.dataSource.query(
      `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, volunteer_id, description) VALUES ($1, 'PAYOUT', $2, 'bank', 1000, $3, 'Paid')`,
      [randomUUID(), `payable:${settled}`, settled],
    );
    // Each delivered twice, as at-least-once delivery may.
    for (const volunteerId of [settled, open, settled, open])
      await subgraph.dataSource.transaction((manager) => deliverEvent(financeSubgraph, manager, 'VolunteerErased', { volunteerId }));
    const rows = await subgraph.dataSource.query(
      'SELECT volunteer_id AS id, holder_name AS name, iban FROM payees WHERE volunteer_id = ANY($1)',
      [[settled, open]],
    );
    expect(rows.find((row: { id: string }) => row.id === settled)).toMatchObject({ name: null, iban: null });
    expect(rows.find((row: { id: string }) => row.id === open)).toMatchObject({ name: 'Dina Open' });
    expect((await ok(`{ erasedPayeesWithOpenMoney }`, {})).erasedPayeesWithOpenMoney).toEqual([open]);
    const [{ allowances }] = await subgraph.dataSource.query('SELECT count(*)::int AS allowances FROM allowances WHERE volunteer_id = $1', [
      settled,
    ]);
    expect(allowances).toBe(1);
    // The receipts in the audit log: done for the one, waiting for the open money for the other; one each.
    const receipts = async (id: string) =>
      (
        await ok(
          `query ($id: ID!) { financeAuditLog(entityId: $id, entityType: "Volunteer") { edges { node { action entityType actorSubject } } } }`,
          { id },
        )
      ).financeAuditLog.edges.map(({ node }: { node: unknown }) => node);
    expect(await receipts(settled)).toEqual([{ action: 'volunteer.erased', entityType: 'Volunteer', actorSubject: 'volunteers-service' }]);
    expect(await receipts(open)).toEqual([
      { action: 'volunteer.erased.pending', entityType: 'Volunteer', actorSubject: 'volunteers-service' },
    ]);
  });

  describe('the bank’s word: file and block statuses, accepted before paid, statements and returns', () => {
    type Payment = {
      id: string;
      endToEndId: string;
      status: string;
      failureReason: string | null;
      statusCode: string | null;
      bookedOn: string | null;
      amount: { cents: number };
      volunteer: { id: string };
    };
    const PAYMENT = 'id endToEndId status failureReason statusCode bookedOn amount { cents } volunteer { id }';
    const IMPORT = `mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { paid accepted failed unchanged } }`;
    const STATEMENT = `mutation ($xml: String!, $key: String!) { importBankStatement(xml: $xml, idempotencyKey: $key) { message booked returned unchanged unmatched alreadyImported } }`;

    async function batchFor(
      date: string,
    ): Promise<{ id: string; messageId: string; payments: Payment[]; of: (volunteerId: string) => Payment }> {
      const { createPayoutBatch } = await ok(
        `mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id messageId payments { ${PAYMENT} } } }`,
        { date, key: key() },
      );
      return {
        ...createPayoutBatch,
        of: (volunteerId: string) => createPayoutBatch.payments.find((payment: Payment) => payment.volunteer.id === volunteerId),
      };
    }
    async function paymentsOf(batchId: string): Promise<{ status: string; payments: Payment[]; of: (volunteerId: string) => Payment }> {
      const { payoutBatch } = await ok(`query ($id: ID!) { payoutBatch(id: $id) { status payments { ${PAYMENT} } } }`, { id: batchId });
      return {
        ...payoutBatch,
        of: (volunteerId: string) => payoutBatch.payments.find((payment: Payment) => payment.volunteer.id === volunteerId),
      };
    }
    const balanced = async () =>
      expect((await ok(`{ ledgerCheck { balanced problems } }`, {})).ledgerCheck).toEqual({ balanced: true, problems: [] });
    const payableOf = async (volunteerId: string) => {
      const [{ cents }] = await subgraph.dataSource.query(
        `SELECT coalesce(sum(CASE WHEN to_account = $1 THEN amount_cents ELSE -amount_cents END), 0)::int AS cents FROM ledger_entries WHERE to_account = $1 OR from_account = $1`,
        [`payable:${volunteerId}`],
      );
      return cents as number;
    };

    it('a report that rejects the whole file, listing no payment, puts every payment of the batch back to payable, once', async () => {
      const sanne = await payee(6_000, { name: 'Sanne Smit', iban: 'NL91ABNA0417164300' });
      const batch = await batchFor(`${year + 1}-04-06`);
      expect(batch.of(sanne).amount.cents).toBe(6_000);
      expect(await payableOf(sanne)).toBe(0);
      const report = pain002(batch.messageId, { group: 'RJCT', reason: 'FF01' });
      const first = (await ok(IMPORT, { xml: report, key: key() })).importPaymentStatusReport;
      expect(first).toEqual({ paid: 0, accepted: 0, failed: batch.payments.length, unchanged: 0 });
      // The same report again, under another key: nothing moves twice.
      expect((await ok(IMPORT, { xml: report, key: key() })).importPaymentStatusReport).toEqual({
        paid: 0,
        accepted: 0,
        failed: 0,
        unchanged: batch.payments.length,
      });
      const after = await paymentsOf(batch.id);
      expect(after.status).toBe('PROCESSED');
      expect(
        after.payments.every(
          (payment) =>
            payment.status === 'FAILED' &&
            payment.failureReason === 'FF01: File or transaction format is invalid' &&
            payment.statusCode === 'RJCT',
        ),
      ).toBe(true);
      expect(await payableOf(sanne)).toBe(6_000);
      await balanced();
      // A block rejected as a whole (the reason given for the file) works alike, and the money goes into the next batch.
      const next = await batchFor(`${year + 1}-04-13`);
      expect(next.of(sanne).amount.cents).toBe(6_000);
      expect(
        (await ok(IMPORT, { xml: pain002(next.messageId, { group: 'RJCT', block: 'RJCT', reason: 'AM04' }), key: key() }))
          .importPaymentStatusReport.failed,
      ).toBe(next.payments.length);
      expect((await paymentsOf(next.id)).of(sanne)).toMatchObject({ status: 'FAILED', failureReason: 'AM04: Insufficient funds' });
      expect(await payableOf(sanne)).toBe(6_000);
      await balanced();
    });

    it('holds an accepted payment in transit until it is settled; a late interim status does not undo it, and a later reject still returns the money', async () => {
      const pim = await payee(7_000, { name: 'Pim Paid', iban: 'NL91ABNA0417164300' });
      const rik = await payee(8_000, { name: 'Rik Rejected', iban: 'NL91ABNA0417164300' });
      const claimant = testIdentities.volunteer(pim, FEIJENOORD);
      const { draftExpenseClaim: claim } = await ok(
        `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`,
        {
          input: {
            teamId: FEIJENOORD,
            items: [
              {
                category: 'TRAVEL',
                spentOn: todayInAmsterdam(),
                amount: { cents: 500 },
                receiptRef: 'r.pdf',
                receiptSha256: 'e'.repeat(64),
              },
            ],
            idempotencyKey: key(),
          },
        },
        claimant,
      );
      await ok(`mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: claim.id }, claimant);
      await ok(
        `mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`,
        { id: claim.id, key: key() },
        coordinator,
      );
      const claimStatus = async () =>
        (await subgraph.dataSource.query('SELECT status FROM expense_claims WHERE id = $1', [claim.id]))[0].status;

      const batch = await batchFor(`${year + 1}-05-04`);
      // The block accepted (ACSP) without a word per payment: every payment accepted, none paid.
      const accepted = (await ok(IMPORT, { xml: pain002(batch.messageId, { block: 'ACSP' }), key: key() })).importPaymentStatusReport;
      expect(accepted).toEqual({ paid: 0, accepted: batch.payments.length, failed: 0, unchanged: 0 });
      let now = await paymentsOf(batch.id);
      expect(now.status).toBe('CREATED');
      expect(now.of(pim)).toMatchObject({ status: 'ACCEPTED', statusCode: 'ACSP' });
      expect(await claimStatus()).toBe('SCHEDULED');
      const [{ inTransit }] = await subgraph.dataSource.query(
        `SELECT count(*)::int AS "inTransit" FROM ledger_entries WHERE description = $1`,
        [`Paid ${now.of(pim).id}`],
      );
      expect(inTransit).toBe(0);

      // Settled for Pim, rejected for Rik: an accepted payment can still be rejected.
      const settled = (
        await ok(IMPORT, {
          xml: pain002(batch.messageId, {
            group: 'PART',
            transactions: [
              { endToEndId: batch.of(pim).endToEndId, status: 'ACSC' },
              { endToEndId: batch.of(rik).endToEndId, status: 'RJCT', reason: 'AC06' },
            ],
          }),
          key: key(),
        })
      ).importPaymentStatusReport;
      expect(settled).toEqual({ paid: 1, accepted: 0, failed: 1, unchanged: 0 });
      // A late interim report (ACSP for the whole block) does not move the paid or the failed payment back.
      const late = (await ok(IMPORT, { xml: pain002(batch.messageId, { block: 'ACSP' }), key: key() })).importPaymentStatusReport;
      expect(late).toEqual({ paid: 0, accepted: 0, failed: 0, unchanged: batch.payments.length });
      now = await paymentsOf(batch.id);
      expect(now.of(pim)).toMatchObject({ status: 'PAID', statusCode: 'ACSC' });
      expect(now.of(rik)).toMatchObject({ status: 'FAILED', failureReason: 'AC06: Account is blocked' });
      expect(await claimStatus()).toBe('PAID');
      expect(await payableOf(pim)).toBe(0);
      expect(await payableOf(rik)).toBe(8_000);
      await balanced();
      // The rest of the batch the block accepted still waits for its settlement.
      expect(
        now.payments
          .filter((payment) => !([pim, rik] as string[]).includes(payment.volunteer.id))
          .every((payment) => payment.status === 'ACCEPTED'),
      ).toBe(true);
      expect((await ok(IMPORT, { xml: pain002(batch.messageId, { group: 'ACCC' }), key: key() })).importPaymentStatusReport).toMatchObject({
        paid: batch.payments.length - 2,
        unchanged: 2,
      });
      expect((await paymentsOf(batch.id)).status).toBe('PROCESSED');
      await balanced();
    });

    it('reads the bank statement: a booked debit is paid, a returned transfer is payable again with the reason, and what no statement shows is listed', async () => {
      const bea = await payee(9_000, { name: 'Bea Booked', iban: 'NL91ABNA0417164300' });
      const ruud = await payee(9_500, { name: 'Ruud Returned', iban: 'NL91ABNA0417164300' });
      const nora = await payee(9_900, { name: 'Nora Nowhere', iban: 'NL91ABNA0417164300' });
      const claimant = testIdentities.volunteer(ruud, FEIJENOORD);
      const { draftExpenseClaim: claim } = await ok(
        `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`,
        {
          input: {
            teamId: FEIJENOORD,
            items: [
              {
                category: 'TRAVEL',
                spentOn: todayInAmsterdam(),
                amount: { cents: 700 },
                receiptRef: 'r.pdf',
                receiptSha256: 'f'.repeat(64),
              },
            ],
            idempotencyKey: key(),
          },
        },
        claimant,
      );
      await ok(`mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`, { id: claim.id }, claimant);
      await ok(
        `mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`,
        { id: claim.id, key: key() },
        coordinator,
      );
      // Executed long enough ago that the statement should show it by now.
      const batch = await batchFor(`${year - 1}-03-02`);
      await ok(IMPORT, {
        xml: pain002(batch.messageId, {
          group: 'PART',
          transactions: [
            { endToEndId: batch.of(ruud).endToEndId, status: 'ACSC' },
            { endToEndId: batch.of(nora).endToEndId, status: 'ACSP' },
          ],
        }),
        key: key(),
      });

      // The day's statement books Bea's payment (no status report said it was paid) and Ruud's.
      const statement = camt053(
        [
          { endToEndId: batch.of(bea).endToEndId, cents: 9_000 },
          { endToEndId: batch.of(ruud).endToEndId, cents: 9_500 + 700 },
          { endToEndId: 'SOMEONE-ELSE', cents: 1_234 },
        ],
        { bookingDate: `${year - 1}-03-02` },
      );
      const read = (await ok(STATEMENT, { xml: statement, key: key() })).importBankStatement;
      expect(read).toEqual({ message: 'camt.053', booked: 2, returned: 0, unchanged: 0, unmatched: 0, alreadyImported: false });
      // The same statement again (another key): recognised by the bank's message id, nothing booked twice.
      const entries = async () => (await subgraph.dataSource.query('SELECT count(*)::int AS n FROM ledger_entries'))[0].n;
      const before = await entries();
      expect((await ok(STATEMENT, { xml: statement, key: key() })).importBankStatement).toEqual({ ...read, alreadyImported: true });
      expect(await entries()).toBe(before);
      let now = await paymentsOf(batch.id);
      expect(now.of(bea)).toMatchObject({ status: 'PAID', bookedOn: `${year - 1}-03-02` });
      expect(now.of(ruud)).toMatchObject({ status: 'PAID', bookedOn: `${year - 1}-03-02` });

      // Days later Ruud's bank sends the money back: the account was closed.
      const returned = (
        await ok(STATEMENT, { xml: camt054([{ endToEndId: batch.of(ruud).endToEndId, cents: 10_200, returnReason: 'AC04' }]), key: key() })
      ).importBankStatement;
      expect(returned).toEqual({ message: 'camt.054', booked: 0, returned: 1, unchanged: 0, unmatched: 0, alreadyImported: false });
      now = await paymentsOf(batch.id);
      expect(now.of(ruud)).toMatchObject({ status: 'RETURNED', statusCode: 'AC04', failureReason: 'AC04: Account is closed' });
      expect(await payableOf(ruud)).toBe(10_200);
      const [{ status, reason }] = await subgraph.dataSource.query('SELECT status, reason FROM expense_claims WHERE id = $1', [claim.id]);
      expect({ status, reason }).toEqual({ status: 'APPROVED', reason: 'Payment returned: AC04: Account is closed' });
      // The same return in the end-of-day statement, and a late status report, change nothing.
      expect(
        (
          await ok(STATEMENT, {
            xml: camt053([{ endToEndId: batch.of(ruud).endToEndId, cents: 10_200, returnReason: 'AC04' }]),
            key: key(),
          })
        ).importBankStatement,
      ).toMatchObject({ returned: 0, unchanged: 1 });
      expect(
        (
          await ok(IMPORT, {
            xml: pain002(batch.messageId, { transactions: [{ endToEndId: batch.of(ruud).endToEndId, status: 'ACSC' }] }),
            key: key(),
          })
        ).importPaymentStatusReport,
      ).toMatchObject({ paid: 0, unchanged: 1 });
      expect(await payableOf(ruud)).toBe(10_200);
      // A booking that names a payment with another amount is not taken for it.
      expect(
        (await ok(STATEMENT, { xml: camt053([{ endToEndId: batch.of(nora).endToEndId, cents: 1 }]), key: key() })).importBankStatement,
      ).toMatchObject({ booked: 0, unmatched: 1 });
      await balanced();

      // Nora's payment, accepted but never on a statement, is listed; Bea's (booked) and Ruud's (returned) are not.
      const NOT_ON_STATEMENT = `query ($days: Int) { paymentsNotOnStatement(businessDays: $days) { id status requestedExecutionDate batchId volunteer { id } amount { cents } } }`;
      const listed = (await ok(NOT_ON_STATEMENT, { days: 5 })).paymentsNotOnStatement;
      expect(listed).toContainEqual({
        id: batch.of(nora).id,
        status: 'ACCEPTED',
        requestedExecutionDate: `${year - 1}-03-02`,
        batchId: batch.id,
        volunteer: { id: nora },
        amount: { cents: 9_900 },
      });
      expect(listed.map((payment: { id: string }) => payment.id)).not.toEqual(expect.arrayContaining([batch.of(bea).id]));
      expect(listed.map((payment: { id: string }) => payment.id)).not.toEqual(expect.arrayContaining([batch.of(ruud).id]));
      // The demo batch is on its statement, and a batch for a day to come is not due on one yet.
      expect(listed.every((payment: { requestedExecutionDate: string }) => payment.requestedExecutionDate <= todayInAmsterdam())).toBe(
        true,
      );
      const refused = await subgraph.query(NOT_ON_STATEMENT, { days: -1 }, admin);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'businessDays' }] });

      // A batch booking (one debit for the file) books every payment of the file that was not turned back.
      const sam = await payee(4_000, { name: 'Sam Batch', iban: 'NL91ABNA0417164300' });
      const whole = await batchFor(`${year - 1}-03-09`);
      const total = whole.payments.reduce((sum, payment) => sum + payment.amount.cents, 0);
      // The same statement also lists Sam's payment on its own: it is paid once.
      const both = camt053([
        { batchMessageId: whole.messageId, cents: total },
        { endToEndId: whole.of(sam).endToEndId, cents: 4_000 },
      ]);
      expect((await ok(STATEMENT, { xml: both, key: key() })).importBankStatement).toMatchObject({
        booked: whole.payments.length,
        unchanged: 1,
      });
      expect(await paymentsOf(whole.id)).toMatchObject({ status: 'PROCESSED' });
      expect((await paymentsOf(whole.id)).of(sam)).toMatchObject({ status: 'PAID', bookedOn: '2026-03-05' });
      const [{ paidEntries }] = await subgraph.dataSource.query(
        `SELECT count(*)::int AS "paidEntries" FROM ledger_entries WHERE description = $1`,
        [`Paid ${whole.of(sam).id}`],
      );
      expect(paidEntries).toBe(1);
      await balanced();
    });

    it('refuses an unreadable statement and lets only admins read statements or list what they miss', async () => {
      const unreadable = await subgraph.query(STATEMENT, { xml: '<Document/>', key: key() }, admin);
      expect(unreadable.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'xml' }] },
        message: expect.stringContaining('Not a bank statement'),
      });
      for (const other of [coordinator, testIdentities.volunteer(randomUUID(), FEIJENOORD)]) {
        expect((await subgraph.query(STATEMENT, { xml: camt053([]), key: key() }, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect((await subgraph.query(`{ paymentsNotOnStatement { id } }`, {}, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
});
