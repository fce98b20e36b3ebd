/**
 * Pay band for a role at a given number of years. Sources state bands per level (entry; mid, 3-6
 * years; senior, 7+). A level's band is held exactly at its anchor year and the engine interpolates
 * linearly between anchors, so there is no cliff between 6 and 7 years, which no source claims.
 */
import type { Band, Level, Role } from '../data/schema';
import { provenanceOf, uniqueProvenance } from './provenance';
import type { AnnualUsdRange, LevelId, Provenance } from './types';

export interface LevelBand extends AnnualUsdRange {
  level: LevelId;
  /** Each source's band at this level, kept apart so disagreement can be shown. */
  sourceBands: Band[];
  derived: boolean;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The sources' bands at one level, averaged: low = mean of lows, high = mean of highs, typical = midpoint. */
export function levelBand(role: Role, level: LevelId): LevelBand {
  const sourceBands = role.bands.filter((b) => b.level === level);
  if (sourceBands.length === 0) throw new Error(`${role.id} has no ${level} band`);
  const low = mean(sourceBands.map((b) => b.low.value));
  const high = mean(sourceBands.map((b) => b.high.value));
  return {
    level,
    low,
    typical: (low + high) / 2,
    high,
    sourceBands,
    derived: sourceBands.every((b) => b.derived !== undefined),
  };
}

/** Which level a number of years falls in, by the levels' year spans. */
export function levelAt(levels: Level[], years: number): Level {
  const sorted = [...levels].sort((a, b) => a.fromYears.value - b.fromYears.value);
  let found = sorted[0];
  for (const level of sorted) if (years >= level.fromYears.value) found = level;
  if (found === undefined) throw new Error('no levels in the dataset');
  return found;
}

export interface BandAtYears extends AnnualUsdRange {
  level: Level;
  derived: boolean;
  provenance: Provenance[];
  detail: string;
}

export function bandAtYears(role: Role, levels: Level[], years: number): BandAtYears {
  const anchors = [...levels]
    .sort((a, b) => a.anchorYears.value - b.anchorYears.value)
    .map((level) => ({ at: level.anchorYears.value, band: levelBand(role, level.id) }));
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (first === undefined || last === undefined) throw new Error('no levels in the dataset');

  let range: AnnualUsdRange;
  let used: LevelBand[];
  let detail: string;
  if (years <= first.at) {
    range = first.band;
    used = [first.band];
    detail = `${first.band.level} band (held from 0 to ${first.at} years)`;
  } else if (years >= last.at) {
    range = last.band;
    used = [last.band];
    detail = `${last.band.level} band (held flat from ${last.at} years: no source gives pay for later years)`;
  } else {
    const i = anchors.findIndex((a) => a.at >= years);
    const upper = anchors[i];
    const lower = anchors[i - 1];
    if (upper === undefined || lower === undefined) throw new Error('anchor search failed');
    const t = (years - lower.at) / (upper.at - lower.at);
    const lerp = (a: number, b: number) => a + (b - a) * t;
    range = {
      low: lerp(lower.band.low, upper.band.low),
      typical: lerp(lower.band.typical, upper.band.typical),
      high: lerp(lower.band.high, upper.band.high),
    };
    used = t === 0 ? [lower.band] : t === 1 ? [upper.band] : [lower.band, upper.band];
    detail =
      used.length === 1
        ? `${used[0]?.level} band`
        : `between the ${lower.band.level} band (at ${lower.at} years) and the ${upper.band.level} band (at ${upper.at} years), ${Math.round(t * 100)}% of the way`;
  }

  const provenance = uniqueProvenance([
    ...used.flatMap((b) => b.sourceBands.flatMap((s) => [provenanceOf(s.low), provenanceOf(s.high)])),
    ...levels.filter((l) => used.some((b) => b.level === l.id)).map((l) => provenanceOf(l.anchorYears)),
  ]);
  return {
    low: range.low,
    typical: range.typical,
    high: range.high,
    level: levelAt(levels, years),
    derived: used.every((b) => b.derived),
    provenance,
    detail,
  };
}
