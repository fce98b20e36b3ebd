/**
 * Engine examples on the fixture, computed by hand. Bands are read as 25th–75th percentiles, so a band
 * $L–$H has median √(L·H) and log spread ln(H/L) ÷ 1.349.
 */
import { describe, expect, it } from 'vitest';
import { marketAt } from '../../src/model/band';
import { estimate, estimateRole } from '../../src/model/estimate';
import type { RoleId, Scenario } from '../../src/model/types';
import { fixture } from '../support/fixture';

const base: Scenario = {
  roles: ['devops-engineer'],
  years: 5,
  location: 'us',
  company: 'any',
  education: 'bachelors',
  certs: [],
  skills: [],
};
const at = (roleId: RoleId, over: Partial<Scenario> = {}) =>
  estimateRole({ ...base, roles: [roleId], ...over }, fixture, roleId);
const devops = (over: Partial<Scenario> = {}) => at('devops-engineer', over);

describe('a band is the middle half of a log-normal distribution', () => {
  it('reproduces the source band at its anchor: DevOps mid $80,000–$120,000, median √(80,000 × 120,000)', () => {
    expect(devops().baseAnnualUsd).toEqual({ low: 80000, typical: 97980, high: 120000 });
  });
  it('pools two sources at one level equally: AI/ML entry (80–100k and 100–120k) has median √(89,443 × 109,545) = 98,985', () => {
    const e = at('ai-ml-engineer', { years: 0 });
    expect(e.baseAnnualUsd.typical).toBe(98985);
    // The spread holds both bands' own spreads and the distance between their medians.
    expect(e.base.sigma).toBeCloseTo(0.18191, 4);
  });
});

describe('experience', () => {
  it('moves the median in a straight line on a log scale between anchors: 2.5 years is √(69,282 × 97,980)', () => {
    expect(devops({ years: 2.5 }).baseAnnualUsd.typical).toBe(82391);
  });
  it('names the band it stands on, and how far toward the next', () => {
    const e = devops({ years: 2.5 });
    expect(e.experience).toMatchObject({ lower: 'entry', upper: 'mid', toward: 0.5, growth: 1 });
  });
  it('keeps rising after the senior anchor as the experience curve rises: 15 years is 10% above 10', () => {
    expect(devops({ years: 15 }).baseAnnualUsd.typical).toBe(Math.round(138564.06 * 1.1));
  });
  it('is flat where the experience curve stops rising (20 years and later)', () => {
    expect(devops({ years: 25 }).baseAnnualUsd.typical).toBe(devops({ years: 20 }).baseAnnualUsd.typical);
    expect(devops({ years: 40 }).baseAnnualUsd.typical).toBe(Math.round(138564.06 * 1.21));
  });
});

describe('derived bands take the level shape of the stated roles', () => {
  it('puts a whole-career range’s geometric midpoint at mid level: √(100,000 × 144,000) = 120,000', () => {
    expect(at('ml-engineer').baseAnnualUsd.typical).toBe(120000);
  });
  it('scales entry by the stated roles’ entry ÷ mid (geometric mean of 0.7071 and 0.7706)', () => {
    expect(at('ml-engineer', { years: 0 }).baseAnnualUsd.typical).toBe(Math.round(120000 * 0.738167));
  });
  it('raises a relative role by its stated percentage at each level (+10% at senior)', () => {
    const ml = marketAt(fixture, 'ml-engineer', 10).distribution.median;
    expect(at('ai-engineer', { years: 10 }).baseAnnualUsd.typical).toBe(Math.round(ml * 1.1));
    expect(at('ai-engineer', { years: 0 }).baseAnnualUsd.typical).toBe(
      at('ml-engineer', { years: 0 }).baseAnnualUsd.typical,
    );
  });
  it('marks the derived level on the card', () => {
    expect(at('ml-engineer').level.derived).toBe(true);
    expect(devops().level.derived).toBe(false);
  });
});

describe('location and employer move the median', () => {
  it('multiplies by the metro ratio (× 1.5)', () => {
    expect(devops({ location: 'big-city' }).baseAnnualUsd.typical).toBe(Math.round(97979.59 * 1.5));
  });
  it('moves by the middle of a stated range (startup −20% to −10%: −15%)', () => {
    expect(devops({ company: 'startup' }).baseAnnualUsd.typical).toBe(Math.round(97979.59 * 0.85));
  });
  it('raises a role to the pay of the role a source says it matches at that employer', () => {
    // Finance alone would be +20% for DevOps; a source says DevOps matches AI/ML there (128,452).
    const e = devops({ company: 'finance' });
    expect(e.baseAnnualUsd.typical).toBe(at('ai-ml-engineer').baseAnnualUsd.typical);
    expect(e.factors.find((f) => f.kind === 'company')).toMatchObject({
      rule: 'parity',
      parityWith: 'ai-ml-engineer',
    });
  });
});

