import { Theme } from '@buurtvolk/domain';
import { PUBLISHED_PRICES } from '../test/published-prices';
import { ShadowPriceItem } from '../prices/shadow-price.entity';
import { costBenefit, THEME_BENEFICIARY } from './cost-benefit.rules';
import { Beneficiary, type CostBenefitBasis, EffectCategory } from './cost-benefit.types';

const year = (y: number, hoursByTheme: Partial<Record<Theme, number>>) => ({
  year: y,
  minutesByTheme: Object.fromEntries(Object.entries(hoursByTheme).map(([theme, hours]) => [theme, hours * 60])),
  certificates: 12,
  residentsReached: 300,
  wellbeingPoints: null,
  cohesionPoints: null,
});

const basis = (years: CostBenefitBasis['years'], costs: CostBenefitBasis['costs']): CostBenefitBasis => ({ baseYear: years[0].year, years, costs, agreements: [] });

describe('the social cost-benefit summary', () => {
  it('values each theme’s hours at the informal-help price, for the theme’s beneficiary, with the sum written out', () => {
    const summary = costBenefit(basis([year(2026, { [Theme.INFORMAL_CARE]: 1000, [Theme.HEALTH]: 500 })], [{ year: 2026, category: 'ALLOWANCES', cents: 1_000_000, bookings: 2 }]), [...PUBLISHED_PRICES], 2.25, 2026);
    const care = summary.effects.find((line) => line.theme === Theme.INFORMAL_CARE)!;
    expect(care).toMatchObject({ category: EffectCategory.INFORMAL_HELP, beneficiary: Beneficiary.MUNICIPALITY, quantity: 1000, priceYear: 2019, price: { cents: 1310 }, value: { cents: 1_310_000 }, valueLow: { cents: 1_310_000 }, valueHigh: { cents: 2_620_000 } });
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
      basis([year(2025, { [Theme.COMMUNITY]: 1000 }), year(2026, { [Theme.COMMUNITY]: 1000 })], [{ year: 2025, category: 'A', cents: 500_000, bookings: 1 }, { year: 2026, category: 'A', cents: 500_000, bookings: 1 }]),
      [...PUBLISHED_PRICES],
      10,
      2026,
    );
    // €13,100 + €13,100 / 1.1 = €25,009.09; costs €5,000 + €5,000 / 1.1 = €9,545.45.
    expect(summary.totalBenefits.cents).toBe(2_500_909);
    expect(summary.totalCosts.cents).toBe(954_545);
    expect(summary.netPresentValue.cents).toBe(2_500_909 - 954_545);
  });
});
