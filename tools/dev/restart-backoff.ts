/**
 * The pause before restarting a service that stopped: 1 s, 2 s, 4 s … up to 30 s while it keeps failing, and 1 s
 * again once a run lasted a minute (then the failure is news, not a loop).
 */
export class RestartBackoff {
  private failures = 0;

  constructor(
    private readonly firstMs = 1_000,
    private readonly maxMs = 30_000,
    private readonly healthyAfterMs = 60_000,
  ) {}

  /** The pause before the next start, given how long the run that just ended lasted. */
  next(ranForMs: number): number {
    if (ranForMs >= this.healthyAfterMs) this.failures = 0;
    const delay = Math.min(this.firstMs * 2 ** this.failures, this.maxMs);
    this.failures += 1;
    return delay;
  }
}
