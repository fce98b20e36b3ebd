/**
 * zod schemas for the files under public/data. Every number a user sees is a `Figure`: either quoted
 * from a source ({ value, source, quote }) or an assumption ({ value, assumption: "why" }). A figure with
 * neither is rejected, so provenance cannot silently drift out of the data.
 *
 * Written with zod/mini, not classic zod: classic zod's method-chaining API cannot be tree-shaken, and
 * the switch took 15 KB gzip off the JavaScript (the schemas now load in parallel with the data files,
 * see load.ts). Both share zod's core, so parsing and issues are the same. Mini's objects also skip
 * classic's `new Function` fast path, which the CSP (no 'unsafe-eval') reported as a violation.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships no messages ("Invalid input" for everything); the English locale is the one classic
// zod loads, so a broken file reads "Too small: expected number to be >=0" as before.
z.config(en());

const nonEmpty = () => z.string().check(z.minLength(1));
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'));

export const RoleIdSchema = z.enum([
  'devops-engineer',
  'ai-ml-engineer',
  'mlops-engineer',
  'ml-engineer',
  'ai-engineer',
  'backend-developer',
]);

export const LevelIdSchema = z.enum(['entry', 'mid', 'senior']);

/** A figure: a number with where it came from. `value` constraints differ by unit, so this is a factory. */
function figureOf(value: z.ZodMiniNumber<number>) {
  return z
    .strictObject({
      value,
      source: z.optional(kebabId),
      quote: z.optional(nonEmpty()),
      assumption: z.optional(nonEmpty()),
      note: z.optional(nonEmpty()),
    })
    .check(
      z.superRefine((figure, ctx) => {
        const sourced = figure.source !== undefined && figure.quote !== undefined;
        const assumed = figure.assumption !== undefined;
        if (sourced === assumed) {
          ctx.addIssue({
            code: 'custom',
            message: sourced
              ? 'a figure is either sourced or an assumption, not both'
              : 'a figure needs provenance: { source, quote } or { assumption }',
          });
        }
      }),
    );
}

// z.number() rejects NaN and ±Infinity by itself in zod 4 (classic's `.finite()` was a no-op), so no check here.

/** US dollars (per year or per hour, as the field name says); never negative. */
export const MoneyFigureSchema = figureOf(z.number().check(z.nonnegative()));
/** A percentage change, e.g. 12 for +12% or -20 for -20%. */
export const PercentFigureSchema = figureOf(z.number().check(z.gt(-100), z.lte(1000)));
/** A share of something, in percent, 0-100. */
export const ShareFigureSchema = figureOf(z.number().check(z.gte(0), z.lt(100)));
/** A multiplier such as a metro-to-national pay ratio. */
export const RatioFigureSchema = figureOf(z.number().check(z.positive(), z.lte(10)));
/** A count of years or months. */
export const DurationFigureSchema = figureOf(z.number().check(z.nonnegative(), z.lte(100)));

/** A piece of text with the same provenance rule as a figure. */
export const FactSchema = z
  .strictObject({
    text: nonEmpty(),
    source: z.optional(kebabId),
    quote: z.optional(nonEmpty()),
    assumption: z.optional(nonEmpty()),
  })
  .check(
    z.superRefine((fact, ctx) => {
      const sourced = fact.source !== undefined && fact.quote !== undefined;
      if (sourced === (fact.assumption !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          message: 'a fact needs provenance: { source, quote } or { assumption }',
        });
      }
    }),
  );

function rangeOf(figure: ReturnType<typeof figureOf>) {
  return z
    .strictObject({ low: figure, high: figure })
    .check(
      z.refine((r) => r.low.value <= r.high.value, { message: 'low must not exceed high', path: ['high'] }),
    );
}

export const MoneyRangeSchema = rangeOf(MoneyFigureSchema);
export const PercentRangeSchema = rangeOf(PercentFigureSchema);
export const ShareRangeSchema = rangeOf(ShareFigureSchema);

// ---------------------------------------------------------------- sources.json

export const SourceSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty(),
  kind: z.enum(['article', 'public-data']),
  publisher: z.optional(nonEmpty()),
  author: z.optional(nonEmpty()),
  /** When the figures were true, as the source states it (e.g. "May 2024", "2025"). */
  vintage: nonEmpty(),
  /** What the figure measures and how: "all experience levels, self-reported", ... */
  measures: z.optional(nonEmpty()),
  /** H, M, L or C as in the reference notes; articles are "article". */
  confidence: z.enum(['H', 'M', 'L', 'C', 'article']),
  citation: nonEmpty(),
});

export const SourcesFileSchema = z.strictObject({
  provenance: nonEmpty(),
  sources: z.array(SourceSchema).check(z.minLength(1)),
});

// ---------------------------------------------------------------- roles.json

export const LevelSchema = z.strictObject({
  id: LevelIdSchema,
  label: nonEmpty(),
  fromYears: DurationFigureSchema,
  /** null: open-ended ("7+ years"). */
  toYears: z.nullable(DurationFigureSchema),
  /** The years of experience at which the level's band is taken to hold exactly; between anchors the engine interpolates. */
  anchorYears: DurationFigureSchema,
});

export const BandSchema = z.intersection(
  MoneyRangeSchema,
  z.strictObject({
    level: LevelIdSchema,
    /** The source says "$300K+": the high end is a floor, not a ceiling. */
    openEnded: z.optional(z.boolean()),
    /** Set when the band is not stated by any source but derived; says how. */
    derived: z.optional(nonEmpty()),
  }),
);

