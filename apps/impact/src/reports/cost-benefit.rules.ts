import { euros } from '@buurtvolk/subgraph-kit';
import { Theme } from '@buurtvolk/domain';
import { indexFactor, type IndexYear, priceLevelYear } from '../prices/consumer-price-index.rules';
import { ShadowPriceItem } from '../prices/shadow-price.entity';
import {
  Beneficiary,
  type BeneficiaryValue,
  type CostBenefit,
  type CostBenefitBasis,
  EffectCategory,
  type EffectLine,
  SensitivityCase,
  type SensitivityResult,
  type YearQuantities,
} from './cost-benefit.types';

/** The Dutch government's standard discount rate for social cost-benefit analyses (Werkgroep discontovoet 2020). */
export const DEFAULT_DISCOUNT_RATE_PERCENT = 2.25;

/** The discount rates of the sensitivity analysis: no discounting, and a rate well above the standard. */
export const SENSITIVITY_DISCOUNT_RATES = [0, 4] as const;

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

/** The consumer price index and the price level every price and cost is brought to (null: nothing indexed). */
interface PriceLevel {
  index: IndexYear[];
  year: number | null;
}

/** An amount of `fromYear`'s prices at the price level: the factor (null when a year has no index) and the whole cents. */
function atLevel(cents: number, fromYear: number, level: PriceLevel): { factor: number | null; cents: number } {
  const factor = indexFactor(level.index, fromYear, level.year);
  return { factor, cents: factor === null ? cents : Math.round(cents * factor) };
}

/**
 * quantity × price = value, with the range and the sum written out; no value without both a quantity and a price.
 * The published price is first indexed to the price level (rounded to whole cents), and the line shows both.
 */
function valueLine(
  base: Pick<EffectLine, 'year' | 'category' | 'theme' | 'beneficiary'>,
  quantity: number | null,
  price: PriceInput | undefined,
  fallbackUnit: string,
  level: PriceLevel,
): EffectLine {
  const unit = price?.unit ?? fallbackUnit;
  const indexed = (cents: number | null) => (cents === null || !price ? null : atLevel(cents, price.priceYear, level).cents);
  const factor = price && price.valueCents != null ? atLevel(price.valueCents, price.priceYear, level).factor : null;
  const unitCents = indexed(price?.valueCents ?? null);
  const priced = quantity !== null && unitCents !== null;
  const times = (cents: number | null) => (priced && cents !== null ? euros(quantity * cents) : null);
  const value = times(unitCents);
  const shown = quantity === null ? 'hidden' : `${round2(quantity)} ${unit}`;
  const published = price?.valueCents != null ? format(price.valueCents) : '';
  const priceText =
    factor !== null && factor !== 1
      ? `${published} (${price!.priceYear}) × ${factor} (CPI ${level.year}/${price!.priceYear}) = ${format(unitCents!)}; `
      : '';
  return {
    ...base,
    quantity: quantity === null ? null : round2(quantity),
    unit,
    priceItem: price?.item ?? '',
    priceYear: price?.priceYear ?? null,
    publishedPrice: price?.valueCents != null ? euros(price.valueCents) : null,
    indexFactor: factor,
    price: unitCents !== null ? euros(unitCents) : null,
    value,
    valueLow: times(indexed(price?.lowCents ?? null)),
    valueHigh: times(indexed(price?.highCents ?? null)),
    source: price?.source ?? 'No price list',
    calculation: value
      ? `${priceText}${shown} × ${format(unitCents!)} = ${format(value.cents)}`
      : `${shown} × (no published price) = not valued`,
  };
}

/** The lines of one year; the baseline takes its share off the informal-help hours (the hours that would have been given anyway). */
function effectLines(
  year: YearQuantities,
  prices: Map<ShadowPriceItem, PriceInput>,
  level: PriceLevel,
  baselinePercent: number,
): EffectLine[] {
  const at = { year: year.year };
  const net = 1 - baselinePercent / 100;
  const lines = Object.values(Theme)
    .filter((theme) => (year.minutesByTheme[theme] ?? 0) > 0)
    .map((theme) =>
      valueLine(
        { ...at, category: EffectCategory.INFORMAL_HELP, theme, beneficiary: THEME_BENEFICIARY[theme] },
        (year.minutesByTheme[theme]! / 60) * net,
        prices.get(ShadowPriceItem.INFORMAL_HELP_HOUR),
        'hour',
        level,
      ),
    );
  lines.push(
    valueLine(
      { ...at, category: EffectCategory.TRAINING, theme: null, beneficiary: Beneficiary.RESIDENTS },
      year.certificates,
      prices.get(ShadowPriceItem.TRAINING_CERTIFICATE),
      'certificate',
      level,
    ),
  );
  lines.push(
    valueLine(
      { ...at, category: EffectCategory.RESIDENTS_REACHED, theme: null, beneficiary: Beneficiary.RESIDENTS },
      year.residentsReached,
      prices.get(ShadowPriceItem.RESIDENT_REACHED),
      'resident',
      level,
    ),
  );
  if (year.wellbeingPoints !== null) {
    lines.push(
      valueLine(
        { ...at, category: EffectCategory.PARTICIPANT_WELLBEING, theme: null, beneficiary: Beneficiary.RESIDENTS },
        year.wellbeingPoints,
        prices.get(ShadowPriceItem.WELLBEING_POINT),
        'participant-point',
        level,
      ),
    );
  }
  if (year.cohesionPoints !== null) {
    lines.push(
      valueLine(
        { ...at, category: EffectCategory.SOCIAL_COHESION, theme: null, beneficiary: Beneficiary.RESIDENTS },
        year.cohesionPoints,
        prices.get(ShadowPriceItem.COHESION_POINT),
        'scale point',
        level,
      ),
    );
  }
  return lines;
}

