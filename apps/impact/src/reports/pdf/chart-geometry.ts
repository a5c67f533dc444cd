/**
 * Where the marks of the report's charts go, as plain numbers: the drawing (charts.ts) only paints what these
 * functions compute, so the tests check the figures (a bar of 50 in a scale to 100 is half the height) rather than
 * pixels. Coordinates are PDF points with y growing downwards, as pdfkit draws.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A scale from 0 (or a negative minimum) to a round maximum, with its tick values. */
export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value`: axis ends a reader can take in at a glance. */
export function roundUp(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= value * (1 - 1e-9))!;
  return step * magnitude;
}

/** 0 to a round maximum at or above every value, in `tickCount` equal steps. */
export function scaleFrom(values: number[], tickCount = 4): Scale {
  const max = roundUp(Math.max(0, ...values));
  return { min: 0, max, ticks: Array.from({ length: tickCount + 1 }, (_, i) => (max / tickCount) * i) };
}

/** Symmetric around 0, for changes that can go either way (wellbeing change and its interval). */
export function symmetricScale(values: number[], tickCount = 4): Scale {
  const reach = roundUp(Math.max(0, ...values.map(Math.abs)));
  return { min: -reach, max: reach, ticks: Array.from({ length: tickCount + 1 }, (_, i) => -reach + ((2 * reach) / tickCount) * i) };
}

/** Position along `length` from `start` of a value in the scale, clamped to the scale's ends. */
export function position(value: number, scale: Scale, start: number, length: number): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  return start + ((clamped - scale.min) / (scale.max - scale.min)) * length;
}

/** Vertical bars side by side (hours per month): equal slots across the box, each bar `fill` of its slot, standing on the bottom. */
export function columns(values: number[], box: Box, scale: Scale, fill = 0.7): Rect[] {
  const slot = box.width / Math.max(1, values.length);
  const bottom = box.y + box.height;
  return values.map((value, i) => {
    const top = bottom - position(value, scale, 0, box.height);
    const width = slot * fill;
    return { x: box.x + slot * i + (slot - width) / 2, y: top, width, height: bottom - top };
  });
}

/** Horizontal bars one under another (hours per theme), growing from the box's left edge. */
export function rows(values: number[], box: Box, scale: Scale, fill = 0.7): Rect[] {
  const slot = box.height / Math.max(1, values.length);
  return values.map((value, i) => {
    const height = slot * fill;
    return { x: box.x, y: box.y + slot * i + (slot - height) / 2, width: position(value, scale, 0, box.width), height };
  });
}

export interface Estimate {
  value: number;
  /** The 95 % interval, when known. */
  low?: number | null;
  high?: number | null;
}

export interface EstimateMark {
  /** The estimate's point. */
  x: number;
  y: number;
  /** The error bar's ends, null without an interval. */
  from: number | null;
  to: number | null;
}

/**
 * Horizontal error bars one under another (wellbeing change per domain): the point at the estimate, a line from the
 * interval's low to its high end, on a scale across the box's width.
 */
export function horizontalEstimates(estimates: Estimate[], box: Box, scale: Scale): EstimateMark[] {
  const slot = box.height / Math.max(1, estimates.length);
  const at = (value: number) => position(value, scale, box.x, box.width);
  return estimates.map((estimate, i) => {
    const interval = estimate.low != null && estimate.high != null;
    return {
      x: at(estimate.value),
      y: box.y + slot * (i + 0.5),
      from: interval ? at(estimate.low!) : null,
      to: interval ? at(estimate.high!) : null,
    };
  });
}

/** Vertical error bars side by side (cohesion score per survey wave): the point, and the interval's ends as heights. */
export function verticalEstimates(estimates: Estimate[], box: Box, scale: Scale): EstimateMark[] {
  const slot = box.width / Math.max(1, estimates.length);
  const at = (value: number) => box.y + box.height - position(value, scale, 0, box.height);
  return estimates.map((estimate, i) => {
    const interval = estimate.low != null && estimate.high != null;
    return {
      x: box.x + slot * (i + 0.5),
      y: at(estimate.value),
      from: interval ? at(estimate.low!) : null,
      to: interval ? at(estimate.high!) : null,
    };
  });
}
