import { type BucketRule, type Draw, drawOutcome, type RateLimitStore, refilled } from './token-bucket';

interface Bucket {
  tokens: number;
  updatedAtMs: number;
  /** From then on the bucket is full again, which is the same as having no bucket at all. */
  fullAtMs: number;
}

export interface MemoryStoreOptions {
  /** Milliseconds on a clock that only moves forward; injected by tests. */
  now?: () => number;
  /** Above this many buckets the least recently used go first, so a flood of new addresses cannot exhaust memory. */
  maxBuckets?: number;
  /** How often buckets that have filled up are swept away. */
  sweepIntervalMs?: number;
}

export const DEFAULT_MAX_BUCKETS = 100_000;
const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/**
 * Buckets in this gateway's memory: right for one replica. Buckets refill lazily when drawn from; a full bucket is
 * forgotten, and forgetting one only ever gives a caller more room, never less.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  // A Map iterates in insertion order; re-inserting on every draw keeps the least recently used first.
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxBuckets: number;
  private readonly sweepIntervalMs: number;
  private lastSweepMs: number;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => performance.now());
    this.maxBuckets = options.maxBuckets ?? DEFAULT_MAX_BUCKETS;
    this.sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
    this.lastSweepMs = this.now();
  }

  get size(): number {
    return this.buckets.size;
  }

  async draw(key: string, tokens: number, rule: BucketRule): Promise<Draw> {
    const now = this.now();
    this.sweepFullBuckets(now);
    const bucket = this.buckets.get(key);
    const available = bucket ? refilled(bucket.tokens, (now - bucket.updatedAtMs) / 1000, rule) : rule.capacity;
    const allowed = available >= tokens;
    const left = allowed ? available - tokens : available;
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: left, updatedAtMs: now, fullAtMs: now + ((rule.capacity - left) / rule.refillPerSecond) * 1000 });
    this.evictLeastRecentlyUsed();
    return drawOutcome(allowed, left, tokens, rule);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }

  private sweepFullBuckets(now: number): void {
    if (now - this.lastSweepMs < this.sweepIntervalMs) return;
    this.lastSweepMs = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.fullAtMs <= now) this.buckets.delete(key);
    }
  }

  private evictLeastRecentlyUsed(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxBuckets) return;
      this.buckets.delete(key);
    }
  }
}
