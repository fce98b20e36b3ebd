/**
 * What an option the person could choose (a certification, skill, education level or employer type)
 * would do for each chosen role, before it is chosen, so the form can mark the ones that change nothing.
 * It asks the engine's own rules (premiums.ts, employer.ts), the ones `estimate` reports as
 * `inapplicable`, so the mark at a choice and the card's note can never disagree.
 */
import type { Dataset } from './dataset';
import type { PremiumKind, RoleId } from './domain';
import { companyInapplicable } from './employer';
import { educationInapplicable, premiumInapplicable } from './premiums';
import type { Inapplicable } from './types';

/** A chosen role an option changes nothing for, and the engine's reason. */
export type NoEffect = Inapplicable & { roleId: RoleId };

/** The chosen roles an option would change nothing for, in the order chosen, each with its reason. */
export function noEffectFor(
  dataset: Dataset,
  kind: Inapplicable['kind'],
  id: string,
  roles: readonly RoleId[],
): NoEffect[] {
  return roles.flatMap((roleId) => {
    const role = dataset.index.roles.get(roleId);
    if (role === undefined) return [];
    let none: Inapplicable | null = null;
    if (kind === 'certification' || kind === 'skill') none = premiumInapplicable(dataset, role, kind, id);
    else if (kind === 'education') {
      const education = dataset.index.education.get(id);
      none = education === undefined ? null : educationInapplicable(role, education);
    } else {
      const company = dataset.index.companies.get(id);
      none = company === undefined ? null : companyInapplicable(company, role);
    }
    return none === null ? [] : [{ ...none, roleId }];
  });
}

export interface OptionEffect {
  /** Chosen roles whose estimate this option raises. */
  affects: RoleId[];
  /** Chosen roles it changes nothing for, with the reason. */
  noEffect: NoEffect[];
  /** The source's range for a certification's or skill's group, percent, where it raises a chosen role. */
  percent: { low: number; high: number } | null;
  /** An education level every band already assumes (no effects of its own): it moves no role. */
  baseline: boolean;
}

/** What a certification, skill or education level does for each chosen role: priced, or why not. */
export function optionEffect(
  dataset: Dataset,
  kind: PremiumKind | 'education',
  id: string,
  roles: readonly RoleId[],
): OptionEffect {
  const baseline = kind === 'education' && dataset.index.education.get(id)?.effects.length === 0;
  const noEffect = noEffectFor(dataset, kind, id, roles);
  const affects = baseline ? [] : roles.filter((r) => !noEffect.some((n) => n.roleId === r));
  const group = dataset.modifiers.groups.find(
    (g) => g.kind === kind && g.members.includes(id) && affects.some((r) => g.appliesTo.includes(r)),
  );
  const percent =
    group?.percent == null ? null : { low: group.percent.low.value, high: group.percent.high.value };
  return { affects, noEffect, percent, baseline };
}
