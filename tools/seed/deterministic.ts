/**
 * Deterministic building blocks of the seed: a seeded pseudo-random generator (never Math.random, so the same
 * command gives the same data on every machine), fast demo ids, and calendar days as plain integers.
 */
import { demoId } from '@buurtvolk/domain';
import { hash } from 'node:crypto';

/** A stable 32-bit number from a text (FNV-1a), to seed a generator per team, volunteer or purpose. */
export function hashText(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}

/**
 * A seeded generator of numbers in [0, 1) (mulberry32). Each team draws from its own generator, so a team's data
 * does not change when another team or the scale changes.
 */
export function randomFor(key: string): () => number {
  let state = hashText(key);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pickOne<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Picks an index with the given cumulative weights (last element = total). */
export function pickWeighted(random: () => number, cumulative: readonly number[]): number {
  const target = random() * cumulative[cumulative.length - 1];
  let index = 0;
  while (index < cumulative.length - 1 && cumulative[index] <= target) index += 1;
  return index;
}

export function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((weight) => (sum += weight));
}

// The namespace demoId uses (libs/domain/src/ids.ts, not exported there); `assertFastDemoIdMatches` catches a change.
const NAMESPACE_BYTES = Buffer.from('6f1c1f1e3b7a5d6e9a516e2b0c3d4f70', 'hex');
const NAME_BUFFER = Buffer.alloc(512);
NAMESPACE_BYTES.copy(NAME_BUFFER, 0);
const VARIANT = '89ab89ab89ab89ab';

/**
 * demoId(key) (UUID v5), about four times faster: the uuid package spends most of its time around the SHA-1, which
 * matters for five million hour entries. The same ids as demoId, as `assertFastDemoIdMatches` proves at start.
 */
export function fastDemoId(key: string): string {
  if (key.length > 120) return demoId(key);
  const length = NAME_BUFFER.write(key, 16, 'utf8');
  const hex = hash('sha1', NAME_BUFFER.subarray(0, 16 + length), 'hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${VARIANT[parseInt(hex[16], 16)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function assertFastDemoIdMatches(): void {
  for (const key of ['team:n-0001', 'volunteer:n-0001-07', 'hour:n-0420-25-000123', 'partner:n-muni-0001', 'straße:Öztürk']) {
    if (fastDemoId(key) !== demoId(key)) throw new Error(`fastDemoId differs from demoId for ${key}; the namespace in libs/domain changed`);
  }
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date: whole numbers are cheap to draw, compare and sort. */
export function dayNumber(localDate: string): number {
  const [year, month, day] = localDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const DATE_CACHE = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (cached: the seed formats the same two thousand days millions of times). */
export function localDate(day: number): string {
  let text = DATE_CACHE.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    DATE_CACHE.set(day, text);
  }
  return text;
}

/** Month (1–12) of a day number. */
export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}
