/** What the engine takes (a scenario) and what it returns (estimates): data only, no words. */
import type { ExperienceReading } from './band';
import type { PayDistribution } from './distribution';
import type { AnnualUsd, HourlyUsd, LevelId, LogSd, Percent, Provenance, RoleId, Years } from './domain';
import type { FactorId } from './factorId';

export type { Dataset } from './dataset';
export type { LevelId, Provenance, RoleId } from './domain';

/** What a person chose. Ids are the data's ids; `years` is whole years of experience, 0-40. */
export interface Scenario {
  roles: RoleId[];
  years: Years;
  location: string;
  company: string;
  education: string;
  certs: string[];
  skills: string[];
}

export const MIN_YEARS = 0;
export const MAX_YEARS = 40;
export const MAX_ROLES = 3;

/** US dollars a year at the 25th percentile, the median and the 75th percentile, whole dollars. */
export interface AnnualUsdRange {
  low: AnnualUsd;
  typical: AnnualUsd;
  high: AnnualUsd;
}

/** The percentiles the low and high figures stand for. */
export const LOW_PERCENTILE = 25;
export const HIGH_PERCENTILE = 75;

/** The band the estimate starts from: the role's national market pay at these years. */
export interface BandFactor {
  kind: 'band';
  id: FactorId;
  roleId: RoleId;
  experience: ExperienceReading;
  distribution: PayDistribution;
  derived: boolean;
  provenance: Provenance[];
}

export type ModifierKind = 'location' | 'company' | 'certification' | 'skill' | 'education';

/**
 * One multiplier on the median. `multiplier` is what is applied (1 = no change); `sigma` is the
 * spread it adds, combined in quadrature with the band's. Percent figures are the source's own range.
 */
export interface ModifierFactor {
  kind: ModifierKind;
  id: FactorId;
  /** The location, company, premium group or education id. */
  subjectId: string;
  /** For certifications and skills: the chosen members of the group. */
  picked: string[];
  /** The source's range in percent (a change to base); null for a ratio or when no figure is given. */
  statedPercent: { low: Percent; high: Percent } | null;
  /** The share of the stated range earned (equal-share groups with some members chosen); 1 otherwise. */
  share: number;
  /** The weight this premium gets when several stack (1, then the stacking weight, its square...). */
  stackWeight: number;
  multiplier: number;
  sigma: LogSd;
  /** Why the factor is as it is, when it is not simply the stated range. */
  rule: 'ratio' | 'range' | 'baseline' | 'no-figure' | 'parity' | 'stacked' | 'capped';
  /** For `parity`: the role whose pay this role matches at this employer. */
  parityWith?: RoleId;
  provenance: Provenance[];
}

export type Factor = BandFactor | ModifierFactor;

/** How bonus and equity are added on top of base. Shares in percent. */
export interface MixPart {
  id: FactorId;
  part: 'bonus' | 'equity';
  /** The employer type whose own figure this is; null for the role's usual share. */
  companyId: string | null;
  /** Share of total compensation, or of base (a company's equity on top of base). */
  of: 'total' | 'base';
  lowPercent: Percent;
  highPercent: Percent;
  provenance: Provenance[];
}

/** Where the sources say different things about the same figure. */
export type Disagreement =
  | {
      kind: 'level-bands';
      level: LevelId;
      bands: { low: AnnualUsd; high: AnnualUsd; openEnded: boolean; provenance: Provenance }[];
    }
  | { kind: 'averages'; figures: { label: string; annualUsd: AnnualUsd; provenance: Provenance }[] }
  | {
      kind: 'location-premium';
      locationId: string;
      articles: { lowPercent: Percent; highPercent: Percent; provenance: Provenance };
      publicRatio: { ratio: number; provenance: Provenance };
    };

/** A chosen option that changes nothing for this role, and why. */
export interface Inapplicable {
  kind: 'certification' | 'skill' | 'education' | 'company';
  id: string;
  reason: 'not-priced-for-role' | 'no-figure' | 'defining' | 'company-not-applicable';
  provenance: Provenance[];
}

/** Where the typical base sits among public figures for the chosen location. */
export interface PublicPosition {
  /** Percentile (0-100, whole number) in the BLS distribution for software developers there. */
  percentile: number;
  /** The BLS median for the location (national median × the location's ratio). */
  medianAnnualUsd: AnnualUsd;
  scaledByLocation: boolean;
  provenance: Provenance[];
  /** Survey medians for this role, each with what it measures. */
  surveys: { label: string; measures: string; annualUsd: AnnualUsd; provenance: Provenance }[];
}

/** A base figure above the highest figure any source gives for this role, level and location. */
export interface BeyondSources {
  ceilingAnnualUsd: AnnualUsd;
  figures: ('typical' | 'high')[];
  level: LevelId;
  /** What lifted the figure past the ceiling, in the order applied. */
  causes: ('experience' | 'company' | 'premiums' | 'derived')[];
  provenance: Provenance[];
}

export interface RoleEstimate {
  roleId: RoleId;
  title: string;
  experience: ExperienceReading;
  /** The level the card names: the band that weighs most. */
  level: { id: LevelId; label: string; derived: boolean };
  base: PayDistribution;
  total: PayDistribution;
  baseAnnualUsd: AnnualUsdRange;
  bonusAnnualUsd: AnnualUsdRange;
  equityAnnualUsd: AnnualUsdRange;
  totalAnnualUsd: AnnualUsdRange;
  /** The source's contract rate moved by location only; null where no source gives one. */
  hourlyUsd: { low: HourlyUsd; high: HourlyUsd; provenance: Provenance[] } | null;
  /** In the order applied: band, location, company, then the person's premiums. */
  factors: Factor[];
  compensationMix: { bonus: MixPart; equity: MixPart };
  disagreements: Disagreement[];
  inapplicable: Inapplicable[];
  publicPosition: PublicPosition;
  beyondSources: BeyondSources | null;
}
