import { Theme } from '@buurtvolk/domain';
import { PUBLISHED_PRICES } from '../test/published-prices';
import { costBenefit } from './cost-benefit.rules';
import { Actor, AttributionBasis, type CostBenefitBasis, EffectCategory, ReportNoteCode, SensitivityCase } from './cost-benefit.types';
import { attributionYears, baselineMinutes, extraHours } from './method.rules';
import { promiseProgress } from './promise.rules';

// Worked examples for issue 20's method, in the prices as published (no CPI: every factor 1) and one year (no
// discounting), so each figure can be checked by hand. An hour of informal help is €13.10 (2019).

const year2025 = (informalCareHours: number, baselineHours: number) => ({
  year: 2025,
  minutesByTheme: { [Theme.INFORMAL_CARE]: informalCareHours * 60 },
  baselineMinutesByTheme: { [Theme.INFORMAL_CARE]: baselineHours * 60 },
  certificates: 12,
  residentsReached: 300,
  wellbeingPoints: null,
  cohesionPoints: null,
});

const basis = (over: Partial<CostBenefitBasis> = {}): CostBenefitBasis => ({
  baseYear: 2025,
  years: [year2025(1000, 200)],
  costs: [{ year: 2025, category: 'COORDINATION', cents: 1_000_000, bookings: 1, payerKind: 'MUNICIPALITY' }],
  agreements: [],
  ...over,
});

const summary = (over: Partial<CostBenefitBasis> = {}) => costBenefit(basis(over), [...PUBLISHED_PRICES], 2.25, 2025);

describe('the baseline: only net extra hours are valued', () => {
  it('values 800 of 1,000 gross hours when 200 would have been given anyway', () => {
    // gross 1,000 h − baseline 200 h = net 800 h; 800 h × €13.10 = €10,480.00 against €10,000.00 of costs: ratio 1.05.
    const result = summary();
    const help = result.effects.find((line) => line.category === EffectCategory.INFORMAL_HELP)!;
    expect(help).toMatchObject({ quantity: 800, value: { cents: 1_048_000 }, calculation: '800 hour × €13.10 = €10480.00' });
    expect(result.totalBenefits.cents).toBe(1_048_000);
    expect(result.baselinePercent).toBe(20);
    expect(result.benefitCostRatio).toBe(1.05);
    // Sensitivity: baseline 0 → 1,000 h × €13.10 = €13,100 (1.31); 50 % higher, 300 h → 700 h × €13.10 = €9,170 (0.92).
    const byCase = Object.fromEntries(result.sensitivity.map((row) => [row.case, row]));
    expect(byCase[SensitivityCase.BASELINE_ZERO]).toMatchObject({
      baselinePercent: 0,
      totalBenefits: { cents: 1_310_000 },
      benefitCostRatio: 1.31,
    });
    expect(byCase[SensitivityCase.BASELINE_50_PERCENT_HIGHER]).toMatchObject({
      baselinePercent: 30,
      totalBenefits: { cents: 917_000 },
      benefitCostRatio: 0.92,
    });
  });

  it('takes hours a year pro rata over the period, or a share of the gross hours, never more than the gross', () => {
    const hours = { neighbourhoodId: 'n', hoursPerYear: 200, sharePercent: null, source: 's', sourceYear: 2024 };
    // 200 h a year over half a year (182 of 365 days) = 99.7 h = 5,983.6 minutes.
    expect(baselineMinutes(hours, 60_000, 182, 365)).toBeCloseTo((200 * 60 * 182) / 365, 6);
    expect(baselineMinutes(hours, 3_000, 365, 365)).toBe(3_000);
    expect(baselineMinutes({ ...hours, hoursPerYear: null, sharePercent: 20 }, 60_000, 182, 365)).toBe(12_000);
  });

  it('splits a neighbourhood’s baseline over its teams by their hours, so the teams add up to the neighbourhood', () => {
    // Neighbourhood: team a 600 h, team b 400 h, baseline 200 h a year: a carries 120 h, b 80 h.
    const hours = [
      { teamId: 'a', month: '2025-03', theme: 'HEALTH', minutes: 36_000, entries: 10 },
      { teamId: 'b', month: '2025-04', theme: 'HEALTH', minutes: 24_000, entries: 10 },
    ];
    const neighbourhoodMinutes = ['a', 'b'].map((teamId) => ({ teamId, neighbourhoodId: 'n', year: 2025, minutes: 60_000 }));
    const baselines = new Map([
      ['n', { neighbourhoodId: 'n', hoursPerYear: 200, sharePercent: null, source: 'Telling 2024', sourceYear: 2024 }],
    ]);
    const period = { from: '2025-01-01', until: '2025-12-31', neighbourhoodIds: ['n'] };
    const whole = extraHours({ hours, neighbourhoodMinutes }, period, baselines);
    const teamA = extraHours({ hours: [hours[0]], neighbourhoodMinutes: [neighbourhoodMinutes[0]] }, period, baselines);
    expect(whole).toMatchObject({ grossHours: 1000, baselineHours: 200, netHours: 800 });
    expect(whole.baselines).toEqual([expect.objectContaining({ neighbourhoodId: 'n', source: 'Telling 2024', baselineHours: 200 })]);
    expect(teamA).toMatchObject({ grossHours: 600, baselineHours: 120, netHours: 480 });
  });

  it('measures the first-year promise in net hours, gross beside', () => {
    // 5,500 gross hours in a first year that is over, baseline 1,000 h a year: 4,500 net, below the 5,000 promised.
    const baseline = { neighbourhoodId: 'n', hoursPerYear: 1000, sharePercent: null, source: 's', sourceYear: 2024 };
    const promise = promiseProgress('n', { from: '2024-03-01', minutes: 5_500 * 60 }, '2026-01-01', baseline);
    expect(promise).toMatchObject({ grossHours: 5500, baselineHours: 1000, hours: 4500, status: 'BELOW' });
    expect(promiseProgress('n', { from: '2024-03-01', minutes: 5_500 * 60 }, '2026-01-01').status).toBe('WITHIN');
  });
});

