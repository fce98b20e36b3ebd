import { describe, expect, it } from 'vitest';
import { estimateRole } from '../../src/model/estimate';
import { factorId } from '../../src/model/factorId';
import {
  checkOffer,
  counterAt,
  offerPosition,
  offerTotals,
  partDistribution,
  placePart,
  stockAnnualUsd,
} from '../../src/model/offer';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { fixture } from '../support/fixture';
import { SAMPLE_OFFER } from '../support/offers';

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

describe('an offer package', () => {
  const pkg = SAMPLE_OFFER;

  it('spreads a grant evenly over its vesting years; a value a year is taken as it is', () => {
    expect(stockAnnualUsd({ kind: 'grant', grantUsd: 200000, vestYears: 4 })).toBe(50000);
    expect(stockAnnualUsd({ kind: 'yearly', annualUsd: 30000 })).toBe(30000);
  });

  it('adds base, bonus and stock a year into the yearly total, and the sign-on to the first year only', () => {
    expect(offerTotals(pkg)).toEqual({
      partsAnnualUsd: 215000,
      yearlyAnnualUsd: 215000,
      from: 'parts',
      firstYearUsd: 235000,
    });
  });

  it('lets a typed total win over the sum of the parts', () => {
    expect(offerTotals({ ...pkg, totalAnnualUsd: 230000 })).toMatchObject({
      partsAnnualUsd: 215000,
      yearlyAnnualUsd: 230000,
      from: 'typed',
      firstYearUsd: 250000,
    });
  });

  it('has no sum without the base, or with the base alone', () => {
    expect(offerTotals({ ...pkg, baseAnnualUsd: null }).yearlyAnnualUsd).toBeNull();
    const baseOnly = { ...pkg, bonusAnnualUsd: null, stock: null };
    expect(offerTotals(baseOnly)).toMatchObject({ yearlyAnnualUsd: null, from: null, firstYearUsd: null });
  });
});

describe('placing a bonus or stock', () => {
  const sourced = {
    id: factorId('equity', 'x'),
    part: 'equity' as const,
    companyId: null,
    of: 'total' as const,
    lowPercent: 10,
    highPercent: 20,
    provenance: [{ source: 'a', quote: 'a says 10' }],
  };

  it("fits the part's distribution to the card's low and high, so they are its 25th and 75th", () => {
    const d = partDistribution(range)!;
    expect(d.median).toBeCloseTo(100000, -1);
    expect(d.sigma).toBeCloseTo(0.3, 3);
    expect(placePart(81669, range, sourced)).toEqual({ kind: 'placed', percentile: 25 });
    expect(placePart(122446, range, sourced)).toEqual({ kind: 'placed', percentile: 75 });
  });

  it('gives the assumption instead of a percentile when the share is assumed', () => {
    const assumed = { ...sourced, provenance: [{ assumption: 'no source gives a bonus share' }] };
    expect(placePart(10000, range, assumed)).toEqual({
      kind: 'assumed',
      provenance: [{ assumption: 'no source gives a bonus share' }],
    });
  });

  it('says the part is absent when the estimate has none', () => {
    expect(placePart(10000, { low: 0, typical: 0, high: 0 }, sourced)).toEqual({ kind: 'absent' });
  });
});

describe('a counter-offer', () => {
  it('is the median at the 50th percentile, with the gap from the offer', () => {
    expect(counterAt(distribution, 50, 90000)).toEqual({ annualUsd: 100000, gapAnnualUsd: 10000 });
  });
  it('is e^(0.3 × 1.2816) × median at the 90th, below an offer above it', () => {
    const c = counterAt(distribution, 90, 200000);
    expect(c.annualUsd).toBe(Math.round(100000 * Math.exp(0.3 * 1.2815516)));
    expect(c.gapAnnualUsd).toBeLessThan(0);
  });
});

describe('checkOffer on an estimate', () => {
  const e = estimateRole(DEFAULT_SCENARIO, fixture, 'devops-engineer');

  it("reads each part on the card's own figures: the equity's high end is its 75th percentile", () => {
    const check = checkOffer(
      {
        baseAnnualUsd: e.baseAnnualUsd.high,
        bonusAnnualUsd: 5000,
        stock: { kind: 'yearly', annualUsd: e.equityAnnualUsd.high },
        signOnUsd: 10000,
        totalAnnualUsd: null,
      },
      e,
      75,
    );
    expect(check.base?.percentile).toBe(75);
    expect(check.stock?.place).toEqual({ kind: 'placed', percentile: 75 });
    // The fixture's bonus share is an assumption: no percentile for it.
    expect(check.bonus?.place.kind).toBe('assumed');
    expect(check.signOnUsd).toBe(10000);
    expect(check.totals.yearlyAnnualUsd).toBe(e.baseAnnualUsd.high + 5000 + e.equityAnnualUsd.high);
    expect(check.counter?.base.gapAnnualUsd).toBe(check.counter!.base.annualUsd - e.baseAnnualUsd.high);
    expect(check.counter?.total).not.toBeNull();
  });

  it('places no part and offers no counter without a base, but still places a typed total', () => {
    const check = checkOffer(
      { baseAnnualUsd: null, bonusAnnualUsd: 5000, stock: null, signOnUsd: 1000, totalAnnualUsd: 200000 },
      e,
      75,
    );
    expect(check).toMatchObject({ base: null, bonus: null, stock: null, signOnUsd: null, counter: null });
    expect(check.total?.percentile).toBe(offerPosition(200000, e.total, e.totalAnnualUsd).percentile);
  });
});
