/**
 * The words for what the engine returns. The engine returns data (kinds, rules, numbers); this is the
 * one place that turns them into sentences, so the cards, the methodology page and the exports say
 * the same thing the same way.
 */
import type { ExperienceReading } from '../model/band';
import type { Dataset } from '../model/dataset';
import type { LevelId, Provenance, RoleId } from '../model/domain';
import type { BeyondSources, Disagreement, Inapplicable, PublicPosition } from '../model/types';
import {
  formatMultiplier,
  formatPercentChange as percent1,
  formatUsd,
  formatUsdCompact,
  formatUsdRange,
  formatYears as yearsText,
} from './format';

const percentRange = (low: number, high: number) =>
  low === high ? percent1(low) : `${percent1(low)} to ${percent1(high)}`;

/**
 * "1st", "22nd", "113th": English ordinals, as Intl.PluralRules' en-US ordinal rules give them (checked
 * against it in the tests), without building an Intl object on every card render.
 */
export function ordinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function levelLabel(dataset: Dataset, id: LevelId): string {
  return dataset.index.levels.find((l) => l.id === id)?.label ?? id;
}

export const roleTitle = (dataset: Dataset, id: RoleId | string): string =>
  dataset.index.roles.get(id as RoleId)?.title ?? id;

/** Roles by their short titles, as a list: "DevOps, MLOps". */
export const shortTitles = (dataset: Dataset, ids: readonly RoleId[]): string =>
  ids.map((id) => dataset.index.roles.get(id)?.shortTitle ?? id).join(', ');

export function optionLabel(dataset: Dataset, id: string): string {
  return (
    dataset.index.options.get(id)?.label ??
    dataset.index.education.get(id)?.label ??
    dataset.index.companies.get(id)?.label ??
    id
  );
}

/**
 * The level a person with these years is at, by the levels' own year ranges ("Senior (7+ years)" at 7
 * years). The band the estimate stands on can differ (at 7 years it is still mostly the mid-career
 * band, anchored at 4.5): experienceText says which.
 */
export function levelForYears(dataset: Dataset, years: number): string {
  const levels = dataset.index.levels;
  const level =
    levels.find((l) => years >= l.fromYears.value && (l.toYears === null || years <= l.toYears.value)) ??
    levels.findLast((l) => years >= l.fromYears.value) ??
    levels[0];
  return level?.label ?? '';
}

/** Which band the estimate stands on, exactly: the card's level line. */
export function experienceText(dataset: Dataset, r: ExperienceReading): string {
  const lower = `${levelLabel(dataset, r.lower).toLowerCase()} band (at ${yearsText(r.lowerAnchorYears)})`;
  if (r.upper !== null && r.upperAnchorYears !== null) {
    const upper = `${levelLabel(dataset, r.upper).toLowerCase()} band (at ${yearsText(r.upperAnchorYears)})`;
    return `Between the ${lower} and the ${upper}, ${Math.round(r.toward * 100)}% of the way`;
  }
  const text = `${levelLabel(dataset, r.lower)} band (at ${yearsText(r.lowerAnchorYears)})`;
  if (r.growth > 1)
    return `${text}, plus ${percent1((r.growth - 1) * 100).slice(1)} for experience after ${yearsText(r.lowerAnchorYears)} (Levels.fyi experience curve)`;
  if (r.years > r.lowerAnchorYears)
    return `${text}; the sources show no further rise after ${yearsText(r.lowerAnchorYears)}`;
  return text;
}

export function inapplicableText(dataset: Dataset, x: Inapplicable, roleId: RoleId): string {
  const name = optionLabel(dataset, x.id);
  const role = dataset.index.roles.get(roleId)?.shortTitle ?? roleId;
  switch (x.reason) {
    case 'defining':
      return `${name}: already part of ${role} pay (the role’s sources assume it), so it adds nothing.`;
    case 'no-figure':
      return `${name}: the sources say pay rises with it for ${role}, but give no figure, so nothing is added.`;
    case 'company-not-applicable':
      return `${name}: the sources give no adjustment for ${role}.`;
    case 'not-priced-for-role':
      return `${name}: no source gives a figure for ${role}.`;
  }
}