describe('attribution between co-funders', () => {
  it('gives two co-funders of 60 % and 40 % of the costs benefits that add up to the whole', () => {
    // Whole: €10,480.00 (800 net hours). Funder A booked €6,000 and B €4,000 of the €10,000 on the same teams:
    // A claims 60 % = €6,288.00, B 40 % = €4,192.00; together €10,480.00.
    const whole = summary();
    const agreementA = summary({
      costs: [{ year: 2025, category: 'COORDINATION', cents: 600_000, bookings: 1, payerKind: 'MUNICIPALITY' }],
      attribution: {
        agreementId: 'a',
        years: [{ year: 2025, basis: AttributionBasis.BOOKED_COSTS, agreementCents: 600_000, areaCents: 1_000_000 }],
      },
    });
    const agreementB = summary({
      costs: [{ year: 2025, category: 'ACTIVITIES', cents: 400_000, bookings: 1, payerKind: 'HOUSING_CORPORATION' }],
      attribution: {
        agreementId: 'b',
        years: [{ year: 2025, basis: AttributionBasis.BOOKED_COSTS, agreementCents: 400_000, areaCents: 1_000_000 }],
      },
    });
    expect(whole.attribution).toBeNull();
    expect(agreementA.attribution).toMatchObject({
      sharePercent: 60,
      wholeBenefits: { cents: 1_048_000 },
      attributedBenefits: { cents: 628_800 },
      years: [{ year: 2025, basis: 'BOOKED_COSTS', sharePercent: 60 }],
    });
    expect(agreementA.attribution!.ruleNl).toContain('aandeel in de kosten');
    expect(agreementB.totalBenefits.cents).toBe(419_200);
    expect(agreementA.totalBenefits.cents + agreementB.totalBenefits.cents).toBe(whole.totalBenefits.cents);
    // Each funder's ratio is its share of the benefits over its own costs: 6,288 / 6,000 = 1.05, as for the whole.
    expect(agreementA.benefitCostRatio).toBe(1.05);
    const help = agreementA.effects.find((line) => line.category === EffectCategory.INFORMAL_HELP)!;
    expect(help).toMatchObject({ value: { cents: 1_048_000 }, attributedValue: { cents: 628_800 } });
    expect(agreementA.notes.map((note) => note.code)).toContain(ReportNoteCode.ATTRIBUTION);
  });

  it('takes the share of booked costs, else of committed money, per year', () => {
    const funders = [
      { agreementId: 'a', amountCents: 1_200_000, startsOn: '2025-01-01', endsOn: '2026-12-31' },
      { agreementId: 'b', amountCents: 400_000, startsOn: '2026-01-01', endsOn: '2026-12-31' },
    ];
    const costs = [{ year: 2025, category: 'COORDINATION', cents: 300_000, bookings: 1, payerKind: null }];
    // 2025: booked €3,000 of €5,000 (60 %). 2026: nothing booked; committed a €6,000 (730 days, 365 in 2026) of €10,000 (60 %).
    // 2027: neither: nothing attributed.
    const years = attributionYears('a', { costs, areaCosts: [{ year: 2025, cents: 500_000 }], funders }, [2025, 2026, 2027]);
    expect(years).toEqual([
      { year: 2025, basis: AttributionBasis.BOOKED_COSTS, agreementCents: 300_000, areaCents: 500_000 },
      { year: 2026, basis: AttributionBasis.COMMITTED_FUNDING, agreementCents: 600_000, areaCents: 1_000_000 },
      { year: 2027, basis: AttributionBasis.NONE, agreementCents: 0, areaCents: 0 },
    ]);
  });
});

