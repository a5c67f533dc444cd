import { formatIban, isDutchIban, normaliseIban } from './iban';

describe('IBAN', () => {
  it('accepts the registry examples and returns the electronic form', () => {
    expect(normaliseIban('NL91ABNA0417164300')).toBe('NL91ABNA0417164300');
    expect(normaliseIban('BE68539007547034')).toBe('BE68539007547034');
    expect(normaliseIban('DE89370400440532013000')).toBe('DE89370400440532013000');
    expect(normaliseIban('FR14 2004 1010 0505 0001 3M02 606')).toBe('FR1420041010050500013M02606');
    expect(normaliseIban('GB29NWBK60161331926819')).toBe('GB29NWBK60161331926819');
    expect(normaliseIban('NO9386011117947')).toBe('NO9386011117947');
  });

  it('strips spaces and upper-cases what people type', () => {
    expect(normaliseIban(' nl91 abna 0417 1643 00 ')).toBe('NL91ABNA0417164300');
    expect(normaliseIban('nl91\tabna\u00a00417164300')).toBe('NL91ABNA0417164300');
  });

  it('refuses wrong check digits', () => {
    expect(normaliseIban('NL92ABNA0417164300')).toBeNull();
    expect(normaliseIban('BE69539007547034')).toBeNull();
    expect(normaliseIban('DE88370400440532013000')).toBeNull();
  });

  it('refuses a transposed or mistyped digit in the account', () => {
    expect(normaliseIban('NL91ABNA0417164030')).toBeNull();
    expect(normaliseIban('DE89370400440532013001')).toBeNull();
  });

  it('refuses check digits 00, 01 and 99 even where mod-97 would pass', () => {
    expect(normaliseIban('NL02ABNA0417164350')).toBe('NL02ABNA0417164350');
    // 99 ≡ 02 (mod 97): the remainder is 1, but ISO 13616 never issues 99.
    expect(normaliseIban('NL99ABNA0417164350')).toBeNull();
  });

  it('refuses the wrong length for the country, with valid check digits', () => {
    expect(normaliseIban('NL58ABNA041716430')).toBeNull(); // 17 instead of 18
    expect(normaliseIban('NL06ABNA04171643001')).toBeNull(); // 19 instead of 18
    expect(normaliseIban('BE0853900754703')).toBeNull(); // 15 instead of 16
  });

  it('refuses letters in the wrong places, with valid check digits', () => {
    expect(normaliseIban('1L91ABNA0417164300')).toBeNull(); // country code
    expect(normaliseIban('NLA1ABNA0417164300')).toBeNull(); // check digits
    expect(normaliseIban('NL44ABN10417164300')).toBeNull(); // digit in the Dutch bank code
    expect(normaliseIban('DE0537040044053201300A')).toBeNull(); // German accounts are digits only
    expect(normaliseIban('NL91ABNA04171643-0')).toBeNull();
  });

  it('uses the general 15–34 range for countries without a known length', () => {
    expect(normaliseIban('BR1800360305000010009795493C1')).toBe('BR1800360305000010009795493C1');
    expect(normaliseIban('XK051212012345678906')).toBe('XK051212012345678906');
    expect(normaliseIban('XX12')).toBeNull();
    expect(normaliseIban('')).toBeNull();
  });

  it('tells Dutch IBANs apart', () => {
    expect(isDutchIban('nl91 abna 0417 1643 00')).toBe(true);
    expect(isDutchIban('BE68539007547034')).toBe(false);
    expect(isDutchIban('NL92ABNA0417164300')).toBe(false);
  });

  it('formats in groups of four for display', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(formatIban('de89 3704 00440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });
});
