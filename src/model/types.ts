/**
 * Domain types of the estimation engine. The dataset's shapes come from the zod schemas (type-only
 * imports: nothing from src/data runs inside the engine).
 */
import type { ModifiersFile, RoleId, RolesFile, SourcesFile, LevelId } from '../data/schema';

export type { RoleId, LevelId };

/** Everything the engine reads: the three files under public/data, already validated. */
export interface Dataset {
  sources: SourcesFile;
  roles: RolesFile;
  modifiers: ModifiersFile;
}

/** What a person chose. Ids are the data's ids; `years` is whole years of experience, 0-40. */
export interface Scenario {
  roles: RoleId[];
  years: number;
  location: string;
  company: string;
  education: string;
  certs: string[];
  skills: string[];
}

export const MIN_YEARS = 0;
export const MAX_YEARS = 40;
export const MAX_ROLES = 3;

/** US dollars per year, low / typical / high. */
export interface AnnualUsdRange {
  low: number;
  typical: number;
  high: number;
}

/** Where a figure came from: a source and the sentence, or an assumption and why. */
export type Provenance = { source: string; quote: string; note?: string } | { assumption: string };

/** One multiplier in the formula, with the range it can take and where it came from. */
export interface Factor {
  kind: 'band' | 'location' | 'company' | 'certification' | 'skill' | 'education';
  /** Stable id for links to the methodology page, e.g. "location:seattle". */
  id: string;
  label: string;
  /** Multipliers (1 = no change). For the band factor, the dollar band itself. */
  low: number;
  typical: number;
  high: number;
  detail: string;
  provenance: Provenance[];
}

/** Sources that say different things about the same figure; the app shows them instead of hiding it. */
export interface Disagreement {
  topic: string;
  figures: { label: string; low: number; high: number; provenance: Provenance }[];
  message: string;
}

/** A chosen option that has no effect on this role, and why (shown beside the control). */
export interface Inapplicable {
  kind: 'certification' | 'skill' | 'education' | 'company';
  id: string;
  reason: string;
}

export interface RoleEstimate {
  roleId: RoleId;
  title: string;
  level: { id: LevelId; label: string; derived: boolean };
  baseAnnualUsd: AnnualUsdRange;
  bonusAnnualUsd: AnnualUsdRange;
  equityAnnualUsd: AnnualUsdRange;
  totalAnnualUsd: AnnualUsdRange;
  hourlyUsd: { low: number; high: number; provenance: Provenance[] };
  /** In the order applied: band, location, company, certifications, skills, education. */
  factors: Factor[];
  /** How bonus and equity were added on top of base. */
  compensationMix: { bonus: Factor; equity: Factor };
  disagreements: Disagreement[];
  inapplicable: Inapplicable[];
}
