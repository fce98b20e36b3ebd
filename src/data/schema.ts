/**
 * zod schemas for the files under public/data, typed against the model's domain types
 * (`z.ZodMiniType<Role>`): the model owns the shapes, and a schema that drifts from them fails to
 * compile. Every number a user sees is a figure: quoted from a source ({ value, source, quote }) or
 * an assumption ({ value, assumption: "why" }); a figure with neither is rejected.
 *
 * Figures are bounded to what a pay dataset can sensibly hold, so a damaged file is reported instead of
 * shown as money: annual pay $1,000–$2,000,000, hourly $1–$2,000, changes −90% to +300%, shares
 * 0–95%, location ratios 0.2–5, years 0–60. zod 4's number() already rejects NaN and ±Infinity.
 *
 * Written with zod/mini: classic zod's method-chaining API cannot be tree-shaken, and mini's objects
 * skip classic's `new Function` fast path, which the CSP (no 'unsafe-eval') reports as a violation.
 */
import * as z from 'zod/mini';
import {
  LEVEL_IDS,
  ROLE_IDS,
  type Band,
  type BenchmarksFile,
  type Claim,
  type ClaimCheck,
  type ClaimScenario,
  type ClaimsFile,
  type Company,
  type CrossCheck,
  type Defining,
  type Derivation,
  type Education,
  type Fact,
  type Figure,
  type FigureRange,
  type LabelledFigure,
  type LabelledRange,
  type Level,
  type Location,
  type ModifiersFile,
  type Option,
  type Parity,
  type PremiumGroup,
  type Role,
  type RolesFile,
  type Source,
  type SourcesFile,
  type Stacking,
} from '../model/domain';

// zod/mini ships no messages ("Invalid input" for everything). These are the English locale's words
// for the issues these schemas can raise (its full table is 1 KB gzip of text for checks never used
// here), so a broken file still reads "Too small: expected number to be >=1000".
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));
z.config({
  localeError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return `Invalid input: expected ${issue.expected}, received ${issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input}`;
      case 'invalid_value':
        return `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
      case 'too_big':
        return `Too big: expected ${issue.origin} to ${issue.origin === 'array' ? 'have ' : 'be '}${issue.inclusive ? '<=' : '<'}${String(issue.maximum)}`;
      case 'too_small':
        return `Too small: expected ${issue.origin} to ${issue.origin === 'number' ? 'be ' : 'have '}${issue.inclusive ? '>=' : '>'}${String(issue.minimum)}`;
      case 'unrecognized_keys':
        return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(show).join(', ')}`;
      case 'invalid_union':
        return 'Invalid input: matches none of the allowed shapes';
      default:
        return 'Invalid input';
    }
  },
});

const nonEmpty = () => z.string().check(z.minLength(1));
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'));

export const RoleIdSchema = z.enum(ROLE_IDS);
export const LevelIdSchema = z.enum(LEVEL_IDS);

/** Exactly one provenance form: { source, quote } or { assumption }. */
const oneProvenance = z.superRefine(
  (
    item: { source?: string | undefined; quote?: string | undefined; assumption?: string | undefined },
    ctx,
  ) => {
    const sourced = item.source !== undefined && item.quote !== undefined;
    const assumed = item.assumption !== undefined;
    if (sourced === assumed) {
      ctx.addIssue({
        code: 'custom',
        message: sourced
          ? 'a figure is either sourced or an assumption, not both'
          : 'a figure needs provenance: { source, quote } or { assumption }',
      });
    }
  },
);

const provenanceFields = {
  source: z.optional(kebabId),
  quote: z.optional(nonEmpty()),
  assumption: z.optional(nonEmpty()),
};

/** A figure whose value lies in [min, max]. */
function figureOf(min: number, max: number): z.ZodMiniType<Figure> {
  return z
    .strictObject({
      value: z.number().check(z.gte(min), z.lte(max)),
      ...provenanceFields,
      note: z.optional(nonEmpty()),
    })
    .check(oneProvenance);
}

