const POLL_INTERVAL_MS = 50;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until `done` holds for its value, and returns that value, so tests wait only as long as delivery
 * takes. After `timeoutMs` it returns the last value seen instead of throwing: the assertion on it then fails showing
 * what the test got.
 */
export async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await pause(POLL_INTERVAL_MS);
  }
}

/** Polls until `condition` holds, so tests wait only as long as delivery takes; throws when it never does. */
export async function eventually(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  if (!(await pollUntil(condition, (held) => held, timeoutMs))) throw new Error(`Not reached within ${timeoutMs} ms`);
}
