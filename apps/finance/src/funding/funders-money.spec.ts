import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { financeSubgraph } from '../subgraph';
import { parseBankStatement } from '../payouts/sepa/camt';
import { camt053, camt054 } from '../test/bank-files';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const today = todayInAmsterdam();
const year = Number(today.slice(0, 4));
const FEIJENOORD = demoId('team:feijenoord');
const ROTTERDAM = demoId('partner:gemeente-rotterdam');
const funder = testIdentities.partner(ROTTERDAM);
const otherFunder = testIdentities.partner(demoId('partner:havensteder'));
const key = () => `test-${randomUUID()}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const CREATE = `mutation ($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { id } }`;
const ADD = `mutation ($input: AddFundingInstalmentInput!) { addFundingInstalment(input: $input) { id dueOn amount { cents } } }`;
const INVOICE = `mutation ($input: InvoiceFundingInstalmentInput!) { invoiceFundingInstalment(input: $input) { id number issuedOn dueOn amount { cents } status } }`;
const IMPORT = `mutation ($xml: String!, $key: String!) { importBankStatement(xml: $xml, idempotencyKey: $key) { message fundsReceived creditsUnmatched booked unmatched alreadyImported } }`;
const AGREEMENT = `query ($id: ID!) { _entities(representations: [{ __typename: "FundingAgreement", id: $id }]) { ... on FundingAgreement {
  instalments { dueOn amount { cents } invoice { number status received { cents } open { cents } daysOverdue payments { receivedOn amount { cents } bankReference } } } } } }`;

async function agreement(
  cents = 1_000_000,
  teamIds = [FEIJENOORD],
  neighbourhoodIds: string[] = [],
  period = { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` },
) {
  const result = await subgraph.query(
    CREATE,
    {
      input: {
        partnerId: ROTTERDAM,
        title: `Voorfinanciering ${randomUUID()}`,
        amount: { cents },
        ...period,
        teamIds,
        neighbourhoodIds,
        socialReturnCentsPerEuro: 190,
        idempotencyKey: key(),
      },
    },
    admin,
  );
  if (!result.data?.createFundingAgreement) throw new Error(JSON.stringify(result.errors));
  return result.data.createFundingAgreement.id as string;
}

async function instalment(agreementId: string, cents: number, dueOn = `${year}-03-01`) {
  const result = await subgraph.query(ADD, { input: { agreementId, dueOn, amount: { cents }, idempotencyKey: key() } }, admin);
  if (!result.data?.addFundingInstalment) throw new Error(JSON.stringify(result.errors));
  return result.data.addFundingInstalment.id as string;
}

async function invoiced(instalmentId: string, extra: Record<string, unknown> = {}) {
  const result = await subgraph.query(INVOICE, { input: { instalmentId, idempotencyKey: key(), ...extra } }, admin);
  if (!result.data?.invoiceFundingInstalment) throw new Error(JSON.stringify(result.errors));
  return result.data.invoiceFundingInstalment;
}

const ledgerCheck = async () => (await subgraph.query(`{ ledgerCheck { balanced problems } }`, {}, admin)).data.ledgerCheck;
const instalmentsOf = async (id: string, caller = admin) =>
  (await subgraph.query(AGREEMENT, { id }, caller)).data._entities[0]?.instalments;

async function validate(xml: string, name: string): Promise<string[]> {
  const contents = readFileSync(join(__dirname, `../payouts/sepa/${name}.xsd`), 'utf8');
  return (await validateXML({ xml: { fileName: 'bank.xml', contents: xml }, schema: { fileName: `${name}.xsd`, contents } })).errors.map(
    (error) => error.rawMessage,
  );
}

