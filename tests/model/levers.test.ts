import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateRole } from '../../src/model/estimate';
import { rankLevers } from '../../src/model/levers';
import type { Scenario } from '../../src/model/types';
import { scenarioArb } from '../support/arbitraries';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const base: Scenario = {
  roles: ['devops-engineer'],
  years: 0,
  location: 'us',
  company: 'any',
  education: 'bachelors',
  certs: [],
  skills: [],
};

describe('rankLevers on the fixture', () => {
  it('ranks the move to Big City first: ×1.5 beats every other change', () => {
    const [top] = rankLevers(base, fixture, 'devops-engineer');
    expect(top?.id).toBe('location:big-city');
    // base √(60,000 × 80,000) = 69,282 → 103,923; total = base ÷ 0.8, parts rounded: 129,904, was 86,602
    expect(top?.deltaAnnualUsd).toBe(43302);
    expect(top?.deltaFraction).toBeCloseTo(0.5);
  });
  it('prices a certification at its typical effect: +8.5% of the base, through to total', () => {
    const cert = rankLevers(base, fixture, 'devops-engineer', 50).find((l) => l.id === 'cert:c1');
    // base 69,282 × 1.085 = 75,171; total = base ÷ 0.8 = 93,964 (rounded parts) vs 86,602
    expect(cert?.deltaAnnualUsd).toBe(7362);
    expect(cert?.provenance).toEqual([
      { source: 'a', quote: 'a says 5' },
      { source: 'a', quote: 'a says 12' },
    ]);
  });
  it('offers no second certification from an any-one group already earned', () => {
    const ids = rankLevers({ ...base, certs: ['c1'] }, fixture, 'devops-engineer', 50).map((l) => l.id);
    expect(ids).not.toContain('cert:c2');
  });
  it("leaves out changes that do not raise pay (a master's for DevOps, a startup)", () => {
    const ids = rankLevers(base, fixture, 'devops-engineer', 50).map((l) => l.id);
    expect(ids).not.toContain('education:masters');
    expect(ids).not.toContain('company:startup');
    expect(ids).toContain('years:+5');
  });
});

describe('rankLevers properties on the shipped data', () => {
  const dataset = realDataset();
  it('applying any lever raises the typical total by exactly the amount shown, and the list is sorted', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), (s) => {
        const roleId = s.roles[0]!;
        const now = estimateRole(s, dataset, roleId).totalAnnualUsd.typical;
        const levers = rankLevers(s, dataset, roleId);
        for (const lever of levers) {
          const after = estimateRole({ ...s, ...lever.patch }, dataset, roleId).totalAnnualUsd.typical;
          expect(after - now).toBe(lever.deltaAnnualUsd);
          expect(lever.deltaAnnualUsd).toBeGreaterThan(0);
        }
        // Once applied, a lever is no longer on offer: it describes a change, not a state.
        const top = levers[0];
        if (top !== undefined) {
          const next = rankLevers({ ...s, ...top.patch }, dataset, roleId, 100).map((l) => l.id);
          if (top.kind !== 'years') expect(next).not.toContain(top.id);
        }
        for (let i = 1; i < levers.length; i++) {
          expect(levers[i - 1]!.deltaAnnualUsd).toBeGreaterThanOrEqual(levers[i]!.deltaAnnualUsd);
        }
      }),
      { numRuns: 60 },
    );
  });
});
