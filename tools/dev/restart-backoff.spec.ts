import { RestartBackoff } from './restart-backoff';

describe('the pause before npm start restarts a service', () => {
  it('doubles while the service keeps failing, up to 30 s', () => {
    const backoff = new RestartBackoff();
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(() => backoff.next(500))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('starts from 1 s again after a run of a minute or more', () => {
    const backoff = new RestartBackoff();
    backoff.next(100);
    backoff.next(100);
    expect(backoff.next(59_000)).toBe(4_000);
    expect(backoff.next(60_000)).toBe(1_000);
    expect(backoff.next(2_000)).toBe(2_000);
  });
});