describe('instalments and invoices of a pre-financed agreement', () => {
  it('records instalments up to the agreement, and invoices each once with a unique number', async () => {
    const id = await agreement(100_000);
    const first = await instalment(id, 60_000, `${year}-01-15`);
    await instalment(id, 40_000, `${year}-07-01`);
    const over = await subgraph.query(
      ADD,
      { input: { agreementId: id, dueOn: `${year}-09-01`, amount: { cents: 1 }, idempotencyKey: key() } },
      admin,
    );
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'amount.cents' }] });

    const sent = await invoiced(first, { issuedOn: `${year}-01-02` });
    expect(sent).toMatchObject({
      number: expect.stringMatching(new RegExp(`^BV-${year}-\\d{4}$`)),
      issuedOn: `${year}-01-02`,
      dueOn: `${year}-02-01`,
      amount: { cents: 60_000 },
      status: 'OPEN',
    });
    const again = await subgraph.query(INVOICE, { input: { instalmentId: first, idempotencyKey: key() } }, admin);
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: `This instalment is already invoiced (${sent.number})`,
    });

    const other = await instalment(await agreement(10_000), 10_000);
    const taken = await subgraph.query(
      INVOICE,
      { input: { instalmentId: other, number: sent.number.toLowerCase(), idempotencyKey: key() } },
      admin,
    );
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'number' }] });
    expect((await invoiced(other, { number: `gift-${year}/7` })).number).toBe(`GIFT-${year}/7`);

    expect(await instalmentsOf(id)).toEqual([
      {
        dueOn: `${year}-01-15`,
        amount: { cents: 60_000 },
        invoice: {
          number: sent.number,
          status: 'OPEN',
          received: { cents: 0 },
          open: { cents: 60_000 },
          daysOverdue: expect.any(Number),
          payments: [],
        },
      },
      { dueOn: `${year}-07-01`, amount: { cents: 40_000 }, invoice: null },
    ]);
    expect(await ledgerCheck()).toEqual({ balanced: true, problems: [] });
  });

  it('is kept by admins; the funder reads its own agreement’s instalments, another funder and volunteers nothing', async () => {
    const id = await agreement(50_000);
    const instalmentId = await instalment(id, 50_000);
    for (const caller of [
      funder,
      otherFunder,
      testIdentities.volunteer(randomUUID(), FEIJENOORD),
      testIdentities.coordinator(FEIJENOORD, randomUUID()),
    ]) {
      expect(
        (
          await subgraph.query(
            ADD,
            { input: { agreementId: id, dueOn: `${year}-05-01`, amount: { cents: 1 }, idempotencyKey: key() } },
            caller,
          )
        ).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await subgraph.query(INVOICE, { input: { instalmentId, idempotencyKey: key() } }, caller)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await subgraph.query(`{ overdueFundingInvoices { number } }`, {}, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await subgraph.query(`{ unmatchedBankCredits { id } }`, {}, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    await invoiced(instalmentId);
    const own = await subgraph.query(
      `query ($id: ID!) { _entities(representations: [{ __typename: "Partner", id: $id }]) { ... on Partner { fundingAgreements { id instalments { amount { cents } invoice { status } } } } } }`,
      { id: ROTTERDAM },
      funder,
    );
    expect(own.data._entities[0].fundingAgreements.find((candidate: { id: string }) => candidate.id === id).instalments).toEqual([
      { amount: { cents: 50_000 }, invoice: { status: 'OPEN' } },
    ]);
    // Another funder's agreement resolves to nothing at all.
    expect((await subgraph.query(AGREEMENT, { id }, otherFunder)).data._entities).toEqual([null]);
  });
});

describe('money received, from the bank statement', () => {
  it('reads a credit’s remittance (unstructured lines and the creditor reference) and who sent it', () => {
    const xml = camt053([
      {
        cents: 500,
        direction: 'CRDT',
        incoming: {
          debtorName: 'Woonstad Rotterdam',
          unstructured: 'Factuur BV-2026-0007',
          reference: 'BV-2026-0007',
          bankReference: 'REF-IN-1',
        },
      },
      { endToEndId: 'P0001', cents: 700 },
    ]);
    const [credit, debit] = parseBankStatement(xml).entries;
    expect(credit).toMatchObject({
      reference: 'REF-IN-1',
      amountCents: 500,
      direction: 'CRDT',
      transactions: [{ returned: false, remittance: ['Factuur BV-2026-0007', 'BV-2026-0007'], debtorName: 'Woonstad Rotterdam' }],
    });
    expect(credit.transactions[0].endToEndId).toBeUndefined();
    // A debit of the foundation's own payments carries no remittance of money coming in.
    expect(debit.transactions).toEqual([{ endToEndId: 'P0001', amountCents: 700, returned: false }]);
  });

  it('books a credit naming an open invoice (in part, then the rest), once, and keeps the books balanced', async () => {
    const id = await agreement(200_000);
    const sent = await invoiced(await instalment(id, 150_000));
    const partial = camt053(
      [
        {
          cents: 100_000,
          direction: 'CRDT',
          incoming: {
            debtorName: 'Gemeente Rotterdam',
            unstructured: `Voorschot termijn 1, factuur ${sent.number}.`,
            bankReference: `BR-${randomUUID().slice(0, 12)}`,
          },
        },
      ],
      { id: `STMT-${randomUUID().slice(0, 20)}`, bookingDate: today },
    );
    const reference = `BR-${randomUUID().slice(0, 12)}`;
    const rest = camt053(
      [
        {
          cents: 50_000,
          direction: 'CRDT',
          incoming: { debtorName: 'Gemeente Rotterdam', reference: sent.number, bankReference: reference },
        },
      ],
      { id: `STMT-${randomUUID().slice(0, 20)}`, bookingDate: today },
    );
    expect(await validate(partial, 'camt.053.001.08')).toEqual([]);
    expect(await validate(rest, 'camt.053.001.08')).toEqual([]);

    const read = await subgraph.query(IMPORT, { xml: partial, key: key() }, admin);
    expect(read.data.importBankStatement).toEqual({
      message: 'camt.053',
      fundsReceived: 1,
      creditsUnmatched: 0,
      booked: 0,
      unmatched: 0,
      alreadyImported: false,
    });
    expect((await instalmentsOf(id))[0].invoice).toMatchObject({
      status: 'PARTLY_PAID',
      received: { cents: 100_000 },
      open: { cents: 50_000 },
    });
    expect(await ledgerCheck()).toEqual({ balanced: true, problems: [] });

    expect((await subgraph.query(IMPORT, { xml: rest, key: key() }, admin)).data.importBankStatement).toMatchObject({ fundsReceived: 1 });
    // The same booking in a notification (the bank's reference again) is not money a second time.
    const notified = camt054(
      [
        {
          cents: 50_000,
          direction: 'CRDT',
          incoming: { debtorName: 'Gemeente Rotterdam', reference: sent.number, bankReference: reference },
        },
      ],
      { id: `NTF-${randomUUID().slice(0, 20)}`, bookingDate: today },
    );
    expect(await validate(notified, 'camt.054.001.08')).toEqual([]);
    expect((await subgraph.query(IMPORT, { xml: notified, key: key() }, admin)).data.importBankStatement).toMatchObject({
      fundsReceived: 0,
      creditsUnmatched: 0,
    });
    expect((await subgraph.query(IMPORT, { xml: rest, key: key() }, admin)).data.importBankStatement).toMatchObject({
      fundsReceived: 1,
      alreadyImported: true,
    });

    const [paid] = await instalmentsOf(id);
    expect(paid.invoice).toMatchObject({ status: 'PAID', received: { cents: 150_000 }, open: { cents: 0 }, daysOverdue: 0 });
    expect(paid.invoice.payments.map((payment: { amount: { cents: number } }) => payment.amount.cents)).toEqual([100_000, 50_000]);
    const [{ owed }] = await subgraph.dataSource.query(
      `SELECT coalesce(sum(CASE WHEN to_account = $1 THEN amount_cents ELSE -amount_cents END), 0)::int AS owed FROM ledger_entries WHERE $1 IN (to_account, from_account)`,
      [`funder-receivable:${id}`],
    );
    expect(owed).toBe(0);
    expect(await ledgerCheck()).toEqual({ balanced: true, problems: [] });
  });

  it('lists credits that name no open invoice, or more than is open, for an admin', async () => {
    const sent = await invoiced(await instalment(await agreement(30_000), 30_000));
    const marker = randomUUID().slice(0, 8);
    const xml = camt053(
      [
        { cents: 12_345, direction: 'CRDT', incoming: { debtorName: `Onbekend ${marker}`, unstructured: 'Gift voor de buurt' } },
        { cents: 30_001, direction: 'CRDT', incoming: { debtorName: `Te veel ${marker}`, unstructured: sent.number } },
      ],
      { id: `STMT-${randomUUID().slice(0, 20)}`, bookingDate: today },
    );
    expect(await validate(xml, 'camt.053.001.08')).toEqual([]);
    expect((await subgraph.query(IMPORT, { xml, key: key() }, admin)).data.importBankStatement).toMatchObject({
      fundsReceived: 0,
      creditsUnmatched: 2,
    });
    const listed = (await subgraph.query(`{ unmatchedBankCredits { debtorName amount { cents } remittance reason bookedOn } }`, {}, admin))
      .data.unmatchedBankCredits;
    expect(listed.find((credit: { debtorName: string }) => credit.debtorName === `Onbekend ${marker}`)).toEqual({
      debtorName: `Onbekend ${marker}`,
      amount: { cents: 12_345 },
      remittance: 'Gift voor de buurt',
      reason: 'The remittance names no invoice of the foundation',
      bookedOn: today,
    });
    const tooMuch = listed.find((credit: { debtorName: string }) => credit.debtorName === `Te veel ${marker}`);
    expect(tooMuch).toMatchObject({ amount: { cents: 30_001 }, remittance: sent.number });
    expect(tooMuch.reason).toMatch(new RegExp(`^More than the .*300.* open on invoice ${sent.number}$`));
    expect(await ledgerCheck()).toEqual({ balanced: true, problems: [] });
  });

  it('lets an admin place an unmatched credit on the invoice it pays, once, and never for more than is open', async () => {
    const id = await agreement(20_000);
    const sent = await invoiced(await instalment(id, 20_000));
    const marker = randomUUID().slice(0, 8);
    const xml = camt053(
      [
        { cents: 15_000, direction: 'CRDT', incoming: { debtorName: `Zonder nummer ${marker}`, unstructured: 'Bijdrage buurtteam' } },
        { cents: 6_000, direction: 'CRDT', incoming: { debtorName: `Nog een ${marker}`, unstructured: 'Tweede deel' } },
      ],
      { id: `STMT-${randomUUID().slice(0, 20)}`, bookingDate: today },
    );
    expect((await subgraph.query(IMPORT, { xml, key: key() }, admin)).data.importBankStatement).toMatchObject({ creditsUnmatched: 2 });
    const credits = (await subgraph.query(`{ unmatchedBankCredits { id debtorName } }`, {}, admin)).data.unmatchedBankCredits;
    const first = credits.find((credit: { debtorName: string }) => credit.debtorName === `Zonder nummer ${marker}`);
    const second = credits.find((credit: { debtorName: string }) => credit.debtorName === `Nog een ${marker}`);
    const ASSIGN = `mutation ($input: AssignBankCreditInput!) { assignBankCredit(input: $input) { amount { cents } receivedOn } }`;

    const coordinator = await subgraph.query(
      ASSIGN,
      { input: { creditId: first.id, invoiceId: sent.id } },
      testIdentities.coordinator(FEIJENOORD, randomUUID()),
    );
    expect(coordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const placed = await subgraph.query(ASSIGN, { input: { creditId: first.id, invoiceId: sent.id } }, admin);
    expect(placed.data.assignBankCredit).toEqual({ amount: { cents: 15_000 }, receivedOn: today });
    expect((await instalmentsOf(id))[0].invoice).toMatchObject({
      status: 'PARTLY_PAID',
      received: { cents: 15_000 },
      open: { cents: 5_000 },
    });

    // Placed already: it is no longer unmatched. The second is more than the 50 euros still open.
    expect((await subgraph.query(ASSIGN, { input: { creditId: first.id, invoiceId: sent.id } }, admin)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const tooMuch = await subgraph.query(ASSIGN, { input: { creditId: second.id, invoiceId: sent.id } }, admin);
    expect(tooMuch.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(tooMuch.errors?.[0].message).toMatch(new RegExp(`^More than the .*50.* open on invoice ${sent.number}$`));
    const left = (await subgraph.query(`{ unmatchedBankCredits { id } }`, {}, admin)).data.unmatchedBankCredits;
    expect(left.map((credit: { id: string }) => credit.id)).toEqual(expect.arrayContaining([second.id]));
    expect(left.map((credit: { id: string }) => credit.id)).not.toContain(first.id);
    expect(await ledgerCheck()).toEqual({ balanced: true, problems: [] });
  });

  it('shows what is overdue: past the due date and not fully paid, with the days', async () => {
    const id = await agreement(90_000);
    const late = await invoiced(await instalment(id, 40_000), { issuedOn: `${year - 1}-11-01`, dueOn: `${year - 1}-12-01` });
    const notYet = await invoiced(await instalment(id, 50_000), { issuedOn: today });
    const overdue = (await subgraph.query(`{ overdueFundingInvoices { number daysOverdue open { cents } agreement { id } } }`, {}, admin))
      .data.overdueFundingInvoices;
    const expectedDays = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${year - 1}-12-01T00:00:00Z`)) / 86_400_000);
    expect(overdue).toContainEqual({ number: late.number, daysOverdue: expectedDays, open: { cents: 40_000 }, agreement: { id } });
    expect(overdue.map((invoice: { number: string }) => invoice.number)).not.toContain(notYet.number);
  });
});

describe('shares of several funders', () => {
  it('derives each agreement’s share of a team and a neighbourhood per year from the amounts and periods', async () => {
    const teamId = randomUUID();
    const neighbourhoodId = randomUUID();
    await subgraph.dataSource.transaction((manager) =>
      deliverEvent(financeSubgraph, manager, 'TeamPlaced', {
        teamId,
        neighbourhoodId,
        municipalityCode: 'GM0599',
        startsOn: `${year}-01-01`,
      }),
    );
    const forTeam = await agreement(300_000, [teamId]);
    const forNeighbourhood = await agreement(100_000, [], [neighbourhoodId]);
    // Two years, half of it in each: 100 000 in this year.
    const twoYears = await agreement(200_000, [teamId], [], { startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31` });
    const SHARES = `query ($id: ID!) { _entities(representations: [{ __typename: "FundingAgreement", id: $id }]) { ... on FundingAgreement { shares { team { id } neighbourhood { id } year basisPoints } } } }`;
    const sharesOf = async (id: string, caller = admin) => (await subgraph.query(SHARES, { id }, caller)).data._entities[0].shares;
    // This year the team has 300 000 + 100 000 + 100 000.
    const [team] = await sharesOf(forTeam);
    expect(team).toEqual({ team: { id: teamId }, neighbourhood: null, year, basisPoints: expect.any(Number) });
    expect(Math.abs(team.basisPoints - 6_000)).toBeLessThanOrEqual(3);
    expect(await sharesOf(forNeighbourhood)).toEqual([{ team: null, neighbourhood: { id: neighbourhoodId }, year, basisPoints: 10_000 }]);
    const spread = await sharesOf(twoYears, funder);
    // 2 000 when both years have as many days; a leap year moves it by a basis point or two.
    expect(spread[0]).toEqual({ team: { id: teamId }, neighbourhood: null, year, basisPoints: expect.any(Number) });
    expect(Math.abs(spread[0].basisPoints - 2_000)).toBeLessThanOrEqual(3);
    expect(spread[1]).toEqual({ team: { id: teamId }, neighbourhood: null, year: year + 1, basisPoints: 10_000 });
  });
});
