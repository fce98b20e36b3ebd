/**
 * The words of the methodology page's entries: each role's bands, each location, employer type, premium
 * group and degree, said from the data. The page only lays them out. Kept apart from explain.ts because
 * only the methodology page reads them, and it loads after the estimator.
 */
import type { LevelComparison } from '../model/compare';
import type { Dataset } from '../model/dataset';
import type {
  Company,
  Derivation,
  Education,
  FigureRange,
  Location,
  PremiumGroup,
  RoleId,
  Source,
} from '../model/domain';
import { bandRangeText, optionLabel, roleTitle } from './explain';
import { formatEstimate, formatEstimateRange, formatMultiplier, formatUsdRange } from './format';

/** What the confidence marks mean, as the data's own provenance note defines them. */
export const CONFIDENCE_TEXT: Record<Source['confidence'], string> = {
  H: 'High: the primary source',
  M: 'Medium: a secondary page quoting the source',
  L: 'Low: a weak source, shown only with that warning',
  C: 'Computed from stored figures',
  article: 'One of the published career articles Paypath starts from',
};

/** A stated change in percent, signed: 12 → "+12%", -20 → "-20%". */
export const changeText = (percent: number): string => formatMultiplier(1 + percent / 100);

/** -20..-10 → "-20% to -10%". */
export const changeRangeText = (r: FigureRange): string =>
  `${changeText(r.low.value)} to ${changeText(r.high.value)}`;

/** A share in percent, 10..30 → "10–30%". */
export const shareRangeText = (r: FigureRange): string => `${r.low.value}–${r.high.value}%`;

/** The roles a figure applies to: "every role", or their titles. */
export function rolesText(dataset: Dataset, ids: readonly RoleId[]): string {
  return ids.length === dataset.roles.roles.length
    ? 'every role'
    : ids.map((id) => roleTitle(dataset, id)).join(', ');
}

/** One level of a role: each source's band with its source, then the band Paypath uses. */
export function levelBandsText(dataset: Dataset, c: LevelComparison): string {
  const stated = c.stated
    .map((band) => {
      const id = band.low.source;
      const title = (id === undefined ? undefined : dataset.index.sources.get(id)?.title) ?? id ?? '';
      return `${bandRangeText(band.low.value, band.high.value, band.openEnded)} (${title})`;
    })
    .join('; ');
  const pooled = c.stated.length > 1 ? ', pooling the sources' : '';
  return `${stated}${c.derived ? 'Derived: ' : '. '}Paypath uses ${formatEstimateRange(c.used.low, c.used.high)} (25th–75th percentile), median ${formatEstimate(c.used.typical)}${pooled}.`;
}

/** How a role with no stated level bands gets them. */
export function derivationText(dataset: Dataset, derivation: Derivation): string {
  if (derivation.kind === 'overall-range') {
    const range = formatUsdRange(derivation.range.low.value, derivation.range.high.value);
    return `No source gives this role’s pay by level. Its whole-career range ${range} is placed with its geometric midpoint as the mid-level median, and the levels take the shape and spread of the roles whose sources give bands by level.`;
  }
  const { entry, mid, senior } = derivation.percentByLevel;
  return `No source gives this role’s pay in dollars. It is ${roleTitle(dataset, derivation.to)} pay raised by ${entry.value}% at entry, ${mid.value}% at mid and ${senior.value}% at senior level.`;
}

/** What follows a location's name: its ratio, the articles' premium beside it, and the roles. */
export function locationText(dataset: Dataset, l: Location): string {
  const ratio = l.ratio.value;
  const onNational = ratio !== 1 ? ` (${formatMultiplier(ratio)} on national pay)` : '';
  const articles = l.articlePremium
    ? `; the articles say ${changeRangeText(l.articlePremium)}, the estimate uses the ratio`
    : '';
  return `: × ${ratio.toFixed(3)}${onNational}${articles}. Applies to ${rolesText(dataset, l.appliesTo)}.`;
}

export function companyBaseText(dataset: Dataset, c: Company): string {
  const change =
    c.basePercent === null
      ? 'no change: the sources name this company type but give no figure for base pay'
      : c.basePercent.low.value === 0 && c.basePercent.high.value === 0
        ? 'no change'
        : changeRangeText(c.basePercent);
  return `Base pay: ${change}. Applies to ${rolesText(dataset, c.appliesTo)}.`;
}

export function companyEquityText(
  dataset: Dataset,
  equity: NonNullable<Company['equityPercentOfBase']>,
): string {
  return `Equity worth ${shareRangeText(equity)} of base for ${rolesText(dataset, equity.appliesTo)}, in place of the role’s usual equity share.`;
}

/** The group's kind as a badge, unless the group's own name already says it ("... certification"). */
export const groupKindBadge = (g: PremiumGroup): string | null =>
  g.label.toLowerCase().includes(g.kind) ? null : g.kind;

/** A premium group's range, the roles it is for, and how its members combine. */
export function groupText(dataset: Dataset, g: PremiumGroup): string {
  const range =
    g.percent === null
      ? 'No figure: the source says pay rises but gives no number'
      : changeRangeText(g.percent);
  const members = g.members.map((id) => optionLabel(dataset, id));
  const combine =
    g.combine === 'any-one'
      ? `Any one of ${members.join(' or ')} earns the whole range; more add nothing.`
      : `The range is for ${members.join(', ')} together; each earns an equal share of it.`;
  return `${range} for ${rolesText(dataset, g.appliesTo)}. ${combine}`;
}

export const educationEffectText = (dataset: Dataset, effect: Education['effects'][number]): string =>
  `${changeRangeText(effect)} for ${rolesText(dataset, effect.appliesTo)}.`;
