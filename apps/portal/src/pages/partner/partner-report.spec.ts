import { choiceFromSearch, combineCsv, csvFileName, searchFor } from './partner-report';

describe('partner report helpers', () => {
  it('reads the neighbourhood and year from the URL, with this year as the default', () => {
    expect(choiceFromSearch('?buurt=abc&jaar=2025', 2026)).toEqual({ neighbourhoodId: 'abc', year: 2025 });
    expect(choiceFromSearch('', 2026)).toEqual({ neighbourhoodId: undefined, year: 2026 });
    expect(choiceFromSearch('?jaar=3000', 2026).year).toBe(2026);
    expect(choiceFromSearch(searchFor('x y', 2024), 2026)).toEqual({ neighbourhoodId: 'x y', year: 2024 });
  });

  it('puts the tables in one file, each under its name', () => {
    const csv = combineCsv([
      { name: 'Uren', fileName: 'uren.csv', content: 'thema;uren\nBuurt;1,5\n' },
      { name: 'Kosten; baten', fileName: 'mkba.csv', content: 'a;b\r\n1;2' },
    ]);
    expect(csv).toBe('Uren\r\nthema;uren\r\nBuurt;1,5\r\n\r\n"Kosten; baten"\r\na;b\r\n1;2\r\n');
  });

  it('makes a safe file name', () => {
    expect(csvFileName('Feijenoord (Noord)', 2026)).toBe('impact-feijenoord-noord-2026.csv');
    expect(csvFileName('Öztürkplein', 2025)).toBe('impact-ozturkplein-2025.csv');
  });
});
