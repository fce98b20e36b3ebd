/**
 * A person's own premiums (certifications, skills, education) for one role. A market band already
 * holds people with degrees, certifications and skills, and each source prices its premium against
 * people without it, so premiums overlap: the largest counts in full, the next at the stacking weight
 * (half, in the shipped data), the next at its square, and the total never passes the largest stated
 * high end among them plus a stated margin. An education or skill the role's band already assumes
 * (its defining education or skills) adds nothing; a higher degree adds only its premium over the
 * defining one.
 */
import type { Dataset } from './dataset';
import { rangeSigma } from './distribution';
import type { Education, PremiumGroup, PremiumKind, Role } from './domain';
import { factorId } from './factorId';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import type { Inapplicable, ModifierFactor, Scenario } from './types';

const mid = (low: number, high: number) => (low + high) / 2;

function isDefining(role: Role, kind: 'education' | 'skill', id: string): boolean {
  return role.defining.some((d) => d.kind === kind && d.id === id);
}

function definingProvenance(role: Role, kind: 'education' | 'skill', id: string) {
  return role.defining.filter((d) => d.kind === kind && d.id === id).map(provenanceOf);
}

/** The education effect for a role, percent low and high, or null when no source prices it. */
function educationPercent(
  education: Education,
  role: Role,
): { low: number; high: number; effect: Education['effects'][number] } | null {
  const effect = education.effects.find((e) => e.appliesTo.includes(role.id));
  return effect === undefined ? null : { low: effect.low.value, high: effect.high.value, effect };
}

/**
 * Why a certification or skill changes nothing for a role, or null when a source prices it for the
 * role. The estimate asks this for what was chosen; the form asks it for every option before it is
 * chosen, so the two can never disagree.
 */
export function premiumInapplicable(
  dataset: Dataset,
  role: Role,
  kind: PremiumKind,
  id: string,
): Inapplicable | null {
  if (kind === 'skill' && isDefining(role, 'skill', id))
    return { kind, id, reason: 'defining', provenance: definingProvenance(role, 'skill', id) };
  const group = dataset.modifiers.groups.find(
    (g) => g.kind === kind && g.appliesTo.includes(role.id) && g.members.includes(id),
  );
  if (group === undefined) return { kind, id, reason: 'not-priced-for-role', provenance: [] };
  if (group.percent === null)
    return { kind, id, reason: 'no-figure', provenance: group.notes.map(provenanceOf) };
  return null;
}

/**
 * Why an education level changes nothing for a role (the role's pay already assumes it, or no source
 * prices it for the role), or null when it is priced or is the baseline every band assumes.
 */
export function educationInapplicable(role: Role, education: Education): Inapplicable | null {
  if (education.effects.length === 0) return null;
  const { id } = education;
  if (isDefining(role, 'education', id))
    return {
      kind: 'education',
      id,
      reason: 'defining',
      provenance: definingProvenance(role, 'education', id),
    };
  if (educationPercent(education, role) === null)
    return { kind: 'education', id, reason: 'not-priced-for-role', provenance: [] };
  return null;
}

