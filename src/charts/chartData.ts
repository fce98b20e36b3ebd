/** Pure reshaping of model series into the flat rows recharts reads, and the series a chart draws. No React, no DOM. */
import { inPeriod, type Period } from '../model/period';
import type { Dataset } from '../model/dataset';
import { experienceSeries, type CompareRow, type ExperienceSeries } from '../model/series';
import type { Scenario } from '../model/types';

/*
 * Keys avoid DOM attribute names (`role`, `name`, `title`, ...): recharts spreads data fields onto the
 * SVG elements it draws, so a `role` field would become an ARIA role on every bar.
 */

/** One bar group of the comparison chart, US dollars in the chosen period. */
export interface CompareChartRow {
  roleTitle: string;
  baseUsd: number;
  bonusUsd: number;
  equityUsd: number;
  /** The total's low–high range, drawn as a whisker. */
  totalLowUsd: number;
  totalHighUsd: number;
}

/** The chart's bars in the chosen period: a month or an hour is the same picture on another scale. */
export function compareChartRows(rows: CompareRow[], period: Period = 'annual'): CompareChartRow[] {
  const p = (annualUsd: number) => inPeriod(annualUsd, period);
  return rows.map((row) => ({
    roleTitle: row.title,
    baseUsd: p(row.base),
    bonusUsd: p(row.bonus),
    equityUsd: p(row.equity),
    totalLowUsd: p(row.totalRange[0]),
    totalHighUsd: p(row.totalRange[1]),
  }));
}

/** Data keys for the role at position `index` in the chosen list. */
export const typicalKey = (index: number) => `r${index}Typical` as const;
export const rangeKey = (index: number) => `r${index}Range` as const;

/** One x position of the experience chart: every chosen role's base salary at `years`. */
export interface ExperienceChartRow {
  years: number;
  /** Typical base for role `i`, US dollars in the chosen period. */
  [typical: `r${number}Typical`]: number | undefined;
  /** [low, high] base for role `i`, drawn as a band. */
  [range: `r${number}Range`]: [number, number] | undefined;
}

/**
 * Merges per-role series into one row per year, sorted by years, in the chosen period; a role missing a
 * year has no keys there.
 */
export function experienceChartRows(
  series: ExperienceSeries[],
  period: Period = 'annual',
): ExperienceChartRow[] {
  const p = (annualUsd: number) => inPeriod(annualUsd, period);
  const byYears = new Map<number, ExperienceChartRow>();
  series.forEach((s, index) => {
    for (const point of s.points) {
      let row = byYears.get(point.years);
      if (!row) {
        row = { years: point.years };
        byYears.set(point.years, row);
      }
      row[typicalKey(index)] = p(point.typical);
      row[rangeKey(index)] = [p(point.range[0]), p(point.range[1])];
    }
  });
  return [...byYears.values()].sort((a, b) => a.years - b.years);
}

/** Average glyph width of an axis label, as a share of its font size: sans-serif text, generous. */
const GLYPH_EM = 0.6;

/** How many characters of a label fit in `widthPx` at `fontPx`. */
export const charsThatFit = (widthPx: number, fontPx: number): number =>
  Math.max(1, Math.floor(widthPx / (fontPx * GLYPH_EM)));

/**
 * A category label broken at spaces into at most `maxLines` lines of at most
 * `maxChars` characters each, so neighbouring labels never run into each other. A word longer than a line,
 * or text beyond the last line, is cut with "…": the chart's table carries the full name.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const width = Math.max(2, Math.floor(maxChars));
  const cut = (word: string) => (word.length <= width ? word : `${word.slice(0, width - 1)}…`);
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const tail = kept[maxLines - 1] ?? '';
    kept[maxLines - 1] = `${tail.length < width ? tail : tail.slice(0, width - 1)}…`;
    return kept.map(cut);
  }
  return lines.map(cut);
}

let lastSeries: { dataset: Dataset; key: string; series: ExperienceSeries[] } | null = null;

/**
 * The experience chart's series for a scenario. Every number of years is on the chart, so the series is
 * the same whatever years are chosen: dragging the years slider only moves the marker, and the series
 * (41 estimates per role, the heaviest derivation on the page) is worked out again, and is a new array
 * for the chart to redraw, only when something else changes.
 */
export function experienceSeriesOf(scenario: Scenario, dataset: Dataset): ExperienceSeries[] {
  const key = JSON.stringify({ ...scenario, years: 0 });
  if (lastSeries?.dataset !== dataset || lastSeries.key !== key) {
    lastSeries = { dataset, key, series: experienceSeries(scenario, dataset) };
  }
  return lastSeries.series;
}