describe('premiums overlap', () => {
  it('applies a single premium at the middle of its range (+5% to +12%: +8.5%)', () => {
    expect(devops({ certs: ['c1'] }).baseAnnualUsd.typical).toBe(Math.round(97979.59 * 1.085));
  });
  it('adds a stated range’s spread in quadrature: (ln 1.12 − ln 1.05) ÷ √12 = 0.01863', () => {
    expect(devops({ certs: ['c1'] }).base.sigma).toBeCloseTo(Math.hypot(0.300572, 0.018631), 5);
  });
  it('counts the second-largest premium at half: skills +10.5% in full, the certification +8.5% at half', () => {
    const e = devops({ certs: ['c1'], skills: ['s1', 's2', 's3'] });
    expect(e.baseAnnualUsd.typical).toBe(Math.round(97979.59 * 1.105 * Math.sqrt(1.085)));
  });
  it('adds nothing for a role’s defining education, and only the premium over it for a higher degree', () => {
    expect(at('ml-engineer', { education: 'masters' }).baseAnnualUsd.typical).toBe(120000);
    // PhD +20–40% over a master's +10–25%: (1.2 ÷ 1.1 − 1) to (1.4 ÷ 1.25 − 1) = +9.09% to +12%.
    expect(at('ml-engineer', { education: 'phd' }).baseAnnualUsd.typical).toBe(
      Math.round(120000 * (1 + (9.0909 + 12) / 200)),
    );
    expect(at('ml-engineer', { education: 'masters' }).inapplicable).toEqual([
      expect.objectContaining({ kind: 'education', id: 'masters', reason: 'defining' }),
    ]);
  });
  it('reports a skill a source names without a figure as changing nothing', () => {
    const e = at('ai-ml-engineer', { skills: ['s4'] });
    expect(e.baseAnnualUsd).toEqual(at('ai-ml-engineer').baseAnnualUsd);
    expect(e.inapplicable).toEqual([expect.objectContaining({ id: 's4', reason: 'no-figure' })]);
  });
});

describe('bonus, equity and total', () => {
  it('adds equity 10–20% and bonus 0–10% of total: total = base ÷ (1 − 0.15 − 0.05)', () => {
    const e = devops();
    expect(e.equityAnnualUsd.typical).toBe(Math.round((97979.59 / 0.8) * 0.15));
    expect(e.bonusAnnualUsd.typical).toBe(Math.round((97979.59 / 0.8) * 0.05));
    expect(e.totalAnnualUsd.typical).toBe(
      e.baseAnnualUsd.typical + e.bonusAnnualUsd.typical + e.equityAnnualUsd.typical,
    );
  });
  it('uses a company’s equity as a share of base where it states one (startup AI/ML: 10–60%, 35%)', () => {
    const e = at('ai-ml-engineer', { company: 'startup' });
    expect(e.equityAnnualUsd.typical).toBe(Math.round(e.base.median * 0.35));
    expect(e.compensationMix.equity).toMatchObject({ of: 'base', companyId: 'startup' });
  });
});

describe('contract rates', () => {
  it('move with location only', () => {
    expect(
      devops({ location: 'big-city', years: 20, certs: ['c1'], company: 'startup' }).hourlyUsd,
    ).toMatchObject({
      low: 75,
      high: 150,
    });
  });
  it('are absent for a role no source gives one for', () => {
    expect(at('ml-engineer').hourlyUsd).toBeNull();
  });
});

describe('placed among public figures', () => {
  it('reads the percentile off the BLS points on a log, normal-score scale: $97,980 is the 48th', () => {
    expect(devops().publicPosition.percentile).toBe(48);
  });
  it('scales the public distribution by the location ratio, so the same relative pay keeps its place', () => {
    expect(devops({ location: 'big-city' }).publicPosition.percentile).toBe(48);
    expect(devops({ location: 'big-city' }).publicPosition.medianAnnualUsd).toBe(150000);
  });
  it('lists the survey medians that cover the role', () => {
    expect(devops().publicPosition.surveys.map((s) => s.annualUsd)).toEqual([120000]);
    expect(at('ai-ml-engineer').publicPosition.surveys).toEqual([]);
  });
});

describe('beyond the sources', () => {
  it('marks nothing when figures stay within the sources’ highest figure', () => {
    expect(devops({ years: 10 }).beyondSources).toBeNull();
  });
  it('marks the high figure when a premium lifts it past the senior band’s $160,000', () => {
    expect(devops({ years: 10, certs: ['c1'] }).beyondSources).toMatchObject({
      ceilingAnnualUsd: 160000,
      figures: ['high'],
      causes: ['premiums'],
    });
  });
  it('allows the articles’ location premium as a higher ceiling than the public ratio', () => {
    // Big City: ratio 1.5, articles +20–40%; the ceiling is 160,000 × 1.5.
    expect(devops({ years: 10, location: 'big-city', certs: ['c1'] }).beyondSources?.ceilingAnnualUsd).toBe(
      240000,
    );
  });
});

describe('estimate', () => {
  it('returns the chosen roles in order and skips unknown ones', () => {
    const s: Scenario = { ...base, roles: ['ai-ml-engineer', 'backend-developer', 'devops-engineer'] };
    expect(estimate(s, fixture).map((e) => e.roleId)).toEqual(['ai-ml-engineer', 'devops-engineer']);
  });
});
