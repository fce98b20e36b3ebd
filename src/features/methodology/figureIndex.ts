/**
 * Every figure and fact in the dataset, said in plain words with where it sits ("DevOps Engineer, mid
 * band, low: $95,000") and where it came from. The methodology page lists them under their source, and
 * the assumptions with the figures that rest on each.
 */
import type { Fact } from '../../model/domain';
import { formatMultiplier, formatUsd } from '../../lib/format';
import { provenanceOf } from '../../model/provenance';
import type { Dataset, Provenance } from '../../model/types';
import { PROFILE_FACTS } from '../../data/profileFacts';

export interface FigureUse {
  /** Where the figure sits: "DevOps Engineer, mid band, low". */
  where: string;
  /** The figure as a person reads it: "$95,000", "+12%", "Bachelor's degree". */
  value: string;
  provenance: Provenance;
}

type Sourced = Parameters<typeof provenanceOf>[0] & { value: number };

const usd = (v: number) => formatUsd(v);
const usdHourly = (v: number) => `${formatUsd(v)} an hour`;
/** A change in percent: 12 → "+12%", -20 → "-20%". */
const change = (v: number) => formatMultiplier(1 + v / 100);
/** A share in percent: 7.5 → "7.5%". */
const share = (v: number) => `${v}%`;
const years = (v: number) => `${v} ${v === 1 ? 'year' : 'years'}`;
const months = (v: number) => `${v} ${v === 1 ? 'month' : 'months'}`;
const ratio = (v: number) => `× ${v.toFixed(3)}`;

export function figureUses(dataset: Dataset): FigureUse[] {
  const out: FigureUse[] = [];
  const figure = (where: string, f: Sourced, format: (v: number) => string) =>
    out.push({ where, value: format(f.value), provenance: provenanceOf(f) });
  const range = (where: string, r: { low: Sourced; high: Sourced }, format: (v: number) => string) => {
    figure(`${where}, low`, r.low, format);
    figure(`${where}, high`, r.high, format);
  };
  const fact = (where: string, f: Fact) => out.push({ where, value: f.text, provenance: provenanceOf(f) });
  const roleNames = (ids: string[]) =>
    ids.map((id) => dataset.roles.roles.find((r) => r.id === id)?.shortTitle ?? id).join(', ');

  for (const level of dataset.roles.levels) {
    figure(`${level.label}, starts at`, level.fromYears, years);
    if (level.toYears !== null) figure(`${level.label}, ends at`, level.toYears, years);
    figure(`${level.label}, band held exactly at`, level.anchorYears, years);
  }

  for (const role of dataset.roles.roles) {
    const t = role.title;
    for (const band of role.bands) range(`${t}, ${band.level} band`, band, usd);
    for (const r of role.ranges) range(`${t}, ${r.label}`, r, usd);
    for (const f of role.figures) figure(`${t}, ${f.label}`, f.figure, usd);
    if (role.hourlyUsd !== null) range(`${t}, contract rate`, role.hourlyUsd, usdHourly);
    range(`${t}, equity share of total compensation`, role.equityShareOfTotal, share);
    range(`${t}, bonus share of total compensation`, role.bonusShareOfTotal, share);
    if (role.profile.growthTo2034 !== null) {
      figure(`${t}, projected growth to 2034`, role.profile.growthTo2034, change);
    }
    for (const { field, label } of PROFILE_FACTS) {
      const f = role.profile[field];
      if (f !== undefined) fact(`${t}, ${label.toLowerCase()}`, f);
    }
    range(`${t}, months to become job-ready`, role.profile.jobReadyMonths, months);
    for (const c of role.crossChecks) figure(`${t}, cross-check: ${c.label}`, c.figure, usd);
  }

  const m = dataset.modifiers;
  for (const l of m.locations) {
    figure(`${l.label}, metro pay ÷ national pay`, l.ratio, ratio);
    if (l.articlePremium) range(`${l.label}, the articles’ premium`, l.articlePremium, change);
  }
  for (const c of m.companies) {
    if (c.basePercent !== null) range(`${c.label}, change to base pay`, c.basePercent, change);
    if (c.equityPercentOfBase) range(`${c.label}, equity as a share of base`, c.equityPercentOfBase, share);
    if (c.bonusShareOfTotal)
      range(`${c.label}, bonus share of total compensation`, c.bonusShareOfTotal, share);
    for (const n of c.notes) fact(`${c.label}, note`, n);
  }
  for (const g of m.groups) {
    if (g.percent !== null) range(`${g.label}, pay premium`, g.percent, change);
    for (const n of g.notes) fact(`${g.label}, note`, n);
  }
  for (const e of m.education) {
    for (const effect of e.effects) {
      range(`${e.label}, premium for ${roleNames(effect.appliesTo)}`, effect, change);
    }
    for (const n of e.notes) fact(`${e.label}, note`, n);
  }
  return out;
}

/** The figures citing each source id, in dataset order. */
export function usesBySource(uses: FigureUse[]): Map<string, FigureUse[]> {
  const map = new Map<string, FigureUse[]>();
  for (const use of uses) {
    if (!('source' in use.provenance)) continue;
    const list = map.get(use.provenance.source) ?? [];
    list.push(use);
    map.set(use.provenance.source, list);
  }
  return map;
}

export interface AssumptionGroup {
  assumption: string;
  uses: FigureUse[];
}

/** Each distinct assumption once, with every figure that rests on it (a range's low and high often share one). */
export function assumptionGroups(uses: FigureUse[]): AssumptionGroup[] {
  const groups = new Map<string, FigureUse[]>();
  for (const use of uses) {
    if (!('assumption' in use.provenance)) continue;
    const list = groups.get(use.provenance.assumption) ?? [];
    list.push(use);
    groups.set(use.provenance.assumption, list);
  }
  return [...groups].map(([assumption, list]) => ({ assumption, uses: list }));
}