export const AnnualUsdFigureSchema = figureOf(1_000, 2_000_000);
export const HourlyUsdFigureSchema = figureOf(1, 2_000);
/** A change in percent: 12 for +12%, -20 for -20%. */
export const PercentFigureSchema = figureOf(-90, 300);
/** A share in percent. */
export const ShareFigureSchema = figureOf(0, 95);
/** A multiplier such as a metro-to-national pay ratio. */
export const RatioFigureSchema = figureOf(0.2, 5);
export const YearsFigureSchema = figureOf(0, 60);
/** Months to become job-ready in a role: up to five years. */
export const MonthsFigureSchema = figureOf(0, 60);

export const FactSchema: z.ZodMiniType<Fact> = z
  .strictObject({ text: nonEmpty(), ...provenanceFields })
  .check(oneProvenance);

function rangeOf(figure: z.ZodMiniType<Figure>): z.ZodMiniType<FigureRange> {
  return z
    .strictObject({ low: figure, high: figure })
    .check(
      z.refine((r) => r.low.value <= r.high.value, { message: 'low must not exceed high', path: ['high'] }),
    );
}

/** A range plus more fields: the range check runs on the whole object. */
function rangeWith<S extends z.core.$ZodLooseShape>(figure: z.ZodMiniType<Figure>, shape: S) {
  return z.strictObject({ low: figure, high: figure, ...shape }).check(
    z.refine((r) => (r as unknown as FigureRange).low.value <= (r as unknown as FigureRange).high.value, {
      message: 'low must not exceed high',
      path: ['high'],
    }),
  );
}

const appliesTo = z.array(RoleIdSchema).check(z.minLength(1));

// ---------------------------------------------------------------- sources.json

export const SourceSchema: z.ZodMiniType<Source> = z.strictObject({
  id: kebabId,
  title: nonEmpty(),
  kind: z.enum(['article', 'public-data']),
  publisher: z.optional(nonEmpty()),
  author: z.optional(nonEmpty()),
  vintage: nonEmpty(),
  measures: z.optional(nonEmpty()),
  confidence: z.enum(['H', 'M', 'L', 'C', 'article']),
  citation: nonEmpty(),
});

export const SourcesFileSchema: z.ZodMiniType<SourcesFile> = z.strictObject({
  provenance: nonEmpty(),
  sources: z.array(SourceSchema).check(z.minLength(1)),
});

// ---------------------------------------------------------------- roles.json

export const LevelSchema: z.ZodMiniType<Level> = z.strictObject({
  id: LevelIdSchema,
  label: nonEmpty(),
  fromYears: YearsFigureSchema,
  toYears: z.nullable(YearsFigureSchema),
  anchorYears: YearsFigureSchema,
});

export const BandSchema: z.ZodMiniType<Band> = rangeWith(AnnualUsdFigureSchema, {
  level: LevelIdSchema,
  openEnded: z.optional(z.boolean()),
});

const AnnualUsdRangeSchema = rangeOf(AnnualUsdFigureSchema);

export const DerivationSchema: z.ZodMiniType<Derivation> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('overall-range'), range: AnnualUsdRangeSchema }),
  z.strictObject({
    kind: z.literal('relative'),
    to: RoleIdSchema,
    percentByLevel: z.strictObject({
      entry: PercentFigureSchema,
      mid: PercentFigureSchema,
      senior: PercentFigureSchema,
    }),
  }),
]);

export const DefiningSchema: z.ZodMiniType<Defining> = z
  .strictObject({
    kind: z.enum(['education', 'skill']),
    id: kebabId,
    ...provenanceFields,
    note: z.optional(nonEmpty()),
  })
  .check(oneProvenance);

export const LabelledRangeSchema: z.ZodMiniType<LabelledRange> = rangeWith(AnnualUsdFigureSchema, {
  label: nonEmpty(),
});
export const LabelledFigureSchema: z.ZodMiniType<LabelledFigure> = z.strictObject({
  label: nonEmpty(),
  kind: z.enum(['average', 'top']),
  figure: AnnualUsdFigureSchema,
});

