import { choiceFromSearch, combineCsv, csvFileName, searchFor } from './partner-report';

describe('partner report helpers', () => {
  it('reads the neighbourhood and year from the URL, with this year as the default', () => {
    expect(choiceFromSearch('?buurt=abc&jaar=2025', 2026)).toEqual({ kind: 'neighbourhood', id: 'abc', year: 2025 });
    expect(choiceFromSearch('', 2026)).toEqual({ kind: 'neighbourhood', id: undefined, year: 2026 });
    expect(choiceFromSearch('?jaar=3000', 2026).year).toBe(2026);
    expect(choiceFromSearch(searchFor({ kind: 'neighbourhood', id: 'x y', year: 2024 }), 2026)).toEqual({
      kind: 'neighbourhood',
      id: 'x y',
      year: 2024,
    });
  });

  it('reads a team or a funding agreement from the URL; an agreement has no year in its address', () => {
    expect(choiceFromSearch('?team=t1&jaar=2025', 2026)).toEqual({ kind: 'team', id: 't1', year: 2025 });
    expect(choiceFromSearch('?overeenkomst=a1', 2026)).toEqual({ kind: 'agreement', id: 'a1', year: 2026 });
    expect(searchFor({ kind: 'team', id: 't1', year: 2025 })).toBe('?team=t1&jaar=2025');
    expect(searchFor({ kind: 'agreement', id: 'a1', year: 2025 })).toBe('?overeenkomst=a1');
    // An empty parameter is no choice.
    expect(choiceFromSearch('?team=&buurt=b1', 2026)).toEqual({ kind: 'neighbourhood', id: 'b1', year: 2026 });
  });

  it('puts the tables in one file, each under its name', () => {
    const csv = combineCsv([
      { name: 'Uren', fileName: 'uren.csv', content: 'thema;uren\nBuurt;1,5\n' },
      { name: 'Kosten; baten', fileName: 'mkba.csv', content: 'a;b\r\n1;2' },
    ]);
    expect(csv).toBe('Uren\r\nthema;uren\r\nBuurt;1,5\r\n\r\n"Kosten; baten"\r\na;b\r\n1;2\r\n');
  });

  it('makes a safe file name for each kind of report', () => {
    expect(csvFileName('Feijenoord (Noord)', 2026)).toBe('impact-feijenoord-noord-2026.csv');
    expect(csvFileName('Öztürkplein', 2025)).toBe('impact-ozturkplein-2025.csv');
    expect(csvFileName('Team Bouwlust', 2025, 'team')).toBe('impact-team-bouwlust-2025.csv');
    expect(csvFileName('Buurtvolk Rotterdam 2025–2028', null, 'agreement')).toBe('impact-overeenkomst-buurtvolk-rotterdam-2025-2028.csv');
    expect(csvFileName('***', null, 'agreement')).toBe('impact-overeenkomst-rapport.csv');
  });
});
