import { euros } from '@buurtvolk/subgraph-kit';
import { Theme } from '@buurtvolk/domain';
import { indexFactor, type IndexYear, priceLevelYear } from '../prices/consumer-price-index.rules';
import { ShadowPriceItem } from '../prices/shadow-price.entity';
import { ATTRIBUTION_RULE, attributionYearView, shareFraction } from './method.rules';
import {
  Actor,
  type ActorEffect,
  Beneficiary,
  type BeneficiaryValue,
  type CostBenefit,
  type CostBenefitBasis,
  EffectCategory,
  type EffectLine,
  type ReportNote,
  ReportNoteCode,
  SensitivityCase,
  TransferKind,
  type TransferLine,
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
    attributedValue: value,
    valueLow: times(indexed(price?.lowCents ?? null)),
    valueHigh: times(indexed(price?.highCents ?? null)),
    source: price?.source ?? 'No price list',
    calculation: value
      ? `${priceText}${shown} × ${format(unitCents!)} = ${format(value.cents)}`
      : `${shown} × (no published price) = not valued`,
  };
}

/** The minutes of a theme that would have been given anyway: the recorded baseline, or a flat share without one. */
function baselineOf(year: YearQuantities, theme: Theme, fallbackPercent: number): number {
  return year.baselineMinutesByTheme?.[theme] ?? ((year.minutesByTheme[theme] ?? 0) * fallbackPercent) / 100;
}

/**
 * The lines of one year; the baseline (times `baselineFactor`: 1 centrally, 0 and 1.5 in the sensitivity) takes the
 * hours that would have been given anyway off the informal-help hours, so only net extra hours are valued.
 */
