/**
 * "What raises my pay most": every single change a person could make to the scenario, evaluated with
 * the same engine and ranked by its effect on typical total compensation.
 */
import { priceRole } from './estimate';
import { MAX_YEARS, type Dataset, type Factor, type Provenance, type RoleId, type Scenario } from './types';

export interface Lever {
  /** Stable id, e.g. "cert:cka", "years:+2", "location:seattle". */
  id: string;
  kind: 'certification' | 'skill' | 'years' | 'location' | 'company' | 'education';
  /** What the person would do, in words: "Add Certified Kubernetes Administrator (CKA)". */
  label: string;
  /** The change to apply to the scenario. */
  patch: Partial<Scenario>;
  /** Change in typical total compensation, whole US dollars per year. */
  deltaAnnualUsd: number;
  /** The same change relative to today's typical total, e.g. 0.052 for +5.2%. */
  deltaFraction: number;
  provenance: Provenance[];
}

export const TOP_LEVERS = 8;
const YEAR_STEPS = [2, 5];

function candidates(
  scenario: Scenario,
  dataset: Dataset,
  roleId: RoleId,
): Omit<Lever, 'deltaAnnualUsd' | 'deltaFraction' | 'provenance'>[] {
  const m = dataset.modifiers;
  const out: Omit<Lever, 'deltaAnnualUsd' | 'deltaFraction' | 'provenance'>[] = [];
  const inOrder = (known: { id: string }[], ids: string[]) =>
    known.map((k) => k.id).filter((id) => ids.includes(id));
  const priced = (kind: 'certification' | 'skill', id: string) =>
    m.groups.some(
      (g) => g.kind === kind && g.percent !== null && g.members.includes(id) && g.appliesTo.includes(roleId),
    );

  for (const c of m.certifications) {
    if (scenario.certs.includes(c.id) || !priced('certification', c.id)) continue;
    out.push({
      id: `cert:${c.id}`,
      kind: 'certification',
      label: `Earn ${c.label}`,
      patch: { certs: inOrder(m.certifications, [...scenario.certs, c.id]) },
    });
  }
  for (const s of m.skills) {
    if (scenario.skills.includes(s.id) || !priced('skill', s.id)) continue;
    out.push({
      id: `skill:${s.id}`,
      kind: 'skill',
      label: `Add ${s.label} to your skills`,
      patch: { skills: inOrder(m.skills, [...scenario.skills, s.id]) },
    });
  }
  for (const step of YEAR_STEPS) {
    const years = Math.min(MAX_YEARS, scenario.years + step);
    if (years === scenario.years) continue;
    out.push({
      id: `years:+${step}`,
      kind: 'years',
      label: `${step} more years of experience (${years} in all)`,
      patch: { years },
    });
  }
  for (const l of m.locations) {
    if (l.id !== scenario.location)
      out.push({
        id: `location:${l.id}`,
        kind: 'location',
        label: `Work in ${l.label}`,
        patch: { location: l.id },
      });
  }
  for (const c of m.companies) {
    if (c.id !== scenario.company)
      out.push({
        id: `company:${c.id}`,
        kind: 'company',
        label: `Work at: ${c.label}`,
        patch: { company: c.id },
      });
  }
  for (const e of m.education) {
    if (e.id !== scenario.education && e.effects.length > 0) {
      out.push({
        id: `education:${e.id}`,
        kind: 'education',
        label: `Earn a ${e.label}`,
        patch: { education: e.id },
      });
    }
  }
  return out;
}

const FACTOR_KIND: Record<Lever['kind'], Factor['kind']> = {
  certification: 'certification',
  skill: 'skill',
  years: 'band',
  location: 'location',
  company: 'company',
  education: 'education',
};

/**
 * Every lever that raises typical total compensation for the role, best first (ties by id, so the
 * order is stable). `limit` caps the list.
 */
export function rankLevers(
  scenario: Scenario,
  dataset: Dataset,
  roleId: RoleId,
  limit = TOP_LEVERS,
): Lever[] {
  const now = priceRole(scenario, dataset, roleId).totalTypical;
  const levers: Lever[] = [];
  for (const c of candidates(scenario, dataset, roleId)) {
    const after = priceRole({ ...scenario, ...c.patch }, dataset, roleId);
    const delta = after.totalTypical - now;
    if (delta <= 0) continue;
    const provenance = [after.band, ...after.modifiers]
      .filter((f) => f.kind === FACTOR_KIND[c.kind])
      .flatMap((f) => f.provenance);
    // A company type also changes the bonus and equity shares, which can be all of its effect.
    if (c.kind === 'company') {
      provenance.push(...after.mix.bonus.provenance, ...after.mix.equity.provenance);
    }
    levers.push({ ...c, deltaAnnualUsd: delta, deltaFraction: now > 0 ? delta / now : 0, provenance });
  }
  levers.sort((a, b) => b.deltaAnnualUsd - a.deltaAnnualUsd || (a.id < b.id ? -1 : 1));
  return levers.slice(0, limit);
}
