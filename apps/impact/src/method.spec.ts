import type { DomainEvent } from '@buurtvolk/events';
import { deliverDomainEvent, startTestSubgraph, type TestSubgraph, testIdentities } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { impactSubgraph } from './subgraph';

// The method of issue 20 end to end: events as the producers send them, on a fresh impact database with nothing but
// these, and the figures read back through GraphQL as the gateway asks. One neighbourhood, one team, 2025:
// 1,000 approved volunteer hours of informal care (and 100 hours of a coach that must not count), two co-funders who
// booked €6,000 (municipality) and €4,000 (housing corporation), €1,000 of allowances granted, and a baseline of
// 200 hours a year recorded by an admin.

let impact: TestSubgraph;
const admin = testIdentities.admin();
const ids = {
  neighbourhood: randomUUID(),
  team: randomUUID(),
  municipality: randomUUID(),
  corporation: randomUUID(),
  agreementA: randomUUID(),
  agreementB: randomUUID(),
};
const coordinator = testIdentities.coordinator(ids.team, randomUUID());
const partner = testIdentities.partner(ids.municipality);

async function deliver(type: string, payload: Record<string, unknown>, source = 'test'): Promise<void> {
  const event: DomainEvent = { id: randomUUID(), type, source, occurredAt: '2025-06-01T10:00:00.000Z', payload };
  await impact.dataSource.transaction((manager) => deliverDomainEvent(impactSubgraph, manager, event));
}

const hours = (minutes: number, extra: Record<string, unknown> = {}) => ({
  entryId: randomUUID(),
  volunteerId: randomUUID(),
  teamId: ids.team,
  neighbourhoodId: ids.neighbourhood,
  date: '2025-06-01',
  minutes,
  theme: 'INFORMAL_CARE',
  entryVersion: 2,
  ...extra,
});

beforeAll(async () => {
  impact = await startTestSubgraph(impactSubgraph);
  await deliver('TeamPlaced', {
    teamId: ids.team,
    neighbourhoodId: ids.neighbourhood,
    municipalityCode: 'GM0599',
    startsOn: '2025-01-01',
    version: 1,
  });
  for (const [partnerId, kind] of [
    [ids.municipality, 'MUNICIPALITY'],
    [ids.corporation, 'HOUSING_CORPORATION'],
  ])
    await deliver('PartnerAreasChanged', { partnerId, neighbourhoodIds: [ids.neighbourhood], version: 1, kind });
  // 1,000 h of volunteers in two entries, and 100 h a coach logged in the days coaches still had memberships.
  await deliver('HoursApproved', hours(36_000, { memberRole: 'MEMBER' }));
  await deliver('HoursApproved', hours(24_000));
  await deliver('HoursApproved', hours(6_000, { memberRole: 'COACH' }));
  for (const [agreementId, partnerId, title] of [
    [ids.agreementA, ids.municipality, 'Gemeente'],
    [ids.agreementB, ids.corporation, 'Corporatie'],
  ])
    await deliver('FundingAgreementRecorded', {
      agreementId,
      partnerId,
      title,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      teamIds: [ids.team],
      neighbourhoodIds: [],
      amountCents: 1_000_000,
      socialReturnCentsPerEuro: 190,
      version: 1,
    });
  const costs = (agreementId: string, category: string, amountCents: number) =>
    deliver('CostsBooked', {
      entryId: randomUUID(),
      agreementId,
      teamId: ids.team,
      category,
      year: 2025,
      amountCents,
      bookedOn: '2025-01-15',
    });
  await costs(ids.agreementA, 'COORDINATION', 500_000);
  await costs(ids.agreementA, 'ALLOWANCES', 100_000);
  await costs(ids.agreementB, 'ACTIVITIES', 400_000);
  await deliver('AllowanceBooked', {
    entryId: randomUUID(),
    teamId: ids.team,
    budgetId: randomUUID(),
    year: 2025,
    amountCents: 100_000,
    bookedOn: '2025-03-01',
  });
}, 120_000);
afterAll(() => impact?.destroy());

const SET_BASELINE = `mutation ($input: SetNeighbourhoodBaselineInput!) { setNeighbourhoodBaseline(input: $input) { id neighbourhoodId hoursPerYear sharePercent source sourceYear version } }`;
const SUMMARY = `costBenefit(discountRatePercent: 0) {
  totalCosts { cents } totalBenefits { cents } benefitCostRatio baselinePercent costsRecorded valuedEffects unpricedEffects
  effects { category quantity price { cents } value { cents } attributedValue { cents } }
  attribution { sharePercent wholeBenefits { cents } attributedBenefits { cents } ruleNl ruleEn years { year basis sharePercent agreementAmount { cents } areaAmount { cents } } }
  actors { actor pays { cents } gains { cents } transfersPaid { cents } transfersReceived { cents } net { cents } }
  transfers { year kind from to amount { cents } }
  societyCosts { cents } societyNetPresentValue { cents }
  sensitivity { case baselinePercent totalBenefits { cents } }
  notes { code textNl textEn } }`;
