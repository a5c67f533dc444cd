import { euros, type MoneyType } from '@buurtvolk/subgraph-kit';

export function nullableEuros(cents: number | null): MoneyType | null {
  return cents === null ? null : euros(cents);
}
