/**
 * Where an offer lands in an estimated range. The engine's low and high are the ends of the sources'
 * ranges, not measured percentiles, so the percentile is an approximation with a stated method.
 */
import type { AnnualUsdRange } from './types';

export const OFFER_METHOD =
  'Approximate percentile, an assumption: the low end of the range is read as the 10th percentile, the typical figure as the 50th and the high end as the 90th, with straight lines between them; below the low end the percentile falls to 0 at half the low figure, above the high end it rises to 100 at one and a half times the high figure.';

export interface OfferPosition {
  where: 'below' | 'within' | 'above';
  /** 0-100, whole number. */
  percentile: number;
  /** Dollars from the offer up to the typical and high figures (negative when the offer is above). */
  toTypicalAnnualUsd: number;
  toHighAnnualUsd: number;
}

const lerp = (x: number, x0: number, x1: number, y0: number, y1: number) =>
  x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);

export function offerPosition(offerAnnualUsd: number, range: AnnualUsdRange): OfferPosition {
  const { low, typical, high } = range;
  let percentile: number;
  if (offerAnnualUsd < low) percentile = Math.max(0, lerp(offerAnnualUsd, low / 2, low, 0, 10));
  else if (offerAnnualUsd <= typical) percentile = lerp(offerAnnualUsd, low, typical, 10, 50);
  else if (offerAnnualUsd <= high) percentile = lerp(offerAnnualUsd, typical, high, 50, 90);
  else percentile = Math.min(100, lerp(offerAnnualUsd, high, high * 1.5, 90, 100));
  return {
    where: offerAnnualUsd < low ? 'below' : offerAnnualUsd > high ? 'above' : 'within',
    percentile: Math.round(percentile),
    toTypicalAnnualUsd: typical - offerAnnualUsd,
    toHighAnnualUsd: high - offerAnnualUsd,
  };
}
