/** Median and nearest-rank p95 of measured latencies (ms). */
export function summarise(timings: readonly number[]): { median: number; p95: number } {
  if (timings.length === 0) throw new Error('No timings to summarise');
  const sorted = [...timings].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1];
  return { median, p95 };
}
