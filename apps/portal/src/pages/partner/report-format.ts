import { useIntl } from 'react-intl';
import { formatMoney, formatNumber } from '../../format/format';

export type MoneyValue = { cents: number; currency: string };

export const money = (value: MoneyValue) => formatMoney(value.cents, value.currency);

/** A change with its sign, e.g. "+0,4" or "-1,2". */
export function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${formatNumber(value, 1)}`;
}

/** A ratio of benefits per euro, e.g. "2,35"; "—" where there is none (no costs). */
export function ratio(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatNumber(value, 2);
}

/** A count the API hides (a group under 10) reads "minder dan 10", never 0. */
export function useCount() {
  const intl = useIntl();
  return (value: number | null | undefined) =>
    value === null || value === undefined ? intl.formatMessage({ id: 'partnerDashboard.fewerThanTen' }) : formatNumber(value);
}
