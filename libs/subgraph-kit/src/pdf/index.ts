import type PDFDocumentClass from 'pdfkit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** One column of a table: its header, its share of the page width, and how its cells align (amounts right). */
export interface PdfColumn {
  header: string;
  /** Relative width; the columns share the width between the margins in proportion. */
  width: number;
  align?: 'left' | 'right';
}

export interface PdfOptions {
  title: string;
  author?: string;
  /** Shown at the foot of every page, e.g. who issued the document and when. */
  footer?: string;
}

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/**
 * A small A4 document builder over pdfkit for statements and reports: headings, key–value lines, paragraphs and
 * tables that break across pages with their header repeated. Built-in Helvetica (WinAnsi) covers Dutch text and €,
 * so no font files ship with the services. Text is written as text, so the document stays searchable and readable
 * by screen readers and tests.
 */
export class PdfDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfOptions) {
    // pdfkit and its font engine weigh about 25 MB: loaded by the first document, not by every service at start.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const PDFDocument = require('pdfkit') as typeof PDFDocumentClass;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: options.title, Author: options.author ?? 'Stichting Buurtvolk' },
      lang: 'nl-NL',
    } as PDFKit.PDFDocumentOptions);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font(FONT).fontSize(10);
  }

  private get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  heading(text: string, level: 1 | 2 = 1): this {
    if (level === 2) this.doc.moveDown(0.8);
    this.doc
      .font(BOLD)
      .fontSize(level === 1 ? 16 : 12)
      .text(text, MARGIN, undefined, { width: this.width });
    this.doc.font(FONT).fontSize(10).moveDown(0.4);
    return this;
  }

  paragraph(text: string): this {
    this.doc.font(FONT).fontSize(10).text(text, MARGIN, undefined, { width: this.width });
    this.doc.moveDown(0.4);
    return this;
  }

  /** Label and value on one line each, the labels in a column. */
  keyValues(lines: [string, string][]): this {
    const labelWidth = this.width * 0.4;
    for (const [label, value] of lines) {
      this.ensureRoom(14);
      const y = this.doc.y;
      this.doc
        .font(BOLD)
        .fontSize(10)
        .text(label, MARGIN, y, { width: labelWidth - 8 });
      const afterLabel = this.doc.y;
      this.doc.font(FONT).text(value, MARGIN + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(afterLabel, this.doc.y);
    }
    this.doc.x = MARGIN;
    this.doc.moveDown(0.4);
    return this;
  }

  /** A table; `emphasise` rows (e.g. totals) are bold. */
  table(columns: PdfColumn[], rows: string[][], emphasise: (rowIndex: number) => boolean = () => false): this {
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (column.width / total) * this.width);
    const line = (cells: string[], font: string) => {
      this.ensureRoom(16);
      const y = this.doc.y;
      let x = MARGIN;
      let bottom = y;
      cells.forEach((cell, i) => {
        this.doc
          .font(font)
          .fontSize(9)
          .text(cell, x + 2, y, { width: widths[i] - 4, align: columns[i].align ?? 'left' });
        bottom = Math.max(bottom, this.doc.y);
        x += widths[i];
      });
      this.doc.y = bottom + 3;
    };
    const header = () => {
      line(
        columns.map((column) => column.header),
        BOLD,
      );
      this.rule();
    };
    header();
    rows.forEach((row, i) => {
      if (this.doc.y + 16 > this.doc.page.height - MARGIN - 20) {
        this.doc.addPage();
        header();
      }
      if (emphasise(i)) this.rule();
      line(row, emphasise(i) ? BOLD : FONT);
    });
    this.doc.x = MARGIN;
    this.doc.moveDown(0.6);
    return this;
  }

  /** Finishes the document (with the footer and page numbers on every page) and returns its bytes. */
  async toBuffer(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const footer = [this.options.footer, `Pagina ${i + 1} van ${range.count}`].filter(Boolean).join(' · ');
      // Written inside the bottom margin: lift the margin so pdfkit does not start a new page for it.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font(FONT)
        .fontSize(8)
        .fillColor('#555555')
        .text(footer, MARGIN, this.doc.page.height - MARGIN + 15, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins.bottom = bottom;
      this.doc.fillColor('black');
    }
    this.doc.end();
    return this.done;
  }

  private rule(): void {
    this.doc
      .moveTo(MARGIN, this.doc.y - 1)
      .lineTo(MARGIN + this.width, this.doc.y - 1)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    this.doc.strokeColor('black');
    this.doc.y += 2;
  }

  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN - 20) this.doc.addPage();
  }
}

/**
 * A generated file as GraphQL hands it out: small documents (statements, reports) travel inline, base64-encoded.
 * Shareable, like Money, so every subgraph that generates documents returns the same type.
 */
@ObjectType('GeneratedFile', { description: 'A small generated document, inline' })
@Directive('@shareable')
export class GeneratedFile {
  @Field({ description: 'A Dutch file name to save the decoded bytes under, e.g. buurtvolk-vergoedingen-2026.pdf' })
  fileName: string;

  @Field({ description: 'The media type, e.g. application/pdf' })
  contentType: string;

  @Field({ description: 'The file’s bytes, base64-encoded' })
  base64: string;

  @Field(() => Int, { description: 'Size of the decoded file in bytes' })
  byteSize: number;
}

/**
 * Each generated file once per request. The gateway asks for an entity once per place it has in the answer (a list
 * of 63 allowance warnings naming 7 teams asks for 63 team reports), and a file costs CPU time that no DataLoader
 * batches away. The key names everything the file depends on; a refusal is kept too, so it is the same each time.
 */
export class GeneratedFilesOfRequest {
  private readonly made = new Map<string, Promise<GeneratedFile | null>>();

  once(key: string, make: () => Promise<GeneratedFile | null>): Promise<GeneratedFile | null> {
    let file = this.made.get(key);
    if (!file) {
      file = make();
      this.made.set(key, file);
    }
    return file;
  }
}

export function pdfBytesFile(fileName: string, bytes: Buffer): GeneratedFile {
  return { fileName, contentType: 'application/pdf', base64: bytes.toString('base64'), byteSize: bytes.length };
}

export async function pdfFile(fileName: string, document: PdfDocument): Promise<GeneratedFile> {
  return pdfBytesFile(fileName, await document.toBuffer());
}

const EUROS = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Cents as Dutch people read an amount: € 1.234,56 (and € -12,50). */
export function formatEurosNl(cents: number): string {
  // Intl writes a no-break space after €; a plain space keeps the text the same in a PDF and when read back.
  return EUROS.format(cents / 100).replace(/\u00a0/g, ' ');
}

export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
