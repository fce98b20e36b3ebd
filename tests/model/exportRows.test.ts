import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/model/estimate';
import { comparisonRows, offerRows, switchPlanRows } from '../../src/model/exportRows';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { jobReadyOf, planSwitch } from '../../src/model/switchPlan';
import type { Scenario } from '../../src/model/types';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const dataset = realDataset();
const scenario: Scenario = {
  ...DEFAULT_SCENARIO,
  roles: ['devops-engineer', 'ai-ml-engineer'],
  years: 4,
  company: 'startup',
  certs: ['cka'],
};
const estimates = estimate(scenario, dataset);
const rows = comparisonRows(scenario, dataset, estimates);

describe('comparisonRows', () => {
  it('holds the scenario, every figure and every factor with its sources', () => {
    expect(rows.scenario).toEqual(scenario);
    const devops = rows.roles[0];
    expect(devops?.roleId).toBe('devops-engineer');
    expect(devops?.factors.map((f) => f.id)).toEqual([
      'band:devops-engineer',
      'location:us',
      'company:startup',
      'certification:devops-certs',
      'bonus:startup',
      'equity:devops-engineer',
    ]);
    const band = devops?.factors[0];
    expect(band?.unit).toBe('USD per year');
    expect(band?.sources[0]).toEqual({
      source: 'devops-vs-aiml',
      title: 'Detailed Salary Comparison: DevOps vs AI/ML Engineer',
      quote: 'DevOps Engineer (U.S. market): entry-level $70K–$95K, mid $95K–$140K, senior $140K–$200K.',
    });
  });

  it('copies the scenario, so the rows do not change with it', () => {
    expect(rows.scenario).not.toBe(scenario);
    expect(rows.scenario.roles).not.toBe(scenario.roles);
  });

  it('labels the inputs as the form does', () => {
    expect(rows.labels).toEqual({
      roles: ['DevOps Engineer', 'AI/ML Engineer'],
      years: 4,
      location: 'United States (national)',
      company: 'Startup',
      education: "Bachelor's degree",
      certifications: ['Certified Kubernetes Administrator (CKA)'],
      skills: [],
    });
  });

  it('gives each figure as the engine computes it, and each factor as numbers', () => {
    const [devops, aiml] = rows.roles;
    expect(devops?.baseAnnualUsd).toEqual(estimates[0]?.baseAnnualUsd);
    expect(devops?.totalAnnualUsd).toEqual(estimates[0]?.totalAnnualUsd);
    const company = devops?.factors.find((f) => f.id === 'company:startup');
    expect([company?.unit, company?.low, company?.typical, company?.high]).toEqual([
      'multiplier',
      0.85,
      0.85,
      0.85,
    ]);
    const equity = aiml?.factors.find((f) => f.id === 'equity:startup');
    expect([equity?.unit, equity?.low, equity?.typical, equity?.high]).toEqual([
      'share of base',
      0.1,
      0.35,
      0.6,
    ]);
    expect(aiml?.hourlyUsd?.sources[0]).toMatchObject({
      title: 'Detailed Salary Comparison: DevOps vs AI/ML Engineer',
    });
  });
});

describe('switchPlanRows', () => {
  const target: Scenario = { ...DEFAULT_SCENARIO, roles: ['ai-engineer'], years: 4 };
  const exported = switchPlanRows(target, dataset, 'backend-developer', 40);
  const plan = planSwitch(dataset, {
    scenario: target,
    fromRoleId: 'backend-developer',
    carryPercent: 40,
    jobReadyMonths: jobReadyOf(dataset, 'ai-engineer').months,
  });

  it('holds the ten years, both paths and the cumulative difference as the model computes them', () => {
    expect(exported).toMatchObject({
      from: { roleId: 'backend-developer' },
      to: { roleId: 'ai-engineer' },
      carryPercent: 40,
      breakEvenYear: plan.breakEvenYear,
      gain10yUsd: plan.gain10yUsd,
      jobReadyMonths: { low: 6, high: 12, used: 9 },
    });
    expect(exported?.path).toHaveLength(10);
    expect(exported?.path.map((y) => y.cumulativeUsd)).toEqual(plan.path.map((y) => y.cumulativeUsd));
    expect(exported?.jobReadyMonths.sources[0]).toHaveProperty('assumption');
  });

  it('is null when the current role is the target itself', () => {
    expect(switchPlanRows(target, dataset, 'ai-engineer', 40)).toBeNull();
  });
});

describe('offerRows', () => {
  const none = {
    baseAnnualUsd: null,
    bonusAnnualUsd: null,
    stock: null,
    signOnUsd: null,
    totalAnnualUsd: null,
  };
  it('is null without an offer', () => {
    expect(offerRows(none, 75, estimate(DEFAULT_SCENARIO, fixture), fixture)).toBeNull();
  });
  it('holds the offer as typed, its totals, and a row per role in the order chosen', () => {
    const s = { ...DEFAULT_SCENARIO, roles: ['ai-ml-engineer' as const, 'devops-engineer' as const] };
    const offer = { ...none, baseAnnualUsd: 100000, stock: { kind: 'yearly' as const, annualUsd: 20000 } };
    const rows = offerRows(offer, 90, estimate(s, fixture), fixture)!;
    expect(rows.offer).toMatchObject({ baseAnnualUsd: 100000, stockGrantUsd: null, stockAnnualUsd: 20000 });
    expect(rows.yearlyTotalAnnualUsd).toBe(120000);
    expect(rows.yearlyTotalFrom).toBe('parts');
    expect(rows.firstYearUsd).toBeNull();
    expect(rows.roles.map((r) => r.roleId)).toEqual(['ai-ml-engineer', 'devops-engineer']);
    expect(rows.roles.every((r) => r.bonus === null && r.counter !== null)).toBe(true);
  });
});
