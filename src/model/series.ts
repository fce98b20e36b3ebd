/** Chart series derived from estimates: plain numbers, computed on demand, never stored. */
import { priceRole } from './estimate';
import { MAX_YEARS, type Dataset, type RoleEstimate, type RoleId, type Scenario } from './types';

export interface ExperiencePoint {
  years: number;
  /** Typical base, US dollars per year. */
  typical: number;
  /** [low, high] base, for a range band. */
  range: [number, number];
}

export interface ExperienceSeries {
  roleId: RoleId;
  title: string;
  points: ExperiencePoint[];
}

/** The chart spans every number of years a scenario can have, so the chosen years are always on it. */
export const EXPERIENCE_CHART_MAX_YEARS = MAX_YEARS;

/** Base salary by years of experience, 0..maxYears, for each chosen role, with everything else as chosen. */
export function experienceSeries(
  scenario: Scenario,
  dataset: Dataset,
  maxYears = EXPERIENCE_CHART_MAX_YEARS,
): ExperienceSeries[] {
  return scenario.roles.flatMap((roleId) => {
    if (!dataset.roles.roles.some((r) => r.id === roleId)) return [];
    const points: ExperiencePoint[] = [];
    let title = roleId as string;
    for (let years = 0; years <= maxYears; years++) {
      const e = priceRole({ ...scenario, years }, dataset, roleId);
      title = e.role.title;
      points.push({
        years,
        typical: e.baseAnnualUsd.typical,
        range: [e.baseAnnualUsd.low, e.baseAnnualUsd.high],
      });
    }
    return [{ roleId, title, points }];
  });
}

export interface CompareRow {
  roleId: RoleId;
  title: string;
  /** Typical parts of total compensation, US dollars per year; they add up to totalTypical. */
  base: number;
  bonus: number;
  equity: number;
  totalTypical: number;
  /** [low, high] total compensation. */
  totalRange: [number, number];
}

export function compareRows(estimates: RoleEstimate[]): CompareRow[] {
  return estimates.map((e) => ({
    roleId: e.roleId,
    title: e.title,
    base: e.baseAnnualUsd.typical,
    bonus: e.bonusAnnualUsd.typical,
    equity: e.equityAnnualUsd.typical,
    totalTypical: e.totalAnnualUsd.typical,
    totalRange: [e.totalAnnualUsd.low, e.totalAnnualUsd.high],
  }));
}
