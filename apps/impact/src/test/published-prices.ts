import { ShadowPriceItem } from '../prices/shadow-price.entity';

export interface PublishedPrice {
  priceYear: number;
  item: ShadowPriceItem;
  unit: string;
  valueCents: number | null;
  lowCents: number | null;
  highCents: number | null;
  source: string;
  note: string | null;
}

const NOT_PUBLISHED = 'No published Dutch shadow price; left empty rather than estimated';

/**
 * The price list every environment starts with (the seed-shadow-prices migration holds its own copy), for tests
 * that compute with the real prices. Only figures with a published source carry a value; the others stay empty.
 */
export const PUBLISHED_PRICES: readonly PublishedPrice[] = [
  {
    priceYear: 2019,
    item: ShadowPriceItem.INFORMAL_HELP_HOUR,
    unit: 'hour',
    valueCents: 1310,
    lowCents: 1310,
    highCents: 2620,
    source:
      'Opportunity cost of an hour of informal help, price level 2019 (Ecorys for MantelzorgNL, "De maatschappelijke waarde van mantelzorg")',
    note: 'Low and value: opportunity cost. High: replacement by professional help, 70–100% dearer (€22.27–€26.20); the high end is used.',
  },
  {
    priceYear: 2019,
    item: ShadowPriceItem.TRAINING_CERTIFICATE,
    unit: 'certificate',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: NOT_PUBLISHED,
    note: null,
  },
  {
    priceYear: 2019,
    item: ShadowPriceItem.RESIDENT_REACHED,
    unit: 'resident',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: NOT_PUBLISHED,
    note: null,
  },
  {
    priceYear: 2019,
    item: ShadowPriceItem.WELLBEING_POINT,
    unit: 'participant-point',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: NOT_PUBLISHED,
    note: null,
  },
  {
    priceYear: 2019,
    item: ShadowPriceItem.COHESION_POINT,
    unit: 'scale point',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: NOT_PUBLISHED,
    note: null,
  },
  {
    priceYear: 2019,
    item: ShadowPriceItem.PARTICIPATION_MOVE,
    unit: 'person',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: NOT_PUBLISHED,
    note: null,
  },
  {
    priceYear: 2019,
    item: ShadowPriceItem.LONELINESS_REDUCED,
    unit: 'person',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: NOT_PUBLISHED,
    note: null,
  },
  {
    priceYear: 2019,
    item: ShadowPriceItem.INFORMAL_CARE_RESIDENT,
    unit: 'resident',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: NOT_PUBLISHED,
    note: null,
  },
];
