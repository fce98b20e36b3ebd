/**
 * Properties every estimate keeps, over random scenarios on the fixture and on the shipped data. Runs
 * are bounded by count (numRuns), never by time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marketOf, type Dataset } from '../../src/model/dataset';
import { estimate, estimateRole } from '../../src/model/estimate';
import { offerPosition } from '../../src/model/offer';
import { sourceCeiling } from '../../src/model/public';
import type { AnnualUsdRange, RoleEstimate, Scenario } from '../../src/model/types';
import { scenarioArb } from '../support/arbitraries';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const RUNS = { numRuns: 150 };
const ordered = (r: AnnualUsdRange) => r.low <= r.typical && r.typical <= r.high;
const premiumKinds = new Set(['certification', 'skill', 'education']);

/** The same situation with none of the person's own premiums. */
const plainOf = (s: Scenario): Scenario => ({ ...s, education: 'bachelors', certs: [], skills: [] });

describe.each<[string, () => Dataset]>([
  ['fixture', () => fixture],
  ['shipped data', realDataset],
])('estimate on the %s', (_name, load) => {
  const dataset = load();
  const scenarios = scenarioArb(dataset);
  const margin = dataset.modifiers.stacking.marginPercent.value;

  it('never throws, and every figure is finite, positive and ordered: low <= typical <= high, total >= base', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const e of estimate(s, dataset)) {
          for (const r of [e.baseAnnualUsd, e.bonusAnnualUsd, e.equityAnnualUsd, e.totalAnnualUsd]) {
            expect(ordered(r)).toBe(true);
            for (const v of Object.values(r)) expect(Number.isFinite(v) && v >= 0).toBe(true);
          }
          expect(e.baseAnnualUsd.low).toBeGreaterThan(0);
          expect(e.totalAnnualUsd.low).toBeGreaterThanOrEqual(e.baseAnnualUsd.low);
          expect(e.totalAnnualUsd.typical).toBeGreaterThanOrEqual(e.baseAnnualUsd.typical);
          expect(e.totalAnnualUsd.high).toBeGreaterThanOrEqual(e.baseAnnualUsd.high);
          expect(e.totalAnnualUsd.typical).toBe(
            e.baseAnnualUsd.typical + e.bonusAnnualUsd.typical + e.equityAnnualUsd.typical,
          );
          expect(Number.isFinite(e.base.sigma) && e.base.sigma > 0).toBe(true);
          if (e.hourlyUsd !== null) expect(e.hourlyUsd.low).toBeLessThanOrEqual(e.hourlyUsd.high);
          expect(e.publicPosition.percentile).toBeGreaterThanOrEqual(1);
          expect(e.publicPosition.percentile).toBeLessThanOrEqual(99);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(estimate(s, dataset)).toEqual(estimate(structuredClone(s), dataset));
      }),
      RUNS,
    );
  });

  it('never lowers pay as years grow, at the low, typical and high figures, with no jump between years', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 0, max: 39 }), (s, years) => {
        const roleId = s.roles[0]!;
        const now = estimateRole({ ...s, years }, dataset, roleId);
        const next = estimateRole({ ...s, years: years + 1 }, dataset, roleId);
        for (const k of ['low', 'typical', 'high'] as const) {
          expect(next.baseAnnualUsd[k]).toBeGreaterThanOrEqual(now.baseAnnualUsd[k]);
          expect(next.totalAnnualUsd[k]).toBeGreaterThanOrEqual(now.totalAnnualUsd[k] - 1);
        }
        // No cliff: one more year never moves the typical base by more than 15% (the steepest stated
        // step, DevOps entry to mid over 3.5 years, is about 10% a year).
        expect(next.baseAnnualUsd.typical).toBeLessThanOrEqual(now.baseAnnualUsd.typical * 1.15);
      }),
      RUNS,
    );
  });

  it('never lets stacked premiums lift typical base past the largest stated high end involved plus the margin', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const roleId of s.roles) {
          const e = estimateRole(s, dataset, roleId);
          const plain = estimateRole(plainOf(s), dataset, roleId);
          const premiums = e.factors.filter((f) => premiumKinds.has(f.kind));
          if (premiums.length === 0) {
            expect(e.base.median).toBeCloseTo(plain.base.median, 6);
            continue;
          }
          const highest = Math.max(
            ...premiums.map((f) => (f.kind === 'band' ? 0 : (f.statedPercent?.high ?? 0))),
          );
          const cap = premiums.length > 1 ? highest + margin : highest;
          expect(e.base.median / plain.base.median).toBeLessThanOrEqual(1 + cap / 100 + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('keeps a stacked range at most 5% wider (high ÷ low) than the plain one', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const roleId of s.roles) {
          const width = (e: RoleEstimate) => e.baseAnnualUsd.high / e.baseAnnualUsd.low;
          const plain = estimateRole({ ...plainOf(s), company: 'any' }, dataset, roleId);
          expect(width(estimateRole(s, dataset, roleId))).toBeLessThanOrEqual(width(plain) * 1.05);
        }
      }),
      RUNS,
    );
  });

  it('adds nothing for a role’s defining education or skill', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const roleId of s.roles) {
          const role = dataset.index.roles.get(roleId)!;
          const without = estimateRole(s, dataset, roleId).baseAnnualUsd;
          for (const d of role.defining) {
            const withIt =
              d.kind === 'skill'
                ? { ...s, skills: [...new Set([...s.skills, d.id])] }
                : s.education === 'bachelors'
                  ? { ...s, education: d.id }
                  : s;
            if (d.kind === 'skill' && s.skills.includes(d.id)) continue;
            expect(estimateRole(withIt, dataset, roleId).baseAnnualUsd).toEqual(without);
          }
        }
      }),
      RUNS,
    );
  });

  it('moves a contract rate with location only', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const roleId of s.roles) {
          const role = dataset.index.roles.get(roleId)!;
          const e = estimateRole(s, dataset, roleId);
          if (role.hourlyUsd === null) {
            expect(e.hourlyUsd).toBeNull();
            continue;
          }
          const ratio = dataset.index.locations.get(s.location)!.ratio.value;
          expect(e.hourlyUsd).toMatchObject({
            low: Math.round(role.hourlyUsd.low.value * ratio),
            high: Math.round(role.hourlyUsd.high.value * ratio),
          });
        }
      }),
      RUNS,
    );
  });

  it('reads an offer’s percentile off the same distribution: low 25th, typical 50th, high 75th', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const e = estimateRole(s, dataset, s.roles[0]!);
        const p = (v: number) => offerPosition(v, e.base, e.baseAnnualUsd).percentile;
        expect(p(e.baseAnnualUsd.low)).toBe(25);
        expect(p(e.baseAnnualUsd.typical)).toBe(50);
        expect(p(e.baseAnnualUsd.high)).toBe(75);
      }),
      RUNS,
    );
  });

  it('marks a figure beyond the sources exactly when it passes the highest sourced figure', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const roleId of s.roles) {
          const e = estimateRole(s, dataset, roleId);
          const level = e.experience.upper ?? e.experience.lower;
          const ceiling = sourceCeiling(
            dataset,
            dataset.index.roles.get(roleId)!,
            level,
            dataset.index.locations.get(s.location)!,
          );
          const over = (['typical', 'high'] as const).filter(
            (k) => e.baseAnnualUsd[k] > ceiling.annualUsd + 0.5,
          );
          expect(e.beyondSources?.figures ?? []).toEqual(over);
        }
      }),
      RUNS,
    );
  });

  it('keeps each role’s market medians and band ends rising with level', () => {
    for (const role of dataset.roles.roles) {
      const m = marketOf(dataset, role.id);
      expect(m.mid.distribution.median).toBeGreaterThan(m.entry.distribution.median);
      expect(m.senior.distribution.median).toBeGreaterThan(m.mid.distribution.median);
    }
  });
});
