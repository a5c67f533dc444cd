import type { FieldError } from '@buurtvolk/subgraph-kit';

export interface PriceAmounts {
  valueCents?: number | null;
  lowCents?: number | null;
  highCents?: number | null;
}

/** A price is either empty (no published figure) or complete with a range around it. */
export function priceAmountErrors({ valueCents, lowCents, highCents }: PriceAmounts): FieldError[] {
  const given = [valueCents, lowCents, highCents].filter((cents) => cents !== undefined && cents !== null).length;
  if (given === 0) return [];
  if (given < 3) return [{ field: 'valueCents', message: 'give value, low and high together, or none of them' }];
  const errors: FieldError[] = [];
  if (lowCents! > valueCents!) errors.push({ field: 'lowCents', message: 'must not be above the value' });
  if (highCents! < valueCents!) errors.push({ field: 'highCents', message: 'must not be below the value' });
  return errors;
}
