/**
 * An offer as a person types it, and the choices around it: small enough for the first page (the URL
 * codec reads it), while the check itself (offer.ts) loads with the offer panel.
 */
import type { AnnualUsd, Years } from './domain';

/** An offer's stock: a grant (dollars at grant) vesting over whole years, or a value a year. */
export type OfferStock =
  { kind: 'grant'; grantUsd: number; vestYears: Years } | { kind: 'yearly'; annualUsd: AnnualUsd };

/** An offer as typed: whole US dollars, every part optional. The sign-on bonus is paid once. */
export interface OfferPackage {
  baseAnnualUsd: AnnualUsd | null;
  bonusAnnualUsd: AnnualUsd | null;
  stock: OfferStock | null;
  signOnUsd: number | null;
  /** A total a year typed by the person; it wins over the sum of the parts. */
  totalAnnualUsd: AnnualUsd | null;
}

/** Whether any part of an offer is given. */
export const hasOffer = (offer: OfferPackage): boolean =>
  offer.baseAnnualUsd !== null ||
  offer.bonusAnnualUsd !== null ||
  offer.stock !== null ||
  offer.signOnUsd !== null ||
  offer.totalAnnualUsd !== null;

/** The counter-offer percentiles a person can pick; the 75th is the card's own high figure. */
export const COUNTER_PERCENTILES = [50, 65, 75, 90] as const;
export const DEFAULT_COUNTER_PERCENTILE = 75;
