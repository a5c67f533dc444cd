import {
  type Box,
  columns,
  horizontalEstimates,
  position,
  rows,
  type Scale,
  scaleFrom,
  symmetricScale,
  verticalEstimates,
} from './chart-geometry';
import { number } from './dutch-format';
import type { ChartBar, ChartEstimate, PromiseBar } from './report-content';

/**
 * The report's charts as vector paths (pdfkit's moveTo/lineTo/rect), painted where chart-geometry says: sharp at any
 * zoom and in print, and a few hundred bytes each.
 */

type Doc = PDFKit.PDFDocument;

export const COLOURS = { bar: '#1f5f8b', accent: '#d9822b', muted: '#6b7280', grid: '#d1d5db', text: '#111827' };
const LABEL_WIDTH = 130;
const SMALL = 7.5;

function label(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center' = 'left') {
  doc.fillColor(COLOURS.muted).fontSize(SMALL).font('Helvetica').text(text, x, y, { width, align, lineBreak: false });
}

/** Vertical grid lines with their values under the plot, for bars that grow to the right. */
function horizontalAxis(doc: Doc, plot: Box, scale: Scale, format = (value: number) => number(value, 1)) {
  for (const tick of scale.ticks) {
    const x = position(tick, scale, plot.x, plot.width);
    doc
      .moveTo(x, plot.y)
      .lineTo(x, plot.y + plot.height)
      .lineWidth(tick === 0 ? 0.8 : 0.3)
      .strokeColor(tick === 0 ? COLOURS.muted : COLOURS.grid)
      .stroke();
    label(doc, format(tick), x - 25, plot.y + plot.height + 3, 50, 'center');
  }
}

/** Horizontal grid lines with their values left of the plot, for bars that grow upwards. */
function verticalAxis(doc: Doc, plot: Box, scale: Scale) {
  for (const tick of scale.ticks) {
    const y = plot.y + plot.height - position(tick, scale, 0, plot.height);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(0.3)
      .strokeColor(COLOURS.grid)
      .stroke();
    label(doc, number(tick, 1), plot.x - 44, y - 3, 40, 'right');
  }
}

/** Hours of each neighbourhood's first year against the promise: the bar, and marks at 5,000, 10,000 and due-by-now. */
export function promiseChart(doc: Doc, box: Box, promises: PromiseBar[]) {
  const plot = { x: box.x + LABEL_WIDTH, y: box.y, width: box.width - LABEL_WIDTH - 10, height: box.height - 14 };
  const scale = scaleFrom(promises.flatMap((promise) => [promise.hours, promise.maximum]));
  horizontalAxis(doc, plot, scale, (value) => number(value, 0));
  const bars = rows(
    promises.map((promise) => promise.hours),
    plot,
    scale,
    0.45,
  );
  promises.forEach((promise, i) => {
    const bar = bars[i];
    doc.rect(bar.x, bar.y, bar.width, bar.height).fillColor(COLOURS.bar).fill();
    for (const [value, colour] of [
      [promise.minimum, COLOURS.text],
      [promise.maximum, COLOURS.text],
      [promise.expectedByNow, COLOURS.accent],
    ] as const) {
      const x = position(value, scale, plot.x, plot.width);
      doc
        .moveTo(x, bar.y - 4)
        .lineTo(x, bar.y + bar.height + 4)
        .lineWidth(1.2)
        .strokeColor(colour)
        .stroke();
    }
    label(
      doc,
      `${promise.label}: ${number(promise.hours, 0)} extra uur (bruto ${number(promise.grossHours, 0)}), ${promise.status}`,
      box.x,
      bar.y - 4,
      LABEL_WIDTH - 6,
    );
  });
}

