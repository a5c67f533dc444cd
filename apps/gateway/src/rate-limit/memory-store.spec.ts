import { MemoryRateLimitStore } from './memory-store';
import type { BucketRule } from './token-bucket';

/** A clock the test moves by hand. */
function testClock() {
  let nowMs = 0;
  return { now: () => nowMs, advance: (ms: number) => (nowMs += ms) };
}

const RULE: BucketRule = { capacity: 5, refillPerSecond: 4 };

describe('the memory token bucket', () => {
  it('starts full, lets a burst of its capacity through and refuses the next with the wait for one token', async () => {
    const store = new MemoryRateLimitStore({ now: testClock().now });
    const draws = [];
    for (let i = 0; i < 6; i++) draws.push(await store.draw('a', 1, RULE));
    expect(draws.map((draw) => draw.allowed)).toEqual([true, true, true, true, true, false]);
    expect(draws[4].remaining).toBe(0);
    // One token at 4 a second takes 0.25 s, rounded up to whole seconds.
    expect(draws[5]).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
  });

  it('refills by the time elapsed, fractions included, and never above capacity', async () => {
    const clock = testClock();
    const store = new MemoryRateLimitStore({ now: clock.now });
    await store.draw('a', 5, RULE);
    clock.advance(100);
    expect(await store.draw('a', 1, RULE)).toEqual({ allowed: false, remaining: expect.closeTo(0.4, 9), retryAfterSeconds: 1 });
    clock.advance(150);
    expect(await store.draw('a', 1, RULE)).toEqual({ allowed: true, remaining: expect.closeTo(0, 9), retryAfterSeconds: 0 });
    clock.advance(60_000);
    expect(await store.draw('a', 1, RULE)).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('takes a multi-token draw whole or not at all, and says how long until it fits', async () => {
    const clock = testClock();
    const slow: BucketRule = { capacity: 10, refillPerSecond: 0.5 };
    const store = new MemoryRateLimitStore({ now: clock.now });
    expect(await store.draw('a', 7, slow)).toMatchObject({ allowed: true, remaining: 3 });
    // 5 wanted, 3 there: 2 missing at 0.5 a second.
    expect(await store.draw('a', 5, slow)).toEqual({ allowed: false, remaining: 3, retryAfterSeconds: 4 });
    expect(await store.draw('a', 3, slow)).toMatchObject({ allowed: true, remaining: 0 });
    clock.advance(4_000);
    expect(await store.draw('a', 2, slow)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('keeps one bucket per key', async () => {
    const store = new MemoryRateLimitStore({ now: testClock().now });
    await store.draw('a', 5, RULE);
    expect((await store.draw('a', 1, RULE)).allowed).toBe(false);
    expect((await store.draw('b', 1, RULE)).allowed).toBe(true);
  });

  it('forgets buckets that have filled up again, and keeps the ones still short', async () => {
    const clock = testClock();
    const store = new MemoryRateLimitStore({ now: clock.now, sweepIntervalMs: 1_000 });
    await store.draw('quick', 1, RULE); // full again after 0.25 s
    await store.draw('slow', 5, { capacity: 5, refillPerSecond: 1 }); // full again after 5 s
    clock.advance(1_000);
    await store.draw('new', 1, RULE);
    expect(store.size).toBe(2);
    clock.advance(5_000);
    await store.draw('new', 1, RULE);
    expect(store.size).toBe(1);
  });

  it('holds at most maxBuckets, dropping the least recently used', async () => {
    const store = new MemoryRateLimitStore({ now: testClock().now, maxBuckets: 3 });
    for (const key of ['a', 'b', 'c']) await store.draw(key, 5, RULE);
    await store.draw('a', 1, RULE);
    await store.draw('d', 1, RULE);
    expect(store.size).toBe(3);
    // 'b' went, so it starts full again; 'a' is still empty.
    expect((await store.draw('b', 5, RULE)).allowed).toBe(true);
    expect((await store.draw('a', 1, RULE)).allowed).toBe(false);
  });
});