const REPORT = `totalHours extraHours { grossHours baselineHours netHours neighbourhoodsWithoutBaseline noteNl baselines { neighbourhoodId hoursPerYear source sourceYear baselineHours } }
  firstYearPromise { hours grossHours baselineHours } ${SUMMARY}`;
const neighbourhoodReport = (as = admin) =>
  impact
    .query(
      `query ($id: ID!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood { impact(year: 2025) { ${REPORT} } } } }`,
      { id: ids.neighbourhood },
      as,
    )
    .then((result) => ({ report: result.data?._entities?.[0]?.impact, errors: result.errors }));
const agreementReport = (id: string, as = admin) =>
  impact
    .query(
      `query ($id: ID!) { _entities(representations: [{ __typename: "FundingAgreement", id: $id }]) { ... on FundingAgreement { impact { ${REPORT} } } } }`,
      { id },
      as,
    )
    .then((result) => ({ report: result.data?._entities?.[0]?.impact, errors: result.errors }));

describe('hours of coaches', () => {
  it('never count as volunteer hours, also when their approval is in the events', async () => {
    const { report, errors } = await neighbourhoodReport();
    expect(errors).toBeUndefined();
    // 36,000 + 24,000 minutes = 1,000 h; the coach's 6,000 minutes are kept as not counted.
    expect(report.totalHours).toBe(1000);
    const [{ counted, kept }] = await impact.dataSource.query(
      `SELECT count(*) FILTER (WHERE approved)::int AS counted, count(*)::int AS kept FROM hour_entry_states`,
    );
    expect({ counted, kept }).toEqual({ counted: 2, kept: 3 });
  });
});

