import { describe, expect, it } from 'vitest';
import { barPosition, dollarScale, pointPosition } from '../../src/features/insights/barScale';

describe('dollarScale', () => {
  it('rounds the ends out to whole steps', () => {
    expect(dollarScale([70_000, 95_000, 300_000])).toEqual({ min: 50_000, max: 300_000 });
    expect(dollarScale([118_000, 191_000])).toEqual({ min: 100_000, max: 200_000 });
  });

  it('takes an even number of steps, so the middle tick is round too', () => {
    // $75K–$300K is nine steps: the floor drops to $50K and the middle is $175K.
    expect(dollarScale([80_000, 300_000])).toEqual({ min: 50_000, max: 300_000 });
    // At zero the floor cannot drop, so the ceiling rises.
    expect(dollarScale([0, 70_000])).toEqual({ min: 0, max: 100_000 });
  });

  it('never has zero width', () => {
    expect(dollarScale([100_000])).toEqual({ min: 75_000, max: 125_000 });
    expect(dollarScale([])).toEqual({ min: 0, max: 25_000 });
  });
});

describe('barPosition', () => {
  const scale = { min: 50_000, max: 300_000 };
  it('places a band as percentages of the track', () => {
    expect(barPosition(100_000, 175_000, scale)).toEqual({ left: 20, width: 30 });
    expect(pointPosition(300_000, scale)).toBe(100);
  });

  it('clamps to the track', () => {
    expect(barPosition(0, 400_000, scale)).toEqual({ left: 0, width: 100 });
  });
});
