/**
 * The marks at the form's choices come from the engine's own rules: for any scenario and any option a
 * person could add, the roles the model says it changes nothing for are exactly the roles whose
 * estimate stays the same when it is added, and the ones the estimate then reports as inapplicable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noEffectFor, optionEffect } from '../../src/model/applicability';
import type { Dataset } from '../../src/model/dataset';
import { estimate } from '../../src/model/estimate';
import type { Scenario } from '../../src/model/types';
import { scenarioArb } from '../support/arbitraries';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

type Choice = { kind: 'certification' | 'skill' | 'education' | 'company'; id: string };

const withChoice = (s: Scenario, c: Choice): Scenario =>
  c.kind === 'certification'
    ? { ...s, certs: [...s.certs.filter((x) => x !== c.id), c.id] }
    : c.kind === 'skill'
      ? { ...s, skills: [...s.skills.filter((x) => x !== c.id), c.id] }
      : { ...s, [c.kind]: c.id };

describe.each<[string, () => Dataset]>([
  ['fixture', () => fixture],
  ['shipped data', realDataset],
])('marks on the %s', (_name, load) => {
  const dataset = load();
  const m = dataset.modifiers;
  const choices = fc.constantFrom<Choice>(
    ...m.certifications.map((o) => ({ kind: 'certification' as const, id: o.id })),
    ...m.skills.map((o) => ({ kind: 'skill' as const, id: o.id })),
    ...m.education.map((o) => ({ kind: 'education' as const, id: o.id })),
    ...m.companies.map((o) => ({ kind: 'company' as const, id: o.id })),
  );

  it('names the same roles, with the same reasons, as the estimate once the option is chosen', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), choices, (s, choice) => {
        const chosen = estimate(withChoice(s, choice), dataset);
        const reported = chosen.flatMap((e) =>
          e.inapplicable
            .filter((x) => x.kind === choice.kind && x.id === choice.id)
            .map((x) => ({ ...x, roleId: e.roleId })),
        );
        expect(noEffectFor(dataset, choice.kind, choice.id, s.roles)).toEqual(reported);
      }),
      { numRuns: 300 },
    );
  });

  it('marks an option only where adding it leaves the estimate as it was', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), choices, (s, choice) => {
        const before = estimate(s, dataset);
        const after = estimate(withChoice(s, choice), dataset);
        for (const none of noEffectFor(dataset, choice.kind, choice.id, s.roles)) {
          const i = s.roles.indexOf(none.roleId);
          // Education and employer replace the one chosen before: "no effect" is measured against none.
          const base =
            choice.kind === 'education' || choice.kind === 'company'
              ? estimate({ ...s, [choice.kind]: choice.kind === 'education' ? 'bachelors' : 'any' }, dataset)
              : before;
          expect(after[i]!.totalAnnualUsd).toEqual(base[i]!.totalAnnualUsd);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says a certification or skill raises a role only where, added alone, it raises that role’s base', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), choices, (s, choice) => {
        if (choice.kind !== 'certification' && choice.kind !== 'skill') return;
        const plain = { ...s, certs: [], skills: [], education: 'bachelors' };
        const before = estimate(plain, dataset);
        const after = estimate(withChoice(plain, choice), dataset);
        const { affects, noEffect } = optionEffect(dataset, choice.kind, choice.id, s.roles);
        expect([...affects, ...noEffect.map((n) => n.roleId)].sort()).toEqual([...s.roles].sort());
        s.roles.forEach((role, i) => {
          const raised = after[i]!.baseAnnualUsd.typical > before[i]!.baseAnnualUsd.typical;
          expect(raised, `${choice.id} for ${role}`).toBe(affects.includes(role));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('marks on the shipped data', () => {
  const dataset = realDataset();
  it('a master’s changes nothing for DevOps, CKA nothing for MLOps (the cases issue 10 names)', () => {
    expect(noEffectFor(dataset, 'education', 'masters', ['devops-engineer'])).toEqual([
      expect.objectContaining({ roleId: 'devops-engineer', reason: 'not-priced-for-role' }),
    ]);
    expect(noEffectFor(dataset, 'certification', 'cka', ['mlops-engineer', 'devops-engineer'])).toEqual([
      expect.objectContaining({ roleId: 'mlops-engineer', reason: 'not-priced-for-role' }),
    ]);
    expect(optionEffect(dataset, 'education', 'bachelors', ['devops-engineer'])).toMatchObject({
      baseline: true,
      affects: [],
      noEffect: [],
    });
  });
});
