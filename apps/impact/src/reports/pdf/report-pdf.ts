import PDFDocument from 'pdfkit';
import { barsByLabel, changeChart, COLOURS, columnsByLabel, promiseChart, wavesChart } from './charts';
import type { LabelledValue, ReportContent } from './report-content';

/**
 * The funder's report as a PDF, drawn with pdfkit: pure JavaScript, so the impact service needs no headless browser
 * (too heavy beside five services on a 2-core machine, and one more binary to keep patched); it writes text in the
 * PDF's standard Helvetica (Dutch accents and € included, nothing to embed) and draws the charts as vector paths.
 */

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const PAGE = { width: 595.28, height: 841.89 };
const WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - 10;

function heading(doc: Doc, text: string, size = 15) {
  ensureRoom(doc, size + 40);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor(COLOURS.text).text(text, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, options: { size?: number; colour?: string } = {}) {
  doc
    .font('Helvetica')
    .fontSize(options.size ?? 9.5)
    .fillColor(options.colour ?? COLOURS.text)
    .text(text, MARGIN, doc.y, { width: WIDTH, lineGap: 1.5 });
  doc.moveDown(0.4);
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > BOTTOM) doc.addPage();
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A line of small print under a row, across every column but the first (an effect's calculation and source). */
interface Note {
  note: string;
}

/** Rows of cells under a repeated header; a row never splits over two pages, and its notes stay with it. */
function table(doc: Doc, columns: Column[], rows: (string[] | Note)[], size = 8) {
  const indent = columns.length > 1 ? columns[0].width : 0;
  const noteHeight = (row: Note) =>
    doc
      .font('Helvetica')
      .fontSize(size - 0.5)
      .heightOfString(row.note, { width: WIDTH - indent - 4 }) + 2;
  const cellsHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 4 }))) + 4;
  };
  const drawCells = (cells: string[], bold: boolean, height: number) => {
    const top = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    cells.forEach((cell, i) => {
      doc.fillColor(COLOURS.text).text(cell, x + 2, top + 2, { width: columns[i].width - 4, align: columns[i].align ?? 'left' });
      x += columns[i].width;
    });
    doc.y = top + height;
  };
  const rule = (bold: boolean) =>
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + WIDTH, doc.y)
      .lineWidth(bold ? 0.8 : 0.3)
      .strokeColor(bold ? COLOURS.text : COLOURS.grid)
      .stroke();
  const header = () => {
    const cells = columns.map((column) => column.header);
    drawCells(cells, true, cellsHeight(cells, true));
    rule(true);
  };
  header();
  // A row and the notes after it form one block.
  const blocks: { cells: string[]; notes: Note[] }[] = [];
  for (const row of rows) {
    if (Array.isArray(row)) blocks.push({ cells: row, notes: [] });
    else blocks.at(-1)?.notes.push(row);
  }
  for (const block of blocks) {
    const height = cellsHeight(block.cells, false);
    const notes = block.notes.map(noteHeight);
    if (doc.y + height + notes.reduce((sum, each) => sum + each, 0) > BOTTOM) {
      doc.addPage();
      header();
    }
    drawCells(block.cells, false, height);
    block.notes.forEach((row, i) => {
      const top = doc.y;
      doc
        .font('Helvetica')
        .fontSize(size - 0.5)
        .fillColor(COLOURS.muted)
        .text(row.note, MARGIN + indent + 2, top, { width: WIDTH - indent - 4 });
      doc.y = top + notes[i];
    });
    doc.y += block.notes.length ? 2 : 0;
    rule(false);
  }
  doc.x = MARGIN;
  doc.moveDown(0.6);
}

function labelled(doc: Doc, rows: LabelledValue[]) {
  table(
    doc,
    [
      { header: 'Kengetal', width: 170 },
      { header: 'Waarde', width: 150, align: 'right' },
      { header: 'Toelichting', width: WIDTH - 320 },
    ],
    rows.map((row) => [row.label, row.value, row.note ?? '']),
    9,
  );
}

