import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverDomainEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';
import { withEligibility } from '../test/eligibility';
import { joinTeam, leaveTeam } from '../test/join-team';

let subgraph: TestSubgraph;
const year = Number(todayInAmsterdam().slice(0, 4));
const next = year + 1;
const FEIJENOORD = demoId('team:feijenoord');
const admin = testIdentities.admin();
const coordinator = testIdentities.coordinator(FEIJENOORD);
const key = () => `test-${randomUUID()}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const AGREE = `mutation ($input: AgreeAllowanceArrangementInput!) { agreeAllowanceArrangement(input: $input) }`;
const TEAM_HELD = `query ($id: ID!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { heldAllowances { id month hoursOn amount { cents } reason message limitsConfirmed volunteer { id } team { id } } } } }`;
const ALL_HELD = `{ heldAllowances { id amount { cents } reason volunteer { id } } }`;
const ALLOCATE = `mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }`;
const ADD_RATES = `mutation ($input: AddAllowanceRateInput!) { addAllowanceRate(input: $input) { year confirmed version } }`;
const ALLOW = `mutation ($year: Int!, $version: Int!) { allowPaymentsUnderUnconfirmedLimits(year: $year, version: $version) { year confirmed version unconfirmedPaymentsAllowedAt } }`;
const WARNINGS = `query ($on: LocalDate) { allowanceLimitWarnings(on: $on) { kind year paymentsAllowed message } }`;
const limits = { hourly21PlusCents: 590, hourlyUnder21Cents: 350, monthlyCapCents: 22_500, yearlyCapCents: 225_000 };

/** A new member of Feijenoord with an arrangement from the start of this year (an admin backdates it). */
async function member(
  kind: 'HOURLY' | 'FLAT_MONTHLY',
  cents: number,
): Promise<{ volunteerId: string; arrangementId: string; membership: string }> {
  const volunteerId = randomUUID();
  const membership = await joinTeam(subgraph.dataSource, volunteerId);
  const input = await withEligibility(subgraph, {
    volunteerId,
    teamId: FEIJENOORD,
    kind,
    amount: { cents },
    startsOn: `${year}-01-01`,
    dateOfBirth: '1970-05-05',
    idempotencyKey: key(),
  });
  const { data, errors } = await subgraph.query(AGREE, { input }, admin);
  if (errors) throw new Error(JSON.stringify(errors));
  return { volunteerId, arrangementId: data.agreeAllowanceArrangement, membership };
}

function approve(
  volunteerId: string,
  date: string,
  minutes: number,
  entryId = randomUUID(),
  type: 'HoursApproved' | 'HoursApprovalRevoked' = 'HoursApproved',
  entryVersion = 2,
) {
  const payload = {
    entryId,
    volunteerId,
    teamId: FEIJENOORD,
    neighbourhoodId: demoId('neighbourhood:feijenoord'),
    date,
    minutes,
    theme: 'COMMUNITY',
    entryVersion,
  };
  const event = { id: randomUUID(), type, source: 'activities', occurredAt: new Date().toISOString(), payload };
  return subgraph.dataSource.transaction((manager) => deliverDomainEvent(financeSubgraph, manager, event as never));
}

const statusesOf = async (volunteerId: string) =>
  (await subgraph.dataSource.query(
    `SELECT status, amount_cents AS cents, held_code AS code FROM allowances WHERE volunteer_id = $1 ORDER BY status, amount_cents DESC`,
    [volunteerId],
  )) as { status: string; cents: number; code: string | null }[];

async function payableCents(volunteerId: string): Promise<number> {
  const [{ cents }] = await subgraph.dataSource.query(
    `SELECT coalesce(sum(CASE WHEN to_account = $1 THEN amount_cents ELSE -amount_cents END), 0)::int AS cents FROM ledger_entries WHERE to_account = $1 OR from_account = $1`,
    [`payable:${volunteerId}`],
  );
  return cents;
}

async function teamHeld(as = coordinator) {
  const result = await subgraph.query(TEAM_HELD, { id: FEIJENOORD }, as);
  return {
    rows: (result.data?._entities?.[0]?.heldAllowances ?? []) as {
      volunteer: { id: string };
      reason: string;
      amount: { cents: number };
      message: string;
      month: string;
      hoursOn: string;
      limitsConfirmed: boolean;
    }[],
    errors: result.errors,
  };
}

describe('held allowances, and their release when the reason is gone', () => {
  it('holds hours of a year without limits, then without confirmation, then without a budget, showing each reason, and pays once it has all three', async () => {
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM allowance_rates WHERE year = $1', [next]);
    expect(n).toBe(0);
    const { volunteerId } = await member('HOURLY', 500);
    await approve(volunteerId, `${next}-01-12`, 120);
    const mine = async () => (await teamHeld()).rows.filter((row) => row.volunteer.id === volunteerId);
    expect(await mine()).toEqual([
      expect.objectContaining({
        month: `${next}-01`,
        hoursOn: `${next}-01-12`,
        amount: { cents: 1_000 },
        reason: 'NO_LIMITS',
        message: `No allowance limits for ${next}`,
        limitsConfirmed: false,
      }),
    ]);

    const added = await subgraph.query(ADD_RATES, { input: { year: next, ...limits, confirmed: false, source: 'Aangekondigd' } }, admin);
    expect(added.data.addAllowanceRate).toEqual({ year: next, confirmed: false, version: 1 });
    expect((await mine()).map((row) => row.reason)).toEqual(['LIMITS_UNCONFIRMED']);
    // Warned: the year is entered but not confirmed, and payments wait.
    const warnings = (await subgraph.query(WARNINGS, { on: `${year}-06-01` }, admin)).data.allowanceLimitWarnings;
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'UNCONFIRMED', year: next, paymentsAllowed: false }));

    const allowed = await subgraph.query(ALLOW, { year: next, version: 1 }, admin);
    expect(allowed.data.allowPaymentsUnderUnconfirmedLimits).toMatchObject({
      year: next,
      confirmed: false,
      version: 2,
      unconfirmedPaymentsAllowedAt: expect.any(String),
    });
    expect((await mine()).map((row) => row.reason)).toEqual(['NO_BUDGET']);
    expect(await payableCents(volunteerId)).toBe(0);

    const allocation = {
      agreementId: demoId('agreement:gemeente-rotterdam'),
      teamId: FEIJENOORD,
      year: next,
      category: 'ALLOWANCES',
      amount: { cents: 100_000 },
    };
    // The budget comes twice at once (two allocations): the held allowance is paid once.
    const results = await Promise.all(
      [1, 2].map(() => subgraph.query(ALLOCATE, { input: { ...allocation, idempotencyKey: key() } }, admin)),
    );
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
    expect(await mine()).toEqual([]);
    expect(await statusesOf(volunteerId)).toEqual([{ status: 'PAID', cents: 1_000, code: null }]);
    expect(await payableCents(volunteerId)).toBe(1_000);
    const audit = await subgraph.dataSource.query(
      `SELECT action FROM audit_log WHERE 'allowance.released' = action AND $1 = ANY(related_ids)`,
      [volunteerId],
    );
    expect(audit).toHaveLength(1);
    expect((await subgraph.query(`{ ledgerCheck { balanced } }`, {}, admin)).data.ledgerCheck.balanced).toBe(true);
  });

  it('refuses a flat allowance in a year whose limits are neither confirmed nor allowed, saying so', async () => {
    const later = next + 1;
    await subgraph.query(ADD_RATES, { input: { year: later, ...limits, confirmed: false, source: 'Aangekondigd' } }, admin);
    const { arrangementId } = await member('FLAT_MONTHLY', 10_000);
    const refused = await subgraph.query(
      `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`,
      { input: { arrangementId, month: `${later}-02`, idempotencyKey: key() } },
      admin,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`The ${later} allowance limits are not confirmed`),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    for (const caller of [coordinator, testIdentities.volunteer(randomUUID(), FEIJENOORD)]) {
      expect((await subgraph.query(ALLOW, { year: later, version: 1 }, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const [rates] = await subgraph.dataSource.query('SELECT unconfirmed_payments_allowed_at AS at FROM allowance_rates WHERE year = $1', [
      later,
    ]);
    expect(rates.at).toBeNull();
  });

  it('pays the part that fits under the monthly cap, holds the rest, and pays it when hours revoked make room; twice is once', async () => {
    const { volunteerId } = await member('HOURLY', 500);
    const first = randomUUID();
    await approve(volunteerId, `${year}-04-02`, 1_200, first); // €100
    await approve(volunteerId, `${year}-04-03`, 1_800); // €150, €120 fits
    expect(await statusesOf(volunteerId)).toEqual([
      { status: 'HELD', cents: 3_000, code: 'OVER_CAP' },
      { status: 'PAID', cents: 12_000, code: null },
      { status: 'PAID', cents: 10_000, code: null },
    ]);
    const shown = (await teamHeld()).rows.find((row) => row.volunteer.id === volunteerId);
    expect(shown).toMatchObject({
      reason: 'OVER_CAP',
      amount: { cents: 3_000 },
      message: '€30,00 would pass the monthly cap of €220,00: €220,00 is used, €0,00 is left',
      limitsConfirmed: false,
    });

    // The first day's hours are revoked (and the revocation arrives twice): €100 back, the €30 held is paid.
    await approve(volunteerId, `${year}-04-02`, 1_200, first, 'HoursApprovalRevoked', 3);
    await approve(volunteerId, `${year}-04-02`, 1_200, first, 'HoursApprovalRevoked', 3);
    expect(await statusesOf(volunteerId)).toEqual([
      { status: 'PAID', cents: 12_000, code: null },
      { status: 'PAID', cents: 3_000, code: null },
      { status: 'REVERSED', cents: 10_000, code: null },
    ]);
    expect(await payableCents(volunteerId)).toBe(15_000);
  });

  it('releases at most once when two releases run at the same time', async () => {
    const people = await Promise.all([1, 2, 3].map(() => member('HOURLY', 500)));
    const month = `${next + 2}-03`;
    for (const { volunteerId } of people) await approve(volunteerId, `${month}-05`, 60);
    for (const { volunteerId } of people) expect((await statusesOf(volunteerId)).map((row) => row.code)).toEqual(['NO_LIMITS']);
    await subgraph.query(ADD_RATES, { input: { year: next + 2, ...limits, confirmed: false, source: 'Aangekondigd' } }, admin);
    await subgraph.query(
      ALLOCATE,
      {
        input: {
          agreementId: demoId('agreement:gemeente-rotterdam'),
          teamId: FEIJENOORD,
          year: next + 2,
          category: 'ALLOWANCES',
          amount: { cents: 50_000 },
          idempotencyKey: key(),
        },
      },
      admin,
    );
    // Allowing payments and confirming the limits at once: both release, each held allowance is paid once.
    const both = await Promise.all([
      subgraph.query(ALLOW, { year: next + 2, version: 1 }, admin),
      subgraph.query(
        `mutation ($input: CorrectAllowanceRateInput!) { correctAllowanceRate(input: $input) { version } }`,
        { input: { year: next + 2, version: 1, ...limits, confirmed: true, source: 'Belastingdienst' } },
        admin,
      ),
    ]);
    // One of the two wins the version; whichever it is, the held allowances are released.
    expect(both.filter((result) => !result.errors)).not.toHaveLength(0);
    for (const { volunteerId } of people) {
      expect(await statusesOf(volunteerId)).toEqual([{ status: 'PAID', cents: 500, code: null }]);
      expect(await payableCents(volunteerId)).toBe(500);
    }
    expect((await subgraph.query(`{ ledgerCheck { balanced } }`, {}, admin)).data.ledgerCheck.balanced).toBe(true);
  });

  it("shows a team's held allowances to its coordinators (current members only) and admins, and every team's to admins only", async () => {
    const { volunteerId, membership } = await member('HOURLY', 500);
    await approve(volunteerId, `${next + 3}-02-02`, 60);
    expect((await teamHeld()).rows.map((row) => row.volunteer.id)).toContain(volunteerId);
    const other = await teamHeld(testIdentities.coordinator(demoId('team:charlois')));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await teamHeld(testIdentities.volunteer(volunteerId, FEIJENOORD))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const all = await subgraph.query(ALL_HELD, {}, admin);
    expect(all.data.heldAllowances).toContainEqual(expect.objectContaining({ reason: 'NO_LIMITS', volunteer: { id: volunteerId } }));
    for (const caller of [coordinator, testIdentities.volunteer(volunteerId, FEIJENOORD)]) {
      expect((await subgraph.query(ALL_HELD, {}, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    await leaveTeam(subgraph.dataSource, membership);
    expect((await teamHeld()).rows.map((row) => row.volunteer.id)).not.toContain(volunteerId);
    expect((await teamHeld(admin)).rows.map((row) => row.volunteer.id)).toContain(volunteerId);
  });
});

describe('warnings for the administrator', () => {
  it("warns from 1 November that next year's limits are missing, for admins only", async () => {
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM allowance_rates WHERE year = $1', [year + 10]);
    expect(n).toBe(0);
    const on = async (date: string) =>
      (await subgraph.query(WARNINGS, { on: date }, admin)).data.allowanceLimitWarnings as { kind: string; year: number }[];
    expect((await on(`${year + 9}-10-31`)).filter((warning) => warning.kind === 'MISSING')).toEqual([
      expect.objectContaining({ year: year + 9 }),
    ]);
    expect((await on(`${year + 9}-11-01`)).filter((warning) => warning.kind === 'MISSING').map((warning) => warning.year)).toEqual([
      year + 9,
      year + 10,
    ]);
    expect((await subgraph.query(WARNINGS, {}, coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("warns when a month's flat allowance per approved hour is above the hourly maximum for the age", async () => {
    const FLAT = `query ($year: Int!) { flatAllowanceWarnings(year: $year) { id month amount { cents } approvedMinutes perHour { cents } maxHourly { cents } volunteer { id } team { id } } }`;
    const pay = (arrangementId: string, month: string) =>
      subgraph.query(
        `mutation ($input: PayFlatAllowanceInput!) { payFlatAllowance(input: $input) }`,
        { input: { arrangementId, month, idempotencyKey: key() } },
        admin,
      );
    const { volunteerId, arrangementId } = await member('FLAT_MONTHLY', 15_000);
    await approve(volunteerId, `${year}-05-06`, 600); // 10 hours: €15 an hour, above €5.75
    await approve(volunteerId, `${year}-06-06`, 1_800); // 30 hours: €5 an hour
    for (const month of ['05', '06', '07']) expect((await pay(arrangementId, `${year}-${month}`)).errors).toBeUndefined();
    const warnings = (await subgraph.query(FLAT, { year }, admin)).data.flatAllowanceWarnings.filter(
      (row: { volunteer: { id: string } }) => row.volunteer.id === volunteerId,
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        month: `${year}-05`,
        amount: { cents: 15_000 },
        approvedMinutes: 600,
        perHour: { cents: 1_500 },
        maxHourly: { cents: 575 },
        team: { id: FEIJENOORD },
      }),
      expect.objectContaining({ month: `${year}-07`, approvedMinutes: 0, perHour: null }),
    ]);
    expect((await subgraph.query(FLAT, { year }, coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
