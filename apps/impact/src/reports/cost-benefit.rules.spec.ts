import { Theme } from '@buurtvolk/domain';
import { PUBLISHED_PRICES } from '../test/published-prices';
import { ShadowPriceItem } from '../prices/shadow-price.entity';
import { costBenefit, THEME_BENEFICIARY } from './cost-benefit.rules';
import { Beneficiary, type CostBenefitBasis, EffectCategory, SensitivityCase } from './cost-benefit.types';

const year = (y: number, hoursByTheme: Partial<Record<Theme, number>>) => ({
  year: y,
  minutesByTheme: Object.fromEntries(Object.entries(hoursByTheme).map(([theme, hours]) => [theme, hours * 60])),
  certificates: 12,
  residentsReached: 300,
  wellbeingPoints: null,
  cohesionPoints: null,
});

const basis = (years: CostBenefitBasis['years'], costs: CostBenefitBasis['costs']): CostBenefitBasis => ({
  baseYear: years[0].year,
  years,
  costs,
  agreements: [],
});

describe('the social cost-benefit summary', () => {
  it('values each theme’s hours at the informal-help price, for the theme’s beneficiary, with the sum written out', () => {
    const summary = costBenefit(
      basis(
        [year(2026, { [Theme.INFORMAL_CARE]: 1000, [Theme.HEALTH]: 500 })],
        [{ year: 2026, category: 'ALLOWANCES', cents: 1_000_000, bookings: 2 }],
      ),
      [...PUBLISHED_PRICES],
      2.25,
      2026,
    );
    const care = summary.effects.find((line) => line.theme === Theme.INFORMAL_CARE)!;
    expect(care).toMatchObject({
      category: EffectCategory.INFORMAL_HELP,
      beneficiary: Beneficiary.MUNICIPALITY,
      quantity: 1000,
      priceYear: 2019,
      price: { cents: 1310 },
      value: { cents: 1_310_000 },
      valueLow: { cents: 1_310_000 },
      valueHigh: { cents: 2_620_000 },
    });
    expect(care.calculation).toBe('1000 hour × €13.10 = €13100.00');
    expect(care.source).toMatch(/Ecorys/);
    expect(summary.effects.find((line) => line.theme === Theme.HEALTH)!.beneficiary).toBe(THEME_BENEFICIARY[Theme.HEALTH]);
    // 1,500 hours × €13.10 = €19,650 against €10,000 of costs.
    expect(summary.totalBenefits.cents).toBe(1_965_000);
    expect(summary.benefitCostRatio).toBe(1.97);
    expect(summary.benefitCostRatioHigh).toBe(3.93);
    expect(summary.netPresentValue.cents).toBe(965_000);
    expect(summary.benefitsByBeneficiary.find((row) => row.beneficiary === Beneficiary.CARE_INSURER)!.value.cents).toBe(655_000);
  });

  it('lists effects without a published price with their quantity but no value, and leaves them out of the totals', () => {
    const summary = costBenefit(basis([year(2026, { [Theme.COMMUNITY]: 10 })], []), [...PUBLISHED_PRICES], 2.25, 2026);
    const training = summary.effects.find((line) => line.category === EffectCategory.TRAINING)!;
    expect(training).toMatchObject({ quantity: 12, priceItem: ShadowPriceItem.TRAINING_CERTIFICATE, price: null, value: null });
    expect(training.calculation).toBe('12 certificate × (no published price) = not valued');
    expect(summary.totalBenefits.cents).toBe(13_100);
    expect(summary.benefitCostRatio).toBeNull();
  });

  it('discounts later years to the first at the given rate', () => {
    const summary = costBenefit(
      basis(
        [year(2025, { [Theme.COMMUNITY]: 1000 }), year(2026, { [Theme.COMMUNITY]: 1000 })],
        [
          { year: 2025, category: 'A', cents: 500_000, bookings: 1 },
          { year: 2026, category: 'A', cents: 500_000, bookings: 1 },
        ],
      ),
      [...PUBLISHED_PRICES],
      10,
      2026,
    );
    // €13,100 + €13,100 / 1.1 = €25,009.09; costs €5,000 + €5,000 / 1.1 = €9,545.45.
    expect(summary.totalBenefits.cents).toBe(2_500_909);
    expect(summary.totalCosts.cents).toBe(954_545);
    expect(summary.netPresentValue.cents).toBe(2_500_909 - 954_545);
  });

  describe('in one price level', () => {
    // CPI 2015=100 as the seed migration stores it (its own rows say which figures are assumptions).
    const index = [
      { year: 2023, indexValue: 126.1 },
      { year: 2024, indexValue: 130.2 },
      { year: 2025, indexValue: 134.5 },
      { year: 2026, indexValue: 137.9 },
    ];
    const price2023 = {
      item: ShadowPriceItem.INFORMAL_HELP_HOUR,
      priceYear: 2023,
      unit: 'hour',
      valueCents: 1310,
      lowCents: 1000,
      highCents: 2620,
      source: 'test price, price level 2023',
    };
    const threeYears = basis(
      [year(2024, { [Theme.COMMUNITY]: 1000 }), year(2025, { [Theme.COMMUNITY]: 1000 }), year(2026, { [Theme.COMMUNITY]: 1000 })],
      [2024, 2025, 2026].map((y) => ({ year: y, category: 'COACHING', cents: 1_000_000, bookings: 1 })),
    );

    it('indexes a 2023 price and the costs of 2024–2026 to 2026 with the CPI', () => {
      const summary = costBenefit(threeYears, [price2023], 0, 2026, { index });
      // Price: €13.10 at 2023 prices; factor CPI 2026 / CPI 2023 = 137.9 / 126.1 = 1.09358 → 1.0936;
      // €13.10 × 1.0936 = €14.3262 → €14.33 (whole cents). 1000 hours × €14.33 = €14,330.00 a year, three years €42,990.00.
      const line = summary.effects.find((effect) => effect.year === 2024 && effect.theme === Theme.COMMUNITY)!;
      expect(line).toMatchObject({
        priceYear: 2023,
        publishedPrice: { cents: 1310 },
        indexFactor: 1.0936,
        price: { cents: 1433 },
        value: { cents: 1_433_000 },
      });
      expect(line.calculation).toBe('€13.10 (2023) × 1.0936 (CPI 2026/2023) = €14.33; 1000 hour × €14.33 = €14330.00');
      // Low and high are indexed the same way: €10.00 × 1.0936 = €10.94, €26.20 × 1.0936 = €28.65.
      expect(line.valueLow!.cents).toBe(1_094_000);
      expect(line.valueHigh!.cents).toBe(2_865_000);
      expect(summary.totalBenefits.cents).toBe(4_299_000);
      // Costs of €10,000 a year, each from its own year to 2026:
      //   2024: 137.9 / 130.2 = 1.05914 → 1.0591 → €10,591.00
      //   2025: 137.9 / 134.5 = 1.02528 → 1.0253 → €10,253.00
      //   2026: 1 → €10,000.00;  total €30,844.00 (undiscounted at 0 %).
      expect(summary.costs.map((cost) => [cost.year, cost.amount.cents, cost.indexFactor, cost.amountAtPriceLevel.cents])).toEqual([
        [2024, 1_000_000, 1.0591, 1_059_100],
        [2025, 1_000_000, 1.0253, 1_025_300],
        [2026, 1_000_000, 1, 1_000_000],
      ]);
      expect(summary.totalCosts.cents).toBe(3_084_400);
      // €42,990 / €30,844 = 1.3938 → 1.39 (nominal, unindexed it would be €39,300 / €30,000 = 1.31).
      expect(summary.benefitCostRatio).toBe(1.39);
      expect(summary.priceLevelYear).toBe(2026);
      expect(summary.priceIndex).toEqual([
        { year: 2023, indexValue: 126.1, factor: 1.0936, provisional: null },
        { year: 2024, indexValue: 130.2, factor: 1.0591, provisional: null },
        { year: 2025, indexValue: 134.5, factor: 1.0253, provisional: null },
        { year: 2026, indexValue: 137.9, factor: 1, provisional: null },
      ]);
    });

    it('takes the latest year with an index as the price level, and leaves amounts of years without one nominal', () => {
      const summary = costBenefit(threeYears, [price2023], 0, 2027, { index: index.filter((row) => row.year !== 2025) });
      expect(summary.priceLevelYear).toBe(2026);
      expect(summary.costs.find((cost) => cost.year === 2025)).toMatchObject({
        indexFactor: null,
        amountAtPriceLevel: { cents: 1_000_000 },
      });
      expect(costBenefit(threeYears, [price2023], 0, 2026).priceLevelYear).toBeNull();
    });

    it('shows the ratio with the baseline at 0 % and 50 % higher, and at discount rates of 0 % and 4 %', () => {
      const summary = costBenefit(threeYears, [price2023], 0, 2026, { index, baselinePercent: 20 });
      const ratioOf = (kind: SensitivityCase) => summary.sensitivity.find((result) => result.case === kind)!;
      // Baseline 20 %: 800 extra hours a year × €14.33 = €11,464; three years €34,392 / €30,844 = 1.115 → 1.12.
      expect(summary.totalBenefits.cents).toBe(3_439_200);
      expect(summary.benefitCostRatio).toBe(1.12);
      // Baseline 0 %: all 1000 hours, €42,990 / €30,844 = 1.39.
      expect(ratioOf(SensitivityCase.BASELINE_ZERO)).toMatchObject({
        baselinePercent: 0,
        benefitCostRatio: 1.39,
        totalBenefits: { cents: 4_299_000 },
      });
      // Baseline 50 % higher: 30 %, 700 hours × €14.33 × 3 = €30,093 / €30,844 = 0.976 → 0.98.
      expect(ratioOf(SensitivityCase.BASELINE_50_PERCENT_HIGHER)).toMatchObject({ baselinePercent: 30, benefitCostRatio: 0.98 });
      // 4 %: benefits €11,464 × (1 + 1/1.04 + 1/1.04²) = €11,464 × 2.8860947 = €33,086.19;
      // costs €10,591 + €10,253 / 1.04 + €10,000 / 1.0816 = €10,591 + €9,858.65 + €9,245.56 = €29,695.22; ratio 1.114 → 1.11.
      expect(ratioOf(SensitivityCase.DISCOUNT_RATE_4)).toMatchObject({
        discountRatePercent: 4,
        totalBenefits: { cents: 3_308_619 },
        totalCosts: { cents: 2_969_522 },
        benefitCostRatio: 1.11,
      });
      expect(ratioOf(SensitivityCase.DISCOUNT_RATE_0)).toMatchObject({ discountRatePercent: 0, benefitCostRatio: 1.12 });
      // Prices low: €10.94 × 800 × 3 = €26,256 / €30,844 = 0.85; high: €28.65 × 800 × 3 = €68,760 / €30,844 = 2.23.
      expect(ratioOf(SensitivityCase.PRICES_LOW).benefitCostRatio).toBe(0.85);
      expect(ratioOf(SensitivityCase.PRICES_HIGH).benefitCostRatio).toBe(2.23);
    });

    it('without a baseline (the default) both baseline cases equal the central one', () => {
      const summary = costBenefit(threeYears, [price2023], 2.25, 2026, { index });
      expect(summary.baselinePercent).toBe(0);
      for (const kind of [SensitivityCase.BASELINE_ZERO, SensitivityCase.BASELINE_50_PERCENT_HIGHER]) {
        expect(summary.sensitivity.find((result) => result.case === kind)!.benefitCostRatio).toBe(summary.benefitCostRatio);
      }
    });
  });
});
