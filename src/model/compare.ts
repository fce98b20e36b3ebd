/**
 * Each source's band beside the band the model uses, level by level, and the public figures beside them:
 * what "Sources side by side" and the methodology page's role entries show. Computed here so the views
 * only render it.
 */
import { marketOf, type Dataset } from './dataset';
import { quantile } from './distribution';
import type { AnnualUsd, Band, Figure, Level, Provenance, Role, RoleId, Source } from './domain';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import { bandSpread, type BandSpread } from './spread';
import { HIGH_PERCENTILE, LOW_PERCENTILE, type AnnualUsdRange } from './types';

export interface LevelComparison {
  level: Level;
  /** Each source's own band at this level, as stated; none for a derived role. */
  stated: Band[];
  /** The band the model uses: 25th percentile, median, 75th percentile. */
  used: AnnualUsdRange;
  derived: boolean;
  /** How far apart the stated bands are; null with fewer than two. */
  spread: BandSpread | null;
  provenance: Provenance[];
}

export function levelComparisons(dataset: Dataset, roleId: RoleId): LevelComparison[] {
  const role = dataset.index.roles.get(roleId);
  const market = marketOf(dataset, roleId);
  return dataset.index.levels.map((level) => {
    const m = market[level.id];
    const stated = m.readings.map((r) => r.band);
    const derivation = role?.derivation;
    return {
      level,
      stated,
      used: {
        low: quantile(m.distribution, LOW_PERCENTILE),
        typical: m.distribution.median,
        high: quantile(m.distribution, HIGH_PERCENTILE),
      },
      derived: m.derived,
      spread:
        stated.length > 1 ? bandSpread(stated.map((b) => ({ low: b.low.value, high: b.high.value }))) : null,
      provenance: uniqueProvenance(
        m.derived && derivation?.kind === 'overall-range'
          ? rangeProvenance(derivation.range)
          : stated.flatMap((b) => rangeProvenance(b)),
      ),
    };
  });
}

/** Every dollar figure the comparisons of these roles show, for one shared scale. */
export function comparisonDollars(comparisons: LevelComparison[]): number[] {
  return comparisons.flatMap((c) => [
    ...c.stated.flatMap((b) => [b.low.value, b.high.value]),
    c.used.low,
    c.used.high,
  ]);
}

/** A public figure beside a role's bands: a cross-check (BLS, a survey) or an average a source quotes. */
export interface PublicCheck {
  label: string;
  annualUsd: AnnualUsd;
  /** What the figure measures; null where its source does not say. */
  measures: string | null;
  /** When the figure was true, as its source states it; null for a figure without a source. */
  vintage: string | null;
  provenance: Provenance;
}

/** The role's public cross-checks and the averages its sources quote, each with what it measures and when. */
export function publicChecks(
  dataset: Dataset,
  role: Role,
): { crossChecks: PublicCheck[]; averages: PublicCheck[] } {
  const check = (label: string, figure: Figure, measures: (source: Source | undefined) => string | null) => {
    const source = figure.source === undefined ? undefined : dataset.index.sources.get(figure.source);
    return {
      label,
      annualUsd: figure.value,
      measures: measures(source),
      vintage: source?.vintage ?? null,
      provenance: provenanceOf(figure),
    };
  };
  return {
    crossChecks: role.crossChecks.map((c) => check(c.label, c.figure, () => c.measures)),
    averages: role.figures
      .filter((f) => f.kind === 'average')
      .map((f) => check(f.label, f.figure, (source) => source?.measures ?? null)),
  };
}
