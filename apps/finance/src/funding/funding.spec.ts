import { demoId, demoMembers, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { joinTeam } from '../test/join-team';
import { withEligibility } from '../test/eligibility';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const year = Number(todayInAmsterdam().slice(0, 4));
const FEIJENOORD = demoId('team:feijenoord');
const BOUWLUST = demoId('team:bouwlust');
const ROTTERDAM = demoId('partner:gemeente-rotterdam');

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const CREATE = `mutation ($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { id title amount { cents currency } socialReturnCentsPerEuro } }`;
const ALLOCATE = `mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id kind amount { cents } fromAccount toAccount } }`;
const BUDGET = `query ($id: ID!, $year: Int!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { budget(year: $year) { category allocated { cents } spent { cents } left { cents } } } } }`;
const key = () => `test-${randomUUID()}`;

async function agreement(cents = 1_000_000) {
  const result = await subgraph.query(
    CREATE,
    {
      input: {
        partnerId: ROTTERDAM,
        title: `Pilot ${randomUUID()}`,
        amount: { cents },
        startsOn: `${year}-01-01`,
        endsOn: `${year + 1}-12-31`,
        teamIds: [FEIJENOORD],
        socialReturnCentsPerEuro: 190,
        idempotencyKey: key(),
      },
    },
    admin,
  );
  if (!result.data?.createFundingAgreement) throw new Error(JSON.stringify(result.errors));
  return result.data.createFundingAgreement.id as string;
}

async function ledgerCheck() {
  return (await subgraph.query(`{ ledgerCheck { balanced entries problems } }`, {}, admin)).data.ledgerCheck;
}

describe('funding and budgets', () => {
  it('allocates from an agreement to a team budget, derived from the ledger, and the ledger balances', async () => {
    const id = await agreement(500_000);
    const before = (await subgraph.query(BUDGET, { id: FEIJENOORD, year }, admin)).data._entities[0].budget.find(
      (line: { category: string }) => line.category === 'TRAINING',
    );
    const allocated = await subgraph.query(
      ALLOCATE,
      { input: { agreementId: id, teamId: FEIJENOORD, year, category: 'TRAINING', amount: { cents: 125_050 }, idempotencyKey: key() } },
      admin,
    );
    expect(allocated.data.allocateBudget).toMatchObject({ kind: 'ALLOCATION', amount: { cents: 125_050 }, fromAccount: `agreement:${id}` });
    const after = (await subgraph.query(BUDGET, { id: FEIJENOORD, year }, admin)).data._entities[0].budget.find(
      (line: { category: string }) => line.category === 'TRAINING',
    );
    expect(after.allocated.cents).toBe(before.allocated.cents + 125_050);
    expect(after.left.cents).toBe(before.left.cents + 125_050);
    expect(await ledgerCheck()).toMatchObject({ balanced: true, problems: [] });
  });

  it('never allocates more than an agreement holds, nor to a team it does not cover', async () => {
    const id = await agreement(100_000);
    const over = await subgraph.query(
      ALLOCATE,
      { input: { agreementId: id, teamId: FEIJENOORD, year, category: 'ACTIVITIES', amount: { cents: 100_001 }, idempotencyKey: key() } },
      admin,
    );
    expect(over.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'The agreement has 100000 cents left to allocate; 100001 were asked',
    });
    const elsewhere = await subgraph.query(
      ALLOCATE,
      { input: { agreementId: id, teamId: BOUWLUST, year, category: 'ACTIVITIES', amount: { cents: 100 }, idempotencyKey: key() } },
      admin,
    );
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'teamId' }] });
  });

  it('refuses zero, negative and fractional amounts and unknown categories, writing nothing', async () => {
    const id = await agreement();
    const [{ before }] = await subgraph.dataSource.query('SELECT count(*)::int AS before FROM ledger_entries');
    for (const cents of [0, -5]) {
      const result = await subgraph.query(
        ALLOCATE,
        { input: { agreementId: id, teamId: FEIJENOORD, year, category: 'ACTIVITIES', amount: { cents }, idempotencyKey: key() } },
        admin,
      );
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'amount.cents', message: 'cents must be more than zero' }],
      });
    }
    const fraction = await subgraph.query(
      ALLOCATE,
      { input: { agreementId: id, teamId: FEIJENOORD, year, category: 'ACTIVITIES', amount: { cents: 10.5 }, idempotencyKey: key() } },
      admin,
    );
    expect(fraction.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const category = await subgraph.query(
      ALLOCATE,
      { input: { agreementId: id, teamId: FEIJENOORD, year, category: 'PARTY', amount: { cents: 10 }, idempotencyKey: key() } },
      admin,
    );
    expect(category.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ after }] = await subgraph.dataSource.query('SELECT count(*)::int AS after FROM ledger_entries');
    expect(after).toBe(before);
  });

  it('books a retried request once, even when the retries arrive at the same moment', async () => {
    const id = await agreement();
    const idempotencyKey = key();
    const input = { agreementId: id, teamId: FEIJENOORD, year, category: 'COORDINATION', amount: { cents: 7_777 }, idempotencyKey };
    const results = await Promise.all(Array.from({ length: 5 }, () => subgraph.query(ALLOCATE, { input }, admin)));
    expect(new Set(results.map((result) => result.data.allocateBudget.id)).size).toBe(1);
    const [{ n }] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE agreement_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('corrects with a reversing entry, once, and never changes or deletes an entry', async () => {
    const id = await agreement();
    const { data } = await subgraph.query(
      ALLOCATE,
      { input: { agreementId: id, teamId: FEIJENOORD, year, category: 'ACTIVITIES', amount: { cents: 5_000 }, idempotencyKey: key() } },
      admin,
    );
    const REVERSE = `mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { kind fromAccount toAccount amount { cents } reversesEntryId } }`;
    const reversed = await subgraph.query(
      REVERSE,
      { input: { entryId: data.allocateBudget.id, reason: 'Wrong team', idempotencyKey: key() } },
      admin,
    );
    expect(reversed.data.reverseLedgerEntry).toMatchObject({
      kind: 'REVERSAL',
      fromAccount: data.allocateBudget.toAccount,
      toAccount: data.allocateBudget.fromAccount,
      amount: { cents: 5_000 },
      reversesEntryId: data.allocateBudget.id,
    });
    const again = await subgraph.query(
      REVERSE,
      { input: { entryId: data.allocateBudget.id, reason: 'Wrong team', idempotencyKey: key() } },
      admin,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    await expect(
      subgraph.dataSource.query('UPDATE ledger_entries SET amount_cents = 1 WHERE id = $1', [data.allocateBudget.id]),
    ).rejects.toThrow('append-only');
    await expect(subgraph.dataSource.query('DELETE FROM ledger_entries WHERE id = $1', [data.allocateBudget.id])).rejects.toThrow(
      'append-only',
    );
    expect((await ledgerCheck()).balanced).toBe(true);
  });

  it('reverses an entry once when two reversals with different keys arrive together', async () => {
    const id = await agreement();
    const { data } = await subgraph.query(
      ALLOCATE,
      { input: { agreementId: id, teamId: FEIJENOORD, year, category: 'ACTIVITIES', amount: { cents: 3_000 }, idempotencyKey: key() } },
      admin,
    );
    const REVERSE = `mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { id } }`;
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        subgraph.query(REVERSE, { input: { entryId: data.allocateBudget.id, reason: 'Twice clicked', idempotencyKey: key() } }, admin),
      ),
    );
    expect(results.filter((result) => result.data?.reverseLedgerEntry).length).toBe(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(2);
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM ledger_entries WHERE reverses_entry_id = $1', [
      data.allocateBudget.id,
    ]);
    expect(n).toBe(1);
  });

  it('takes a reversed allowance out of the caps, so its month can be paid again', async () => {
    const volunteerId = randomUUID();
    await joinTeam(subgraph.dataSource, volunteerId);
    const agreed = await subgraph.query(
      `mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`,
      {
        input: await withEligibility(subgraph, {
          volunteerId,
          teamId: FEIJENOORD,
          kind: 'FLAT_MONTHLY',
          amount: { cents: 20_000 },
          startsOn: `${year}-01-01`,
          dateOfBirth: '1970-01-01',
          idempotencyKey: key(),
        }),
      },
      admin,
    );
    const pay = () =>
      subgraph.query(
        `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`,
        { input: { arrangementId: agreed.data.agreeAllowanceArrangement, month: `${year}-04`, idempotencyKey: key() } },
        admin,
      );
    const first = await pay();
    const [allowance] = await subgraph.dataSource.query('SELECT ledger_entry_id AS "entryId" FROM allowances WHERE id = $1', [
      first.data.payFlatAllowance,
    ]);
    expect((await pay()).errors?.[0].extensions?.code).toBe('CONFLICT');
    await subgraph.query(
      `mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { id } }`,
      { input: { entryId: allowance.entryId, reason: 'Paid to the wrong arrangement', idempotencyKey: key() } },
      admin,
    );
    const [{ status }] = await subgraph.dataSource.query('SELECT status FROM allowances WHERE id = $1', [first.data.payFlatAllowance]);
    expect(status).toBe('REVERSED');
    expect((await pay()).data.payFlatAllowance).toEqual(expect.any(String));
    expect((await ledgerCheck()).balanced).toBe(true);
  });

  describe('a budget with little left', () => {
    // Next year has no allowance limits in the demo data yet: copied from this year's for these tests, unconfirmed and
    // with payments under them allowed (as an admin would allow explicitly).
    const next = year + 1;
    beforeAll(async () => {
      await subgraph.dataSource.query(
        `INSERT INTO allowance_rates (year, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, confirmed, source, unconfirmed_payments_allowed_at)
         SELECT $1, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, false, 'test', now() FROM allowance_rates WHERE year = $2 ON CONFLICT DO NOTHING`,
        [next, year],
      );
    });
    /** A new team (announced as the teams service would) whose only budget is what the test allocates. */
    const teamWithBudget = async (category: string, cents: number, budgetYear = next) => {
      const teamId = randomUUID();
      await subgraph.dataSource.transaction((manager) =>
        deliverEvent(financeSubgraph, manager, 'TeamPlaced', {
          teamId,
          neighbourhoodId: demoId('neighbourhood:te-werve'),
          municipalityCode: 'GM0505',
          startsOn: `${year}-01-01`,
        }),
      );
      const created = await subgraph.query(
        CREATE,
        {
          input: {
            partnerId: ROTTERDAM,
            title: `Small ${randomUUID()}`,
            amount: { cents: 100_000 },
            startsOn: `${year}-01-01`,
            endsOn: `${next}-12-31`,
            teamIds: [teamId],
            socialReturnCentsPerEuro: 150,
            idempotencyKey: key(),
          },
        },
        admin,
      );
      const allocation = (
        await subgraph.query(
          ALLOCATE,
          {
            input: {
              agreementId: created.data.createFundingAgreement.id,
              teamId,
              year: budgetYear,
              category,
              amount: { cents },
              idempotencyKey: key(),
            },
          },
          admin,
        )
      ).data.allocateBudget;
      return { teamId, allocation };
    };
    const member = async (teamId: string) => {
      const volunteerId = randomUUID();
      await joinTeam(subgraph.dataSource, volunteerId, teamId);
      return volunteerId;
    };
    const arrangement = async (volunteerId: string, teamId: string, kind: string, cents: number) =>
      (
        await subgraph.query(
          `mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`,
          {
            input: await withEligibility(subgraph, {
              volunteerId,
              teamId,
              kind,
              amount: { cents },
              startsOn: `${next}-01-01`,
              dateOfBirth: '1970-01-01',
              idempotencyKey: key(),
            }),
          },
          admin,
        )
      ).data.agreeAllowanceArrangement as string;

    it('pays only one of two flat allowances at once that together pass what is left, and then refuses to take the allocation back', async () => {
      const { teamId, allocation } = await teamWithBudget('ALLOWANCES', 30_000);
      const arrangements = [
        await arrangement(await member(teamId), teamId, 'FLAT_MONTHLY', 20_000),
        await arrangement(await member(teamId), teamId, 'FLAT_MONTHLY', 20_000),
      ];
      const results = await Promise.all(
        arrangements.map((arrangementId) =>
          subgraph.query(
            `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`,
            { input: { arrangementId, month: `${next}-02`, idempotencyKey: key() } },
            admin,
          ),
        ),
      );
      expect(results.filter((result) => result.data?.payFlatAllowance).length).toBe(1);
      expect(results.map((result) => result.errors?.[0]?.message).filter(Boolean)).toEqual([
        "The team's allowances budget has €100,00 left",
      ]);
      const reversal = await subgraph.query(
        `mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { id } }`,
        { input: { entryId: allocation.id, reason: 'Wrong team', idempotencyKey: key() } },
        admin,
      );
      expect(reversal.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: expect.stringContaining('€100,00 of this allocation is unspent'),
      });
    });

    it('pays what the budget can of an hourly allowance and holds the rest, with the reason', async () => {
      const { teamId } = await teamWithBudget('ALLOWANCES', 1_000);
      const volunteerId = await member(teamId);
      await arrangement(volunteerId, teamId, 'HOURLY', 500);
      const hours = {
        entryId: randomUUID(),
        volunteerId,
        teamId,
        neighbourhoodId: demoId('neighbourhood:te-werve'),
        date: `${next}-03-03`,
        minutes: 600,
        theme: 'COMMUNITY',
        entryVersion: 2,
      };
      const event = { id: randomUUID(), type: 'HoursApproved', source: 'activities', occurredAt: new Date().toISOString(), payload: hours };
      await subgraph.dataSource.transaction((manager) => deliverEvent(financeSubgraph, manager, 'HoursApproved', hours, event));
      const rows = await subgraph.dataSource.query(
        'SELECT status, amount_cents AS cents, held_reason AS reason FROM allowances WHERE volunteer_id = $1 ORDER BY status',
        [volunteerId],
      );
      expect(rows).toEqual([
        { status: 'HELD', cents: 4_000, reason: "The team's allowances budget has €0,00 left" },
        { status: 'PAID', cents: 1_000, reason: null },
      ]);
    });

    it('refuses approving a claim the activities budget cannot pay', async () => {
      const { teamId } = await teamWithBudget('ACTIVITIES', 500, year);
      const claimant = testIdentities.volunteer(await member(teamId), teamId);
      const draft = await subgraph.query(
        `mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`,
        {
          input: {
            teamId,
            items: [
              {
                category: 'MATERIALS',
                spentOn: todayInAmsterdam(),
                amount: { cents: 2_000 },
                receiptRef: 'r.pdf',
                receiptSha256: 'b'.repeat(64),
              },
            ],
            idempotencyKey: key(),
          },
        },
        claimant,
      );
      await subgraph.query(
        `mutation ($id: ID!) { submitExpenseClaim(id: $id, version: 1) { status } }`,
        { id: draft.data.draftExpenseClaim.id },
        claimant,
      );
      const approved = await subgraph.query(
        `mutation ($id: ID!, $key: String!) { approveExpenseClaim(id: $id, version: 2, idempotencyKey: $key) { status } }`,
        { id: draft.data.draftExpenseClaim.id, key: key() },
        admin,
      );
      expect(approved.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: "The team's activities budget has €5,00 left",
      });
    });
  });

  it('shows a partner its own agreements only, and a team budget to its coordinators', async () => {
    const PARTNER = `query ($id: ID!) { _entities(representations: [{ __typename: "Partner", id: $id }]) { ... on Partner { fundingAgreements { title } } } }`;
    const own = await subgraph.query(PARTNER, { id: ROTTERDAM }, testIdentities.partner(ROTTERDAM));
    expect(own.data._entities[0].fundingAgreements.length).toBeGreaterThan(0);
    const other = await subgraph.query(PARTNER, { id: ROTTERDAM }, testIdentities.partner(demoId('partner:gemeente-leiden')));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const coordinator = await subgraph.query(BUDGET, { id: FEIJENOORD, year }, testIdentities.coordinator(FEIJENOORD));
    expect(coordinator.data._entities[0].budget.map((line: { category: string }) => line.category)).toEqual([
      'ACTIVITIES',
      'ALLOWANCES',
      'COORDINATION',
      'TRAINING',
    ]);
    const volunteer = await subgraph.query(BUDGET, { id: FEIJENOORD, year }, testIdentities.volunteer(randomUUID(), FEIJENOORD));
    expect(volunteer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('who sees and books funding', () => {
  it('shows agreements to their funder in the partner role only, not to another role whose token names the partner', async () => {
    const id = await agreement();
    const PARTNER = `query ($id: ID!) { _entities(representations: [{ __typename: "Partner", id: $id }]) { ... on Partner { fundingAgreements { id } } } }`;
    const AGREEMENT = `query ($id: ID!) { _entities(representations: [{ __typename: "FundingAgreement", id: $id }]) { ... on FundingAgreement { title } } }`;
    const funder = testIdentities.partner(ROTTERDAM);
    expect((await subgraph.query(PARTNER, { id: ROTTERDAM }, funder)).data._entities[0].fundingAgreements).toContainEqual({ id });
    expect((await subgraph.query(AGREEMENT, { id }, funder)).data._entities[0]).toEqual({ title: expect.any(String) });
    const coordinatorNamingThePartner = { ...testIdentities.coordinator(FEIJENOORD), partnerId: ROTTERDAM };
    expect((await subgraph.query(PARTNER, { id: ROTTERDAM }, coordinatorNamingThePartner)).errors?.[0]).toMatchObject({
      message: 'A partner sees its own funding agreements',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await subgraph.query(AGREEMENT, { id }, coordinatorNamingThePartner)).data._entities).toEqual([null]);
  });

  it("refuses booking a payout back by hand, for anyone: the bank's status report settles it, so it is never paid twice", async () => {
    const me = randomUUID();
    const payout = randomUUID();
    await subgraph.dataSource.query(
      `INSERT INTO ledger_entries (id, kind, from_account, to_account, amount_cents, volunteer_id, description) VALUES ($1, 'PAYOUT', $2, 'in-transit', 1000, $3, 'Payout')`,
      [payout, `payable:${me}`, me],
    );
    const REVERSE = `mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { toAccount } }`;
    for (const caller of [{ ...admin, subject: 'admin-who-volunteers', volunteerId: me }, admin]) {
      const refused = await subgraph.query(
        REVERSE,
        { input: { entryId: payout, reason: 'Bank returned it', idempotencyKey: key() } },
        caller,
      );
      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'entryId', message: 'is a payout' }] },
      });
    }
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM ledger_entries WHERE reverses_entry_id = $1', [payout]);
    expect(n).toBe(0);
  });
});

