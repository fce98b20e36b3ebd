/**
 * The words for a card's details: each factor of an estimate (what it is called, its value and why),
 * and how an offer's percentile is read. They load with the formula and the offer check, after the figures.
 */
import type { Dataset } from '../model/dataset';
import { quantile } from '../model/distribution';
import { HIGH_PERCENTILE, LOW_PERCENTILE, type Factor, type MixPart } from '../model/types';
import { experienceText, optionLabel, roleTitle } from './explain';
import {
  formatEstimate,
  formatEstimateRange,
  formatMultiplier,
  formatPercentChange as percent1,
  formatYears as yearsText,
} from './format';

const percentRange = (low: number, high: number) =>
  low === high ? percent1(low) : `${percent1(low)} to ${percent1(high)}`;

export const FACTOR_KIND_LABEL: Record<Factor['kind'], string> = {
  band: 'Market pay for these years',
  location: 'Location',
  company: 'Employer type',
  certification: 'Certifications',
  skill: 'Skills',
  education: 'Education',
};

/** What a factor is called on a card: the location, employer, group or degree. */
export function factorLabel(dataset: Dataset, f: Factor): string {
  if (f.kind === 'band') return `${roleTitle(dataset, f.roleId)}, ${yearsText(f.experience.years)}`;
  if (f.kind === 'location') return dataset.index.locations.get(f.subjectId)?.label ?? f.subjectId;
  if (f.kind === 'company') return dataset.index.companies.get(f.subjectId)?.label ?? f.subjectId;
  if (f.kind === 'education') return dataset.index.education.get(f.subjectId)?.label ?? f.subjectId;
  return f.picked.map((id) => optionLabel(dataset, id)).join(', ');
}

/** The factor's value: the band's middle half and median, or the multiplier applied. */
export function factorValue(f: Factor): string {
  if (f.kind === 'band') {
    const low = quantile(f.distribution, LOW_PERCENTILE);
    const high = quantile(f.distribution, HIGH_PERCENTILE);
    return `${formatEstimateRange(low, high)}, median ${formatEstimate(f.distribution.median)}`;
  }
  if (f.multiplier === 1) return 'no change';
  if (f.kind === 'location') return `× ${f.multiplier.toFixed(3)} (${formatMultiplier(f.multiplier)})`;
  return formatMultiplier(f.multiplier);
}

/** Why the factor is what it is, in a sentence. */
export function factorDetail(dataset: Dataset, f: Factor): string {
  if (f.kind === 'band') {
    const derived = f.derived
      ? ' Derived: no source states this role’s pay by level (see the methodology).'
      : '';
    return `${experienceText(dataset, f.experience)}.${derived}`;
  }
  const stated = f.statedPercent
    ? percentRange(f.statedPercent.low * f.share, f.statedPercent.high * f.share)
    : '';
  const group = dataset.modifiers.groups.find((g) => g.id === f.subjectId);
  const share =
    f.share < 1 && f.statedPercent && group
      ? ` (${f.picked.length} of ${group.members.length} in a group worth ${percentRange(f.statedPercent.low, f.statedPercent.high)} together)`
      : '';
  switch (f.rule) {
    case 'ratio':
      return 'Metro median pay ÷ national median pay for software developers.';
    case 'baseline':
      return f.kind === 'location' ? 'The national baseline.' : 'No adjustment.';
    case 'no-figure':
      return 'Named by the sources, but they give no figure for base pay, so nothing is added.';
    case 'range':
      return `The source states ${stated}${share}; the middle of that range is used.`;
    case 'stacked':
      return `The source states ${stated}${share}; it counts at ${Math.round(f.stackWeight * 100)}% because premiums for one person overlap.`;
    case 'capped':
      return `The source states ${stated}${share}; counted at ${Math.round(f.stackWeight * 100)}% so that the premiums together stay within the stated cap.`;
    case 'parity':
      return `A source says this role can match or exceed ${roleTitle(dataset, f.parityWith ?? '')} pay at this employer type, so its median is raised to that role’s here.`;
  }
}

export function mixText(dataset: Dataset, part: MixPart): string {
  const company = part.companyId === null ? undefined : dataset.index.companies.get(part.companyId);
  const range = `${part.lowPercent}–${part.highPercent}%`;
  if (part.of === 'base') return `${company?.label ?? 'This employer'}: ${part.part} worth ${range} of base`;
  return `${range} of total compensation`;
}

export const OFFER_METHOD =
  'The percentile is read off the same distribution as the low, typical and high figures: pay for this role and scenario as a log-normal distribution whose median is the typical figure and whose 25th and 75th percentiles are the low and high figures. An offer at the high figure is at the 75th percentile.';
