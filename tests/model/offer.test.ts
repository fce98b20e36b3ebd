import { describe, expect, it } from 'vitest';
import { offerPosition } from '../../src/model/offer';

// Median $100,000, log spread 0.3: the 25th and 75th percentiles are 100,000 × e^(∓0.3 × 0.6745).
const distribution = { median: 100000, sigma: 0.3 };
const range = { low: 81669, typical: 100000, high: 122446 };

describe('offerPosition', () => {
  it('puts the typical figure at the 50th percentile and the ends of the range at the 25th and 75th', () => {
    expect(offerPosition(100000, distribution, range).percentile).toBe(50);
    expect(offerPosition(81669, distribution, range).percentile).toBe(25);
    expect(offerPosition(122446, distribution, range).percentile).toBe(75);
  });
  it('reads further percentiles off the same distribution: e^(0.3 × 1.2816) × median is the 90th', () => {
    expect(offerPosition(100000 * Math.exp(0.3 * 1.2816), distribution, range).percentile).toBe(90);
  });
  it('says where the offer falls against the range and how far it is from typical and high', () => {
    expect(offerPosition(70000, distribution, range)).toMatchObject({
      where: 'below',
      toTypicalAnnualUsd: 30000,
      toHighAnnualUsd: 52446,
    });
    expect(offerPosition(130000, distribution, range).where).toBe('above');
    expect(offerPosition(90000, distribution, range).where).toBe('within');
  });
  it('gives 0 for no pay at all', () => {
    expect(offerPosition(0, distribution, range).percentile).toBe(0);
  });
});
