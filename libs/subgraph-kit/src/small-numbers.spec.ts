import { protectedCount } from './auth';

describe('protected people counts', () => {
  it('hides a team of fewer than 10 and shows one of 10', () => {
    expect(protectedCount([9])).toBeNull();
    expect(protectedCount([10])).toBe(10);
  });

  it('hides a neighbourhood total whose small team could be worked out from the other team', () => {
    // Team A 15 is shown; team B 7 is hidden; 22 − 15 would reveal B.
    expect(protectedCount([15, 7])).toBeNull();
  });

  it('shows a total when the hidden teams together are 10 or more, so no single one can be worked out', () => {
    expect(protectedCount([15, 6, 5])).toBe(26);
  });

  it('shows a total whose hidden teams are empty: a difference of nobody reveals nobody', () => {
    expect(protectedCount([15, 0])).toBe(15);
  });

  it('hides a total under 10 however it is split', () => {
    expect(protectedCount([4, 5])).toBeNull();
  });
});
