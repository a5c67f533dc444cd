import { WellbeingDomain } from '@buurtvolk/domain';
import { Actor, AttributionBasis, Beneficiary, EffectCategory, SensitivityCase } from '../cost-benefit.types';
import { PromiseStatus } from '../promise.types';
import { ChangeEvidence } from '../uncertainty.types';

/**
 * Numbers, money and dates as a Dutch reader expects them (1.234,5 uur; € 13,10; 1 maart 2026). The tests format the
 * API's figures with these same functions and look for the result in the PDF's text.
 */

/** Intl puts a no-break space after the euro sign; a plain space reads back from the PDF the same everywhere. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

const decimals = (digits: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const fixed = (digits: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const currency = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const wholeCurrency = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** What a hidden figure reads as: the reader learns that it is small, never what it is. */
export const HIDDEN = 'verborgen (< 10)';

export function number(value: number, digits = 1): string {
  return plain(decimals(digits).format(value));
}

/** A number with exactly `digits` decimals, e.g. a ratio 1,28 or a change +0,4. */
export function fixedNumber(value: number, digits: number): string {
  return plain(fixed(digits).format(value));
}

export function signed(value: number, digits = 2): string {
  return `${value > 0 ? '+' : ''}${fixedNumber(value, digits)}`;
}

export function euro(cents: number): string {
  return plain(currency.format(cents / 100));
}

/** Large totals on the first page, without cents. */
export function wholeEuro(cents: number): string {
  return plain(wholeCurrency.format(Math.round(cents / 100)));
}

export function orHidden<T>(value: T | null | undefined, show: (value: T) => string): string {
  return value === null || value === undefined ? HIDDEN : show(value);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const SHORT_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** 2026-03-01 → 1 maart 2026 (a calendar date, so no time zone). */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** 2026-03 → mrt */
export function shortMonth(yearMonth: string): string {
  return SHORT_MONTHS[Number(yearMonth.slice(5, 7)) - 1];
}

export const DOMAIN_NL: Record<WellbeingDomain, string> = {
  [WellbeingDomain.LANGUAGE]: 'Taal',
  [WellbeingDomain.SOCIAL_NETWORK]: 'Sociaal netwerk',
  [WellbeingDomain.MEANING]: 'Zingeving',
  [WellbeingDomain.DAILY_LIFE]: 'Dagelijks leven',
  [WellbeingDomain.HOME_SITUATION]: 'Thuissituatie',
  [WellbeingDomain.MENTAL_HEALTH]: 'Mentale gezondheid',
  [WellbeingDomain.PHYSICAL_HEALTH]: 'Lichamelijke gezondheid',
  [WellbeingDomain.FINANCIAL_HEALTH]: 'Financiële gezondheid',
};

export const CATEGORY_NL: Record<EffectCategory, string> = {
  [EffectCategory.INFORMAL_HELP]: 'Informele hulp',
  [EffectCategory.TRAINING]: 'Training',
  [EffectCategory.RESIDENTS_REACHED]: 'Bereikte bewoners',
  [EffectCategory.PARTICIPANT_WELLBEING]: 'Welzijn deelnemers',
  [EffectCategory.SOCIAL_COHESION]: 'Sociale cohesie',
  [EffectCategory.PARTICIPATION]: 'Naar werk, opleiding of traject',
  [EffectCategory.LONELINESS]: 'Niet langer eenzaam',
  [EffectCategory.INFORMAL_CARE_RESIDENTS]: 'Geholpen door informele zorg',
};

export const BENEFICIARY_NL: Record<Beneficiary, string> = {
  [Beneficiary.MUNICIPALITY]: 'Gemeente',
  [Beneficiary.HOUSING_CORPORATION]: 'Woningcorporatie',
  [Beneficiary.CARE_INSURER]: 'Zorgverzekeraar',
  [Beneficiary.RESIDENTS]: 'Bewoners',
};

export const ACTOR_NL: Record<Actor, string> = {
  [Actor.MUNICIPALITY]: 'Gemeente',
  [Actor.HOUSING_CORPORATION]: 'Woningcorporatie',
  [Actor.CARE_INSURER]: 'Zorgverzekeraar en zorginstelling',
  [Actor.RESIDENTS]: 'Bewoners',
  [Actor.VOLUNTEERS]: 'Vrijwilligers',
  [Actor.FOUNDATION_OTHER]: 'Stichting en overige financiers',
};

export const ATTRIBUTION_BASIS_NL: Record<AttributionBasis, string> = {
  [AttributionBasis.BOOKED_COSTS]: 'geboekte kosten',
  [AttributionBasis.COMMITTED_FUNDING]: 'toegezegd bedrag (geen kosten geboekt)',
  [AttributionBasis.NONE]: 'geen kosten en geen toezegging',
};

/** Finance's budget categories (its BudgetCategory values, as the cost lines carry them); an unknown one as it is. */
const COST_CATEGORY_NL: Record<string, string> = {
  ALLOWANCES: 'Vrijwilligersvergoedingen',
  ACTIVITIES: 'Activiteiten',
  TRAINING: 'Training',
  COORDINATION: 'Coördinatie',
};

export const costCategoryNl = (category: string) => COST_CATEGORY_NL[category] ?? category;

export const STATUS_NL: Record<PromiseStatus, string> = {
  [PromiseStatus.NOT_STARTED]: 'nog niet gestart',
  [PromiseStatus.ON_TRACK]: 'op koers',
  [PromiseStatus.BEHIND]: 'achter op schema',
  [PromiseStatus.BELOW]: 'onder de belofte',
  [PromiseStatus.WITHIN]: 'binnen de belofte',
  [PromiseStatus.ABOVE]: 'boven de belofte',
};

export const EVIDENCE_NL: Record<ChangeEvidence, string> = {
  [ChangeEvidence.DEMONSTRABLE]: 'aantoonbaar',
  [ChangeEvidence.NOT_DEMONSTRABLE]: 'niet aantoonbaar',
  [ChangeEvidence.NOT_ASSESSED]: 'niet bepaald',
};

export const SENSITIVITY_NL: Record<SensitivityCase, string> = {
  [SensitivityCase.PRICES_LOW]: 'Alle prijzen laag',
  [SensitivityCase.PRICES_HIGH]: 'Alle prijzen hoog',
  [SensitivityCase.BASELINE_ZERO]: 'Nulalternatief 0 % (elk uur extra)',
  [SensitivityCase.BASELINE_50_PERCENT_HIGHER]: 'Nulalternatief 50 % hoger',
  [SensitivityCase.DISCOUNT_RATE_0]: 'Disconteringsvoet 0 %',
  [SensitivityCase.DISCOUNT_RATE_4]: 'Disconteringsvoet 4 %',
};

/** Units as the price list names them (English keys), in the report's words. */
const UNIT_NL: Record<string, [singular: string, plural: string]> = {
  hour: ['uur', 'uur'],
  certificate: ['certificaat', 'certificaten'],
  resident: ['bewoner', 'bewoners'],
  'participant-point': ['deelnemerspunt', 'deelnemerspunten'],
  'scale point': ['schaalpunt', 'schaalpunten'],
  person: ['persoon', 'personen'],
};

export function unitNl(unit: string, quantity: number | null = 2): string {
  const known = UNIT_NL[unit];
  return known ? known[quantity === 1 ? 0 : 1] : unit;
}

/** "Feijenoord 2026" → "feijenoord-2026": ASCII for any file system, accents dropped (Financiële → financiele). */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'rapport'
  );
}