export const LabelledRangeSchema = z.intersection(MoneyRangeSchema, z.strictObject({ label: nonEmpty() }));
export const LabelledFigureSchema = z.strictObject({
  label: nonEmpty(),
  /** `average`: figures the engine compares to show disagreement; `top`: a quoted ceiling. */
  kind: z.enum(['average', 'top']),
  figure: MoneyFigureSchema,
});

export const RoleSchema = z.strictObject({
  id: RoleIdSchema,
  title: nonEmpty(),
  shortTitle: nonEmpty(),
  /** Each source's band per level, kept apart; the engine combines them and shows the spread. */
  bands: z.array(BandSchema).check(z.minLength(3)),
  /** Whole-career ranges, median ranges and other ranges quoted without a level. */
  ranges: z.array(LabelledRangeSchema),
  /** Averages and other single figures quoted for the role. */
  figures: z.array(LabelledFigureSchema),
  /** Contract or consulting rate, US dollars per hour. */
  hourlyUsd: MoneyRangeSchema,
  /** Equity (stock/options) and cash bonus as a share of total compensation, percent, at a typical employer. */
  equityShareOfTotal: ShareRangeSchema,
  bonusShareOfTotal: ShareRangeSchema,
  profile: z.strictObject({
    growthTo2034: z.nullable(PercentFigureSchema),
    education: FactSchema,
    educationRoutes: z.optional(FactSchema),
    topSkills: FactSchema,
    whereTheyWork: FactSchema,
    dayToDay: FactSchema,
    careerPath: FactSchema,
    jobReady: FactSchema,
  }),
  /** Public figures (BLS, surveys) that cover the role, to cross-check the articles. */
  crossChecks: z.array(
    z.strictObject({ label: nonEmpty(), measures: nonEmpty(), figure: MoneyFigureSchema }),
  ),
});

export const RolesFileSchema = z.strictObject({
  provenance: nonEmpty(),
  levels: z.array(LevelSchema).check(z.length(3)),
  roles: z.array(RoleSchema).check(z.minLength(1)),
});

// ---------------------------------------------------------------- modifiers.json

const appliesTo = z.array(RoleIdSchema).check(z.minLength(1));

export const LocationSchema = z.strictObject({
  id: kebabId,
  label: nonEmpty(),
  /** Metro pay ÷ national pay; 1 for the national baseline. */
  ratio: RatioFigureSchema,
  appliesTo,
  /** The articles' own premium for this place, kept beside the public ratio. */
  articlePremium: z.optional(PercentRangeSchema),
});

export const CompanySchema = z.strictObject({
  id: kebabId,
  label: nonEmpty(),
  /** Change to base pay; null when the sources name the company type but give no figure. */
  basePercent: z.nullable(PercentRangeSchema),
  appliesTo,
  /** Replaces the role's equity share: equity worth this share of base, for these roles. */
  equityPercentOfBase: z.optional(z.intersection(PercentRangeSchema, z.strictObject({ appliesTo }))),
  /** Replaces the role's bonus share of total compensation. */
  bonusShareOfTotal: z.optional(ShareRangeSchema),
  notes: z.array(FactSchema),
});

export const OptionSchema = z.strictObject({ id: kebabId, label: nonEmpty() });

/**
 * Certifications or skills that a source prices together. `any-one`: one member earns the whole range
 * and more add nothing ("AWS DevOps or CKA can add ~5-12%"). `equal-share`: the range is for all members
 * together, each member earns an equal share of it.
 */
export const BonusGroupSchema = z.strictObject({
  id: kebabId,
  kind: z.enum(['certification', 'skill']),
  label: nonEmpty(),
  members: z.array(kebabId).check(z.minLength(1)),
  appliesTo,
  combine: z.enum(['any-one', 'equal-share']),
  /** null: the source says pay rises but gives no figure. */
  percent: z.nullable(PercentRangeSchema),
  notes: z.array(FactSchema),
});

export const EducationSchema = z.strictObject({
  id: kebabId,
  label: nonEmpty(),
  effects: z.array(z.intersection(PercentRangeSchema, z.strictObject({ appliesTo }))),
  notes: z.array(FactSchema),
});

export const ModifiersFileSchema = z.strictObject({
  provenance: nonEmpty(),
  locations: z.array(LocationSchema).check(z.minLength(1)),
  companies: z.array(CompanySchema).check(z.minLength(1)),
  certifications: z.array(OptionSchema),
  skills: z.array(OptionSchema),
  groups: z.array(BonusGroupSchema),
  education: z.array(EducationSchema).check(z.minLength(1)),
});

export type Figure = z.infer<typeof MoneyFigureSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type MoneyRange = z.infer<typeof MoneyRangeSchema>;
export type PercentRange = z.infer<typeof PercentRangeSchema>;
export type ShareRange = z.infer<typeof ShareRangeSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SourcesFile = z.infer<typeof SourcesFileSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Band = z.infer<typeof BandSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type RoleId = z.infer<typeof RoleIdSchema>;
export type LevelId = z.infer<typeof LevelIdSchema>;
export type RolesFile = z.infer<typeof RolesFileSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type BonusGroup = z.infer<typeof BonusGroupSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type ModifiersFile = z.infer<typeof ModifiersFileSchema>;
