import { todayInAmsterdam } from '@buurtvolk/domain';
import { DUTCH_MONTHS, formatEurosNl, type GeneratedFile, PdfDocument, pdfFile } from '@buurtvolk/subgraph-kit';
import type { StatementFigures } from './financial-statement';

/** The statement as a Dutch PDF, for the person's own records and their municipality. */
export async function financialStatementPdf(figures: StatementFigures): Promise<GeneratedFile> {
  const period = figures.month ? `${DUTCH_MONTHS[figures.month - 1]} ${figures.year}` : String(figures.year);
  const title = figures.month ? `Maandoverzicht vergoedingen ${period}` : `Jaaroverzicht vergoedingen ${period}`;
  const pdf = new PdfDocument({ title, footer: `Stichting Buurtvolk · opgemaakt op ${dutchDate(todayInAmsterdam())}` });
  pdf.heading(title);
  pdf.keyValues([
    ['Vrijwilliger (kenmerk)', figures.volunteerId],
    ['Periode', period],
    ['Uitgegeven door', 'Stichting Buurtvolk'],
  ]);
  pdf.paragraph(
    'Dit overzicht toont per maand de vrijwilligersvergoeding die u van Stichting Buurtvolk kreeg, apart van de onkosten die ' +
      'wij u hebben terugbetaald. Voorschotten voor de stichting (bijvoorbeeld boodschappen voor een buurtmaaltijd) zijn geen ' +
      'inkomen: die staan in een eigen kolom en tellen niet mee voor de maxima.',
  );
  pdf.heading('Bedragen per maand', 2);
  const rows = figures.months.map((row) => [
    capitalise(DUTCH_MONTHS[row.month - 1]),
    formatEurosNl(row.allowanceCents),
    formatEurosNl(row.ownCostsCents),
    formatEurosNl(row.countedCents),
    formatEurosNl(row.advancesCents),
  ]);
  if (!figures.month)
    rows.push([
      'Totaal',
      formatEurosNl(figures.totals.allowanceCents),
      formatEurosNl(figures.totals.ownCostsCents),
      formatEurosNl(figures.totals.countedCents),
      formatEurosNl(figures.totals.advancesCents),
    ]);
  pdf.table(
    [
      { header: 'Maand', width: 2 },
      { header: 'Vrijwilligersvergoeding', width: 3, align: 'right' },
      { header: 'Eigen onkosten', width: 2.5, align: 'right' },
      { header: 'Telt mee voor maxima', width: 2.5, align: 'right' },
      { header: 'Voorschotten stichting', width: 2.5, align: 'right' },
    ],
    rows,
    (i) => !figures.month && i === rows.length - 1,
  );
  pdf.heading(`Maxima vrijwilligersregeling ${figures.year}`, 2);
  pdf.keyValues([
    ['Maximum per maand', figures.monthlyCapCents === null ? 'niet bekend' : formatEurosNl(figures.monthlyCapCents)],
    ['Maximum per jaar', figures.yearlyCapCents === null ? 'niet bekend' : formatEurosNl(figures.yearlyCapCents)],
    ['Status van de maxima', figures.limitsConfirmed ? 'bevestigd' : 'nog niet bevestigd door de Belastingdienst'],
    ['Gemeld van andere organisaties', formatEurosNl(figures.declaredElsewhereCents)],
  ]);
  pdf.paragraph(
    'Een vrijwilligersvergoeding binnen deze maxima is geen loon (Wet op de loonbelasting 1964) en telt in de bijstand niet als ' +
      'inkomen (Participatiewet art. 31). Onkosten die met bonnen zijn aangetoond, zijn altijd vrij.',
  );
  const name = figures.month ? `${figures.year}-${String(figures.month).padStart(2, '0')}` : String(figures.year);
  return pdfFile(`buurtvolk-vergoedingen-${name}.pdf`, pdf);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dutchDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${DUTCH_MONTHS[m - 1]} ${y}`;
}
