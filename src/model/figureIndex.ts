/**
 * Every figure and fact in the dataset, where it sits and where it came from: what the methodology page
 * lists under each source, and with each assumption. Data only; lib/figureWords.ts says it in words.
 */
import type { Dataset } from './dataset';
import { PROFILE_FACT_FIELDS } from './domain';
import type { Fact, Figure, FigureRange, LevelId, ProfileFactField, Provenance, RoleId } from './domain';
import { provenanceOf } from './provenance';

/** A figure that is named by its kind alone. */
export type PlainFigureItem =
  | 'job-ready-months'
  | 'starts-at'
  | 'ends-at'
  | 'anchor'
  | 'contract-rate'
  | 'equity-share'
  | 'bonus-share'
  | 'growth-to-2034'
  | 'location-ratio'
  | 'articles-premium'
  | 'base-change'
  | 'equity-of-base'
  | 'premium'
  | 'note';

/** What a figure is, within the level, role, location, company type, premium group or degree it belongs to. */
export type FigureItem =
  | { kind: PlainFigureItem }
  | { kind: 'band'; level: LevelId }
  /** A range or figure a source quotes for a role, or a public cross-check, by the data's own label. */
  | { kind: 'quoted' | 'cross-check'; label: string }
  | { kind: 'profile'; field: ProfileFactField }
  | { kind: 'education-premium'; roles: RoleId[] };

/** How a figure's number reads: US dollars a year or an hour, a change or a share in percent, years, a ratio. */
export type FigureUnit = 'usd' | 'usd-hourly' | 'change' | 'share' | 'years' | 'months' | 'ratio';

export interface FigureUse {
  /** The label of what the figure belongs to: "DevOps Engineer", "Seattle (…)", "Startup". */
  subject: string;
  item: FigureItem;
  /** Which end of a stated range; null for a single figure or a fact. */
  end: 'low' | 'high' | null;
  value: { unit: FigureUnit; value: number } | { unit: 'text'; text: string };
  provenance: Provenance;
}

/** Every figure and fact, in the order of the data files: levels, roles, then the modifiers. */
export function figureUses(dataset: Dataset): FigureUse[] {
  const out: FigureUse[] = [];
  const figure = (
    subject: string,
    item: FigureItem,
    f: Figure,
    unit: FigureUnit,
    end: FigureUse['end'] = null,
  ) => out.push({ subject, item, end, value: { unit, value: f.value }, provenance: provenanceOf(f) });
  const range = (subject: string, item: FigureItem, r: FigureRange, unit: FigureUnit) => {
    figure(subject, item, r.low, unit, 'low');
    figure(subject, item, r.high, unit, 'high');
  };
  const fact = (subject: string, item: FigureItem, f: Fact) =>
    out.push({
      subject,
      item,
      end: null,
      value: { unit: 'text', text: f.text },
      provenance: provenanceOf(f),
    });

  for (const level of dataset.roles.levels) {
    figure(level.label, { kind: 'starts-at' }, level.fromYears, 'years');
    if (level.toYears !== null) figure(level.label, { kind: 'ends-at' }, level.toYears, 'years');
    figure(level.label, { kind: 'anchor' }, level.anchorYears, 'years');
  }

  for (const role of dataset.roles.roles) {
    const t = role.title;
    for (const band of role.bands) range(t, { kind: 'band', level: band.level }, band, 'usd');
    for (const r of role.ranges) range(t, { kind: 'quoted', label: r.label }, r, 'usd');
    for (const f of role.figures) figure(t, { kind: 'quoted', label: f.label }, f.figure, 'usd');
    if (role.hourlyUsd !== null) range(t, { kind: 'contract-rate' }, role.hourlyUsd, 'usd-hourly');
    range(t, { kind: 'equity-share' }, role.equityShareOfTotal, 'share');
    range(t, { kind: 'bonus-share' }, role.bonusShareOfTotal, 'share');
    if (role.profile.growthTo2034 !== null) {
      figure(t, { kind: 'growth-to-2034' }, role.profile.growthTo2034, 'change');
    }
    for (const field of PROFILE_FACT_FIELDS) {
      const f = role.profile[field];
      if (f !== undefined) fact(t, { kind: 'profile', field }, f);
    }
    range(t, { kind: 'job-ready-months' }, role.profile.jobReadyMonths, 'months');
    for (const c of role.crossChecks) figure(t, { kind: 'cross-check', label: c.label }, c.figure, 'usd');
  }

  const m = dataset.modifiers;
  for (const l of m.locations) {
    figure(l.label, { kind: 'location-ratio' }, l.ratio, 'ratio');
    if (l.articlePremium) range(l.label, { kind: 'articles-premium' }, l.articlePremium, 'change');
  }
  for (const c of m.companies) {
    if (c.basePercent !== null) range(c.label, { kind: 'base-change' }, c.basePercent, 'change');
    if (c.equityPercentOfBase) range(c.label, { kind: 'equity-of-base' }, c.equityPercentOfBase, 'share');
    if (c.bonusShareOfTotal) range(c.label, { kind: 'bonus-share' }, c.bonusShareOfTotal, 'share');
    for (const n of c.notes) fact(c.label, { kind: 'note' }, n);
  }
  for (const g of m.groups) {
    if (g.percent !== null) range(g.label, { kind: 'premium' }, g.percent, 'change');
    for (const n of g.notes) fact(g.label, { kind: 'note' }, n);
  }
  for (const e of m.education) {
    for (const effect of e.effects) {
      range(e.label, { kind: 'education-premium', roles: effect.appliesTo }, effect, 'change');
    }
    for (const n of e.notes) fact(e.label, { kind: 'note' }, n);
  }
  return out;
}

/** The uses whose provenance gives a key, filed under it in dataset order. */
function fileBy(uses: FigureUse[], keyOf: (p: Provenance) => string | undefined): Map<string, FigureUse[]> {
  const map = new Map<string, FigureUse[]>();
  for (const use of uses) {
    const key = keyOf(use.provenance);
    if (key === undefined) continue;
    const list = map.get(key);
    if (list) list.push(use);
    else map.set(key, [use]);
  }
  return map;
}

/** The figures citing each source id, in dataset order. */
export const usesBySource = (uses: FigureUse[]): Map<string, FigureUse[]> =>
  fileBy(uses, (p) => ('source' in p ? p.source : undefined));

export interface AssumptionGroup {
  assumption: string;
  uses: FigureUse[];
}

/** Each distinct assumption once, with every figure that rests on it (a range's low and high often share one). */
export const assumptionGroups = (uses: FigureUse[]): AssumptionGroup[] =>
  [...fileBy(uses, (p) => ('assumption' in p ? p.assumption : undefined))].map(([assumption, list]) => ({
    assumption,
    uses: list,
  }));
