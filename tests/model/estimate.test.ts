import { describe, expect, it } from 'vitest';
import { estimateRole, estimate } from '../../src/model/estimate';
import type { Scenario } from '../../src/model/types';
import { fixture } from '../support/fixture';

const base: Scenario = {
  roles: ['devops-engineer'],
  years: 0,
  location: 'us',
  company: 'any',
  education: 'bachelors',
  certs: [],
  skills: [],
};
const devops = (over: Partial<Scenario> = {}) =>
  estimateRole({ ...base, ...over }, fixture, 'devops-engineer');
const aiml = (over: Partial<Scenario> = {}) => estimateRole({ ...base, ...over }, fixture, 'ai-ml-engineer');

describe('band by years', () => {
  it('uses the entry band at its anchor', () => {
    expect(devops().baseAnnualUsd).toEqual({ low: 60000, typical: 70000, high: 80000 });
  });
  it('interpolates halfway between entry (0 years) and mid (5 years) at 2.5 years', () => {
    expect(devops({ years: 2.5 }).baseAnnualUsd).toEqual({ low: 70000, typical: 85000, high: 100000 });
  });
  it('holds the senior band flat past its anchor', () => {
    expect(devops({ years: 30 }).baseAnnualUsd).toEqual({ low: 120000, typical: 140000, high: 160000 });
  });
  it('averages disagreeing source bands at a level: (80-100 and 100-120) gives 90-110', () => {
    expect(aiml().baseAnnualUsd).toEqual({ low: 90000, typical: 100000, high: 110000 });
  });
});

describe('bonus, equity and total', () => {
  it('adds equity 10-20% and bonus 0-10% of total on top of base', () => {
    const e = devops();
    // low: 60000 / (1 - 0.10 - 0) = 66666.67; typical: 70000 / 0.80 = 87500; high: 80000 / 0.70 = 114285.71
    expect(e.equityAnnualUsd).toEqual({ low: 6667, typical: 13125, high: 22857 });
    expect(e.bonusAnnualUsd).toEqual({ low: 0, typical: 4375, high: 11429 });
    expect(e.totalAnnualUsd).toEqual({ low: 66667, typical: 87500, high: 114286 });
  });
  it('a startup gives AI/ML equity as a share of base (10-60%) on a base 10-20% lower', () => {
    const e = aiml({ company: 'startup' });
    expect(e.baseAnnualUsd).toEqual({ low: 72000, typical: 85000, high: 99000 });
    expect(e.equityAnnualUsd).toEqual({ low: 7200, typical: 29750, high: 59400 });
    // typical total = 85000 × 1.35 / 0.95 = 120789.47, of which bonus 5% = 6039.47
    expect(e.bonusAnnualUsd).toEqual({ low: 0, typical: 6039, high: 17600 });
    expect(e.totalAnnualUsd).toEqual({ low: 79200, typical: 120789, high: 176000 });
  });
});

describe('modifiers', () => {
  it('multiplies by the metro ratio', () => {
    expect(devops({ location: 'big-city' }).baseAnnualUsd).toEqual({
      low: 90000,
      typical: 105000,
      high: 120000,
    });
  });
  it('credits one skill of three an equal share of the group range (2-5%)', () => {
    expect(devops({ skills: ['s1'] }).baseAnnualUsd).toEqual({ low: 61200, typical: 72450, high: 84000 });
  });
  it('keeps three skills together within the group range (6-15%)', () => {
    expect(devops({ skills: ['s1', 's2', 's3'] }).baseAnnualUsd).toEqual({
      low: 63600,
      typical: 77350,
      high: 92000,
    });
  });
  it('gives any one certification the whole range and a second one nothing more', () => {
    const one = devops({ certs: ['c1'] }).baseAnnualUsd;
    expect(one).toEqual({ low: 63000, typical: 75950, high: 89600 });
    expect(devops({ certs: ['c1', 'c2'] }).baseAnnualUsd).toEqual(one);
  });
  it("applies a master's premium to AI/ML and says it does not apply to DevOps", () => {
    expect(aiml({ education: 'masters' }).baseAnnualUsd).toEqual({
      low: 99000,
      typical: 117500,
      high: 137500,
    });
    const d = devops({ education: 'masters' });
    expect(d.baseAnnualUsd).toEqual(devops().baseAnnualUsd);
    expect(d.inapplicable).toEqual([expect.objectContaining({ kind: 'education', id: 'masters' })]);
  });
  it('says when a chosen certification is priced for another role only', () => {
    const e = aiml({ certs: ['c1'] });
    expect(e.inapplicable).toEqual([
      expect.objectContaining({
        kind: 'certification',
        id: 'c1',
        reason: expect.stringContaining('other roles'),
      }),
    ]);
  });
  it('shows a skill the source names without a figure as a factor of 1', () => {
    const factor = aiml({ skills: ['s4'] }).factors.find((f) => f.kind === 'skill');
    expect(factor).toMatchObject({ low: 1, typical: 1, high: 1 });
    expect(factor?.detail).toMatch(/no figure/);
  });
  it('scales the contract rate by place, not by employer type', () => {
    expect(devops({ location: 'big-city', company: 'startup' }).hourlyUsd).toMatchObject({
      low: 75,
      high: 150,
    });
  });
  it('lists the factors in formula order with their sources', () => {
    const e = devops({ location: 'big-city', certs: ['c1'], skills: ['s1'] });
    expect(e.factors.map((f) => f.kind)).toEqual(['band', 'location', 'company', 'certification', 'skill']);
    expect(e.factors[1]?.provenance).toEqual([{ source: 'b', quote: 'b says 1.5' }]);
  });
});

describe('disagreement', () => {
  it('reports two sources with different bands at the chosen level', () => {
    expect(aiml().disagreements.map((d) => d.topic)).toContain('entry band');
  });
  it('reports averages that differ by more than a tenth', () => {
    expect(devops().disagreements.find((d) => d.topic === 'average salary')?.figures).toHaveLength(2);
  });
  it("reports a metro ratio outside the articles' premium range", () => {
    expect(devops({ location: 'big-city' }).disagreements.map((d) => d.topic)).toContain('location premium');
  });
});

describe('estimate', () => {
  it('returns one estimate per chosen role, in order', () => {
    const out = estimate({ ...base, roles: ['ai-ml-engineer', 'devops-engineer'] }, fixture);
    expect(out.map((e) => e.roleId)).toEqual(['ai-ml-engineer', 'devops-engineer']);
  });
});
