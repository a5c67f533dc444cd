import { centsFromEuros } from './me-amount';

describe('centsFromEuros', () => {
  it.each([
    ['12,50', 1250],
    ['12,5', 1250],
    ['12', 1200],
    ['€ 3,75', 375],
    ['0,05', 5],
    ['1.234,56', 123456],
    [' 7,00 ', 700],
    ['12.50', 1250],
  ])('reads %s as %i cents', (typed, cents) => {
    expect(centsFromEuros(typed)).toBe(cents);
  });

  it.each(['', '0', '0,00', '-5', '12,505', 'twaalf', '1,2,3', '12.5,00'])('refuses %p', (typed) => {
    expect(centsFromEuros(typed)).toBeUndefined();
  });
});
