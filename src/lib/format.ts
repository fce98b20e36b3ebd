import { inPeriod, type Period } from '../model/period';

/** Number formatting for people: whole US dollars, en-US grouping. One formatter instance each. */
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 0,
});
const percent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

export const formatUsd = (dollars: number): string => usd.format(Math.round(dollars));
/** "$120K": for chart axes, where space is short. */
export const formatUsdCompact = (dollars: number): string => usdCompact.format(dollars);
/** A multiplier as a signed percentage: 1.12 → "+12%". */
export const formatMultiplier = (m: number): string => percent.format(m - 1);
/** A change in percent, signed, to a tenth: 8.5 → "+8.5%". */
export const formatPercentChange = (v: number): string => {
  const rounded = Number(v.toFixed(1));
  return `${rounded > 0 ? '+' : ''}${rounded === 0 ? 0 : rounded}%`;
};
export const formatYears = (y: number): string => `${y} ${y === 1 ? 'year' : 'years'}`;
export const formatUsdRange = (low: number, high: number): string => `${formatUsd(low)} – ${formatUsd(high)}`;

export const PERIOD_UNIT: Record<Period, string> = {
  annual: 'a year',
  monthly: 'a month',
  hourly: 'an hour',
};

const hourly = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
});

/** A figure already in the chosen period: whole dollars for annual and monthly; cents matter for hourly. */
export const formatInPeriod = (dollars: number, period: Period): string =>
  period === 'hourly' ? hourly.format(dollars) : usd.format(Math.round(dollars));

/** An annual figure shown in the chosen period. */
export const formatPay = (annualUsd: number, period: Period): string =>
  formatInPeriod(inPeriod(annualUsd, period), period);

/** A low – high pair already in the chosen period. */
export const formatRangeInPeriod = (low: number, high: number, period: Period): string =>
  `${formatInPeriod(low, period)} – ${formatInPeriod(high, period)}`;

/** An annual low – high pair shown in the chosen period. */
export const formatPayRange = (lowAnnualUsd: number, highAnnualUsd: number, period: Period): string =>
  formatRangeInPeriod(inPeriod(lowAnnualUsd, period), inPeriod(highAnnualUsd, period), period);

/** A signed difference: "+$5,000" or "−$1,200". */
export function formatDelta(annualUsd: number, period: Period): string {
  const v = inPeriod(annualUsd, period);
  const text = period === 'hourly' ? hourly.format(Math.abs(v)) : usd.format(Math.round(Math.abs(v)));
  return `${v >= 0 ? '+' : '−'}${text}`;
}

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });
/** "December 3, 2026". */
export const formatDate = (date: Date): string => longDate.format(date);
