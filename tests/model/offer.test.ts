import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offerPosition } from '../../src/model/offer';

const range = { low: 100000, typical: 120000, high: 160000 };

describe('offerPosition', () => {
  it('reads low, typical and high as the 10th, 50th and 90th percentiles', () => {
    expect(offerPosition(100000, range).percentile).toBe(10);
    expect(offerPosition(120000, range).percentile).toBe(50);
    expect(offerPosition(160000, range).percentile).toBe(90);
    expect(offerPosition(140000, range).percentile).toBe(70);
  });
  it('says below, within or above, and how far to typical and high', () => {
    expect(offerPosition(90000, range)).toEqual({
      where: 'below',
      percentile: 8,
      toTypicalAnnualUsd: 30000,
      toHighAnnualUsd: 70000,
    });
    expect(offerPosition(130000, range).where).toBe('within');
    expect(offerPosition(170000, range)).toMatchObject({ where: 'above', toHighAnnualUsd: -10000 });
  });
  it('stays within 0-100 and never falls as the offer rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (offer, step) => {
          const a = offerPosition(offer, range).percentile;
          const b = offerPosition(offer + step, range).percentile;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(100);
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});
