import { spreadsheetSafe } from './csv-export';

describe('CSV cells opened in a spreadsheet', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const formula of ['=HYPERLINK("http://x","klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(spreadsheetSafe(formula)).toBe(`'${formula}`);
  });

  it('leaves numbers, amounts and ordinary text as they are', () => {
    for (const plain of ['-12,50', '13,10', '2026', 'CBS Veiligheidsmonitor 2023', 'uur', '']) expect(spreadsheetSafe(plain)).toBe(plain);
  });
});
