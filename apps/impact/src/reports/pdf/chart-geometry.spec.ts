import { columns, horizontalEstimates, position, roundUp, rows, scaleFrom, symmetricScale, verticalEstimates } from './chart-geometry';

const box = { x: 100, y: 50, width: 300, height: 200 };

describe('chart geometry', () => {
  it('ends an axis at a round number at or above the largest value', () => {
    expect([roundUp(7), roundUp(10), roundUp(11), roundUp(2300), roundUp(0.42), roundUp(0)]).toEqual([10, 10, 20, 2500, 0.5, 1]);
    expect(scaleFrom([1200, 7400])).toEqual({ min: 0, max: 10_000, ticks: [0, 2500, 5000, 7500, 10_000] });
    // Around 0 for changes: the furthest end decides both.
    expect(symmetricScale([0.3, -0.9])).toEqual({ min: -1, max: 1, ticks: [-1, -0.5, 0, 0.5, 1] });
  });

  it('stands columns on the bottom of the box, their height in proportion to the scale', () => {
    // Three slots of 100 points; each column 70 of its slot, centred. Scale 0–100 over 200 points of height.
    const scale = { min: 0, max: 100, ticks: [0, 100] };
    expect(columns([0, 50, 100], box, scale)).toEqual([
      { x: 115, y: 250, width: 70, height: 0 },
      { x: 215, y: 150, width: 70, height: 100 },
      { x: 315, y: 50, width: 70, height: 200 },
    ]);
  });

  it('grows rows from the left edge, and clamps a value beyond the scale to its end', () => {
    const scale = { min: 0, max: 1000, ticks: [0, 1000] };
    // Two slots of 100 points high; bars 70 high, centred; 250 of 1000 is a quarter of 300 points.
    expect(rows([250, 4000], box, scale)).toEqual([
      { x: 100, y: 65, width: 75, height: 70 },
      { x: 100, y: 165, width: 300, height: 70 },
    ]);
  });

  it('places an estimate and its 95 % interval on the scale, and leaves out an interval that is not known', () => {
    const scale = { min: -1, max: 1, ticks: [] };
    // 0 is the middle (x 250); each 0.1 is 15 points.
    expect(
      horizontalEstimates(
        [
          { value: 0.4, low: 0.1, high: 0.7 },
          { value: -0.2, low: null, high: null },
        ],
        box,
        scale,
      ),
    ).toEqual([
      { x: 310, y: 100, from: 265, to: 355 },
      { x: 220, y: 200, from: null, to: null },
    ]);
    // Cohesion on its 0–10 scale over 200 points: 6.5 is 130 up from the bottom (y 250).
    const [wave] = verticalEstimates([{ value: 6.5, low: 6, high: 7 }], box, { min: 0, max: 10, ticks: [] });
    expect(wave.x).toBe(250);
    expect(wave.y).toBeCloseTo(120);
    expect(wave.from).toBeCloseTo(130);
    expect(wave.to).toBeCloseTo(110);
    expect(position(-5, { min: 0, max: 10, ticks: [] }, 0, 100)).toBe(0);
  });
});
