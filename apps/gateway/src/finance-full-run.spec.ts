import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, pollUntil, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { camt053, pain002 } from '../../finance/src/test/bank-files';
import { startTestFederation, type TestFederation } from './test/federation';
import { type Mailbox, openMailbox } from './test/mailbox';

/**
 * A funder's money from the agreement to a volunteer's account, through the real gateway with the events between the
 * services: agreement → instalment invoiced → payment received (camt.053 credit naming the invoice) → budget allocated
 * → hours approved → allowance paid in a batch → the bank rejects the whole file (pain.002 group RJCT) → payable again
 * → a new batch → settled (ACSC) → the statement shows it booked. The books balance after every step, every bank
 * file is valid against its ISO 20022 schema, and the volunteer is told by e-mail what happened to their money.
 */
let federation: TestFederation;
let mailbox: Mailbox;
const TEAM = demoId('team:delfshaven');
const VOLUNTEER = demoId('volunteer:delfshaven-07');
const ROTTERDAM = demoId('partner:gemeente-rotterdam');
const admin = testIdentities.admin();
const coordinator = testIdentities.coordinator(TEAM, demoId('volunteer:delfshaven-01'));
const volunteer = testIdentities.volunteer(VOLUNTEER, TEAM);
const funder = testIdentities.partner(ROTTERDAM);
const today = todayInAmsterdam();
const year = Number(today.slice(0, 4));
const key = () => `run-${randomUUID()}`;
const SEPA = join(__dirname, '../../finance/src/payouts/sepa');

beforeAll(async () => {
  mailbox = await openMailbox(() => federation.messages!.dataSource);
  federation = await startTestFederation({ volunteers: true, activities: true, finance: true, messages: true });
}, 120_000);
afterAll(async () => {
  await federation?.stop();
  await mailbox?.close();
});

async function as(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const result = await postGraphQL(federation.gateway.url, { query, variables }, await bearerHeaders(identity));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function valid(xml: string, schema: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'bank.xml', contents: xml },
    schema: { fileName: `${schema}.xsd`, contents: readFileSync(join(SEPA, `${schema}.xsd`), 'utf8') },
  });
  return result.errors.map((error) => error.rawMessage);
}

async function balanced() {
  expect((await as(admin, '{ ledgerCheck { balanced problems } }')).ledgerCheck).toEqual({ balanced: true, problems: [] });
}

const BATCH = `query ($id: ID!) { payoutBatch(id: $id) { messageId status payments { id endToEndId status statusCode failureReason bookedOn amount { cents } volunteer { id } } } }`;
const ownPayment = async (batchId: string) =>
  (await as(admin, BATCH, { id: batchId })).payoutBatch.payments.find(
    (payment: { volunteer: { id: string } }) => payment.volunteer.id === VOLUNTEER,
  );
const payoutFile = async (batchId: string) =>
  (await as(admin, 'query ($id: ID!) { payoutBatchFile(id: $id) }', { id: batchId })).payoutBatchFile as string;
const newBatch = async () =>
  (
    await as(
      admin,
      'mutation ($date: LocalDate!, $key: String!) { createPayoutBatch(requestedExecutionDate: $date, idempotencyKey: $key) { id messageId } }',
      { date: today, key: key() },
    )
  ).createPayoutBatch;

