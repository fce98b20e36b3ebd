import fc from 'fast-check';
import { MAX_ROLES, MAX_YEARS, MIN_YEARS, type Dataset, type Scenario } from '../../src/model/types';
import { PARAMS } from '../../src/state/url';

/** Any scenario built from the ids a dataset offers. */
export function scenarioArb(dataset: Dataset): fc.Arbitrary<Scenario> {
  const m = dataset.modifiers;
  const ids = <T extends { id: string }>(xs: T[]) => xs.map((x) => x.id);
  return fc.record({
    roles: fc.uniqueArray(fc.constantFrom(...dataset.roles.roles.map((r) => r.id)), {
      minLength: 1,
      maxLength: MAX_ROLES,
    }),
    years: fc.integer({ min: MIN_YEARS, max: MAX_YEARS }),
    location: fc.constantFrom(...ids(m.locations)),
    company: fc.constantFrom(...ids(m.companies)),
    education: fc.constantFrom(...ids(m.education)),
    certs: fc.subarray(ids(m.certifications)),
    skills: fc.subarray(ids(m.skills)),
  });
}

/** Values no parameter accepts as they are: markup, overflow, broken escapes, near-misses of real ids. */
const JUNK = [
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<img src=x onerror=alert(1)>',
  '99999999999999999999',
  '-1',
  '1e309',
  'NaN',
  '%E0%A4%A',
  '%',
  '%%%',
  ',,,',
  'devops-engineer,devops-engineer,devops-engineer,devops-engineer',
  'ai-engineer,ml-engineer,mlops-engineer,backend-developer,devops-engineer',
  '%F0%9F%92%B8',
  'x'.repeat(3000),
  '',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  ' seattle ',
  'SEATTLE',
  '0x10',
  '7.5',
  'annual;hourly',
];

const junk = fc.constantFrom(...JUNK);
/** Mostly the codec's own parameters, sometimes one it does not know. */
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...PARAMS), weight: 85 },
  { arbitrary: fc.constantFrom('bogus', '%ZZ', 'roles[]', ''), weight: 15 },
);
const pair = fc
  .tuple(key, junk, fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: junk, weight: 1 }))
  // Sometimes the same parameter twice in a row.
  .map(([k, value, again]) => (again === null ? [`${k}=${value}`] : [`${k}=${value}`, `${k}=${again}`]));

/**
 * A link the codec cannot take as it is. An empty certs or skills list (`certs=` or `certs=,,,`) is a
 * valid link (no certifications), so a query made only of those, each once, is not malformed.
 */
function malformed(query: string): boolean {
  const entries = [...new URLSearchParams(query)];
  const keys = new Set(entries.map(([k]) => k));
  const onlyEmptyLists = entries.every(
    ([k, v]) => (k === 'certs' || k === 'skills') && v.split(',').every((id) => id.trim() === ''),
  );
  return keys.size < entries.length || !onlyEmptyLists;
}

/**
 * A link to the estimator ("/?…") made of the codec's own parameters with junk values, repeats and a
 * few unknown names: what a hand-edited, truncated or hostile bookmark looks like. The browser fuzz
 * opens some of these; the codec's tests decode many more.
 */
export const malformedLinkArb: fc.Arbitrary<string> = fc
  .array(pair, { minLength: 1, maxLength: 6 })
  .map((pairs) => pairs.flat().join('&'))
  .filter(malformed)
  .map((query) => `/?${query}`);