function firstPage(doc: Doc, content: ReportContent) {
  doc.font('Helvetica').fontSize(10).fillColor(COLOURS.muted).text('Stichting Buurtvolk · maatschappelijke impact', MARGIN, MARGIN);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(24).fillColor(COLOURS.text).text(content.title, { width: WIDTH });
  doc.font('Helvetica').fontSize(12).fillColor(COLOURS.text).text(content.subtitle);
  doc.fontSize(10).fillColor(COLOURS.muted).text(`Periode: ${content.period} · opgesteld op ${content.generatedOn}`);
  doc.moveDown(1);

  // The ratio beside the agreed return, in a box of its own: what a funder reads first.
  const top = doc.y;
  doc.rect(MARGIN, top, WIDTH, 84).fillColor('#eef4f8').fill();
  doc
    .font('Helvetica-Bold')
    .fontSize(10)
    .fillColor(COLOURS.bar)
    .text('Maatschappelijk rendement', MARGIN + 12, top + 10);
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .fillColor(COLOURS.text)
    .text(content.headline.ratio, MARGIN + 12, top + 26, { width: WIDTH - 24 });
  doc
    .font('Helvetica')
    .fontSize(9.5)
    .text(`Afgesproken rendement: ${content.headline.agreed}`, MARGIN + 12, doc.y + 2, { width: WIDTH - 24 });
  doc.text(`Prijsniveau: ${content.headline.priceLevel}`, MARGIN + 12, doc.y + 1, { width: WIDTH - 24 });
  doc.y = top + 96;
  heading(doc, 'Kerncijfers');
  labelled(doc, content.keyFigures);
  if (content.inBrief.length) {
    heading(doc, 'Wat is gewaardeerd, en wat niet', 11);
    for (const text of content.inBrief) paragraph(doc, text, { size: 9 });
  }
}

function chartBlock(doc: Doc, title: string, height: number, draw: (box: { x: number; y: number; width: number; height: number }) => void) {
  ensureRoom(doc, height + 40);
  doc.font('Helvetica-Bold').fontSize(11).fillColor(COLOURS.text).text(title, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.4);
  const box = { x: MARGIN, y: doc.y, width: WIDTH, height };
  draw(box);
  doc.x = MARGIN;
  doc.y = box.y + height + 12;
}

function charts(doc: Doc, content: ReportContent) {
  doc.addPage();
  heading(doc, 'Uren');
  if (content.promise.length) {
    chartBlock(
      doc,
      'Uren in het eerste jaar tegen de belofte (streep: 5.000 en 10.000 uur; oranje: verwacht tot nu)',
      30 + 36 * content.promise.length,
      (box) => promiseChart(doc, box, content.promise),
    );
  }
  chartBlock(doc, 'Uren per thema', 24 + 22 * Math.max(1, content.themes.length), (box) => barsByLabel(doc, box, content.themes, 'uur'));
  if (content.months.length) chartBlock(doc, 'Uren per maand', 150, (box) => columnsByLabel(doc, box, content.months));
  else paragraph(doc, 'In deze periode zijn geen uren goedgekeurd.');

  // A section's heading, its note and its chart stay on one page.
  ensureRoom(doc, content.wellbeing ? 260 : 60);
  heading(doc, 'Welzijn van deelnemers');
  paragraph(doc, content.wellbeingNote, { size: 8.5, colour: COLOURS.muted });
  const { wellbeing } = content;
  if (wellbeing)
    chartBlock(doc, 'Verandering sinds de intake per domein, met 95 %-interval', 180, (box) => changeChart(doc, box, wellbeing));

  ensureRoom(doc, content.cohesion.length ? 230 : 60);
  heading(doc, 'Sociale cohesie in de buurt');
  paragraph(doc, content.cohesionNote, { size: 8.5, colour: COLOURS.muted });
  if (content.cohesion.length)
    chartBlock(doc, 'Cohesiescore per meting (0–10), met 95 %-interval', 150, (box) => wavesChart(doc, box, content.cohesion));
}

