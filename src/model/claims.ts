/**
 * Each relative claim the articles make, checked against the engine: the scenario or pair of
 * scenarios the claim is about, the measure, and whether the model's figure falls in the range the
 * words state.
 */
import type { Dataset } from './dataset';
import { quantile } from './distribution';
import type { Claim, ClaimMeasure, ClaimScenario, OpenRange, Years } from './domain';
import { estimateRole } from './estimate';
import { DEFAULT_SCENARIO } from './scenario';
import type { RoleEstimate, Scenario } from './types';

export interface ClaimValue {
  years: Years;
  /** Percent for compare and value checks; dollars an hour for hourly checks (low and high). */
  value: number;
  high?: number;
}

export interface ClaimResult {
  claim: Claim;
  values: ClaimValue[];
  holds: boolean;
}

/** Half a tenth of a percentage point: a claim at its boundary holds despite rounding. */
const TOLERANCE = 0.05;

function scenarioOf(s: ClaimScenario, years: Years): Scenario {
  return {
    ...DEFAULT_SCENARIO,
    roles: [s.role],
    years: s.years ?? years,
    location: s.location ?? DEFAULT_SCENARIO.location,
    company: s.company ?? DEFAULT_SCENARIO.company,
    education: s.education ?? DEFAULT_SCENARIO.education,
    certs: s.certs ?? [],
    skills: s.skills ?? [],
  };
}

function measure(e: RoleEstimate, m: ClaimMeasure): number {
  switch (m) {
    case 'base-median':
      return e.base.median;
    case 'base-p90':
      return quantile(e.base, 90);
    case 'equity-median':
      return e.equityAnnualUsd.typical;
    case 'bonus-median':
      return e.bonusAnnualUsd.typical;
    case 'equity-of-base':
      return (100 * e.equityAnnualUsd.typical) / e.baseAnnualUsd.typical;
    case 'equity-share':
      return (100 * e.equityAnnualUsd.typical) / e.totalAnnualUsd.typical;
  }
}

const within = (v: number, r: OpenRange) =>
  (r.min === null || v >= r.min - TOLERANCE) && (r.max === null || v <= r.max + TOLERANCE);

export function checkClaim(claim: Claim, dataset: Dataset): ClaimResult {
  const check = claim.check;
  const at = (s: ClaimScenario, years: Years) => estimateRole(scenarioOf(s, years), dataset, s.role);
  if (check.kind === 'hourly') {
    const e = at(check.a, DEFAULT_SCENARIO.years);
    const h = e.hourlyUsd;
    const holds = h !== null && h.low >= check.usd.min - 0.5 && h.high <= check.usd.max + 0.5;
    return {
      claim,
      values: h === null ? [] : [{ years: e.experience.years, value: h.low, high: h.high }],
      holds,
    };
  }
  const values = check.years.map((years) => {
    const a = measure(at(check.a, years), check.measure);
    const value = check.kind === 'value' ? a : (a / measure(at(check.b, years), check.measure) - 1) * 100;
    return { years, value };
  });
  return { claim, values, holds: values.every((v) => within(v.value, check.percent)) };
}

export const checkClaims = (dataset: Dataset): ClaimResult[] =>
  dataset.claims.claims.map((claim) => checkClaim(claim, dataset));
