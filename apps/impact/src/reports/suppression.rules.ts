import { MIN_CELL_SIZE } from '@buurtvolk/subgraph-kit';

/**
 * A count of people summed over teams, as it may be shown where small cells are hidden: hidden when it is under
 * 10, and also when the teams hidden on their own add up to fewer than 10 — the total minus the teams shown would
 * otherwise give them away (a neighbourhood of 22 beside its team of 15 reveals the other team's 7).
 */
export function protectedCount(perTeam: readonly number[], minimum = MIN_CELL_SIZE): number | null {
  const total = perTeam.reduce((sum, count) => sum + count, 0);
  if (total < minimum) return null;
  const hidden = perTeam.filter((count) => count < minimum).reduce((sum, count) => sum + count, 0);
  return hidden > 0 && hidden < minimum ? null : total;
}
