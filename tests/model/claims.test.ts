/**
 * Every relative claim in the articles, run against the engine on the shipped data. Each claim records
 * whether the model holds it; a change to the model that flips a verdict fails here, so the claims
 * table on the methodology page can never drift from the engine.
 */
import { describe, expect, it } from 'vitest';
import { checkClaim, checkClaims } from '../../src/model/claims';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const dataset = realDataset();

describe('the articles’ claims on the shipped data', () => {
  it.each(dataset.claims.claims.map((c) => [c.id, c] as const))(
    '%s: the engine gives the recorded verdict',
    (_id, claim) => {
      const result = checkClaim(claim, dataset);
      expect(result.values.length).toBeGreaterThan(0);
      expect(result.holds ? 'holds' : 'fails').toBe(claim.expect);
    },
  );

  it('explains every claim the model does not hold', () => {
    for (const r of checkClaims(dataset).filter((r) => !r.holds))
      expect(r.claim.why, r.claim.id).toBeTruthy();
  });

  it('covers the claims the articles make about pay, from all five articles', () => {
    const sources = new Set(dataset.claims.claims.map((c) => c.source));
    expect([...sources].sort()).toEqual([
      'backend-vs-aiml',
      'devops-vs-aiml',
      'mle-vs-ai-engineer',
      'qoollege-devops-vs-mlops',
      'qoollege-mle-vs-mlops',
    ]);
  });
});

describe('claim checks on the fixture', () => {
  it('compares two scenarios as a ÷ b − 1 at each year: a certification adds +8.5%', () => {
    const [result] = checkClaims(fixture);
    expect(result?.values).toEqual([{ years: 5, value: expect.closeTo(8.5, 6) }]);
    expect(result?.holds).toBe(true);
  });
  it('fails a claim when any year falls outside the stated range', () => {
    const result = checkClaims(fixture)[1];
    expect(result?.holds).toBe(false);
    expect(result?.values.map((v) => v.years)).toEqual([0, 10]);
  });
});
