import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreementBrief, disagreementText, ordinal } from '../../src/lib/explain';
import { estimate } from '../../src/model/estimate';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import type { Disagreement } from '../../src/model/types';
import { realDataset } from '../support/realData';

const dataset = realDataset();

/** Every disagreement the shipped data raises, over every role, metro and level. */
function allDisagreements(): Disagreement[] {
  const roles = dataset.roles.roles.map((r) => r.id);
  const out: Disagreement[] = [];
  for (const location of dataset.modifiers.locations)
    for (const years of [0, 4, 8, 15])
      out.push(
        ...estimate({ ...DEFAULT_SCENARIO, roles, years, location: location.id }, dataset).flatMap(
          (e) => e.disagreements,
        ),
      );
  return out;
}

describe("the card's one line on where sources differ", () => {
  const all = allDisagreements();

  it('has a brief for every kind of disagreement the data raises', () => {
    expect(new Set(all.map((d) => d.kind))).toEqual(new Set(['level-bands', 'averages', 'location-premium']));
  });

  it('gives the spread in compact dollars or percents, never the long figures of the full sentence', () => {
    for (const d of all) {
      const brief = disagreementBrief(dataset, d);
      expect(brief.length, brief).toBeLessThan(disagreementText(dataset, d).length);
      expect(brief, brief).not.toMatch(/\$\d{1,3},\d{3}/);
      expect(brief, brief).toMatch(/\$\d+K|%/);
    }
  });

  it('says which side says what when the articles and BLS differ on a metro', () => {
    const metro = all.find((d) => d.kind === 'location-premium');
    expect(metro && disagreementBrief(dataset, metro)).toMatch(
      /^.+ premium [+-]\d+% to [+-]\d+% in the articles, [+-][\d.]+% by BLS$/,
    );
  });
});

describe('ordinals', () => {
  it("end as Intl's en-US ordinal rules say, for any whole number", () => {
    const rules = new Intl.PluralRules('en-US', { type: 'ordinal' });
    const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        expect(ordinal(n)).toBe(`${n}${suffix[rules.select(n)]}`);
      }),
      { numRuns: 2000 },
    );
    expect([1, 2, 3, 4, 11, 12, 13, 21, 62, 111, 113].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '62nd',
      '111th',
      '113th',
    ]);
  });
});