const CrossCheckSchema: z.ZodMiniType<CrossCheck> = z.strictObject({
  label: nonEmpty(),
  measures: nonEmpty(),
  figure: AnnualUsdFigureSchema,
});

export const RoleSchema: z.ZodMiniType<Role> = z
  .strictObject({
    id: RoleIdSchema,
    title: nonEmpty(),
    shortTitle: nonEmpty(),
    bands: z.array(BandSchema),
    derivation: z.optional(DerivationSchema),
    defining: z.array(DefiningSchema),
    ranges: z.array(LabelledRangeSchema),
    figures: z.array(LabelledFigureSchema),
    hourlyUsd: z.nullable(rangeOf(HourlyUsdFigureSchema)),
    equityShareOfTotal: rangeOf(ShareFigureSchema),
    bonusShareOfTotal: rangeOf(ShareFigureSchema),
    profile: z.strictObject({
      growthTo2034: z.nullable(PercentFigureSchema),
      focus: FactSchema,
      education: FactSchema,
      educationRoutes: z.optional(FactSchema),
      topSkills: FactSchema,
      whereTheyWork: FactSchema,
      dayToDay: FactSchema,
      careerPath: FactSchema,
      jobReady: FactSchema,
      jobReadyMonths: rangeOf(MonthsFigureSchema),
    }),
    crossChecks: z.array(CrossCheckSchema),
  })
  .check(
    z.superRefine((role, ctx) => {
      if (role.derivation !== undefined) {
        if (role.bands.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['bands'],
            message: 'a derived role states no bands of its own',
          });
        }
        return;
      }
      for (const level of LEVEL_IDS) {
        if (!role.bands.some((b) => b.level === level)) {
          ctx.addIssue({ code: 'custom', path: ['bands'], message: `no ${level} band, and no derivation` });
        }
      }
    }),
  );

export const RolesFileSchema: z.ZodMiniType<RolesFile> = z.strictObject({
  provenance: nonEmpty(),
  bandPercentiles: rangeOf(figureOf(1, 99)),
  experienceCurve: z.strictObject({
    note: nonEmpty(),
    points: z.array(z.strictObject({ years: YearsFigureSchema, totalAnnualUsd: AnnualUsdFigureSchema })),
  }),
  levels: z.array(LevelSchema).check(z.length(3)),
  roles: z.array(RoleSchema).check(z.minLength(1)),
});

// ---------------------------------------------------------------- modifiers.json

export const LocationSchema: z.ZodMiniType<Location> = z.strictObject({
  id: kebabId,
  label: nonEmpty(),
  ratio: RatioFigureSchema,
  appliesTo,
  articlePremium: z.optional(rangeOf(PercentFigureSchema)),
});

const ParitySchema: z.ZodMiniType<Parity> = z
  .strictObject({ role: RoleIdSchema, with: RoleIdSchema, ...provenanceFields })
  .check(oneProvenance);

export const CompanySchema: z.ZodMiniType<Company> = z.strictObject({
  id: kebabId,
  label: nonEmpty(),
  basePercent: z.nullable(rangeOf(PercentFigureSchema)),
  appliesTo,
  equityPercentOfBase: z.optional(rangeWith(ShareFigureSchema, { appliesTo })),
  bonusShareOfTotal: z.optional(rangeOf(ShareFigureSchema)),
  parity: z.optional(z.array(ParitySchema)),
  notes: z.array(FactSchema),
});

export const OptionSchema: z.ZodMiniType<Option> = z.strictObject({ id: kebabId, label: nonEmpty() });

export const PremiumGroupSchema: z.ZodMiniType<PremiumGroup> = z.strictObject({
  id: kebabId,
  kind: z.enum(['certification', 'skill']),
  label: nonEmpty(),
  members: z.array(kebabId).check(z.minLength(1)),
  appliesTo,
  combine: z.enum(['any-one', 'equal-share']),
  percent: z.nullable(rangeOf(PercentFigureSchema)),
  notes: z.array(FactSchema),
});