function effectLines(
  year: YearQuantities,
  prices: Map<ShadowPriceItem, PriceInput>,
  level: PriceLevel,
  baselineFactor: number,
  fallbackPercent: number,
): EffectLine[] {
  const at = { year: year.year };
  const lines = Object.values(Theme)
    .filter((theme) => (year.minutesByTheme[theme] ?? 0) > 0)
    .map((theme) => {
      const gross = year.minutesByTheme[theme]!;
      const net = Math.max(0, gross - baselineFactor * baselineOf(year, theme, fallbackPercent));
      return valueLine(
        { ...at, category: EffectCategory.INFORMAL_HELP, theme, beneficiary: THEME_BENEFICIARY[theme] },
        net / 60,
        prices.get(ShadowPriceItem.INFORMAL_HELP_HOUR),
        'hour',
        level,
      );
    });
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
  // The effects counted since the seed named them; every one is unpriced until a Dutch shadow price is published.
  if (year.participationMoves !== undefined) {
    lines.push(
      valueLine(
        { ...at, category: EffectCategory.PARTICIPATION, theme: null, beneficiary: Beneficiary.MUNICIPALITY },
        year.participationMoves,
        prices.get(ShadowPriceItem.PARTICIPATION_MOVE),
        'person',
        level,
      ),
    );
  }
  if (year.lonelinessReduced !== undefined) {
    lines.push(
      valueLine(
        { ...at, category: EffectCategory.LONELINESS, theme: null, beneficiary: Beneficiary.RESIDENTS },
        year.lonelinessReduced,
        prices.get(ShadowPriceItem.LONELINESS_REDUCED),
        'person',
        level,
      ),
    );
  }
  if (year.informalCareResidents) {
    lines.push(
      valueLine(
        { ...at, category: EffectCategory.INFORMAL_CARE_RESIDENTS, theme: Theme.INFORMAL_CARE, beneficiary: Beneficiary.MUNICIPALITY },
        year.informalCareResidents,
        prices.get(ShadowPriceItem.INFORMAL_CARE_RESIDENT),
        'resident',
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

/** The share of a year's benefits the report claims: an agreement's share, or the whole (1). */
function shareOfYear(basis: CostBenefitBasis): (year: number) => number {
  if (!basis.attribution) return () => 1;
  const byYear = new Map(basis.attribution.years.map((year) => [year.year, shareFraction(year)]));
  return (year) => byYear.get(year) ?? 0;
}

/**
 * Effects and discounted totals at one discount rate and baseline: the central case and each sensitivity case. The
 * totals are of the attributed values (an agreement's share of each year; the whole outside an agreement's report).
 */
function evaluate(
  basis: CostBenefitBasis,
  byItem: Map<ShadowPriceItem, PriceInput>,
  level: PriceLevel,
  discountRatePercent: number,
  baselineFactor: number,
  fallbackPercent: number,
) {
  const discount = (year: number) => 1 / (1 + discountRatePercent / 100) ** (year - basis.baseYear);
  const share = shareOfYear(basis);
  const effects = basis.years
    .flatMap((year) => effectLines(year, byItem, level, baselineFactor, fallbackPercent))
    .map((line) => ({ ...line, attributedValue: line.value && euros(Math.round(line.value.cents * share(line.year))) }));
  const pv = (pick: (line: EffectLine) => number | undefined, lines = effects) =>
    lines.reduce((sum, line) => sum + (pick(line) ?? 0) * share(line.year) * discount(line.year), 0);
  const whole = effects.reduce((sum, line) => sum + (line.value?.cents ?? 0) * discount(line.year), 0);
  const costs = basis.costs.map((cost) => ({ ...cost, nominalCents: cost.cents, ...atLevel(cost.cents, cost.year, level) }));
  return {
    effects,
    pv,
    costs,
    discount,
    share,
    wholeBenefits: whole,
    benefits: {
      value: pv((line) => line.value?.cents),
      low: pv((line) => line.valueLow?.cents),
      high: pv((line) => line.valueHigh?.cents),
    },
    presentCosts: costs.reduce((sum, cost) => sum + cost.cents * discount(cost.year), 0),
  };
}

/** Teams' partner kinds onto the actors of the MKBA; a funder of unknown kind is counted with the foundation and others. */
export function actorOfPartnerKind(kind: string | null | undefined): Actor {
  switch (kind) {
    case 'MUNICIPALITY':
      return Actor.MUNICIPALITY;
    case 'HOUSING_CORPORATION':
      return Actor.HOUSING_CORPORATION;
    case 'CARE_INSTITUTION':
      return Actor.CARE_INSURER;
    default:
      return Actor.FOUNDATION_OTHER;
  }
}

const CATEGORY_WORDS: Record<EffectCategory, { nl: string; en: string }> = {
  [EffectCategory.INFORMAL_HELP]: { nl: 'informele hulp (netto extra uren)', en: 'informal help (net extra hours)' },
  [EffectCategory.TRAINING]: { nl: 'behaalde certificaten', en: 'certificates earned' },
  [EffectCategory.RESIDENTS_REACHED]: { nl: 'bereikte bewoners', en: 'residents reached' },
  [EffectCategory.PARTICIPANT_WELLBEING]: { nl: 'welzijn van deelnemers', en: 'participants’ wellbeing' },
  [EffectCategory.SOCIAL_COHESION]: { nl: 'sociale cohesie', en: 'social cohesion' },
  [EffectCategory.PARTICIPATION]: {
    nl: 'deelnemers naar betaald werk, opleiding of traject',
    en: 'participants into paid work, education or a training path',
  },
  [EffectCategory.LONELINESS]: { nl: 'deelnemers niet langer eenzaam', en: 'participants no longer lonely' },
  [EffectCategory.INFORMAL_CARE_RESIDENTS]: {
    nl: 'bewoners geholpen door informele zorg',
    en: 'residents helped by informal care',
  },
};
const list = (categories: EffectCategory[], language: 'nl' | 'en') =>
  categories.map((category) => CATEGORY_WORDS[category][language]).join(', ');

/**
 * Allowances are a transfer: a cost to whoever financed the allowance budget and an equal gain to the volunteers.
 * A year's allowances are split over the payers of that year's ALLOWANCES costs (else all its costs) in proportion.
 */
function transferLines(basis: CostBenefitBasis, level: PriceLevel, share: (year: number) => number): TransferLine[] {
  const lines: TransferLine[] = [];
  for (const allowance of basis.allowances ?? []) {
    const cents = Math.round(allowance.cents * share(allowance.year));
    if (cents === 0) continue;
    const ofYear = basis.costs.filter((cost) => cost.year === allowance.year && cost.cents > 0);
    const forAllowances = ofYear.filter((cost) => cost.category === 'ALLOWANCES');
    const payers = new Map<Actor, number>();
    for (const cost of forAllowances.length ? forAllowances : ofYear)
      payers.set(actorOfPartnerKind(cost.payerKind), (payers.get(actorOfPartnerKind(cost.payerKind)) ?? 0) + cost.cents);
    if (!payers.size) payers.set(Actor.FOUNDATION_OTHER, 1);
    const whole = [...payers.values()].reduce((sum, value) => sum + value, 0);
    let left = cents;
    [...payers.entries()].forEach(([payer, weight], i, all) => {
      // The last payer takes the rounding, so the lines add up to the allowances exactly.
      const part = i === all.length - 1 ? left : Math.round((cents * weight) / whole);
      left -= part;
      lines.push({
        year: allowance.year,
        kind: TransferKind.ALLOWANCES,
        from: payer,
        to: Actor.VOLUNTEERS,
        amount: euros(part),
        amountAtPriceLevel: euros(atLevel(part, allowance.year, level).cents),
      });
    });
  }
  return lines;
}

export interface CostBenefitOptions {
  /** The consumer price index per year; without it nothing is indexed (prices and costs stay nominal). */
  index?: IndexYear[];
  /**
   * The share (percent) of the informal-help hours that would have been given without the teams, for years whose
   * quantities carry no recorded baseline (baselineMinutesByTheme); defaults to 0: every hour counts as extra.
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
  const fallbackPercent = options.baselinePercent ?? 0;
  const central = evaluate(basis, byItem, level, discountRatePercent, 1, fallbackPercent);
  const { effects, pv, benefits, presentCosts: costs } = central;
  // The baseline as a percentage of all gross informal-help minutes of the period: what the report shows it as.
  const grossMinutes = basis.years.reduce((sum, year) => sum + Object.values(year.minutesByTheme).reduce((a, b) => a + (b ?? 0), 0), 0);
  const baseMinutes = basis.years.reduce(
    (sum, year) => sum + Object.values(Theme).reduce((a, theme) => a + baselineOf(year, theme, fallbackPercent), 0),
    0,
  );
  const baselinePercent = grossMinutes > 0 ? round2((baseMinutes / grossMinutes) * 100) : fallbackPercent;
  const ratio = (cents: number, costCents = costs) => (costCents > 0 ? round2(cents / costCents) : null);
  const transfers = transferLines(basis, level, central.share);
  const presentTransfers = (lines: TransferLine[]) =>
    lines.reduce((sum, line) => sum + line.amountAtPriceLevel.cents * central.discount(line.year), 0);
  const actors: ActorEffect[] = Object.values(Actor).map((actor) => {
    const paid = central.costs
      .filter((cost) => actorOfPartnerKind(cost.payerKind) === actor)
      .reduce((sum, cost) => sum + cost.cents * central.discount(cost.year), 0);
    const gained = pv(
      (line) => line.value?.cents,
      effects.filter((line) => (line.beneficiary as string) === actor),
    );
    const transfersPaid = presentTransfers(transfers.filter((line) => line.from === actor));
    const transfersReceived = presentTransfers(transfers.filter((line) => line.to === actor));
    return {
      actor,
      pays: euros(paid),
      gains: euros(gained + transfersReceived),
      transfersPaid: euros(transfersPaid),
      transfersReceived: euros(transfersReceived),
      net: euros(gained + transfersReceived - paid),
    };
  });
  const societyCosts = costs - presentTransfers(transfers);
  const costsRecorded = basis.costs.some((cost) => cost.cents !== 0);
  const counted = effects.filter((line) => line.quantity !== null && line.quantity !== 0);
  const valuedEffects = [...new Set(counted.filter((line) => line.value !== null).map((line) => line.category))];
  const unpricedEffects = [
    ...new Set(effects.filter((line) => line.value === null && line.quantity !== 0).map((line) => line.category)),
  ].filter((category) => !valuedEffects.includes(category));
  const attribution = basis.attribution
    ? {
        agreementId: basis.attribution.agreementId,
        sharePercent: central.wholeBenefits > 0 ? round2((benefits.value / central.wholeBenefits) * 100) : 0,
        years: basis.attribution.years.map(attributionYearView),
        wholeBenefits: euros(central.wholeBenefits),
        attributedBenefits: euros(benefits.value),
        ruleNl: ATTRIBUTION_RULE.nl,
        ruleEn: ATTRIBUTION_RULE.en,
      }
    : null;
  const notes: ReportNote[] = [
    {
      code: ReportNoteCode.VALUED_EFFECTS,
      textNl: valuedEffects.length
        ? `Gewaardeerd in euro's (hoeveelheid × gepubliceerde prijs): ${list(valuedEffects, 'nl')}.`
        : 'Geen enkel effect is in euro’s gewaardeerd.',
      textEn: valuedEffects.length
        ? `Valued in euros (quantity × published price): ${list(valuedEffects, 'en')}.`
        : 'No effect is valued in euros.',
    },
    {
      code: ReportNoteCode.UNPRICED_EFFECTS,
      textNl: unpricedEffects.length
        ? `Geteld maar niet in euro's gewaardeerd (geen gepubliceerde prijs of een verborgen klein aantal): ${list(unpricedEffects, 'nl')}. De verhouding baten/kosten onderschat de opbrengst daarom.`
        : 'Alle getelde effecten zijn gewaardeerd.',
      textEn: unpricedEffects.length
        ? `Counted but not valued in euros (no published price, or a hidden small number): ${list(unpricedEffects, 'en')}. The benefit/cost ratio therefore understates the return.`
        : 'Every effect counted is valued.',
    },
    ...(costsRecorded
      ? []
      : [
          {
            code: ReportNoteCode.NO_COSTS_RECORDED,
            textNl:
              'Voor deze periode zijn geen kosten geboekt. Een verhouding baten/kosten en een netto contante waarde zijn daarom niet te geven; het bedrag is alleen de som van de baten.',
            textEn:
              'No costs are booked for this period, so there is no benefit/cost ratio and no net present value; the amount is the benefits alone.',
          },
        ]),
    {
      code: ReportNoteCode.BASELINE,
      textNl: `Alleen netto extra uren worden gewaardeerd: ${round2(baselinePercent)} % van de bruto uren was er volgens het nulalternatief ook zonder de teams geweest. Gevoeligheid: nulalternatief 0 % en 50 % hoger.`,
      textEn: `Only net extra hours are valued: by the baseline, ${round2(baselinePercent)} % of the gross hours would have been given without the teams. Sensitivity: baseline at 0 % and 50 % higher.`,
    },
    ...(attribution ? [{ code: ReportNoteCode.ATTRIBUTION, textNl: ATTRIBUTION_RULE.nl, textEn: ATTRIBUTION_RULE.en }] : []),
    {
      code: ReportNoteCode.TRANSFERS,
      textNl:
        'Vrijwilligersvergoedingen zijn een overdracht: een kost voor de financier en een even grote baat voor de vrijwilligers, voor de samenleving als geheel nul. ' +
        'Ze staan per actor apart; het saldo van de samenleving is de som van de baten min de kosten zonder die overdrachten.',
      textEn:
        'Volunteer allowances are a transfer: a cost to the funder and an equal benefit to the volunteers, zero for society as a whole. ' +
        'They are shown apart per actor; society’s balance is the benefits less the costs without those transfers.',
    },
  ];
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
    const run = rate === discountRatePercent && baseline === 1 ? central : evaluate(basis, byItem, level, rate, baseline, fallbackPercent);
    return {
      case: kind,
      discountRatePercent: rate,
      baselinePercent: round2(Math.min(100, baselinePercent * baseline)),
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
      payer: actorOfPartnerKind(cost.payerKind),
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
      sensitivityCase(SensitivityCase.PRICES_LOW, discountRatePercent, 1, 'low'),
      sensitivityCase(SensitivityCase.PRICES_HIGH, discountRatePercent, 1, 'high'),
      sensitivityCase(SensitivityCase.BASELINE_ZERO, discountRatePercent, 0),
      sensitivityCase(SensitivityCase.BASELINE_50_PERCENT_HIGHER, discountRatePercent, 1.5),
      sensitivityCase(SensitivityCase.DISCOUNT_RATE_0, SENSITIVITY_DISCOUNT_RATES[0], 1),
      sensitivityCase(SensitivityCase.DISCOUNT_RATE_4, SENSITIVITY_DISCOUNT_RATES[1], 1),
    ],
    agreedReturns: basis.agreements,
    costsRecorded,
    valuedEffects,
    unpricedEffects,
    attribution,
    actors,
    transfers,
    societyCosts: euros(societyCosts),
    societyNetPresentValue: euros(benefits.value - societyCosts),
    notes,
  };
}
