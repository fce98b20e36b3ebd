/** The pay period figures are shown in. Estimates are annual; the other periods are views of them. */
export const PERIODS = ['annual', 'monthly', 'hourly'] as const;
export type Period = (typeof PERIODS)[number];
/** The convention for hourly figures: 40 hours a week, 52 weeks a year. */
export const HOURS_PER_YEAR = 2080;
/** An annual figure in the chosen period: a year, a month (÷ 12) or an hour (÷ 2,080). */
export function inPeriod(annualUsd: number, period: Period): number {
  return period === 'annual' ? annualUsd : period === 'monthly' ? annualUsd / 12 : annualUsd / HOURS_PER_YEAR;
}
