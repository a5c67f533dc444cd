import { euros } from '@buurtvolk/subgraph-kit';
import { Theme } from '@buurtvolk/domain';
import { ShadowPriceItem } from '../prices/shadow-price.entity';
import { Beneficiary, type BeneficiaryValue, type CostBenefit, type CostBenefitBasis, EffectCategory, type EffectLine, type YearQuantities } from './cost-benefit.types';

/** The Dutch government's standard discount rate for social cost-benefit analyses (Werkgroep discontovoet 2020). */
export const DEFAULT_DISCOUNT_RATE_PERCENT = 2.25;

/**
 * Who gains from an hour of informal help, by theme: an assumption of the foundation, stated so each line can be
 * challenged. Streets and stairwells (liveability) are what housing corporations pay for, support against
 * loneliness and poverty is the municipality's Wmo task, health is the care insurer's, and community and personal
 * development go to the residents themselves.
 */
export const THEME_BENEFICIARY: Record<Theme, Beneficiary> = {
  [Theme.NEIGHBOURHOOD]: Beneficiary.HOUSING_CORPORATION,
  [Theme.COMMUNITY]: Beneficiary.RESIDENTS,
  [Theme.INFORMAL_CARE]: Beneficiary.MUNICIPALITY,
  [Theme.SUSTAINABILITY]: Beneficiary.MUNICIPALITY,
  [Theme.PERSONAL_DEVELOPMENT]: Beneficiary.RESIDENTS,
  [Theme.HEALTH]: Beneficiary.CARE_INSURER,
};

export interface PriceInput {
  item: ShadowPriceItem;
  priceYear: number;
  unit: string;
  valueCents: number | null;
  lowCents: number | null;
  highCents: number | null;
  source: string;
}

const format = (cents: number) => `€${(cents / 100).toFixed(2)}`;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** quantity × price = value, with the range and the sum written out; no value without both a quantity and a price. */
function valueLine(base: Pick<EffectLine, 'year' | 'category' | 'theme' | 'beneficiary'>, quantity: number | null, price: PriceInput | undefined, fallbackUnit: string): EffectLine {
  const unit = price?.unit ?? fallbackUnit;
  const priced = quantity !== null && price?.valueCents != null;
  const times = (cents: number | null) => (priced && cents !== null ? euros(quantity * cents) : null);
  const value = times(price?.valueCents ?? null);
  const shown = quantity === null ? 'hidden' : `${round2(quantity)} ${unit}`;
  return {
    ...base,
    quantity: quantity === null ? null : round2(quantity),
    unit,
    priceItem: price?.item ?? '',
    priceYear: price?.priceYear ?? null,
    price: price?.valueCents != null ? euros(price.valueCents) : null,
    value,
    valueLow: times(price?.lowCents ?? null),
    valueHigh: times(price?.highCents ?? null),
    source: price?.source ?? 'No price list',
    calculation: value ? `${shown} × ${format(price!.valueCents!)} = ${format(value.cents)}` : `${shown} × (no published price) = not valued`,
  };
}

function effectLines(year: YearQuantities, prices: Map<ShadowPriceItem, PriceInput>): EffectLine[] {
  const at = { year: year.year };
  const lines = Object.values(Theme)
    .filter((theme) => (year.minutesByTheme[theme] ?? 0) > 0)
    .map((theme) =>
      valueLine({ ...at, category: EffectCategory.INFORMAL_HELP, theme, beneficiary: THEME_BENEFICIARY[theme] }, year.minutesByTheme[theme]! / 60, prices.get(ShadowPriceItem.INFORMAL_HELP_HOUR), 'hour'),
    );
  lines.push(valueLine({ ...at, category: EffectCategory.TRAINING, theme: null, beneficiary: Beneficiary.RESIDENTS }, year.certificates, prices.get(ShadowPriceItem.TRAINING_CERTIFICATE), 'certificate'));
  lines.push(valueLine({ ...at, category: EffectCategory.RESIDENTS_REACHED, theme: null, beneficiary: Beneficiary.RESIDENTS }, year.residentsReached, prices.get(ShadowPriceItem.RESIDENT_REACHED), 'resident'));
  if (year.wellbeingPoints !== null) {
    lines.push(valueLine({ ...at, category: EffectCategory.PARTICIPANT_WELLBEING, theme: null, beneficiary: Beneficiary.RESIDENTS }, year.wellbeingPoints, prices.get(ShadowPriceItem.WELLBEING_POINT), 'participant-point'));
  }
  if (year.cohesionPoints !== null) {
    lines.push(valueLine({ ...at, category: EffectCategory.SOCIAL_COHESION, theme: null, beneficiary: Beneficiary.RESIDENTS }, year.cohesionPoints, prices.get(ShadowPriceItem.COHESION_POINT), 'scale point'));
  }
  return lines;
}

/**
 * The MKBA summary: lines per year undiscounted; totals, ratio and net present value discounted to the base year at
 * the given rate; the low and high variants use each price's range (the sensitivity of the valuation).
 */
export function costBenefit(basis: CostBenefitBasis, prices: PriceInput[], discountRatePercent: number, priceYear: number): CostBenefit {
  const byItem = new Map(prices.map((price) => [price.item, price]));
  const discount = (year: number) => 1 / (1 + discountRatePercent / 100) ** (year - basis.baseYear);
  const effects = basis.years.flatMap((year) => effectLines(year, byItem));
  const present = (cents: number, year: number) => cents * discount(year);
  const pv = (pick: (line: EffectLine) => number | undefined, lines = effects) => lines.reduce((sum, line) => sum + present(pick(line) ?? 0, line.year), 0);
  const benefits = { value: pv((line) => line.value?.cents), low: pv((line) => line.valueLow?.cents), high: pv((line) => line.valueHigh?.cents) };
  const costs = basis.costs.reduce((sum, cost) => sum + present(cost.cents, cost.year), 0);
  const ratio = (cents: number) => (costs > 0 ? round2(cents / costs) : null);
  const byBeneficiary: BeneficiaryValue[] = Object.values(Beneficiary).map((beneficiary) => {
    const mine = effects.filter((line) => line.beneficiary === beneficiary);
    return { beneficiary, value: euros(pv((line) => line.value?.cents, mine)), valueLow: euros(pv((line) => line.valueLow?.cents, mine)), valueHigh: euros(pv((line) => line.valueHigh?.cents, mine)) };
  });
  return {
    discountRatePercent,
    priceYear,
    baseYear: basis.baseYear,
    costs: basis.costs.map((cost) => ({ year: cost.year, category: cost.category, amount: euros(cost.cents), bookings: cost.bookings })),
    totalCosts: euros(costs),
    effects,
    benefitsByBeneficiary: byBeneficiary,
    totalBenefits: euros(benefits.value),
    totalBenefitsLow: euros(benefits.low),
    totalBenefitsHigh: euros(benefits.high),
    benefitCostRatio: ratio(benefits.value),
    benefitCostRatioLow: ratio(benefits.low),
    benefitCostRatioHigh: ratio(benefits.high),
    netPresentValue: euros(benefits.value - costs),
    netPresentValueLow: euros(benefits.low - costs),
    netPresentValueHigh: euros(benefits.high - costs),
    agreedReturns: basis.agreements,
  };
}
