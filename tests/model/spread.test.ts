import { describe, expect, it } from 'vitest';
import { bandSpread, DIFFER_THRESHOLD } from '../../src/model/spread';

describe('bandSpread', () => {
  it('is zero and agreeing for one band or none', () => {
    expect(bandSpread([])).toEqual({ lowsApart: 0, highsApart: 0, differ: false });
    expect(bandSpread([{ low: 70_000, high: 95_000 }])).toEqual({
      lowsApart: 0,
      highsApart: 0,
      differ: false,
    });
  });

  it('measures each end against the smaller value', () => {
    // AI/ML entry: $80,000–$110,000 and $95,000–$130,000.
    const s = bandSpread([
      { low: 80_000, high: 110_000 },
      { low: 95_000, high: 130_000 },
    ]);
    expect(s.lowsApart).toBeCloseTo(15_000 / 80_000, 12);
    expect(s.highsApart).toBeCloseTo(20_000 / 110_000, 12);
    expect(s.differ).toBe(false);
  });

  it('does not flag a gap of exactly a fifth', () => {
    // AI/ML senior highs: $300,000 and $250,000 are 20% of $250,000 apart.
    const s = bandSpread([
      { low: 160_000, high: 300_000 },
      { low: 170_000, high: 250_000 },
    ]);
    expect(s.highsApart).toBe(DIFFER_THRESHOLD);
    expect(s.differ).toBe(false);
  });

  it('flags lows more than a fifth apart', () => {
    const s = bandSpread([
      { low: 100_000, high: 150_000 },
      { low: 120_001, high: 150_000 },
    ]);
    expect(s.highsApart).toBe(0);
    expect(s.differ).toBe(true);
  });

  it('flags highs more than a fifth apart, whatever the order', () => {
    const s = bandSpread([
      { low: 100_000, high: 200_000 },
      { low: 100_000, high: 160_000 },
      { low: 100_000, high: 180_000 },
    ]);
    expect(s.highsApart).toBe(0.25);
    expect(s.differ).toBe(true);
  });

  it('takes another threshold', () => {
    expect(
      bandSpread(
        [
          { low: 100, high: 100 },
          { low: 111, high: 100 },
        ],
        0.1,
      ).differ,
    ).toBe(true);
  });

  it('treats a zero low against a positive one as infinitely apart', () => {
    const s = bandSpread([
      { low: 0, high: 10 },
      { low: 5, high: 10 },
    ]);
    expect(s.lowsApart).toBe(Infinity);
    expect(s.differ).toBe(true);
    expect(
      bandSpread([
        { low: 0, high: 10 },
        { low: 0, high: 10 },
      ]).differ,
    ).toBe(false);
  });
});
