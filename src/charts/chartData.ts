/** Pure reshaping of model series into the flat rows recharts reads. No React, no DOM. */
import type { CompareRow, ExperienceSeries } from '../model/series';

/*
 * Keys avoid DOM attribute names (`role`, `name`, `title`, ...): recharts spreads data fields onto the
 * SVG elements it draws, so a `role` field would become an ARIA role on every bar.
 */

/** One bar group of the comparison chart, US dollars per year. */
export interface CompareChartRow {
  roleTitle: string;
  baseUsd: number;
  bonusUsd: number;
  equityUsd: number;
  /** Top of the stack, base + bonus + equity: where the range whisker is anchored. */
  stackTopUsd: number;
  /** Whisker offsets from the top of the stack: [top − low, high − top], never negative. */
  totalRangeErrorUsd: [number, number];
}

const stackTop = (row: CompareRow): number => row.base + row.bonus + row.equity;

/**
 * recharts' ErrorBar takes offsets relative to the value it is attached to. The whisker is attached to
 * an invisible line through the top of each stack (base + bonus + equity), so that is the reference.
 */
export function totalRangeError(row: CompareRow): [number, number] {
  const stackTopUsd = stackTop(row);
  const [lowUsd, highUsd] = row.totalRange;
  return [Math.max(0, stackTopUsd - lowUsd), Math.max(0, highUsd - stackTopUsd)];
}

export function compareChartRows(rows: CompareRow[]): CompareChartRow[] {
  return rows.map((row) => ({
    roleTitle: row.title,
    baseUsd: row.base,
    bonusUsd: row.bonus,
    equityUsd: row.equity,
    stackTopUsd: stackTop(row),
    totalRangeErrorUsd: totalRangeError(row),
  }));
}

/** Data keys for the role at position `index` in the chosen list. */
export const typicalKey = (index: number) => `r${index}Typical` as const;
export const rangeKey = (index: number) => `r${index}Range` as const;

/** One x position of the experience chart: every chosen role's base salary at `years`. */
export interface ExperienceChartRow {
  years: number;
  /** Typical base for role `i`, US dollars per year. */
  [typical: `r${number}Typical`]: number | undefined;
  /** [low, high] base for role `i`, drawn as a band. */
  [range: `r${number}Range`]: [number, number] | undefined;
}

/** Merges per-role series into one row per year, sorted by years; a role missing a year has no keys there. */
export function experienceChartRows(series: ExperienceSeries[]): ExperienceChartRow[] {
  const byYears = new Map<number, ExperienceChartRow>();
  series.forEach((s, index) => {
    for (const point of s.points) {
      let row = byYears.get(point.years);
      if (!row) {
        row = { years: point.years };
        byYears.set(point.years, row);
      }
      row[typicalKey(index)] = point.typical;
      row[rangeKey(index)] = point.range;
    }
  });
  return [...byYears.values()].sort((a, b) => a.years - b.years);
}