describe('a neighbourhood baseline', () => {
  it('is recorded by admins only, with its source, and corrected with the version read', async () => {
    const input = { neighbourhoodId: ids.neighbourhood, hoursPerYear: 150, source: 'Eigen telling vrijwilligerswerk', sourceYear: 2024 };
    for (const who of [coordinator, partner]) {
      const refused = await impact.query(SET_BASELINE, { input }, who);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const both = await impact.query(SET_BASELINE, { input: { ...input, sharePercent: 20 } }, admin);
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const first = await impact.query(SET_BASELINE, { input }, admin);
    expect(first.data.setNeighbourhoodBaseline).toMatchObject({ hoursPerYear: 150, sharePercent: null, version: 1 });
    const again = await impact.query(SET_BASELINE, { input }, admin);
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const corrected = await impact.query(
      SET_BASELINE,
      { input: { ...input, hoursPerYear: 200, source: 'CBS-enquête vrijwilligerswerk, wijk', version: 1 } },
      admin,
    );
    expect(corrected.data.setNeighbourhoodBaseline).toMatchObject({ hoursPerYear: 200, version: 2 });
    const stale = await impact.query(SET_BASELINE, { input: { ...input, version: 1 } }, admin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [audit] = await impact.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'neighbourhood-baseline.set'`);
    expect(audit.n).toBe(2);
    const listed = await impact.query('{ neighbourhoodBaselines { neighbourhoodId hoursPerYear source } }', {}, admin);
    expect(listed.data.neighbourhoodBaselines).toEqual([
      { neighbourhoodId: ids.neighbourhood, hoursPerYear: 200, source: 'CBS-enquête vrijwilligerswerk, wijk' },
    ]);
  });

  it('makes the report show gross, baseline and net hours, and value only the net ones', async () => {
    const { report } = await neighbourhoodReport();
    // gross 1,000 h − baseline 200 h (a whole year of 200 h a year) = net 800 h.
    expect(report.extraHours).toMatchObject({ grossHours: 1000, baselineHours: 200, netHours: 800, neighbourhoodsWithoutBaseline: [] });
    expect(report.extraHours.baselines).toEqual([
      {
        neighbourhoodId: ids.neighbourhood,
        hoursPerYear: 200,
        source: 'CBS-enquête vrijwilligerswerk, wijk',
        sourceYear: 2024,
        baselineHours: 200,
      },
    ]);
    expect(report.firstYearPromise).toEqual([{ hours: 800, grossHours: 1000, baselineHours: 200 }]);
    const help = report.costBenefit.effects.find((line: { category: string }) => line.category === 'INFORMAL_HELP');
    // 800 h × the informal-help price at the 2025 price level.
    expect(help.quantity).toBe(800);
    expect(help.value.cents).toBe(800 * help.price.cents);
    expect(report.costBenefit.baselinePercent).toBe(20);
    const byCase = Object.fromEntries(report.costBenefit.sensitivity.map((row: { case: string }) => [row.case, row]));
    expect(byCase.BASELINE_ZERO.totalBenefits.cents).toBe(1000 * help.price.cents);
    expect(byCase.BASELINE_50_PERCENT_HIGHER).toMatchObject({ baselinePercent: 30, totalBenefits: { cents: 700 * help.price.cents } });
  });
});

describe('attribution between two co-funders', () => {
  it('gives each agreement its share of the costs (60 % and 40 %), and the shares add up to the neighbourhood’s whole', async () => {
    const whole = (await neighbourhoodReport()).report.costBenefit;
    const a = (await agreementReport(ids.agreementA)).report.costBenefit;
    const b = (await agreementReport(ids.agreementB)).report.costBenefit;
    expect(whole.attribution).toBeNull();
    expect(whole.totalCosts.cents).toBe(1_000_000);
    // €6,000 of the €10,000 booked on the team in 2025, and €4,000.
    expect(a.attribution.years).toEqual([
      { year: 2025, basis: 'BOOKED_COSTS', sharePercent: 60, agreementAmount: { cents: 600_000 }, areaAmount: { cents: 1_000_000 } },
    ]);
    expect(b.attribution.years[0]).toMatchObject({ sharePercent: 40 });
    expect(a.attribution.wholeBenefits.cents).toBe(whole.totalBenefits.cents);
    expect(a.totalBenefits.cents).toBe(a.attribution.attributedBenefits.cents);
    expect(a.totalBenefits.cents + b.totalBenefits.cents).toBeCloseTo(whole.totalBenefits.cents, -1);
    expect(a.attribution.ruleNl).toMatch(/aandeel in de kosten/);
    expect(a.attribution.ruleEn).toMatch(/share of the costs/);
  });

  it('is shown to the funding partner on its own agreement, not on the other one', async () => {
    expect((await agreementReport(ids.agreementA, partner)).report.costBenefit.attribution.sharePercent).toBe(60);
    expect((await agreementReport(ids.agreementB, partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('effects per actor', () => {
  it('puts the allowances on the municipality that funded them and on the volunteers, netting to zero for society', async () => {
    const summary = (await neighbourhoodReport()).report.costBenefit;
    expect(summary.transfers).toEqual([
      { year: 2025, kind: 'ALLOWANCES', from: 'MUNICIPALITY', to: 'VOLUNTEERS', amount: { cents: 100_000 } },
    ]);
    const actor = (name: string) => summary.actors.find((row: { actor: string }) => row.actor === name);
    // The costs land on the funders by their partners' kinds: €6,000 municipality, €4,000 housing corporation (price level 2025).
    expect(actor('MUNICIPALITY')).toMatchObject({ pays: { cents: 600_000 }, transfersPaid: { cents: 100_000 } });
    expect(actor('HOUSING_CORPORATION').pays.cents).toBe(400_000);
    expect(actor('VOLUNTEERS')).toMatchObject({ transfersReceived: { cents: 100_000 }, net: { cents: 100_000 } });
    const total = (pick: (row: any) => number) => summary.actors.reduce((sum: number, row: any) => sum + pick(row), 0);
    expect(total((row) => row.transfersPaid.cents - row.transfersReceived.cents)).toBe(0);
    expect(summary.societyCosts.cents).toBe(900_000);
    expect(summary.societyNetPresentValue.cents).toBe(summary.totalBenefits.cents - 900_000);
    expect(total((row) => row.net.cents)).toBe(summary.societyNetPresentValue.cents);
  });

  it('says in words what is valued and what is counted but not priced', async () => {
    const summary = (await neighbourhoodReport()).report.costBenefit;
    expect(summary.costsRecorded).toBe(true);
    expect(summary.valuedEffects).toEqual(['INFORMAL_HELP']);
    const codes = summary.notes.map((note: { code: string }) => note.code);
    expect(codes).toEqual(expect.arrayContaining(['VALUED_EFFECTS', 'UNPRICED_EFFECTS', 'BASELINE', 'TRANSFERS']));
    expect(codes).not.toContain('NO_COSTS_RECORDED');
  });
});
