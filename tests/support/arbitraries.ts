import fc from 'fast-check';
import { MAX_ROLES, MAX_YEARS, MIN_YEARS, type Dataset, type Scenario } from '../../src/model/types';

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
