import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, estimateRole } from '../../src/model/estimate';
import type { AnnualUsdRange, Dataset, Scenario } from '../../src/model/types';
import { scenarioArb } from '../support/arbitraries';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const ordered = (r: AnnualUsdRange) => r.low <= r.typical && r.typical <= r.high;

describe.each<[string, () => Dataset]>([
  ['fixture', () => fixture],
  ['shipped data', realDataset],
])('estimate on the %s', (_name, load) => {
  const dataset = load();
  const scenarios = scenarioArb(dataset);

  it('never throws and gives low <= typical <= high and total >= base', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const e of estimate(s, dataset)) {
          for (const r of [e.baseAnnualUsd, e.bonusAnnualUsd, e.equityAnnualUsd, e.totalAnnualUsd]) {
            expect(ordered(r)).toBe(true);
            expect(r.low).toBeGreaterThanOrEqual(0);
          }
          expect(e.totalAnnualUsd.low).toBeGreaterThanOrEqual(e.baseAnnualUsd.low);
          expect(e.totalAnnualUsd.typical).toBeGreaterThanOrEqual(e.baseAnnualUsd.typical);
          expect(e.totalAnnualUsd.high).toBeGreaterThanOrEqual(e.baseAnnualUsd.high);
          expect(e.totalAnnualUsd.typical).toBe(
            e.baseAnnualUsd.typical + e.bonusAnnualUsd.typical + e.equityAnnualUsd.typical,
          );
          expect(e.hourlyUsd.low).toBeLessThanOrEqual(e.hourlyUsd.high);
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(estimate(s, dataset)).toEqual(estimate(structuredClone(s), dataset));
      }),
    );
  });

  it('never lowers the typical base or total as years grow, with no jump between 6 and 7 years', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 0, max: 39 }), (s, years) => {
        const roleId = s.roles[0]!;
        const now = estimateRole({ ...s, years }, dataset, roleId);
        const next = estimateRole({ ...s, years: years + 1 }, dataset, roleId);
        expect(next.baseAnnualUsd.typical).toBeGreaterThanOrEqual(now.baseAnnualUsd.typical);
        expect(next.totalAnnualUsd.typical).toBeGreaterThanOrEqual(now.totalAnnualUsd.typical);
        // One more year never moves the typical base by more than a fifth: bands are interpolated.
        expect(next.baseAnnualUsd.typical).toBeLessThanOrEqual(now.baseAnnualUsd.typical * 1.2);
      }),
    );
  });

  it('keeps every certification or skill group within the range its source states', () => {
    const groups = dataset.modifiers.groups.filter((g) => g.percent !== null);
    fc.assert(
      fc.property(scenarios, fc.constantFrom(...groups), fc.integer({ min: 1 }), (s, group, seed) => {
        const roleId = group.appliesTo[seed % group.appliesTo.length]!;
        const without: Scenario = {
          ...s,
          certs: s.certs.filter((c) => !group.members.includes(c)),
          skills: s.skills.filter((c) => !group.members.includes(c)),
        };
        const picked = group.members.filter((_, i) => (seed >> i) & 1 || i === 0);
        const key = group.kind === 'certification' ? 'certs' : 'skills';
        const withGroup: Scenario = { ...without, [key]: [...without[key], ...picked] };
        const before = estimateRole(without, dataset, roleId).baseAnnualUsd.typical;
        const after = estimateRole(withGroup, dataset, roleId).baseAnnualUsd.typical;
        const lo = 1 + group.percent!.low.value / 100;
        const hi = 1 + group.percent!.high.value / 100;
        // Rounding to whole dollars can move either figure by half a dollar.
        expect(after).toBeGreaterThanOrEqual(before * Math.min(1, lo) - 1);
        expect(after).toBeLessThanOrEqual(before * hi + 1);
      }),
    );
  });

  it("moves the typical base by each company type's stated range, for the roles it names", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const roleId = s.roles[0]!;
        const baseline = estimateRole(
          { ...s, company: 'any', education: 'bachelors' },
          dataset,
          roleId,
        ).baseAnnualUsd;
        const company = dataset.modifiers.companies.find((c) => c.id === s.company)!;
        const withCompany = estimateRole({ ...s, education: 'bachelors' }, dataset, roleId).baseAnnualUsd;
        const range = company.basePercent && company.appliesTo.includes(roleId) ? company.basePercent : null;
        const [lo, hi] = range ? [1 + range.low.value / 100, 1 + range.high.value / 100] : [1, 1];
        expect(withCompany.typical).toBeGreaterThanOrEqual(baseline.typical * lo - 1);
        expect(withCompany.typical).toBeLessThanOrEqual(baseline.typical * hi + 1);
      }),
    );
  });
});
