import { GraphQLError } from 'graphql';
import { CbsFigure } from './cbs-figure';
import { MAX_CSV_CHARACTERS, normaliseHeader, parseKeyFiguresCsv } from './cbs-csv';

const errorOf = (run: () => unknown): GraphQLError => {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
};

describe('reading CBS key figures from CSV', () => {
  it('reads the open-data columns, quoted codes, decimal commas and skips what CBS does not publish', () => {
    const csv = [
      'ID;WijkenEnBuurten;Gemeentenaam_1;Codering_3;AantalInwoners_5;HuishoudensMetEenLaagInkomen_87',
      '1;"Nederland";"Nederland";"NL00      ";17942942;7,9',
      '2;"Rotterdam";"Rotterdam";"GM0599    ";670610;14,1',
      '3;"Katendrecht";"Rotterdam";"WK059915  ";4915;.',
      '4;"Katendrecht";"Rotterdam";"BU05991510";4915;13.2',
    ].join('\r\n');
    expect(parseKeyFiguresCsv(csv, 2024)).toEqual([
      { areaCode: 'GM0599', figure: CbsFigure.INHABITANTS, value: 670610, year: 2024 },
      { areaCode: 'GM0599', figure: CbsFigure.LOW_INCOME_HOUSEHOLDS_SHARE, value: 14.1, year: 2024 },
      { areaCode: 'WK059915', figure: CbsFigure.INHABITANTS, value: 4915, year: 2024 },
      { areaCode: 'BU05991510', figure: CbsFigure.INHABITANTS, value: 4915, year: 2024 },
      { areaCode: 'BU05991510', figure: CbsFigure.LOW_INCOME_HOUSEHOLDS_SHARE, value: 13.2, year: 2024 },
    ]);
  });

  it('accepts StatLine labels and a Perioden column for the year the figures describe', () => {
    expect(normaliseHeader('Bevolking/Aantal inwoners (aantal)')).toBe('aantalinwoners');
    expect(normaliseHeader('Regioaanduiding/Codering (code)')).toBe('codering');
    expect(normaliseHeader('Inkomen/Huishoudens met een laag inkomen (%)')).toBe('huishoudensmeteenlaaginkomen');
    const csv = 'Codering (code);Perioden;Aantal inwoners (aantal)\nWK059915;2023JJ00;4870\n';
    expect(parseKeyFiguresCsv(csv, 2024)).toEqual([{ areaCode: 'WK059915', figure: CbsFigure.INHABITANTS, value: 4870, year: 2023 }]);
  });

  it('names the line of what it cannot read', () => {
    const bad = errorOf(() => parseKeyFiguresCsv('Codering;AantalInwoners\nWK059915;4915\nWK059916;veel\n', 2024));
    expect(bad.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'csv', message: expect.stringContaining('line 3') }],
    });
    expect(errorOf(() => parseKeyFiguresCsv('Codering;AantalInwoners\nWK0599;1\n', 2024)).message).toContain('line 2');
    expect(errorOf(() => parseKeyFiguresCsv('Codering;AantalInwoners\nWK059915;1;2\n', 2024)).message).toContain('line 2');
    expect(errorOf(() => parseKeyFiguresCsv('Naam;Inwoners\nx;1\n', 2024)).message).toContain('line 1');
    expect(errorOf(() => parseKeyFiguresCsv('x'.repeat(MAX_CSV_CHARACTERS + 1), 2024)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('reads a large input in time linear in its size', () => {
    const rows = (n: number) =>
      ['Codering;AantalInwoners', ...Array.from({ length: n }, (_, i) => `BU0599${String(i).padStart(4, '0')};${i}`)].join('\n');
    // A line of quotes and semicolons, the worst case of a backtracking reader, is read in one pass.
    const hostile = `Codering;AantalInwoners\n"${'";"'.repeat(20_000)}`;
    const started = process.hrtime.bigint();
    expect(parseKeyFiguresCsv(rows(4_000), 2024)).toHaveLength(4_000);
    expect(() => parseKeyFiguresCsv(hostile, 2024)).toThrow(/line 2/);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1_000);
  });
});
