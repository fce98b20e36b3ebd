/**
 * The switch planner (issue 10, item 2): staying in the current role against moving to the target role,
 * year by year over the next ten years. Pure: the same scenario, data and choices give the same plan.
 *
 * The assumptions, stated once here and in the README's "How estimates are made":
 * - Pay is the typical total compensation (base + bonus + equity) of each role, with the rest of the
 *   scenario (location, company, education, certifications, skills) as chosen, and changes once a year,
 *   at the experience held at the start of that year.
 * - While getting job-ready (part-time, the time the role's data gives, its midpoint), the person keeps
 *   the current role and its pay; nothing is charged for courses.
 * - At the switch, `carryPercent` of the years held then count as years in the target role; every year
 *   after counts in full.
 */
import type { Percent, Provenance, RoleId, Years } from './domain';
import { priceRole } from './estimate';
import { provenanceOf } from './provenance';
import type { AnnualUsd } from './domain';
import type { Dataset, Scenario } from './types';

/** The plan's horizon, in years from now. */
export const SWITCH_HORIZON_YEARS = 10;

/** Time to become job-ready in a role, from its profile: months of focused study and where they come from. */
export interface JobReady {
  lowMonths: number;
  highMonths: number;
  /** The midpoint, which the plan uses. */
  months: number;
  provenance: Provenance[];
}

export function jobReadyOf(dataset: Dataset, roleId: RoleId): JobReady {
  const role = dataset.index.roles.get(roleId);
  if (role === undefined) throw new Error(`unknown role ${roleId}`);
  const { low, high } = role.profile.jobReadyMonths;
  const provenance = [provenanceOf(low), provenanceOf(high)];
  const same = JSON.stringify(provenance[0]) === JSON.stringify(provenance[1]);
  return {
    lowMonths: low.value,
    highMonths: high.value,
    months: (low.value + high.value) / 2,
    provenance: same ? provenance.slice(0, 1) : provenance,
  };
}

/** One year of the plan: year 1 is the next twelve months. Whole US dollars. */
export interface SwitchYear {
  year: number;
  /** Years in the current role at the start of the year, if staying. */
  stayYears: Years;
  /** Years counted in the target role at the start of the year, if switching (0 before the switch). */
  targetYears: Years;
  stayAnnualUsd: AnnualUsd;
  switchAnnualUsd: AnnualUsd;
  /** switch − stay, this year. */
  differenceAnnualUsd: AnnualUsd;
  /** The sum of the differences up to and including this year. */
  cumulativeUsd: number;
}

export interface SwitchPlan {
  fromRoleId: RoleId;
  toRoleId: RoleId;
  years: Years;
  carryPercent: Percent;
  jobReadyMonths: number;
  /** Years counted in the target role on the day of the switch. */
  carriedYears: Years;
  path: SwitchYear[];
  /** The cumulative difference after ten years, dollars. */
  gain10yUsd: number;
  /**
   * Whole years until the switch has paid for itself: the first year from which the cumulative
   * difference stays at or above zero to the end of the ten years (0 when it is never below zero); null
   * when it is below zero after ten years.
   */
  breakEvenYear: number | null;
}

export interface SwitchInputs {
  /** The target role is `scenario.roles[0]`; `scenario.years` are the years in the current role. */
  scenario: Scenario;
  fromRoleId: RoleId;
  carryPercent: Percent;
  jobReadyMonths: number;
}

/** The first year from which the cumulative difference never falls below zero again; null if it ends below. */
export function breakEvenYear(cumulative: readonly number[]): number | null {
  let last = -1;
  cumulative.forEach((c, i) => {
    if (c < 0) last = i;
  });
  if (last === cumulative.length - 1) return null;
  return last === -1 ? 0 : last + 2;
}

export function planSwitch(dataset: Dataset, inputs: SwitchInputs): SwitchPlan {
  const { scenario, fromRoleId, carryPercent, jobReadyMonths } = inputs;
  const toRoleId = scenario.roles[0];
  if (toRoleId === undefined) throw new Error('no target role: the scenario has no roles');
  const carry = Math.min(100, Math.max(0, carryPercent)) / 100;
  const switchAt = Math.max(0, jobReadyMonths) / 12;
  const payAt = (roleId: RoleId, years: Years) =>
    priceRole({ ...scenario, years }, dataset, roleId).totalTypical;

  const path: SwitchYear[] = [];
  let cumulativeUsd = 0;
  for (let year = 1; year <= SWITCH_HORIZON_YEARS; year++) {
    const start = year - 1;
    const stayYears = scenario.years + start;
    // Years in the target role at the start of this year, had the person already switched: the carried
    // share of the years held at the switch (or now, before it), plus every year since.
    const targetYears = carry * (scenario.years + Math.min(start, switchAt)) + Math.max(0, start - switchAt);
    // The share of this year still spent in the current role, getting job-ready.
    const before = Math.min(1, Math.max(0, switchAt - start));
    const stayAnnualUsd = payAt(fromRoleId, stayYears);
    const switchAnnualUsd =
      before === 1
        ? stayAnnualUsd
        : Math.round(before * stayAnnualUsd + (1 - before) * payAt(toRoleId, targetYears));
    const differenceAnnualUsd = switchAnnualUsd - stayAnnualUsd;
    cumulativeUsd += differenceAnnualUsd;
    path.push({
      year,
      stayYears,
      targetYears: before === 1 ? 0 : targetYears,
      stayAnnualUsd,
      switchAnnualUsd,
      differenceAnnualUsd,
      cumulativeUsd,
    });
  }
  return {
    fromRoleId,
    toRoleId,
    years: scenario.years,
    carryPercent: carry * 100,
    jobReadyMonths,
    carriedYears: carry * (scenario.years + switchAt),
    path,
    gain10yUsd: cumulativeUsd,
    breakEvenYear: breakEvenYear(path.map((p) => p.cumulativeUsd)),
  };
}