describe('allowance rates', () => {
  it('holds the fiscal limits per year as data an admin corrects, with optimistic locking', async () => {
    const RATES = `{ allowanceRates { year hourly21Plus { cents } hourlyUnder21 { cents } monthlyCap { cents } yearlyCap { cents } confirmed version } }`;
    const rates = (await subgraph.query(RATES, {}, testIdentities.coordinator(FEIJENOORD))).data.allowanceRates;
    expect(rates.find((row: { year: number }) => row.year === 2026)).toMatchObject({
      hourly21Plus: { cents: 575 },
      hourlyUnder21: { cents: 340 },
      monthlyCap: { cents: 22_000 },
      yearlyCap: { cents: 220_000 },
      confirmed: false,
    });
    const CORRECT = `mutation ($input: CorrectAllowanceRateInput!) { correctAllowanceRate(input: $input) { confirmed version } }`;
    const input = {
      year: 2026,
      version: 1,
      hourly21PlusCents: 575,
      hourlyUnder21Cents: 340,
      monthlyCapCents: 22_000,
      yearlyCapCents: 220_000,
      confirmed: true,
      source: 'Belastingdienst, bevestigd',
    };
    expect((await subgraph.query(CORRECT, { input }, admin)).data.correctAllowanceRate).toEqual({ confirmed: true, version: 2 });
    expect((await subgraph.query(CORRECT, { input }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(
      (await subgraph.query(CORRECT, { input: { ...input, version: 2 } }, testIdentities.coordinator(FEIJENOORD))).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('events for the impact figures', () => {
  const REVERSE = `mutation ($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { id occurredAt } }`;
  const ALLOCATED = `mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id occurredAt toAccount } }`;
  const events = async (type: string, field: string, value: string) =>
    (
      await subgraph.dataSource.query(`SELECT payload FROM event_outbox WHERE type = $1 AND payload->>$2 = $3 ORDER BY occurred_at`, [
        type,
        field,
        value,
      ])
    ).map((row: { payload: unknown }) => row.payload);
  const outboxSize = async () => (await subgraph.dataSource.query('SELECT count(*)::int AS n FROM event_outbox'))[0].n as number;

  it('records a new agreement, and each allocation from it and its reversal as costs, once per request', async () => {
    const title = `Impactpilot ${randomUUID()}`;
    const input = {
      partnerId: ROTTERDAM,
      title,
      amount: { cents: 600_000 },
      startsOn: `${year}-03-01`,
      endsOn: `${year + 2}-02-28`,
      teamIds: [FEIJENOORD, FEIJENOORD],
      socialReturnCentsPerEuro: 215,
      idempotencyKey: key(),
    };
    const created = await subgraph.query(CREATE, { input }, admin);
    const agreementId = created.data.createFundingAgreement.id;
    await subgraph.query(CREATE, { input }, admin);
    expect(await events('FundingAgreementRecorded', 'agreementId', agreementId)).toEqual([
      {
        agreementId,
        partnerId: ROTTERDAM,
        title,
        startsOn: `${year}-03-01`,
        endsOn: `${year + 2}-02-28`,
        teamIds: [FEIJENOORD],
        neighbourhoodIds: [],
        amountCents: 600_000,
        socialReturnCentsPerEuro: 215,
        version: 1,
      },
    ]);

    const allocation = { agreementId, teamId: FEIJENOORD, year, category: 'TRAINING', amount: { cents: 250_000 }, idempotencyKey: key() };
    const entry = (await subgraph.query(ALLOCATED, { input: allocation }, admin)).data.allocateBudget;
    await subgraph.query(ALLOCATED, { input: allocation }, admin);
    const reversal = (
      await subgraph.query(REVERSE, { input: { entryId: entry.id, reason: 'Verkeerde categorie', idempotencyKey: key() } }, admin)
    ).data.reverseLedgerEntry;
    const budgetId = entry.toAccount.replace('budget:', '');
    const booked = { agreementId, teamId: FEIJENOORD, budgetId, category: 'TRAINING', year };
    expect(await events('CostsBooked', 'agreementId', agreementId)).toEqual([
      { entryId: entry.id, ...booked, amountCents: 250_000, bookedOn: todayInAmsterdam(new Date(entry.occurredAt)) },
      { entryId: reversal.id, ...booked, amountCents: -250_000, bookedOn: todayInAmsterdam(new Date(reversal.occurredAt)) },
    ]);
  });

  it('records nothing for a refused request, nor for reversing money that was not a cost of its own', async () => {
    const agreementId = await agreement(100_000);
    const before = await outboxSize();
    const refusedAgreement = await subgraph.query(
      CREATE,
      {
        input: {
          partnerId: ROTTERDAM,
          title: 'Achterstevoren',
          amount: { cents: 100 },
          startsOn: `${year}-12-31`,
          endsOn: `${year}-01-01`,
          teamIds: [FEIJENOORD],
          socialReturnCentsPerEuro: 190,
          idempotencyKey: key(),
        },
      },
      admin,
    );
    expect(refusedAgreement.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMuch = await subgraph.query(
      ALLOCATE,
      { input: { agreementId, teamId: FEIJENOORD, year, category: 'ACTIVITIES', amount: { cents: 100_001 }, idempotencyKey: key() } },
      admin,
    );
    expect(tooMuch.errors?.[0].extensions?.code).toBe('CONFLICT');
    const uncovered = await subgraph.query(
      ALLOCATE,
      { input: { agreementId, teamId: BOUWLUST, year, category: 'ACTIVITIES', amount: { cents: 100 }, idempotencyKey: key() } },
      admin,
    );
    expect(uncovered.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const member = demoMembers().find((candidate) => candidate.place.key === 'feijenoord' && candidate.index === 3);
    const allowanceReversal = await subgraph.query(
      REVERSE,
      { input: { entryId: demoId(`allowance-entry:${member?.volunteerId}:1`), reason: 'Dubbel betaald', idempotencyKey: key() } },
      admin,
    );
    expect(allowanceReversal.data.reverseLedgerEntry.id).toBeDefined();
    // No costs: the allowance was spent out of an allocated budget. Impact does hear the allowance taken back (a
    // transfer to volunteers undone), without the person.
    const takenBack = await events('AllowanceBooked', 'entryId', allowanceReversal.data.reverseLedgerEntry.id);
    expect(takenBack).toEqual([expect.objectContaining({ teamId: FEIJENOORD, amountCents: -15_000 })]);
    expect(JSON.stringify(takenBack)).not.toContain(member!.volunteerId);
    expect(await outboxSize()).toBe(before + 1);
  });
});