describe('a funder’s money, from the agreement to the volunteer’s account', () => {
  it('runs through invoice, payment, budget, hours, a rejected and a settled batch, and the statement', async () => {
    // The agreement, one instalment, invoiced.
    const { createFundingAgreement: agreement } = await as(
      admin,
      'mutation ($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { id } }',
      {
        input: {
          partnerId: ROTTERDAM,
          title: 'Delfshaven voorgefinancierd',
          amount: { cents: 500_000 },
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
          teamIds: [TEAM],
          socialReturnCentsPerEuro: 190,
          idempotencyKey: key(),
        },
      },
    );
    const { addFundingInstalment: instalment } = await as(
      admin,
      'mutation ($input: AddFundingInstalmentInput!) { addFundingInstalment(input: $input) { id } }',
      {
        input: { agreementId: agreement.id, dueOn: `${year}-01-15`, amount: { cents: 250_000 }, idempotencyKey: key() },
      },
    );
    const { invoiceFundingInstalment: invoice } = await as(
      admin,
      'mutation ($input: InvoiceFundingInstalmentInput!) { invoiceFundingInstalment(input: $input) { number status } }',
      {
        input: { instalmentId: instalment.id, idempotencyKey: key() },
      },
    );
    expect(invoice).toEqual({ number: expect.stringMatching(/^BV-\d{4}-\d{4}$/), status: 'OPEN' });
    await balanced();

    // The funder pays, naming the invoice; the statement books it.
    const credit = camt053(
      [
        {
          cents: 250_000,
          direction: 'CRDT',
          incoming: { debtorName: 'Gemeente Rotterdam', unstructured: `Termijn 1 factuur ${invoice.number}` },
        },
      ],
      { id: `RUN-IN-${randomUUID().slice(0, 8)}`, bookingDate: today },
    );
    expect(await valid(credit, 'camt.053.001.08')).toEqual([]);
    expect(
      (
        await as(
          admin,
          'mutation ($xml: String!, $key: String!) { importBankStatement(xml: $xml, idempotencyKey: $key) { fundsReceived creditsUnmatched } }',
          { xml: credit, key: key() },
        )
      ).importBankStatement,
    ).toEqual({ fundsReceived: 1, creditsUnmatched: 0 });
    const seenByFunder = await as(
      funder,
      'query ($id: ID!) { partner(id: $id) { fundingAgreements { id instalments { invoice { number status received { cents } } } } } }',
      { id: ROTTERDAM },
    );
    expect(seenByFunder.partner.fundingAgreements.find((candidate: { id: string }) => candidate.id === agreement.id).instalments).toEqual([
      { invoice: { number: invoice.number, status: 'PAID', received: { cents: 250_000 } } },
    ]);
    await balanced();

    // A budget for allowances, and an hourly allowance for a member.
    await as(admin, 'mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }', {
      input: { agreementId: agreement.id, teamId: TEAM, year, category: 'ALLOWANCES', amount: { cents: 100_000 }, idempotencyKey: key() },
    });
    await balanced();
    const { volunteer: eligible } = await as(
      admin,
      'query ($id: ID!, $teamId: ID!) { volunteer(id: $id) { allowanceEligibility(teamId: $teamId) { grant } } }',
      { id: VOLUNTEER, teamId: TEAM },
    );
    await as(admin, 'mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }', {
      input: {
        volunteerId: VOLUNTEER,
        teamId: TEAM,
        kind: 'HOURLY',
        amount: { cents: 400 },
        startsOn: `${year}-01-01`,
        eligibility: eligible.allowanceEligibility.grant,
        idempotencyKey: key(),
      },
    });
    await as(admin, 'mutation ($input: SetPayoutAccountInput!) { setPayoutAccount(input: $input) }', {
      input: { volunteerId: VOLUNTEER, holderName: 'Vrijwilliger Delfshaven', iban: 'NL91ABNA0417164300' },
    });

    // Three hours, approved by the coordinator: the allowance follows the approval.
    const { registerHours: entry } = await as(
      volunteer,
      'mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id version } }',
      { input: { teamId: TEAM, date: today, minutes: 180, theme: 'INFORMAL_CARE' } },
    );
    await as(
      coordinator,
      'mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { status } }',
      { entries: [{ id: entry.id, version: entry.version }] },
    );
    const allowance = await pollUntil(
      async () =>
        (
          await federation.finance!.dataSource.query(
            `SELECT status, amount_cents::int AS cents FROM allowances WHERE source_hour_entry_id = $1`,
            [entry.id],
          )
        )[0],
      (row) => row?.status === 'PAID',
    );
    expect(allowance).toEqual({ status: 'PAID', cents: 1_200 });
    await balanced();

    // Paid in a batch whose file the bank rejects as a whole.
    const first = await newBatch();
    expect(await valid(await payoutFile(first.id), 'pain.001.001.09')).toEqual([]);
    const scheduled = await ownPayment(first.id);
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', amount: { cents: 1_200 } });
    await balanced();
    const rejection = pain002(first.messageId, { group: 'RJCT', reason: 'FF01', id: `RUN-RJ-${randomUUID().slice(0, 8)}` });
    expect(await valid(rejection, 'pain.002.001.10')).toEqual([]);
    const rejected = (
      await as(
        admin,
        'mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { failed paid } }',
        { xml: rejection, key: key() },
      )
    ).importPaymentStatusReport;
    expect(rejected.failed).toBeGreaterThanOrEqual(1);
    expect(await ownPayment(first.id)).toMatchObject({
      status: 'FAILED',
      statusCode: 'RJCT',
      failureReason: expect.stringMatching(/^FF01/),
    });
    await balanced();
    const address = (await as(admin, 'query ($id: ID!) { volunteer(id: $id) { email } }', { id: VOLUNTEER })).volunteer.email;
    const failed = await mailbox.mailTo(address, 'Een betaling aan je is niet gelukt');
    expect(failed.text).toContain('€\u00a012,00');

    // Payable again: the next batch pays it, the bank settles it, and the statement shows it booked.
    const second = await newBatch();
    expect(await valid(await payoutFile(second.id), 'pain.001.001.09')).toEqual([]);
    const again = await ownPayment(second.id);
    expect(again).toMatchObject({ status: 'SCHEDULED', amount: { cents: 1_200 } });
    const settlement = pain002(second.messageId, { group: 'ACSC', id: `RUN-OK-${randomUUID().slice(0, 8)}` });
    expect(await valid(settlement, 'pain.002.001.10')).toEqual([]);
    await as(admin, 'mutation ($xml: String!, $key: String!) { importPaymentStatusReport(xml: $xml, idempotencyKey: $key) { paid } }', {
      xml: settlement,
      key: key(),
    });
    expect(await ownPayment(second.id)).toMatchObject({ status: 'PAID', bookedOn: null });
    await balanced();
    expect((await mailbox.mailTo(address, 'We hebben je betaald')).text).toContain('€\u00a012,00');

    const statement = camt053([{ endToEndId: again.endToEndId, cents: 1_200 }], {
      id: `RUN-ST-${randomUUID().slice(0, 8)}`,
      bookingDate: today,
    });
    expect(await valid(statement, 'camt.053.001.08')).toEqual([]);
    expect(
      (
        await as(
          admin,
          'mutation ($xml: String!, $key: String!) { importBankStatement(xml: $xml, idempotencyKey: $key) { booked unmatched } }',
          { xml: statement, key: key() },
        )
      ).importBankStatement,
    ).toEqual({ booked: 1, unmatched: 0 });
    expect(await ownPayment(second.id)).toMatchObject({ status: 'PAID', bookedOn: today });
    await balanced();
  }, 120_000);
});