/** Effects and discounted totals at one discount rate and baseline: the central case and each sensitivity case. */
function evaluate(
  basis: CostBenefitBasis,
  byItem: Map<ShadowPriceItem, PriceInput>,
  level: PriceLevel,
  discountRatePercent: number,
  baselinePercent: number,
) {
  const discount = (year: number) => 1 / (1 + discountRatePercent / 100) ** (year - basis.baseYear);
  const effects = basis.years.flatMap((year) => effectLines(year, byItem, level, baselinePercent));
  const pv = (pick: (line: EffectLine) => number | undefined, lines = effects) =>
    lines.reduce((sum, line) => sum + (pick(line) ?? 0) * discount(line.year), 0);
  const costs = basis.costs.map((cost) => ({ ...cost, nominalCents: cost.cents, ...atLevel(cost.cents, cost.year, level) }));
  return {
    effects,
    pv,
    costs,
    benefits: {
      value: pv((line) => line.value?.cents),
      low: pv((line) => line.valueLow?.cents),
      high: pv((line) => line.valueHigh?.cents),
    },
    presentCosts: costs.reduce((sum, cost) => sum + cost.cents * discount(cost.year), 0),
  };
}

export interface CostBenefitOptions {
  /** The consumer price index per year; without it nothing is indexed (prices and costs stay nominal). */
  index?: IndexYear[];
  /**
   * The share (percent) of the informal-help hours that would have been given without the teams (the baseline,
   * nulalternatief). No baseline is recorded yet, so it defaults to 0: every hour counts as extra.
   */
  baselinePercent?: number;
}

/**
 * The MKBA summary: lines per year undiscounted; totals, ratio and net present value discounted to the base year at
 * the given (real) rate, after every price and cost is indexed with the CPI to one price level; the low and high
 * variants use each price's range, and the sensitivity cases vary the baseline and the discount rate.
 */
export function costBenefit(
  basis: CostBenefitBasis,
  prices: PriceInput[],
  discountRatePercent: number,
  priceYear: number,
  options: CostBenefitOptions = {},
): CostBenefit {
  const byItem = new Map(prices.map((price) => [price.item, price]));
  const index = options.index ?? [];
  const level: PriceLevel = { index, year: priceLevelYear(index, priceYear) };
  const baselinePercent = options.baselinePercent ?? 0;
  const central = evaluate(basis, byItem, level, discountRatePercent, baselinePercent);
  const { effects, pv, benefits, presentCosts: costs } = central;
  const ratio = (cents: number, costCents = costs) => (costCents > 0 ? round2(cents / costCents) : null);
  const byBeneficiary: BeneficiaryValue[] = Object.values(Beneficiary).map((beneficiary) => {
    const mine = effects.filter((line) => line.beneficiary === beneficiary);
    return {
      beneficiary,
      value: euros(pv((line) => line.value?.cents, mine)),
      valueLow: euros(pv((line) => line.valueLow?.cents, mine)),
      valueHigh: euros(pv((line) => line.valueHigh?.cents, mine)),
    };
  });
  const usedYears = [
    ...new Set([
      ...prices.filter((price) => price.valueCents != null).map((price) => price.priceYear),
      ...basis.costs.map((cost) => cost.year),
    ]),
  ].sort((a, b) => a - b);
  const sensitivityCase = (
    kind: SensitivityCase,
    rate: number,
    baseline: number,
    pick: 'value' | 'low' | 'high' = 'value',
  ): SensitivityResult => {
    const run = rate === discountRatePercent && baseline === baselinePercent ? central : evaluate(basis, byItem, level, rate, baseline);
    return {
      case: kind,
      discountRatePercent: rate,
      baselinePercent: baseline,
      totalBenefits: euros(run.benefits[pick]),
      totalCosts: euros(run.presentCosts),
      benefitCostRatio: ratio(run.benefits[pick], run.presentCosts),
      netPresentValue: euros(run.benefits[pick] - run.presentCosts),
    };
  };
  return {
    discountRatePercent,
    priceYear,
    priceLevelYear: level.year,
    priceIndexBase: index[0]?.base ?? null,
    priceIndex: usedYears.map((year) => {
      const row = index.find((candidate) => candidate.year === year);
      return {
        year,
        indexValue: row?.indexValue ?? null,
        factor: indexFactor(index, year, level.year),
        provisional: row?.provisional ?? null,
      };
    }),
    baselinePercent,
    baseYear: basis.baseYear,
    costs: central.costs.map((cost) => ({
      year: cost.year,
      category: cost.category,
      amount: euros(cost.nominalCents),
      indexFactor: cost.factor,
      amountAtPriceLevel: euros(cost.cents),
      bookings: cost.bookings,
    })),
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
    sensitivity: [
      sensitivityCase(SensitivityCase.PRICES_LOW, discountRatePercent, baselinePercent, 'low'),
      sensitivityCase(SensitivityCase.PRICES_HIGH, discountRatePercent, baselinePercent, 'high'),
      sensitivityCase(SensitivityCase.BASELINE_ZERO, discountRatePercent, 0),
      sensitivityCase(SensitivityCase.BASELINE_50_PERCENT_HIGHER, discountRatePercent, Math.min(100, baselinePercent * 1.5)),
      sensitivityCase(SensitivityCase.DISCOUNT_RATE_0, SENSITIVITY_DISCOUNT_RATES[0], baselinePercent),
      sensitivityCase(SensitivityCase.DISCOUNT_RATE_4, SENSITIVITY_DISCOUNT_RATES[1], baselinePercent),
    ],
    agreedReturns: basis.agreements,
  };
}
