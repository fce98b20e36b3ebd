import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchLocations, matchesQuery, searchWords } from '../../src/lib/locationSearch';
import { realDataset } from '../support/realData';

const locations = realDataset().modifiers.locations;
const ids = (query: string) => matchLocations(locations, query).map((l) => l.id);

/** Marks a letter could carry: typing "Sán" for "San" still finds it. */
const accent = (text: string, marks: string[]) =>
  [...text].map((c, i) => (/[a-z]/i.test(c) ? c + (marks[i % marks.length] ?? '') : c)).join('');

describe('finding a metro by what is typed', () => {
  it('finds San Francisco from any start of its words (the issue’s "San Fran" and "fran")', () => {
    expect(ids('San Fran')).toEqual(['sf-bay-area']);
    // "fran" also starts Franklin, in Nashville's metro name.
    expect(ids('fran')).toEqual(['sf-bay-area', 'nashville']);
    expect(ids('san').slice(0, 4)).toEqual(['sf-bay-area', 'san-jose', 'san-diego', 'san-antonio']);
    // Names that start with what was typed come before metros that only include it ("San Marcos").
    expect(ids('san')).toContain('austin');
  });

  it('reads punctuation as a word break: "st louis", "dc", "fort worth"', () => {
    expect(ids('st louis')).toEqual(['st-louis']);
    expect(ids('dc')).toEqual(['washington-dc']);
    expect(ids('fort worth')).toEqual(['dallas']);
  });

  it('matches only at the start of a word, not inside one', () => {
    expect(ids('ancisco')).toEqual([]);
  });

  it('an empty or blank query matches every metro, in the data’s order', () => {
    expect(matchLocations(locations, '')).toEqual(locations);
    expect(matchLocations(locations, '  \t ')).toEqual(locations);
  });

  it('any start of any word of a name finds that metro, in any case and with accents added', () => {
    const picks = fc
      .constantFrom(...locations)
      .chain((l) => fc.record({ l: fc.constant(l), word: fc.constantFrom(...searchWords(l.label)) }))
      .chain(({ l, word }) =>
        fc.record({
          l: fc.constant(l),
          prefix: fc.integer({ min: 1, max: word.length }).map((n) => word.slice(0, n)),
          upper: fc.boolean(),
          marks: fc.array(fc.constantFrom('', '\u0301', '\u0308', '\u0303'), { minLength: 1, maxLength: 4 }),
        }),
      );
    fc.assert(
      fc.property(picks, ({ l, prefix, upper, marks }) => {
        const typed = accent(upper ? prefix.toUpperCase() : prefix, marks).normalize('NFC');
        expect(matchesQuery(typed, l), `${typed} → ${l.label}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('more typed words never find more metros', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const wider = ids(a);
        for (const id of ids(`${a} ${b}`)) expect(wider).toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});
