import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../subgraph';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const year = Number(todayInAmsterdam().slice(0, 4));

beforeAll(async () => {
  subgraph = await startTestSubgraph(financeSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const RATES = `{ allowanceRates { year hourly21Plus { cents } hourlyUnder21 { cents } monthlyCap { cents } yearlyCap { cents } confirmed source version } }`;
const ADD = `mutation ($input: AddAllowanceRateInput!) { addAllowanceRate(input: $input) { year hourly21Plus { cents } monthlyCap { cents } confirmed source version } }`;
const CORRECT = `mutation ($input: CorrectAllowanceRateInput!) { correctAllowanceRate(input: $input) { year confirmed source version } }`;
const limits = { hourly21PlusCents: 590, hourlyUnder21Cents: 350, monthlyCapCents: 22_500, yearlyCapCents: 225_000 };

describe('entering the allowance limits of a new year', () => {
  // The demo data has limits up to this year at least; the year after the last is for an admin to enter once announced.
  let next = year + 1;
  beforeAll(async () => {
    const years: number[] = (await subgraph.query(RATES, {}, admin)).data.allowanceRates.map((rates: { year: number }) => rates.year);
    next = Math.max(year, ...years) + 1;
  });

  it('lets an admin enter a year that has none, once, audited; then it is corrected with its version', async () => {
    const added = await subgraph.query(
      ADD,
      { input: { year: next, ...limits, confirmed: false, source: '  Aangekondigd in het Belastingplan  ' } },
      admin,
    );
    expect(added.data.addAllowanceRate).toEqual({
      year: next,
      hourly21Plus: { cents: 590 },
      monthlyCap: { cents: 22_500 },
      confirmed: false,
      source: 'Aangekondigd in het Belastingplan',
      version: 1,
    });
    // Everyone signed in reads the limits; a coordinator sees the new year too.
    const seen = (await subgraph.query(RATES, {}, testIdentities.coordinator(demoId('team:feijenoord')))).data.allowanceRates;
    expect(seen.find((rates: { year: number }) => rates.year === next)).toMatchObject({
      yearlyCap: { cents: 225_000 },
      hourlyUnder21: { cents: 350 },
      confirmed: false,
    });

    const again = await subgraph.query(ADD, { input: { year: next, ...limits, confirmed: true, source: 'Nog een keer' } }, admin);
    expect(again.errors?.[0]).toMatchObject({
      message: `The ${next} limits are already entered; correct them instead`,
      extensions: { code: 'CONFLICT' },
    });

    const confirmed = await subgraph.query(
      CORRECT,
      { input: { year: next, version: 1, ...limits, confirmed: true, source: 'Belastingdienst, bevestigd' } },
      admin,
    );
    expect(confirmed.data.correctAllowanceRate).toEqual({ year: next, confirmed: true, source: 'Belastingdienst, bevestigd', version: 2 });

    const audit = await subgraph.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`, [
      demoId(`allowance-rate:${next}`),
    ]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['allowance-rate.added', 'allowance-rate.corrected']);
  });

  it('refuses a yearly cap below the monthly one and amounts of zero, writing nothing', async () => {
    const year2 = next + 1;
    const low = await subgraph.query(
      ADD,
      { input: { year: year2, ...limits, yearlyCapCents: 20_000, confirmed: false, source: 'Te laag' } },
      admin,
    );
    expect(low.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'yearlyCapCents' }] });
    const zero = await subgraph.query(
      ADD,
      { input: { year: year2, ...limits, hourly21PlusCents: 0, confirmed: false, source: 'Nul' } },
      admin,
    );
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'hourly21PlusCents' }] });
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM allowance_rates WHERE year = $1', [year2]);
    expect(n).toBe(0);
  });

  it('is for admins only', async () => {
    const year3 = next + 2;
    for (const caller of [
      testIdentities.coordinator(demoId('team:feijenoord')),
      testIdentities.volunteer(randomUUID()),
      testIdentities.partner(demoId('partner:gemeente-rotterdam')),
    ]) {
      const refused = await subgraph.query(ADD, { input: { year: year3, ...limits, confirmed: true, source: 'Niet van mij' } }, caller);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM allowance_rates WHERE year = $1', [year3]);
    expect(n).toBe(0);
  });
});
