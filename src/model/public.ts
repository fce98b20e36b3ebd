/**
 * Estimates placed among public figures, and the highest figure the sources give, so a card can say
 * where its typical base sits among all software developers and when a figure goes beyond every source.
 */
import type { ExperienceReading } from './band';
import type { Dataset } from './dataset';
import { normalCdf, normalQuantile } from './distribution';
import type { AnnualUsd, LevelId, Location, Provenance, Role } from './domain';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import type { AnnualUsdRange, BandFactor, BeyondSources, ModifierFactor, PublicPosition } from './types';

/**
 * The percentile of `pay` among the BLS percentiles (each scaled by `ratio`): straight lines between
 * the published percentiles on a log-pay, normal-score scale, extended past the ends with the slope of
 * the nearest segment, and held within 1-99 because beyond them the extension is a guess.
 */
export function blsPercentile(dataset: Dataset, pay: AnnualUsd, ratio = 1): number {
  const points = dataset.benchmarks.bls.percentiles
    .map((p) => ({ x: Math.log(p.annualUsd.value * ratio), z: normalQuantile(p.percentile / 100) }))
    .sort((a, b) => a.x - b.x);
  if (points.length < 2 || !(pay > 0)) return pay > 0 ? 50 : 1;
  const x = Math.log(pay);
  let i = points.findIndex((p) => p.x >= x);
  if (i <= 0) i = i === 0 ? 1 : points.length - 1;
  const a = points[i - 1]!;
  const b = points[i]!;
  const z = a.z + ((x - a.x) / (b.x - a.x)) * (b.z - a.z);
  return Math.min(99, Math.max(1, Math.round(100 * normalCdf(z))));
}

export function publicPosition(
  dataset: Dataset,
  role: Role,
  location: Location,
  typicalBase: AnnualUsd,
): PublicPosition {
  const ratio = location.ratio.value;
  const median = dataset.benchmarks.bls.percentiles.find((p) => p.percentile === 50);
  return {
    percentile: blsPercentile(dataset, typicalBase, ratio),
    medianAnnualUsd: Math.round((median?.annualUsd.value ?? 0) * ratio),
    scaledByLocation: ratio !== 1,
    provenance: uniqueProvenance([
      ...dataset.benchmarks.bls.percentiles.map((p) => provenanceOf(p.annualUsd)),
      ...(ratio !== 1 ? [provenanceOf(location.ratio)] : []),
    ]),
    surveys: dataset.benchmarks.surveys
      .filter((s) => s.roles.includes(role.id))
      .map((s) => ({
        label: s.label,
        measures: s.measures,
        annualUsd: s.annualUsd.value,
        provenance: provenanceOf(s.annualUsd),
      })),
  };
}

/**
 * The highest base any source gives for this role at this level, in this location: the role's stated
 * bands at the level, its whole-career ranges and quoted top figures (for a derived role, the range
 * it is derived from, or its base role's), times the location's highest sourced figure (the public
 * ratio, or the articles' premium where higher).
 */
export function sourceCeiling(
  dataset: Dataset,
  role: Role,
  level: LevelId,
  location: Location,
): { annualUsd: AnnualUsd; provenance: Provenance[] } {
  const candidates: { value: number; provenance: Provenance[] }[] = [];
  const add = (value: number, provenance: Provenance[]) => candidates.push({ value, provenance });
  const collect = (r: Role) => {
    for (const band of r.bands.filter((b) => b.level === level)) add(band.high.value, rangeProvenance(band));
    for (const range of r.ranges) add(range.high.value, rangeProvenance(range));
    for (const f of r.figures) add(f.figure.value, [provenanceOf(f.figure)]);
    if (r.derivation?.kind === 'overall-range')
      add(r.derivation.range.high.value, rangeProvenance(r.derivation.range));
  };
  collect(role);
  if (role.derivation?.kind === 'relative') {
    const base = dataset.index.roles.get(role.derivation.to);
    if (base !== undefined) collect(base);
  }
  const best = candidates.reduce((a, b) => (b.value > a.value ? b : a), {
    value: 0,
    provenance: [] as Provenance[],
  });
  const premium = location.articlePremium;
  const articleRatio = premium === undefined ? 0 : 1 + premium.high.value / 100;
  const ratio = Math.max(location.ratio.value, articleRatio);
  const locationProvenance =
    ratio === 1
      ? []
      : articleRatio > location.ratio.value
        ? rangeProvenance(premium!)
        : [provenanceOf(location.ratio)];
  return {
    annualUsd: best.value * ratio,
    provenance: uniqueProvenance([...best.provenance, ...locationProvenance]),
  };
}

/** The level whose sourced figures bound an estimate: the upper of two blended bands. */
export const ceilingLevel = (reading: ExperienceReading): LevelId => reading.upper ?? reading.lower;

/** The base figures above the highest sourced figure for the role, level and location, and what lifted them. */
export function beyondSources(
  dataset: Dataset,
  role: Role,
  location: Location,
  base: AnnualUsdRange,
  band: BandFactor,
  modifiers: ModifierFactor[],
): BeyondSources | null {
  const level = ceilingLevel(band.experience);
  const ceiling = sourceCeiling(dataset, role, level, location);
  const figures = (['typical', 'high'] as const).filter((k) => base[k] > ceiling.annualUsd + 0.5);
  if (figures.length === 0) return null;
  const causes: BeyondSources['causes'] = [];
  if (band.derived) causes.push('derived');
  if (band.experience.growth > 1) causes.push('experience');
  if (modifiers.some((f) => f.kind === 'company' && f.multiplier > 1)) causes.push('company');
  if (modifiers.some((f) => f.kind !== 'company' && f.kind !== 'location' && f.multiplier > 1))
    causes.push('premiums');
  return {
    ceilingAnnualUsd: Math.round(ceiling.annualUsd),
    figures,
    level,
    causes,
    provenance: ceiling.provenance,
  };
}