describe('effects per actor and transfers', () => {
  it('shows allowances as a cost to the funder and a gain to the volunteers that nets to zero for society', () => {
    // Costs €10,000 paid by the municipality, of which €1,000 went to the allowance budget and was granted to
    // volunteers. Benefits €10,480 (800 h × €13.10, informal care → municipality). Per actor:
    //   municipality pays €10,000 (of which €1,000 transfer), gains €10,480: net +€480;
    //   volunteers pay nothing, gain the €1,000 transfer: net +€1,000.
    // Society: costs without the transfer €9,000, net €10,480 − €9,000 = €1,480 = €480 + €1,000.
    const withTransfer = summary({
      costs: [
        { year: 2025, category: 'COORDINATION', cents: 900_000, bookings: 1, payerKind: 'MUNICIPALITY' },
        { year: 2025, category: 'ALLOWANCES', cents: 100_000, bookings: 1, payerKind: 'MUNICIPALITY' },
      ],
      allowances: [{ year: 2025, cents: 100_000 }],
    });
    expect(withTransfer.transfers).toEqual([
      expect.objectContaining({
        year: 2025,
        kind: 'ALLOWANCES',
        from: Actor.MUNICIPALITY,
        to: Actor.VOLUNTEERS,
        amount: expect.objectContaining({ cents: 100_000 }),
      }),
    ]);
    const actor = (name: Actor) => withTransfer.actors.find((row) => row.actor === name)!;
    expect(actor(Actor.MUNICIPALITY)).toMatchObject({
      pays: { cents: 1_000_000 },
      transfersPaid: { cents: 100_000 },
      gains: { cents: 1_048_000 },
      net: { cents: 48_000 },
    });
    expect(actor(Actor.VOLUNTEERS)).toMatchObject({ pays: { cents: 0 }, transfersReceived: { cents: 100_000 }, net: { cents: 100_000 } });
    const sum = (pick: (row: (typeof withTransfer.actors)[number]) => number) =>
      withTransfer.actors.reduce((total, row) => total + pick(row), 0);
    expect(sum((row) => row.transfersPaid.cents - row.transfersReceived.cents)).toBe(0);
    expect(withTransfer.societyCosts.cents).toBe(900_000);
    expect(withTransfer.societyNetPresentValue.cents).toBe(148_000);
    expect(sum((row) => row.net.cents)).toBe(withTransfer.societyNetPresentValue.cents);
    // The same €9,000 of resources without any allowance: society's balance does not move.
    const withoutTransfer = summary({
      costs: [{ year: 2025, category: 'COORDINATION', cents: 900_000, bookings: 1, payerKind: 'MUNICIPALITY' }],
    });
    expect(withoutTransfer.transfers).toEqual([]);
    expect(withoutTransfer.societyNetPresentValue.cents).toBe(withTransfer.societyNetPresentValue.cents);
  });

  it('says which effects are valued and which counted but unpriced, and that a period without costs has no net present value', () => {
    const result = summary({ costs: [] });
    expect(result.valuedEffects).toEqual([EffectCategory.INFORMAL_HELP]);
    // Certificates (12) and residents reached (300) are counted; no published price exists for either.
    expect(result.unpricedEffects).toEqual([EffectCategory.TRAINING, EffectCategory.RESIDENTS_REACHED]);
    expect(result.costsRecorded).toBe(false);
    expect(result.benefitCostRatio).toBeNull();
    const note = result.notes.find((candidate) => candidate.code === ReportNoteCode.NO_COSTS_RECORDED)!;
    expect(note.textNl).toContain('geen kosten geboekt');
    expect(note.textEn).toContain('no net present value');
    expect(summary().notes.map((candidate) => candidate.code)).not.toContain(ReportNoteCode.NO_COSTS_RECORDED);
  });
});
