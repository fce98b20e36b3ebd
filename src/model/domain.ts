/**
 * The domain the engine works on, written by hand with units in the names. The zod schemas in
 * src/data are typed against these (the model owns its types; the data layer checks files against
 * them), so a schema that drifts from the engine fails to compile.
 */

/** US dollars a year (base, bonus, equity or total, as the field says). */
export type AnnualUsd = number;
/** US dollars an hour. */
export type HourlyUsd = number;
/** A percentage: 12 is +12% for a change, or 12% for a share, as the field says. */
export type Percent = number;
/** Years of experience. */
export type Years = number;
/** Standard deviation of the natural log of pay: 0.25 means about ±25% around the median. */
export type LogSd = number;

export const ROLE_IDS = [
  'devops-engineer',
  'ai-ml-engineer',
  'mlops-engineer',
  'ml-engineer',
  'ai-engineer',
  'backend-developer',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const LEVEL_IDS = ['entry', 'mid', 'senior'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/**
 * A number with where it came from: `source` and `quote` (the sentence, verbatim), or `assumption`
 * (why, in plain words). The schema accepts exactly one of the two forms.
 */
export interface Figure {
  value: number;
  source?: string;
  quote?: string;
  assumption?: string;
  note?: string;
}

/** A piece of text with the same provenance rule as a figure. */
export interface Fact {
  text: string;
  source?: string;
  quote?: string;
  assumption?: string;
}

/** Where a figure came from, as the engine passes it on. */
export type Provenance = { source: string; quote: string; note?: string } | { assumption: string };

/** A low–high pair of figures from one source. */
export interface FigureRange {
  low: Figure;
  high: Figure;
}

// ---------------------------------------------------------------- sources.json

export interface Source {
  id: string;
  title: string;
  kind: 'article' | 'public-data';
  publisher?: string;
  author?: string;
  /** When the figures were true, as the source states it ("May 2024", "2025"). */
  vintage: string;
  /** What the figure measures and how. */
  measures?: string;
  /** H, M, L or C as in the reference notes; the seed articles are "article". */
  confidence: 'H' | 'M' | 'L' | 'C' | 'article';
  citation: string;
}

export interface SourcesFile {
  provenance: string;
  sources: Source[];
}

// ---------------------------------------------------------------- roles.json

export interface Level {
  id: LevelId;
  label: string;
  fromYears: Figure;
  /** null: open-ended ("7+ years"). */
  toYears: Figure | null;
  /** The years at which the level's band holds exactly; between anchors the engine interpolates. */
  anchorYears: Figure;
}

/** One source's pay band for one level, base salary in US dollars a year. */
export interface Band extends FigureRange {
  level: LevelId;
  /** The source says "$300K+": the high end is a floor, not a ceiling. */
  openEnded?: boolean;
}

/**
 * How a role with no stated level bands gets them. `overall-range`: a source gives one range for the
 * whole career; `relative`: a source gives only words about another role, read as a percentage by level.
 */
export type Derivation =
  | { kind: 'overall-range'; range: FigureRange }
  | { kind: 'relative'; to: RoleId; percentByLevel: Record<LevelId, Figure> };

/** An education or skill a role's market pay already assumes, so it adds nothing to that role. */
export interface Defining {
  kind: 'education' | 'skill';
  id: string;
  source?: string;
  quote?: string;
  assumption?: string;
  note?: string;
}

export interface LabelledRange extends FigureRange {
  label: string;
}

export interface LabelledFigure {
  label: string;
  /** `average`: quoted averages, compared to show disagreement; `top`: a quoted top figure. */
  kind: 'average' | 'top';
  figure: Figure;
}

export interface RoleProfile {
  growthTo2034: Figure | null;
  /** What sets the role apart from its neighbours, in its source's words: the line at the role picker. */
  focus: Fact;
  education: Fact;
  educationRoutes?: Fact;
  topSkills: Fact;
  whereTheyWork: Fact;
  dayToDay: Fact;
  careerPath: Fact;
  jobReady: Fact;
  /** Months of focused study to become job-ready in this role, coming from another tech role. */
  jobReadyMonths: FigureRange;
}

/** A role profile's text facts, in the order a person reads about a career. */
export const PROFILE_FACT_FIELDS = [
  'focus',
  'education',
  'educationRoutes',
  'topSkills',
  'whereTheyWork',
  'dayToDay',
  'careerPath',
  'jobReady',
] as const satisfies readonly (keyof RoleProfile)[];
export type ProfileFactField = (typeof PROFILE_FACT_FIELDS)[number];

export interface CrossCheck {
  label: string;
  measures: string;
  figure: Figure;
}

export interface Role {
  id: RoleId;
  title: string;
  shortTitle: string;
  /** Each source's band per level, kept apart; empty for a derived role. */
  bands: Band[];
  derivation?: Derivation;
  defining: Defining[];
  /** Whole-career ranges, median ranges and other ranges quoted without a level. */
  ranges: LabelledRange[];
  figures: LabelledFigure[];
  /** Contract rate in US dollars an hour; null where no source gives one. */
  hourlyUsd: FigureRange | null;
  /** Equity and cash bonus as a share of total compensation, percent, at a typical employer. */
  equityShareOfTotal: FigureRange;
  bonusShareOfTotal: FigureRange;
  profile: RoleProfile;
  crossChecks: CrossCheck[];
}

/** Pay by years of experience from a public source, used for growth after the senior anchor. */
export interface ExperiencePoint {
  years: Figure;
  totalAnnualUsd: Figure;
}

export interface RolesFile {
  provenance: string;
  /** Which percentiles a source's band is read as (low end and high end). */
  bandPercentiles: FigureRange;
  experienceCurve: { note: string; points: ExperiencePoint[] };
  levels: Level[];
  roles: Role[];
}

// ---------------------------------------------------------------- modifiers.json

export interface Location {
  id: string;
  label: string;
  /** Metro pay ÷ national pay; 1 for the national baseline. */
  ratio: Figure;
  appliesTo: RoleId[];
  /** The articles' own premium for this place, percent, kept beside the public ratio. */
  articlePremium?: FigureRange;
}

/** A source says one role is paid like another at this employer type ("DevOps can match AI/ML"). */
export interface Parity {
  role: RoleId;
  with: RoleId;
  source?: string;
  quote?: string;
  assumption?: string;
}

export interface Company {
  id: string;
  label: string;
  /** Change to base pay, percent; null when the sources name the type but give no figure. */
  basePercent: FigureRange | null;
  appliesTo: RoleId[];
  /** Equity worth this share of base (percent) for these roles, in place of the role's equity share. */
  equityPercentOfBase?: FigureRange & { appliesTo: RoleId[] };
  /** Replaces the role's bonus share of total compensation (percent). */
  bonusShareOfTotal?: FigureRange;
  parity?: Parity[];
  notes: Fact[];
}

export interface Option {
  id: string;
  label: string;
}

export type PremiumKind = 'certification' | 'skill';

/**
 * Certifications or skills a source prices together. `any-one`: one member earns the whole range and
 * more add nothing; `equal-share`: the range is for all members together, each earns an equal share.
 */
export interface PremiumGroup {
  id: string;
  kind: PremiumKind;
  label: string;
  members: string[];
  appliesTo: RoleId[];
  combine: 'any-one' | 'equal-share';
  /** Percent change to base; null when the source says pay rises but gives no figure. */
  percent: FigureRange | null;
  notes: Fact[];
}

export interface Education {
  id: string;
  label: string;
  /** Percent change to base versus a bachelor's, for the roles named. */
  effects: (FigureRange & { appliesTo: RoleId[] })[];
  notes: Fact[];
}

/** How several premiums for one person combine. */
export interface Stacking {
  /** Each further premium counts this much of the one before (0.5: half). */
  weight: Figure;
  /** Percentage points allowed above the largest stated high end among the premiums involved. */
  marginPercent: Figure;
}

export interface ModifiersFile {
  provenance: string;
  locations: Location[];
  companies: Company[];
  certifications: Option[];
  skills: Option[];
  groups: PremiumGroup[];
  education: Education[];
  stacking: Stacking;
}

// ---------------------------------------------------------------- benchmarks.json

export interface BenchmarksFile {
  provenance: string;
  bls: {
    label: string;
    measures: string;
    metroScaling: string;
    percentiles: { percentile: Percent; annualUsd: Figure }[];
  };
  surveys: { label: string; measures: string; roles: RoleId[]; annualUsd: Figure }[];
}

// ---------------------------------------------------------------- claims.json

/** A scenario a claim is checked in: a role, and anything that differs from the defaults. */
export interface ClaimScenario {
  role: RoleId;
  years?: Years;
  location?: string;
  company?: string;
  education?: string;
  certs?: string[];
  skills?: string[];
}

export type ClaimMeasure =
  'base-median' | 'base-p90' | 'equity-median' | 'bonus-median' | 'equity-of-base' | 'equity-share';

/** A range in percent with open ends (null). */
export interface OpenRange {
  min: number | null;
  max: number | null;
}

export type ClaimCheck =
  | {
      kind: 'compare';
      measure: ClaimMeasure;
      a: ClaimScenario;
      b: ClaimScenario;
      years: Years[];
      /** a ÷ b − 1, in percent. */
      percent: OpenRange;
    }
  | { kind: 'value'; measure: ClaimMeasure; a: ClaimScenario; years: Years[]; percent: OpenRange }
  | { kind: 'hourly'; a: ClaimScenario; usd: { min: HourlyUsd; max: HourlyUsd } };

export interface Claim {
  id: string;
  /** The claim in plain words. */
  claim: string;
  source: string;
  quote: string;
  /** How words that are not numbers ("slightly", "similar") are read. */
  reading?: string;
  check: ClaimCheck;
  /** Whether the model holds the claim; the tests fail if the engine's verdict changes. */
  expect: 'holds' | 'fails';
  /** Why the model does not hold it (required when expect is "fails"). */
  why?: string;
}

export interface ClaimsFile {
  provenance: string;
  claims: Claim[];
}

/** The five files under public/data, validated. */
export interface DatasetFiles {
  sources: SourcesFile;
  roles: RolesFile;
  modifiers: ModifiersFile;
  benchmarks: BenchmarksFile;
  claims: ClaimsFile;
}
