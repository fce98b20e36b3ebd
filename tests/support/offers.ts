import type { OfferPackage } from '../../src/model/offerPackage';

/** A full package: base, bonus, a four-year grant and a sign-on; the total left to the parts. */
export const SAMPLE_OFFER: OfferPackage = {
  baseAnnualUsd: 150000,
  bonusAnnualUsd: 15000,
  stock: { kind: 'grant', grantUsd: 200000, vestYears: 4 },
  signOnUsd: 20000,
  totalAnnualUsd: null,
};
