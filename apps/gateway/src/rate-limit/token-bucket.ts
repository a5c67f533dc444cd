/** How big a caller's bucket is and how fast it fills up again. */
export interface BucketRule {
  /** Tokens a full bucket holds: the burst a caller may send at once. */
  capacity: number;
  /** Tokens added back per second: the rate a caller may keep up. */
  refillPerSecond: number;
}

/** The outcome of drawing tokens from a bucket. */
export interface Draw {
  allowed: boolean;
  /** Tokens left after the draw (or, when refused, the tokens there are now). */
  remaining: number;
  /** Whole seconds until the bucket holds the tokens asked for; 0 when allowed. */
  retryAfterSeconds: number;
}

/** Where buckets live: one gateway's memory, or a database every replica shares. */
export interface RateLimitStore {
  /**
   * Takes `tokens` from the bucket under `key` only when it holds that many, refilling it first for the time since
   * the last draw. A bucket never seen before is full. `tokens` is at most the rule's capacity.
   */
  draw(key: string, tokens: number, rule: BucketRule): Promise<Draw>;
  close(): Promise<void>;
}

/** The tokens in a bucket after `elapsedSeconds` of refilling, never above capacity. */
export function refilled(tokens: number, elapsedSeconds: number, rule: BucketRule): number {
  // A clock that steps back (or another replica's write racing ahead) must not take tokens away.
  return Math.min(rule.capacity, tokens + Math.max(0, elapsedSeconds) * rule.refillPerSecond);
}

export function drawOutcome(allowed: boolean, remaining: number, wanted: number, rule: BucketRule): Draw {
  const missing = allowed ? 0 : wanted - remaining;
  // Rounded up, so a caller who waits as told is let through.
  return { allowed, remaining, retryAfterSeconds: missing > 0 ? Math.ceil(missing / rule.refillPerSecond) : 0 };
}
