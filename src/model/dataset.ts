/**
 * The dataset indexed once (indexDataset.ts builds it): lookups by id, the levels in anchor order, and
 * each role's market pay distribution per level, read from its sources' bands or derived where no source
 * states them.
 */
import type { PayDistribution } from './distribution';
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
