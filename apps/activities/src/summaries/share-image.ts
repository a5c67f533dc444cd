import { Resvg } from '@resvg/resvg-js';
import type { GeneratedFile } from '@buurtvolk/subgraph-kit';
import { figureLines, highlightIn, monthName, type SummaryContent } from './summary-text';
import { PHOTOS_IN_SHARE_IMAGE, SummaryLanguage } from './month-summary.rules';

/** The size social media expect for a link preview (Open Graph). */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** One embedded photo: its bytes as they were uploaded (JPEG or PNG, checked on upload). */
export interface SharePhoto {
  contentType: string;
  bytes: Buffer;
}

// The font ships with the project (dejavu-fonts-ttf): rendering never depends on what the machine has installed.
const FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT = 'DejaVu Sans';

/** Text put into the SVG is always text: `<`, `&` and quotes cannot open markup or end an attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** Splits text into lines of at most `width` characters at spaces; past `maxLines` the last line ends in an ellipsis. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const pieces = word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'g')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, width - 1).trimEnd()}…`;
  return kept;
}

/** The share image as SVG: team, month and figures on the left, the highlight below, up to two photos on the right. */
export function shareImageSvg(content: SummaryContent, photos: readonly SharePhoto[], language = SummaryLanguage.NL): string {
  const shown = photos.slice(0, PHOTOS_IN_SHARE_IMAGE);
  const textWidth = shown.length ? 44 : 70;
  const text = (x: number, y: number, size: number, value: string, fill = '#1d3557') =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" fill="${fill}">${escapeXml(value)}</text>`;
  const title = wrapText(content.teamName, shown.length ? 32 : 50, 2);
  const parts: string[] = [
    `<rect width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" fill="#f6f1e7"/>`,
    `<rect width="${SHARE_IMAGE_WIDTH}" height="16" fill="#e76f51"/>`,
    ...title.map((line, i) => text(60, 90 + i * 46, 40, line)),
  ];
  let y = 90 + title.length * 46 + 4;
  parts.push(text(60, y, 28, monthName(content.month, language), '#457b9d'));
  y += 56;
  for (const line of figureLines(content.figures, language)) {
    parts.push(text(60, y, 30, line, '#2a9d8f'));
    y += 42;
  }
  y += 18;
  const room = Math.max(1, Math.floor((SHARE_IMAGE_HEIGHT - 50 - y) / 32) + 1);
  for (const line of wrapText(highlightIn(content, language), textWidth, Math.min(room, 6))) {
    parts.push(text(60, y, 24, line, '#1d3557'));
    y += 32;
  }
  parts.push(text(60, SHARE_IMAGE_HEIGHT - 24, 20, 'Buurtvolk', '#6c757d'));
  const slot = shown.length === 1 ? { height: 540, top: 45 } : { height: 262, top: 45 };
  shown.forEach((photo, i) => {
    const y0 = slot.top + i * (slot.height + 16);
    const href = `data:${photo.contentType};base64,${photo.bytes.toString('base64')}`;
    parts.push(`<image x="760" y="${y0}" width="400" height="${slot.height}" preserveAspectRatio="xMidYMid slice" href="${href}"/>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" viewBox="0 0 ${SHARE_IMAGE_WIDTH} ${SHARE_IMAGE_HEIGHT}">${parts.join('')}</svg>`;
}

/** Renders the SVG to a PNG with the bundled font only (no system fonts: the same picture on every machine). */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH },
    font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}

export function shareImageFile(content: SummaryContent, photos: readonly SharePhoto[], language = SummaryLanguage.NL): GeneratedFile {
  const bytes = renderPng(shareImageSvg(content, photos, language));
  const fileName = `buurtvolk-maandoverzicht-${content.month}.png`;
  return { fileName, contentType: 'image/png', base64: bytes.toString('base64'), byteSize: bytes.length };
}
