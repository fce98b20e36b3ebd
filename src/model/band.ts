/**
 * Market pay for a role at a number of years. Each level's distribution holds at its anchor year
 * (entry 1, mid 4.5, senior 10 in the shipped data); between anchors the median moves in a straight
 * line in log space and the spread in a straight line, so there is no cliff between 6 and 7 years.
 * Before the first anchor the entry band holds. After the last, pay grows as the public experience
 * curve grows, never falling, and is flat where the curve stops rising.
 */
import { marketOf, type Dataset } from './dataset';
import type { PayDistribution } from './distribution';
import type { LevelId, Provenance, RoleId, Years } from './domain';
import { provenanceOf } from './provenance';

/** Which bands an estimate stands on, so the card can name exactly that. */
export interface ExperienceReading {
  years: Years;
  /** The band used, or the lower of the two being blended. */
  lower: LevelId;
  lowerAnchorYears: Years;
  /** The band being blended toward; null when one band is used as it is. */
  upper: LevelId | null;
  upperAnchorYears: Years | null;
  /** Share of the way from the lower to the upper band, 0-1. */
  toward: number;
  /** Multiplier for experience past the last anchor (1 before it). */
  growth: number;
  /** The level whose band weighs most: the one the card names. */
  level: LevelId;
  /** Where the growth after the last anchor comes from (empty when there is none). */
  growthProvenance: Provenance[];
}

/** The experience curve's value at `years`: log-linear between points, never falling, flat past the last. */
function curveAt(points: { years: number; value: number }[], years: Years): number {
  let best = 0;
  const rising = points.map((p) => ({ years: p.years, value: (best = Math.max(best, p.value)) }));
  const first = rising[0];
  if (first === undefined) return 1;
  if (years <= first.years) return first.value;
  for (let i = 1; i < rising.length; i++) {
    const a = rising[i - 1]!;
    const b = rising[i]!;
    if (years <= b.years) {
      const t = (years - a.years) / (b.years - a.years);
      return Math.exp(Math.log(a.value) + (Math.log(b.value) - Math.log(a.value)) * t);
    }
  }
  return rising[rising.length - 1]!.value;
}

/** Growth after the last anchor: the curve at `years` ÷ the curve at the anchor, at least 1. */
export function growthAfter(dataset: Dataset, anchorYears: Years, years: Years): number {
  if (years <= anchorYears) return 1;
  const points = dataset.roles.experienceCurve.points
    .map((p) => ({ years: p.years.value, value: p.totalAnnualUsd.value }))
    .sort((a, b) => a.years - b.years);
  if (points.length < 2) return 1;
  return Math.max(1, curveAt(points, years) / curveAt(points, anchorYears));
}

/** The years from which pay stops growing: the last point where the experience curve still rises. */
export function growthStopsAt(dataset: Dataset): Years | null {
  const points = [...dataset.roles.experienceCurve.points].sort((a, b) => a.years.value - b.years.value);
  let best = -Infinity;
  let stop: Years | null = null;
  for (const p of points) {
    if (p.totalAnnualUsd.value > best) {
      best = p.totalAnnualUsd.value;
      stop = p.years.value;
    }
  }
  return stop;
}

export function marketAt(
  dataset: Dataset,
  roleId: RoleId,
  years: Years,
): { distribution: PayDistribution; reading: ExperienceReading } {
  const market = marketOf(dataset, roleId);
  const anchors = dataset.index.levels.map((l) => ({ id: l.id, at: l.anchorYears.value }));
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (first === undefined || last === undefined) throw new Error('no levels in the dataset');
  const one = (id: LevelId, at: Years, growth = 1): ExperienceReading => ({
    years,
    lower: id,
    lowerAnchorYears: at,
    upper: null,
    upperAnchorYears: null,
    toward: 0,
    growth,
    level: id,
    growthProvenance:
      growth > 1 ? dataset.roles.experienceCurve.points.map((p) => provenanceOf(p.totalAnnualUsd)) : [],
  });

  if (years <= first.at)
    return { distribution: market[first.id].distribution, reading: one(first.id, first.at) };
  if (years >= last.at) {
    const growth = growthAfter(dataset, last.at, years);
    const { median, sigma } = market[last.id].distribution;
    return { distribution: { median: median * growth, sigma }, reading: one(last.id, last.at, growth) };
  }
  const i = anchors.findIndex((a) => a.at >= years);
  const upper = anchors[i]!;
  const lower = anchors[i - 1]!;
  const t = (years - lower.at) / (upper.at - lower.at);
  if (t === 1) return { distribution: market[upper.id].distribution, reading: one(upper.id, upper.at) };
  const a = market[lower.id].distribution;
  const b = market[upper.id].distribution;
  return {
    distribution: {
      median: Math.exp(Math.log(a.median) + (Math.log(b.median) - Math.log(a.median)) * t),
      sigma: a.sigma + (b.sigma - a.sigma) * t,
    },
    reading: {
      years,
      lower: lower.id,
      lowerAnchorYears: lower.at,
      upper: upper.id,
      upperAnchorYears: upper.at,
      toward: t,
      growth: 1,
      level: t < 0.5 ? lower.id : upper.id,
      growthProvenance: [],
    },
  };
}