/** A band as its source states it: "$160,000 – $300,000+" where the source gives no ceiling. */
export const bandRangeText = (low: number, high: number, openEnded = false): string =>
  `${formatUsdRange(low, high)}${openEnded ? '+' : ''}`;

export function disagreementText(dataset: Dataset, d: Disagreement): string {
  switch (d.kind) {
    case 'level-bands':
      return `The sources give different ${levelLabel(dataset, d.level).toLowerCase()} bands (${d.bands
        .map((b) => bandRangeText(b.low, b.high, b.openEnded))
        .join(' and ')}); the estimate reads them as equally good and pools them.`;
    case 'averages':
      return `The quoted averages differ by more than a tenth (${d.figures.map((f) => formatUsd(f.annualUsd)).join(', ')}).`;
    case 'location-premium': {
      const place = dataset.index.locations.get(d.locationId)?.label ?? d.locationId;
      return `The articles say ${place} adds ${percentRange(d.articles.lowPercent, d.articles.highPercent)}; BLS OEWS puts it at ${formatMultiplier(d.publicRatio.ratio)}. The estimate uses the BLS figure.`;
    }
  }
}

/**
 * A disagreement in a few words, for the card's one quiet line: the spread only ("entry level bands
 * $80K–$110K to $95K–$130K"); the full sentence and the sources are one click away.
 */
export function disagreementBrief(dataset: Dataset, d: Disagreement): string {
  const compactRange = (low: number, high: number, openEnded = false) =>
    `${formatUsdCompact(low)}–${formatUsdCompact(high)}${openEnded ? '+' : ''}`;
  switch (d.kind) {
    case 'level-bands': {
      const ranges = d.bands.map((b) => compactRange(b.low, b.high, b.openEnded));
      return `${levelLabel(dataset, d.level).toLowerCase()} bands ${ranges.join(' to ')}`;
    }
    case 'averages': {
      const dollars = d.figures.map((f) => f.annualUsd);
      return `averages ${compactRange(Math.min(...dollars), Math.max(...dollars))}`;
    }
    case 'location-premium': {
      const place = dataset.index.locations.get(d.locationId)?.label ?? d.locationId;
      return `${place} premium ${percentRange(d.articles.lowPercent, d.articles.highPercent)} in the articles, ${formatMultiplier(d.publicRatio.ratio)} by BLS`;
    }
  }
}

export function disagreementProvenance(d: Disagreement): Provenance[] {
  switch (d.kind) {
    case 'level-bands':
      return d.bands.map((b) => b.provenance);
    case 'averages':
      return d.figures.map((f) => f.provenance);
    case 'location-premium':
      return [d.articles.provenance, d.publicRatio.provenance];
  }
}

/** "about the 62nd percentile of US software developers (BLS, May 2024)". */
export function publicPositionText(dataset: Dataset, p: PublicPosition, locationId: string): string {
  const place = p.scaledByLocation
    ? ` in ${dataset.index.locations.get(locationId)?.label ?? locationId}`
    : '';
  const who = p.scaledByLocation ? `software developers${place}` : 'US software developers';
  const at =
    p.percentile >= 99
      ? 'above the 99th percentile'
      : p.percentile <= 1
        ? 'below the 1st percentile'
        : `about the ${ordinal(p.percentile)} percentile`;
  return `Typical base is ${at} of ${who} (BLS, May 2024; median ${formatUsd(p.medianAnnualUsd)}).`;
}

export function beyondText(dataset: Dataset, b: BeyondSources, roleId: RoleId): string {
  const role = roleTitle(dataset, roleId);
  const level = levelLabel(dataset, b.level).toLowerCase();
  const causes: Record<BeyondSources['causes'][number], string> = {
    derived: 'the level shape borrowed from other roles',
    experience: 'growth after 10 years from the Levels.fyi experience curve',
    company: 'the employer type',
    premiums: 'your certifications, skills or education',
  };
  const why =
    b.causes.length > 0 ? ` It is lifted past it by ${b.causes.map((c) => causes[c]).join(', ')}.` : '';
  const which = b.figures.length === 2 ? 'The typical and high figures are' : `The ${b.figures[0]} figure is`;
  return `${which} beyond the sources: no source gives more than ${formatUsd(b.ceilingAnnualUsd)} for ${role} pay at ${level} level here.${why}`;
}