function costBenefit(doc: Doc, content: ReportContent) {
  doc.addPage();
  heading(doc, 'Maatschappelijke kosten-batenanalyse (MKBA)');
  heading(doc, 'Kosten', 11);
  if (content.costs.length) {
    table(
      doc,
      [
        { header: 'Jaar', width: 40 },
        { header: 'Categorie', width: 100 },
        { header: 'Betaald door', width: 110 },
        { header: 'Bedrag (nominaal)', width: 85, align: 'right' },
        { header: 'Indexfactor (CPI)', width: 75, align: 'right' },
        { header: 'In prijspeil', width: WIDTH - 410, align: 'right' },
      ],
      content.costs,
    );
  } else {
    paragraph(doc, 'In deze periode zijn geen kosten geboekt.');
  }

  heading(doc, 'Effecten', 11);
  paragraph(doc, 'Per regel: hoeveelheid × prijs = waarde, met de bron en het jaar van de prijs en de berekening uitgeschreven.', {
    size: 8.5,
    colour: COLOURS.muted,
  });
  table(
    doc,
    [
      { header: 'Jaar', width: 32 },
      { header: 'Effect', width: 118 },
      { header: 'Begunstigde', width: 70 },
      { header: 'Hoeveelheid', width: 85, align: 'right' },
      { header: 'Prijs', width: 90, align: 'right' },
      { header: 'Waarde', width: WIDTH - 395, align: 'right' },
    ],
    content.effects.flatMap((row) => [
      [row.year, row.effect, row.beneficiary, row.quantity, row.price, row.value],
      { note: `Berekening: ${row.calculation}` },
      { note: `Bron: ${row.source}` },
    ]),
    7.5,
  );

  heading(doc, 'Samenvatting', 11);
  labelled(doc, content.summary);
  heading(doc, 'Per actor: wat betaalt en wat ontvangt ieder', 11);
  table(
    doc,
    [
      { header: 'Actor', width: 135 },
      { header: 'Betaalt', width: 85, align: 'right' },
      { header: 'Ontvangt', width: 85, align: 'right' },
      { header: 'Waarvan overdrachten (saldo)', width: 95, align: 'right' },
      { header: 'Saldo', width: WIDTH - 400, align: 'right' },
    ],
    content.actors,
  );
  if (content.transfers.length) {
    heading(doc, 'Overdrachten', 11);
    table(
      doc,
      [
        { header: 'Jaar', width: 40 },
        { header: 'Soort', width: 110 },
        { header: 'Van en aan', width: 175 },
        { header: 'Bedrag', width: 80, align: 'right' },
        { header: 'In prijspeil', width: WIDTH - 405, align: 'right' },
      ],
      content.transfers,
    );
  }
  if (content.attribution.length) {
    heading(doc, 'Toerekening: aandeel van deze overeenkomst per jaar', 11);
    table(
      doc,
      [
        { header: 'Jaar', width: 40 },
        { header: 'Grondslag', width: 170 },
        { header: 'Deze overeenkomst', width: 95, align: 'right' },
        { header: 'Alle overeenkomsten', width: 95, align: 'right' },
        { header: 'Aandeel', width: WIDTH - 400, align: 'right' },
      ],
      content.attribution,
    );
  }
  heading(doc, 'Gevoeligheidsanalyse', 11);
  table(
    doc,
    [
      { header: 'Variant', width: 220 },
      { header: 'Baten/kosten', width: 100, align: 'right' },
      { header: 'Toelichting', width: WIDTH - 320 },
    ],
    content.sensitivity.map((row) => [row.label, row.value, row.note ?? '']),
  );
}

function method(doc: Doc, content: ReportContent) {
  doc.addPage();
  heading(doc, 'Methode en aannames');
  for (const section of content.method) {
    heading(doc, section.heading, 11);
    for (const text of section.paragraphs) paragraph(doc, text);
  }
}

/** Page numbers last, once the number of pages is known; the bottom margin is lifted so the footer adds no page. */
function footers(doc: Doc, content: ReportContent) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor(COLOURS.muted)
      .text(`${content.title} · ${content.subtitle} · pagina ${i + 1} van ${count}`, MARGIN, PAGE.height - 35, {
        width: WIDTH,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

export function renderReportPdf(content: ReportContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'nl-NL',
    info: { Title: `${content.title} (${content.subtitle})`, Author: 'Stichting Buurtvolk', Subject: 'Maatschappelijke impact en MKBA' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  firstPage(doc, content);
  charts(doc, content);
  costBenefit(doc, content);
  method(doc, content);
  footers(doc, content);
  doc.end();
  return done;
}
