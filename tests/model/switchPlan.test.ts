import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceRole } from '../../src/model/estimate';
import { breakEvenYear, jobReadyOf, planSwitch, SWITCH_HORIZON_YEARS } from '../../src/model/switchPlan';
import type { RoleId, Scenario } from '../../src/model/types';
import { scenarioArb } from '../support/arbitraries';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const base: Scenario = {
  roles: ['ai-ml-engineer'],
  years: 5,
  location: 'us',
  company: 'any',
  education: 'bachelors',
  certs: [],
  skills: [],
};
const totalAt = (roleId: RoleId, years: number, s: Scenario = base) =>
  priceRole({ ...s, years }, fixture, roleId).totalTypical;

describe('breakEvenYear', () => {
  it('is 0 when the cumulative difference is never below zero', () => {
    expect(breakEvenYear([0, 5, 10])).toBe(0);
  });
  it('is the year after the last one below zero', () => {
    expect(breakEvenYear([-10, -5, 0, 8])).toBe(3);
    expect(breakEvenYear([-10, 5, -1, 8])).toBe(4);
  });
  it('is null when the last year is below zero', () => {
    expect(breakEvenYear([5, -1])).toBeNull();
  });
});

describe('planSwitch on the fixture', () => {
  it('prices ten years, staying at the years held at the start of each year', () => {
    const plan = planSwitch(fixture, {
      scenario: base,
      fromRoleId: 'devops-engineer',
      carryPercent: 50,
      jobReadyMonths: 0,
    });
    expect(plan.path).toHaveLength(SWITCH_HORIZON_YEARS);
    expect(plan.path.map((y) => y.stayYears)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(plan.path[0]?.stayAnnualUsd).toBe(totalAt('devops-engineer', 5));
  });
  it('with no time to get job-ready, counts the carried share of the years at once, then every year', () => {
    const plan = planSwitch(fixture, {
      scenario: base,
      fromRoleId: 'devops-engineer',
      carryPercent: 50,
      jobReadyMonths: 0,
    });
    expect(plan.carriedYears).toBe(2.5);
    expect(plan.path.slice(0, 3).map((y) => y.targetYears)).toEqual([2.5, 3.5, 4.5]);
    expect(plan.path[1]?.switchAnnualUsd).toBe(totalAt('ai-ml-engineer', 3.5));
  });
  it('keeps the current pay while getting job-ready, and splits the year of the switch', () => {
    const plan = planSwitch(fixture, {
      scenario: base,
      fromRoleId: 'devops-engineer',
      carryPercent: 100,
      jobReadyMonths: 18,
    });
    const [y1, y2, y3] = plan.path;
    expect(y1?.switchAnnualUsd).toBe(y1?.stayAnnualUsd);
    expect(y1?.targetYears).toBe(0);
    // Year 2: half in the current role at 6 years, half in the target at 6 years (all carried over).
    expect(y2?.switchAnnualUsd).toBe(
      Math.round(0.5 * totalAt('devops-engineer', 6) + 0.5 * totalAt('ai-ml-engineer', 6)),
    );
    // Year 3: 6.5 years at the switch, all carried, plus half a year since.
    expect(y3?.targetYears).toBe(7);
    expect(plan.carriedYears).toBe(6.5);
  });
  it('adds the yearly differences up, and the ten-year gain is the last of them', () => {
    const plan = planSwitch(fixture, {
      scenario: base,
      fromRoleId: 'devops-engineer',
      carryPercent: 30,
      jobReadyMonths: 9,
    });
    let sum = 0;
    for (const y of plan.path) {
      expect(y.differenceAnnualUsd).toBe(y.switchAnnualUsd - y.stayAnnualUsd);
      sum += y.differenceAnnualUsd;
      expect(y.cumulativeUsd).toBe(sum);
    }
    expect(plan.gain10yUsd).toBe(sum);
  });
});

describe('jobReadyOf, from the real data', () => {
  const dataset = realDataset();
  it('quotes the backend article for backend (3–6 months) and AI/ML (6–12 months)', () => {
    expect(jobReadyOf(dataset, 'backend-developer')).toMatchObject({
      lowMonths: 3,
      highMonths: 6,
      months: 4.5,
    });
    const aiml = jobReadyOf(dataset, 'ai-ml-engineer');
    expect(aiml).toMatchObject({ lowMonths: 6, highMonths: 12, months: 9 });
    expect(aiml.provenance).toEqual([expect.objectContaining({ source: 'backend-vs-aiml' })]);
  });
  it('labels the figure an assumption where no source times the role', () => {
    for (const id of ['devops-engineer', 'mlops-engineer', 'ml-engineer', 'ai-engineer'] as const) {
      const [p] = jobReadyOf(dataset, id).provenance;
      expect(p && 'assumption' in p, id).toBe(true);
    }
  });
});

describe('planSwitch properties', () => {
  const roleArb = fc.constantFrom(...fixture.roles.roles.map((r) => r.id));
  const inputsArb = fc.record({
    scenario: scenarioArb(fixture),
    fromRoleId: roleArb,
    carryPercent: fc.integer({ min: 0, max: 100 }),
    jobReadyMonths: fc.integer({ min: 0, max: 24 }),
  });

  it('the same role with every year carried over makes no difference', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const target = inputs.scenario.roles[0]!;
        const plan = planSwitch(fixture, { ...inputs, fromRoleId: target, carryPercent: 100 });
        expect(plan.path.every((y) => y.differenceAnnualUsd === 0)).toBe(true);
        expect(plan.gain10yUsd).toBe(0);
        expect(plan.breakEvenYear).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('carrying more years over never lowers the ten-year gain', () => {
    fc.assert(
      fc.property(inputsArb, fc.integer({ min: 0, max: 100 }), (inputs, more) => {
        const low = Math.min(inputs.carryPercent, more);
        const high = Math.max(inputs.carryPercent, more);
        const a = planSwitch(fixture, { ...inputs, carryPercent: low });
        const b = planSwitch(fixture, { ...inputs, carryPercent: high });
        expect(b.gain10yUsd).toBeGreaterThanOrEqual(a.gain10yUsd);
      }),
      { numRuns: 60 },
    );
  });

  it('the break-even year is absent exactly when the ten-year gain is below zero, and holds from then on', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = planSwitch(fixture, inputs);
        expect(plan.breakEvenYear === null).toBe(plan.gain10yUsd < 0);
        if (plan.breakEvenYear !== null) {
          const after = plan.path.filter((y) => y.year >= plan.breakEvenYear!);
          expect(after.every((y) => y.cumulativeUsd >= 0)).toBe(true);
          const before = plan.path.find((y) => y.year === plan.breakEvenYear! - 1);
          if (before !== undefined) expect(before.cumulativeUsd).toBeLessThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic, and every figure is whole dollars', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = planSwitch(fixture, inputs);
        expect(planSwitch(fixture, inputs)).toEqual(plan);
        for (const y of plan.path) {
          expect(Number.isInteger(y.stayAnnualUsd) && Number.isInteger(y.switchAnnualUsd)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