/** Hours per theme as horizontal bars with the theme's name before and the hours after each bar. */
export function barsByLabel(doc: Doc, box: Box, bars: ChartBar[], unit: string) {
  const plot = { x: box.x + LABEL_WIDTH, y: box.y, width: box.width - LABEL_WIDTH - 60, height: box.height - 14 };
  const scale = scaleFrom(bars.map((bar) => bar.value));
  horizontalAxis(doc, plot, scale, (value) => number(value, 0));
  rows(
    bars.map((bar) => bar.value),
    plot,
    scale,
  ).forEach((rect, i) => {
    doc.rect(rect.x, rect.y, rect.width, rect.height).fillColor(COLOURS.bar).fill();
    label(doc, bars[i].label, box.x, rect.y + rect.height / 2 - 3, LABEL_WIDTH - 6);
    label(doc, `${number(bars[i].value, 1)} ${unit}`, rect.x + rect.width + 4, rect.y + rect.height / 2 - 3, 56);
  });
}

/** Hours per month as columns, month names underneath. */
export function columnsByLabel(doc: Doc, box: Box, bars: ChartBar[]) {
  const plot = { x: box.x + 48, y: box.y, width: box.width - 48, height: box.height - 14 };
  const scale = scaleFrom(bars.map((bar) => bar.value));
  verticalAxis(doc, plot, scale);
  columns(
    bars.map((bar) => bar.value),
    plot,
    scale,
  ).forEach((rect, i) => {
    doc.rect(rect.x, rect.y, rect.width, rect.height).fillColor(COLOURS.bar).fill();
    label(doc, bars[i].label, rect.x - 6, plot.y + plot.height + 3, rect.width + 12, 'center');
  });
}

function errorBar(doc: Doc, from: number, to: number, at: number, vertical: boolean) {
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.9).strokeColor(COLOURS.text).stroke();
  if (vertical) {
    line(at, from, at, to);
    line(at - 3, from, at + 3, from);
    line(at - 3, to, at + 3, to);
  } else {
    line(from, at, to, at);
    line(from, at - 3, from, at + 3);
    line(to, at - 3, to, at + 3);
  }
}

/** Wellbeing change per domain: a point at the average change, its 95 % interval as an error bar, 0 marked. */
export function changeChart(doc: Doc, box: Box, estimates: ChartEstimate[]) {
  const plot = { x: box.x + LABEL_WIDTH, y: box.y, width: box.width - LABEL_WIDTH - 90, height: box.height - 14 };
  const scale = symmetricScale(estimates.flatMap((estimate) => [estimate.value, estimate.low ?? 0, estimate.high ?? 0]));
  horizontalAxis(doc, plot, scale, (value) => number(value, 2));
  horizontalEstimates(estimates, plot, scale).forEach((mark, i) => {
    if (mark.from !== null && mark.to !== null) errorBar(doc, mark.from, mark.to, mark.y, false);
    doc.circle(mark.x, mark.y, 2.6).fillColor(COLOURS.bar).fill();
    label(doc, estimates[i].label, box.x, mark.y - 3, LABEL_WIDTH - 6);
    label(doc, estimates[i].evidence, plot.x + plot.width + 6, mark.y - 3, 84);
  });
}

/** Cohesion score per survey wave on its 0–10 scale, each with its 95 % interval. */
export function wavesChart(doc: Doc, box: Box, estimates: ChartEstimate[]) {
  const plot = { x: box.x + 48, y: box.y, width: box.width - 48, height: box.height - 26 };
  const scale: Scale = { min: 0, max: 10, ticks: [0, 2.5, 5, 7.5, 10] };
  verticalAxis(doc, plot, scale);
  const marks = verticalEstimates(estimates, plot, scale);
  // Points without a connecting line: an agreement's report can hold the waves of several neighbourhoods.
  marks.forEach((mark, i) => {
    if (mark.from !== null && mark.to !== null) errorBar(doc, mark.from, mark.to, mark.x, true);
    doc.circle(mark.x, mark.y, 2.6).fillColor(COLOURS.bar).fill();
    const slot = plot.width / Math.max(1, marks.length);
    label(doc, estimates[i].label, mark.x - slot / 2, plot.y + plot.height + 3, slot, 'center');
    label(doc, estimates[i].evidence, mark.x - slot / 2, plot.y + plot.height + 12, slot, 'center');
  });
}
