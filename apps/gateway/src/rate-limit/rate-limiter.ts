import type { Logger } from '@buurtvolk/subgraph-kit';
import { MemoryRateLimitStore } from './memory-store';
import { PostgresRateLimitStore } from './postgres-store';
import type { RateLimitCaller } from './rate-limit-caller';
import type { RateLimitSettings } from './rate-limit-settings';
import type { Draw, RateLimitStore } from './token-bucket';

const ALLOWED_UNCHECKED: Draw = { allowed: true, remaining: 0, retryAfterSeconds: 0 };
/** One warning per this many milliseconds while the store is down, not one per request. */
const WARNING_INTERVAL_MS = 30_000;
/** After a failed draw the store is left alone this long, so a database that hangs does not slow every request. */
const STORE_BACKOFF_MS = 5_000;

/** Draws callers' tokens from the configured store. */
export class RateLimiter {
  private lastWarningMs = -Infinity;
  private storeFailedAtMs = -Infinity;

  private constructor(
    readonly settings: RateLimitSettings,
    private readonly store: RateLimitStore,
    private readonly logger: Logger,
    private readonly onRefusal: (caller: RateLimitCaller) => void,
  ) {}

  /** `onRefusal` hears every refused draw (the gateway counts them for its metrics). */
  static async start(
    settings: RateLimitSettings,
    logger: Logger,
    onRefusal: (caller: RateLimitCaller) => void = () => {},
  ): Promise<RateLimiter> {
    if (settings.store.kind === 'memory') return new RateLimiter(settings, new MemoryRateLimitStore(), logger, onRefusal);
    const forgetAfterSeconds = Math.max(...[settings.signedIn, settings.anonymous].map((rule) => rule.capacity / rule.refillPerSecond));
    const store = new PostgresRateLimitStore(settings.store.databaseUrl, { forgetAfterSeconds }, (error) =>
      logger.warn({ err: error }, 'rate limit store: background error'),
    );
    const limiter = new RateLimiter(settings, store, logger, onRefusal);
    // Creating the table now shows a wrong URL at start; when it fails, the first draw tries again.
    await store.prepare().catch((error) => limiter.warnStoreDown(error));
    return limiter;
  }

  /**
   * Takes `tokens` from the caller's bucket. A store that cannot be reached lets the request through: rate limits
   * protect the platform, and refusing every caller while the database hiccups would take it down instead.
   */
  async draw(caller: RateLimitCaller, tokens: number): Promise<Draw> {
    const rule = caller.anonymous ? this.settings.anonymous : this.settings.signedIn;
    // More than a full bucket could never be paid; such a request empties the bucket instead.
    const wanted = Math.min(tokens, rule.capacity);
    if (performance.now() - this.storeFailedAtMs < STORE_BACKOFF_MS) return ALLOWED_UNCHECKED;
    let draw: Draw;
    try {
      draw = await this.store.draw(caller.key, wanted, rule);
    } catch (error) {
      this.storeFailedAtMs = performance.now();
      this.warnStoreDown(error);
      return ALLOWED_UNCHECKED;
    }
    if (!draw.allowed) this.onRefusal(caller);
    return draw;
  }

  /** Tokens an operation draws on top of its request's one: one per `costPerExtraToken` of estimated cost. */
  extraTokensForCost(cost: number | undefined): number {
    return cost && cost > 0 ? Math.floor(cost / this.settings.costPerExtraToken) : 0;
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private warnStoreDown(error: unknown): void {
    const now = performance.now();
    if (now - this.lastWarningMs < WARNING_INTERVAL_MS) return;
    this.lastWarningMs = now;
    this.logger.warn({ err: error }, 'rate limit store unreachable: letting requests through unlimited');
  }
}
