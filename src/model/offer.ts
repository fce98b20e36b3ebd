/**
 * Where an offer lands in an estimated distribution: its percentile among people like the scenario,
 * read off the same distribution that gives the low, typical and high figures. An offer is a package
 * (base, bonus, stock, sign-on); each recurring part is placed in the distribution of that part, and
 * a counter-offer is the pay at a chosen percentile of the same distributions. The package's types
 * live in offerPackage.ts, which the first page loads; this module loads with the offer check.
 */
import { fromBand, percentileOf, quantile, type PayDistribution } from './distribution';
import type { AnnualUsd, Provenance } from './domain';
import type { OfferPackage, OfferStock } from './offerPackage';
import {
  HIGH_PERCENTILE,
  LOW_PERCENTILE,
  type AnnualUsdRange,
  type MixPart,
  type RoleEstimate,
} from './types';

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

/** Stock a year: a grant vests in equal parts each vesting year (a cliff or back-loading is not modelled). */
export function stockAnnualUsd(stock: OfferStock): AnnualUsd {
  return stock.kind === 'yearly' ? stock.annualUsd : stock.grantUsd / stock.vestYears;
}

/**
 * The offer's yearly and first-year totals. Yearly total = base + bonus + stock a year, the same parts
 * as the estimate's total compensation (base + bonus + equity); the sign-on is paid once, so it is added
 * to the first year only. A typed total wins over the parts' sum; the sum needs the base and at least
 * a bonus or stock (a base alone says nothing about the rest of the package).
 */
export interface OfferTotals {
  /** base + bonus + stock a year, whole dollars; null without the base or without a bonus or stock. */
  partsAnnualUsd: AnnualUsd | null;
  /** The yearly total the offer is checked with: the typed total, else the parts' sum. */
  yearlyAnnualUsd: AnnualUsd | null;
  from: 'typed' | 'parts' | null;
  /** The yearly total plus the sign-on; null without a sign-on or a yearly total. */
  firstYearUsd: number | null;
}

export function offerTotals(offer: OfferPackage): OfferTotals {
  const hasParts = offer.bonusAnnualUsd !== null || offer.stock !== null;
  const partsAnnualUsd =
    offer.baseAnnualUsd === null || !hasParts
      ? null
      : Math.round(
          offer.baseAnnualUsd +
            (offer.bonusAnnualUsd ?? 0) +
            (offer.stock === null ? 0 : stockAnnualUsd(offer.stock)),
        );
  const yearlyAnnualUsd = offer.totalAnnualUsd ?? partsAnnualUsd;
  return {
    partsAnnualUsd,
    yearlyAnnualUsd,
    from: offer.totalAnnualUsd !== null ? 'typed' : partsAnnualUsd !== null ? 'parts' : null,
    firstYearUsd:
      yearlyAnnualUsd === null || offer.signOnUsd === null ? null : yearlyAnnualUsd + offer.signOnUsd,
  };
}

/**
 * A bonus or equity distribution from the figures the card shows: the log-normal whose 25th and 75th
 * percentiles are the part's low and high (the engine scales the total's range by the part's share, so
 * this has the total's spread around the part's typical figure). Null when the part is nothing.
 */
export function partDistribution(range: AnnualUsdRange): PayDistribution | null {
  if (!(range.low > 0 && range.high > range.low)) return null;
  return fromBand(range.low, range.high, LOW_PERCENTILE, HIGH_PERCENTILE);
}

/**
 * Where a bonus or stock figure lands: a percentile when the role's share of that part comes from a
 * source; otherwise the assumption it would rest on (a percentile read off an assumed share would
 * look sourced), or `absent` when the estimate has no such part.
 */
export type PartPlace =
  { kind: 'placed'; percentile: number } | { kind: 'assumed'; provenance: Provenance[] } | { kind: 'absent' };

export function placePart(offerAnnualUsd: AnnualUsd, range: AnnualUsdRange, mix: MixPart): PartPlace {
  const assumed = mix.provenance.filter((p) => 'assumption' in p);
  if (assumed.length > 0) return { kind: 'assumed', provenance: assumed };
  const distribution = partDistribution(range);
  if (distribution === null) return { kind: 'absent' };
  return { kind: 'placed', percentile: Math.round(percentileOf(distribution, offerAnnualUsd)) };
}

/** The pay at a chosen percentile, whole dollars, and how far it is above the offer (negative: below). */
export interface Counter {
  annualUsd: AnnualUsd;
  gapAnnualUsd: AnnualUsd;
}

export function counterAt(
  distribution: PayDistribution,
  percentile: number,
  offerAnnualUsd: AnnualUsd,
): Counter {
  const annualUsd = Math.round(quantile(distribution, percentile));
  return { annualUsd, gapAnnualUsd: annualUsd - offerAnnualUsd };
}

/** Everything the card and the exports say about an offer for one role. */
export interface OfferCheck {
  base: OfferPosition | null;
  bonus: { annualUsd: AnnualUsd; place: PartPlace } | null;
  /** Stock a year (a grant divided by its vesting years), whole dollars. */
  stock: { annualUsd: AnnualUsd; place: PartPlace } | null;
  signOnUsd: number | null;
  totals: OfferTotals;
  total: OfferPosition | null;
  /** Only with a base: the base (and the yearly total, when there is one) at the chosen percentile. */
  counter: { percentile: number; base: Counter; total: Counter | null } | null;
}

export function checkOffer(
  offer: OfferPackage,
  estimate: RoleEstimate,
  counterPercentile: number,
): OfferCheck {
  const totals = offerTotals(offer);
  const base = offer.baseAnnualUsd;
  // The parts are read beside a base: without one, a bonus or stock alone is not an offer to place.
  const withBase = <T>(value: T | null): T | null => (base === null ? null : value);
  const stockYear = offer.stock === null ? null : Math.round(stockAnnualUsd(offer.stock));
  return {
    base: base === null ? null : offerPosition(base, estimate.base, estimate.baseAnnualUsd),
    bonus: withBase(
      offer.bonusAnnualUsd === null
        ? null
        : {
            annualUsd: offer.bonusAnnualUsd,
            place: placePart(offer.bonusAnnualUsd, estimate.bonusAnnualUsd, estimate.compensationMix.bonus),
          },
    ),
    stock: withBase(
      stockYear === null
        ? null
        : {
            annualUsd: stockYear,
            place: placePart(stockYear, estimate.equityAnnualUsd, estimate.compensationMix.equity),
          },
    ),
    signOnUsd: withBase(offer.signOnUsd),
    totals,
    total:
      totals.yearlyAnnualUsd === null
        ? null
        : offerPosition(totals.yearlyAnnualUsd, estimate.total, estimate.totalAnnualUsd),
    counter:
      base === null
        ? null
        : {
            percentile: counterPercentile,
            base: counterAt(estimate.base, counterPercentile, base),
            total:
              totals.yearlyAnnualUsd === null
                ? null
                : counterAt(estimate.total, counterPercentile, totals.yearlyAnnualUsd),
          },
  };
}