/** Premium candidates before stacking: one per priced group with chosen members, and education. */
function candidates(
  dataset: Dataset,
  role: Role,
  scenario: Scenario,
): {
  factors: Omit<ModifierFactor, 'stackWeight' | 'multiplier' | 'sigma' | 'rule'>[];
  inapplicable: Inapplicable[];
} {
  const factors: Omit<ModifierFactor, 'stackWeight' | 'multiplier' | 'sigma' | 'rule'>[] = [];
  const inapplicable: Inapplicable[] = [];
  const groups = dataset.modifiers.groups;

  const groupsFor = (kind: PremiumKind, chosen: string[]) => {
    for (const group of groups.filter(
      (g) => g.kind === kind && g.percent !== null && g.appliesTo.includes(role.id),
    )) {
      const picked = group.members.filter(
        (m) => chosen.includes(m) && !(kind === 'skill' && isDefining(role, 'skill', m)),
      );
      if (picked.length === 0) continue;
      factors.push(groupFactor(group, picked));
    }
    for (const id of chosen) {
      const none = premiumInapplicable(dataset, role, kind, id);
      if (none !== null) inapplicable.push(none);
    }
  };
  groupsFor('certification', scenario.certs);
  groupsFor('skill', scenario.skills);

  const education = dataset.index.education.get(scenario.education);
  if (education !== undefined && education.effects.length > 0) {
    const chosen = educationPercent(education, role);
    const defining = role.defining.find((d) => d.kind === 'education');
    const definingEducation = defining ? dataset.index.education.get(defining.id) : undefined;
    const assumed = definingEducation ? educationPercent(definingEducation, role) : null;
    const none = educationInapplicable(role, education);
    if (none !== null) inapplicable.push(none);
    else if (chosen !== null) {
      // Over the defining degree, a higher one adds only what its premium adds beyond the defining one.
      const over = (p: number, q: number) => ((1 + p / 100) / (1 + q / 100) - 1) * 100;
      const low = assumed ? over(chosen.low, assumed.low) : chosen.low;
      const high = assumed ? over(chosen.high, assumed.high) : chosen.high;
      factors.push({
        kind: 'education',
        id: factorId('education', education.id),
        subjectId: education.id,
        picked: [],
        statedPercent: { low: Math.min(low, high), high: Math.max(low, high) },
        share: 1,
        provenance: uniqueProvenance([
          ...rangeProvenance(chosen.effect),
          ...(assumed
            ? [...rangeProvenance(assumed.effect), ...definingProvenance(role, 'education', defining!.id)]
            : []),
          ...education.notes.map(provenanceOf),
        ]),
      });
    }
  }
  return { factors, inapplicable };
}

function groupFactor(
  group: PremiumGroup,
  picked: string[],
): Omit<ModifierFactor, 'stackWeight' | 'multiplier' | 'sigma' | 'rule'> {
  const share = group.combine === 'any-one' ? 1 : picked.length / group.members.length;
  return {
    kind: group.kind,
    id: factorId(group.kind, group.id),
    subjectId: group.id,
    picked,
    statedPercent:
      group.percent === null ? null : { low: group.percent.low.value, high: group.percent.high.value },
    share,
    provenance: uniqueProvenance([
      ...(group.percent === null ? [] : rangeProvenance(group.percent)),
      ...group.notes.map(provenanceOf),
    ]),
  };
}

/**
 * The person's premiums for a role, stacked: each factor's multiplier and spread after the stacking
 * weights and the cap, largest first. Groups a source names without a figure are `inapplicable`.
 */
export function premiumFactors(
  dataset: Dataset,
  role: Role,
  scenario: Scenario,
): { factors: ModifierFactor[]; inapplicable: Inapplicable[]; capPercent: number | null } {
  const { factors: raw, inapplicable } = candidates(dataset, role, scenario);
  const weight = dataset.modifiers.stacking.weight.value;
  const margin = dataset.modifiers.stacking.marginPercent.value;
  const logEffect = (f: (typeof raw)[number]) =>
    f.statedPercent === null
      ? 0
      : Math.log(1 + (mid(f.statedPercent.low, f.statedPercent.high) * f.share) / 100);

  const priced = [...raw].sort((a, b) => logEffect(b) - logEffect(a));
  const weights = priced.map((_, k) => weight ** k);
  const total = priced.reduce((s, f, k) => s + weights[k]! * logEffect(f), 0);
  const highest = Math.max(0, ...priced.map((f) => f.statedPercent!.high));
  const cap = Math.log(1 + (highest + margin) / 100);
  const capped = priced.length > 1 && total > cap;
  const scale = capped ? cap / total : 1;

  const factors: ModifierFactor[] = [
    ...priced.map((f, k): ModifierFactor => {
      const { low, high } = f.statedPercent!;
      const w = weights[k]! * scale;
      return {
        ...f,
        stackWeight: w,
        multiplier: Math.exp(w * logEffect(f)),
        sigma: w * rangeSigma(low * f.share, high * f.share),
        rule: capped ? 'capped' : k > 0 ? 'stacked' : 'range',
      };
    }),
  ];
  return { factors, inapplicable, capPercent: priced.length > 1 ? highest + margin : null };
}
