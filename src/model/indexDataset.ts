/**
 * Builds the dataset's index once, when the files are parsed: lookups by id, the levels in anchor
 * order, and each role's market pay distribution per level. Kept apart from dataset.ts so that it loads
 * with the parser, not with the first paint.
 */
import type { Dataset, LevelMarket, LevelShape } from './dataset';
import { fromBand, pool } from './distribution';
import {
  LEVEL_IDS,
  type DatasetFiles,
  type LevelId,
  type LogSd,
  type Option,
  type PremiumKind,
  type Provenance,
  type Role,
  type RoleId,
} from './domain';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';

function perLevel(make: (level: LevelId) => LevelMarket): Record<LevelId, LevelMarket> {
  return { entry: make('entry'), mid: make('mid'), senior: make('senior') };
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

const geometricMean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const rootMeanSquare = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);

function statedMarkets(role: Role, low: number, high: number): Record<LevelId, LevelMarket> | null {
  const out = {} as Record<LevelId, LevelMarket>;
  for (const level of LEVEL_IDS) {
    const readings = role.bands
      .filter((b) => b.level === level)
      .map((band) => ({ band, distribution: fromBand(band.low.value, band.high.value, low, high) }));
    if (readings.length === 0) return null;
    out[level] = { level, distribution: pool(readings.map((r) => r.distribution)), readings, derived: false };
  }
  return out;
}

function shapeOf(stated: Map<RoleId, Record<LevelId, LevelMarket>>): LevelShape {
  const ratioToMid = {} as Record<LevelId, number>;
  const sigma = {} as Record<LevelId, LogSd>;
  const markets = [...stated.values()];
  for (const level of LEVEL_IDS) {
    ratioToMid[level] = geometricMean(
      markets.map((m) => m[level].distribution.median / m.mid.distribution.median),
    );
    sigma[level] = rootMeanSquare(markets.map((m) => m[level].distribution.sigma));
  }
  return { ratioToMid, sigma, from: [...stated.keys()] };
}

/**
 * Builds the index. Throws if a derived role points at a role that does not exist or the derivations
 * go round in a circle; the data layer's checks report those with a path first.
 */
export function indexDataset(files: DatasetFiles): Dataset {
  const roles = byId(files.roles.roles) as Map<RoleId, Role>;
  const bandPercentiles = {
    low: files.roles.bandPercentiles.low.value,
    high: files.roles.bandPercentiles.high.value,
  };
  const markets = new Map<RoleId, Record<LevelId, LevelMarket>>();
  for (const role of files.roles.roles) {
    if (role.derivation !== undefined) continue;
    const stated = statedMarkets(role, bandPercentiles.low, bandPercentiles.high);
    if (stated !== null) markets.set(role.id, stated);
  }
  const levelShape = shapeOf(markets);

  let pending = files.roles.roles.filter((r) => !markets.has(r.id));
  while (pending.length > 0) {
    const before = pending.length;
    for (const role of pending) {
      const derivation = role.derivation;
      if (derivation === undefined)
        throw new Error(`${role.id} has neither bands for every level nor a derivation`);
      if (derivation.kind === 'overall-range') {
        // The range's geometric midpoint is read as the mid-level median: for DevOps, the one role with
        // both an overall range (Qoollege, $76k–$168k, midpoint $113k) and level bands, the two agree
        // within 2% ($115k).
        const mid = Math.sqrt(derivation.range.low.value * derivation.range.high.value);
        markets.set(
          role.id,
          perLevel((level) => ({
            level,
            distribution: { median: mid * levelShape.ratioToMid[level], sigma: levelShape.sigma[level] },
            readings: [],
            derived: true,
          })),
        );
      } else {
        const base = markets.get(derivation.to);
        if (base === undefined) continue;
        markets.set(
          role.id,
          perLevel((level) => {
            const { median, sigma } = base[level].distribution;
            const factor = 1 + derivation.percentByLevel[level].value / 100;
            return { level, distribution: { median: median * factor, sigma }, readings: [], derived: true };
          }),
        );
      }
    }
    pending = pending.filter((r) => !markets.has(r.id));
    if (pending.length === before) {
      throw new Error(`derived roles cannot be resolved: ${pending.map((r) => r.id).join(', ')}`);
    }
  }

  const bandProvenance = new Map<RoleId, Provenance[]>();
  const provenanceFor = (role: Role): Provenance[] => {
    const known = bandProvenance.get(role.id);
    if (known !== undefined) return known;
    const own = role.bands.flatMap((b) => rangeProvenance(b));
    const derivation = role.derivation;
    let list = own;
    if (derivation?.kind === 'overall-range') {
      // The level shape comes from the roles with stated bands.
      const shape = levelShape.from.flatMap(
        (id) => roles.get(id)?.bands.flatMap((b) => rangeProvenance(b)) ?? [],
      );
      list = [...rangeProvenance(derivation.range), ...shape];
    } else if (derivation?.kind === 'relative') {
      const base = roles.get(derivation.to);
      list = [
        ...Object.values(derivation.percentByLevel).map(provenanceOf),
        ...(base ? provenanceFor(base) : []),
      ];
    }
    const unique = uniqueProvenance(list);
    bandProvenance.set(role.id, unique);
    return unique;
  };
  for (const role of files.roles.roles) provenanceFor(role);

  const options = new Map<string, Option & { kind: PremiumKind }>();
  for (const o of files.modifiers.certifications) options.set(o.id, { ...o, kind: 'certification' });
  for (const o of files.modifiers.skills) options.set(o.id, { ...o, kind: 'skill' });

  return {
    ...files,
    index: {
      roles,
      sources: byId(files.sources.sources),
      locations: byId(files.modifiers.locations),
      companies: byId(files.modifiers.companies),
      education: byId(files.modifiers.education),
      options,
      levels: [...files.roles.levels].sort((a, b) => a.anchorYears.value - b.anchorYears.value),
      levelShape,
      markets,
      bandProvenance,
      bandPercentiles,
    },
  };
}
