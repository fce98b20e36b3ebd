/**
 * The dataset indexed once: lookups by id, the levels in anchor order, and each role's market pay
 * distribution per level, read from its sources' bands or derived where no source states them.
 */
import { fromBand, pool, type PayDistribution } from './distribution';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import type {
  Band,
  Company,
  DatasetFiles,
  Education,
  Level,
  LevelId,
  Location,
  LogSd,
  Option,
  PremiumKind,
  Provenance,
  Role,
  RoleId,
  Source,
} from './domain';
import { LEVEL_IDS } from './domain';

/** One source's band read as a distribution. */
export interface BandReading {
  band: Band;
  distribution: PayDistribution;
}

/** A role's national market pay at one level, before anything about the person. */
export interface LevelMarket {
  level: LevelId;
  distribution: PayDistribution;
  /** The sources' own bands at this level, kept apart; empty for a derived role. */
  readings: BandReading[];
  derived: boolean;
}

/** The level shape the derived roles borrow: medians relative to mid level, and each level's spread. */
export interface LevelShape {
  ratioToMid: Record<LevelId, number>;
  sigma: Record<LevelId, LogSd>;
  /** The roles whose stated bands the shape is taken from. */
  from: RoleId[];
}

export interface DatasetIndex {
  roles: ReadonlyMap<RoleId, Role>;
  sources: ReadonlyMap<string, Source>;
  locations: ReadonlyMap<string, Location>;
  companies: ReadonlyMap<string, Company>;
  education: ReadonlyMap<string, Education>;
  options: ReadonlyMap<string, Option & { kind: PremiumKind }>;
  /** Entry, mid, senior, in the order of their anchor years. */
  levels: readonly Level[];
  levelShape: LevelShape;
  markets: ReadonlyMap<RoleId, Record<LevelId, LevelMarket>>;
  /** Every source figure behind a role's market pay: its own bands, or those it is derived from. */
  bandProvenance: ReadonlyMap<RoleId, Provenance[]>;
  /** The band percentiles, e.g. 25 and 75. */
  bandPercentiles: { low: number; high: number };
}

/** The validated files with their index: what every part of the app reads. */
export type Dataset = DatasetFiles & { index: DatasetIndex };

/** The same thing for every level. */
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

/** A role by id, or an error naming it: for ids the scenario has already checked against the data. */
export function roleOf(dataset: Dataset, id: RoleId): Role {
  const role = dataset.index.roles.get(id);
  if (role === undefined) throw new Error(`unknown role: ${id}`);
  return role;
}

export function marketOf(dataset: Dataset, id: RoleId): Record<LevelId, LevelMarket> {
  const market = dataset.index.markets.get(id);
  if (market === undefined) throw new Error(`no market for role: ${id}`);
  return market;
}
