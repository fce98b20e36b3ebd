/**
 * Where an offer lands in an estimated distribution: its percentile among people like the scenario,
 * read off the same distribution that gives the low, typical and high figures.
 */
import { percentileOf, type PayDistribution } from './distribution';
import type { AnnualUsd } from './domain';
import type { AnnualUsdRange } from './types';

export interface OfferPosition {
  where: 'below' | 'within' | 'above';
  /** 0-100, whole number. */
  percentile: number;
  /** Dollars from the offer up to the typical and high figures (negative when the offer is above). */
  toTypicalAnnualUsd: AnnualUsd;
  toHighAnnualUsd: AnnualUsd;
}

export function offerPosition(
  offerAnnualUsd: AnnualUsd,
  distribution: PayDistribution,
  range: AnnualUsdRange,
): OfferPosition {
  return {
    where: offerAnnualUsd < range.low ? 'below' : offerAnnualUsd > range.high ? 'above' : 'within',
    percentile: Math.round(percentileOf(distribution, offerAnnualUsd)),
    toTypicalAnnualUsd: range.typical - offerAnnualUsd,
    toHighAnnualUsd: range.high - offerAnnualUsd,
  };
}
