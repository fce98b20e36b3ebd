/**
 * Properties of the offer check over random distributions, offers and packages, and over random
 * scenarios on the shipped data. Runs are bounded by count, never by time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileOf, quantile } from '../../src/model/distribution';
import { estimate } from '../../src/model/estimate';
import {
  checkOffer,
  counterAt,
  offerPosition,
  offerTotals,
  placePart,
  stockAnnualUsd,
} from '../../src/model/offer';
import { COUNTER_PERCENTILES } from '../../src/model/offerPackage';
import { scenarioArb } from '../support/arbitraries';
import { realDataset } from '../support/realData';

const RUNS = { numRuns: 200 };
const distributionArb = fc.record({
  median: fc.integer({ min: 20_000, max: 1_000_000 }),
  sigma: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
});
const dollarsArb = fc.integer({ min: 1, max: 10_000_000 });
const rangeOf = (d: { median: number; sigma: number }) => ({
  low: Math.round(quantile(d, 25)),
  typical: Math.round(d.median),
  high: Math.round(quantile(d, 75)),
});
const sourcedMix = {
  id: 'equity:x' as const,
  part: 'equity' as const,
  companyId: null,
  of: 'total' as const,
  lowPercent: 10,
  highPercent: 30,
  provenance: [{ source: 'a', quote: 'a says 10–30%' }],
};

describe('the offer check', () => {
  it('gives a higher offer a percentile at least as high (base, total and each part)', () => {
    fc.assert(
      fc.property(distributionArb, dollarsArb, dollarsArb, (d, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const range = rangeOf(d);
        expect(offerPosition(low, d, range).percentile).toBeLessThanOrEqual(
          offerPosition(high, d, range).percentile,
        );
        const a = placePart(low, range, sourcedMix);
        const b = placePart(high, range, sourcedMix);
        if (a.kind === 'placed' && b.kind === 'placed')
          expect(a.percentile).toBeLessThanOrEqual(b.percentile);
      }),
      RUNS,
    );
  });

  it('puts the counter at percentile p at about p, and it is above the offer exactly when the offer is below p', () => {
    fc.assert(
      fc.property(distributionArb, fc.constantFrom(...COUNTER_PERCENTILES), dollarsArb, (d, p, offer) => {
        const c = counterAt(d, p, offer);
        // Rounding to the dollar moves a figure of $20,000 or more by far less than half a percentile.
        expect(Math.abs(percentileOf(d, c.annualUsd) - p)).toBeLessThan(0.5);
        expect(c.gapAnnualUsd).toBe(c.annualUsd - offer);
        const offerPercentile = percentileOf(d, offer);
        if (c.gapAnnualUsd > 0) expect(offerPercentile).toBeLessThan(p + 0.5);
        if (c.gapAnnualUsd < 0) expect(offerPercentile).toBeGreaterThan(p - 0.5);
      }),
      RUNS,
    );
  });

  it('sums the parts into the yearly total and adds the sign-on to the first year only; a typed total wins', () => {
    const stockArb = fc.option(
      fc.oneof(
        fc.record({
          kind: fc.constant('grant' as const),
          grantUsd: dollarsArb,
          vestYears: fc.integer({ min: 1, max: 10 }),
        }),
        fc.record({ kind: fc.constant('yearly' as const), annualUsd: dollarsArb }),
      ),
    );
    const pkgArb = fc.record({
      baseAnnualUsd: fc.option(dollarsArb),
      bonusAnnualUsd: fc.option(dollarsArb),
      stock: stockArb,
      signOnUsd: fc.option(dollarsArb),
      totalAnnualUsd: fc.option(dollarsArb),
    });
    fc.assert(
      fc.property(pkgArb, (pkg) => {
        const t = offerTotals(pkg);
        if (t.partsAnnualUsd !== null) {
          const stock = pkg.stock === null ? 0 : stockAnnualUsd(pkg.stock);
          expect(t.partsAnnualUsd).toBe(Math.round(pkg.baseAnnualUsd! + (pkg.bonusAnnualUsd ?? 0) + stock));
          expect(t.partsAnnualUsd).toBeGreaterThanOrEqual(pkg.baseAnnualUsd!);
        } else {
          expect(pkg.baseAnnualUsd === null || (pkg.bonusAnnualUsd === null && pkg.stock === null)).toBe(
            true,
          );
        }
        expect(t.yearlyAnnualUsd).toBe(pkg.totalAnnualUsd ?? t.partsAnnualUsd);
        if (t.firstYearUsd !== null) expect(t.firstYearUsd - t.yearlyAnnualUsd!).toBe(pkg.signOnUsd);
      }),
      RUNS,
    );
  });
});

describe('the offer check on the shipped data', () => {
  const dataset = realDataset();
  it("places each part's card figures at the 25th, 50th and 75th percentiles wherever it gives one", () => {
    let placed = 0;
    fc.assert(
      fc.property(scenarioArb(dataset), (s) => {
        for (const e of estimate(s, dataset)) {
          for (const [part, range] of [
            ['bonus', e.bonusAnnualUsd],
            ['stock', e.equityAnnualUsd],
          ] as const) {
            const percentiles = [range.low, range.typical, range.high].map((v) => {
              const offer = {
                baseAnnualUsd: e.baseAnnualUsd.typical,
                bonusAnnualUsd: part === 'bonus' ? v : null,
                stock: part === 'stock' ? { kind: 'yearly' as const, annualUsd: v } : null,
                signOnUsd: null,
                totalAnnualUsd: null,
              };
              const place = checkOffer(offer, e, 75)[part]!.place;
              return place.kind === 'placed' ? place.percentile : null;
            });
            if (percentiles[0] !== null) {
              placed++;
              expect(percentiles[0]).toBeGreaterThanOrEqual(24);
              expect(percentiles[0]).toBeLessThanOrEqual(26);
              expect(Math.abs(percentiles[1]! - 50)).toBeLessThanOrEqual(1);
              expect(Math.abs(percentiles[2]! - 75)).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
    // Sourced shares (AI/ML and backend equity, startup and big-tech bonus) come up in 100 scenarios.
    expect(placed).toBeGreaterThan(0);
  });
});