export const EducationSchema: z.ZodMiniType<Education> = z.strictObject({
  id: kebabId,
  label: nonEmpty(),
  effects: z.array(rangeWith(PercentFigureSchema, { appliesTo })),
  notes: z.array(FactSchema),
});

const StackingSchema: z.ZodMiniType<Stacking> = z.strictObject({
  weight: figureOf(0, 1),
  marginPercent: figureOf(0, 50),
});

export const ModifiersFileSchema: z.ZodMiniType<ModifiersFile> = z.strictObject({
  provenance: nonEmpty(),
  locations: z.array(LocationSchema).check(z.minLength(1)),
  companies: z.array(CompanySchema).check(z.minLength(1)),
  certifications: z.array(OptionSchema),
  skills: z.array(OptionSchema),
  groups: z.array(PremiumGroupSchema),
  education: z.array(EducationSchema).check(z.minLength(1)),
  stacking: StackingSchema,
});

// ---------------------------------------------------------------- benchmarks.json

export const BenchmarksFileSchema: z.ZodMiniType<BenchmarksFile> = z.strictObject({
  provenance: nonEmpty(),
  bls: z.strictObject({
    label: nonEmpty(),
    measures: nonEmpty(),
    metroScaling: nonEmpty(),
    percentiles: z
      .array(
        z.strictObject({
          percentile: z.number().check(z.gt(0), z.lt(100)),
          annualUsd: AnnualUsdFigureSchema,
        }),
      )
      .check(z.minLength(2)),
  }),
  surveys: z.array(
    z.strictObject({
      label: nonEmpty(),
      measures: nonEmpty(),
      roles: appliesTo,
      annualUsd: AnnualUsdFigureSchema,
    }),
  ),
});

// ---------------------------------------------------------------- claims.json

const ClaimScenarioSchema: z.ZodMiniType<ClaimScenario> = z.strictObject({
  role: RoleIdSchema,
  years: z.optional(z.number().check(z.gte(0), z.lte(40))),
  location: z.optional(kebabId),
  company: z.optional(kebabId),
  education: z.optional(kebabId),
  certs: z.optional(z.array(kebabId)),
  skills: z.optional(z.array(kebabId)),
});

const MeasureSchema = z.enum([
  'base-median',
  'base-p90',
  'equity-median',
  'bonus-median',
  'equity-of-base',
  'equity-share',
]);
const OpenRangeSchema = z.strictObject({ min: z.nullable(z.number()), max: z.nullable(z.number()) });
const YearsListSchema = z.array(z.number().check(z.gte(0), z.lte(40))).check(z.minLength(1));

const ClaimCheckSchema: z.ZodMiniType<ClaimCheck> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('compare'),
    measure: MeasureSchema,
    a: ClaimScenarioSchema,
    b: ClaimScenarioSchema,
    years: YearsListSchema,
    percent: OpenRangeSchema,
  }),
  z.strictObject({
    kind: z.literal('value'),
    measure: MeasureSchema,
    a: ClaimScenarioSchema,
    years: YearsListSchema,
    percent: OpenRangeSchema,
  }),
  z.strictObject({
    kind: z.literal('hourly'),
    a: ClaimScenarioSchema,
    usd: z.strictObject({ min: z.number().check(z.gte(0)), max: z.number().check(z.gte(0)) }),
  }),
]);

export const ClaimSchema: z.ZodMiniType<Claim> = z
  .strictObject({
    id: kebabId,
    claim: nonEmpty(),
    source: kebabId,
    quote: nonEmpty(),
    reading: z.optional(nonEmpty()),
    check: ClaimCheckSchema,
    expect: z.enum(['holds', 'fails']),
    why: z.optional(nonEmpty()),
  })
  .check(
    z.refine((c) => c.expect === 'holds' || c.why !== undefined, {
      message: 'a claim the model does not hold needs a "why"',
      path: ['why'],
    }),
  );

export const ClaimsFileSchema: z.ZodMiniType<ClaimsFile> = z.strictObject({
  provenance: nonEmpty(),
  claims: z.array(ClaimSchema),
});
