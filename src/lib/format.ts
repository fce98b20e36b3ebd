import { inPeriod, type Period } from '../model/period';

/** Number formatting for people: US dollars, en-US grouping. One formatter instance each. */
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

/** A figure as given (a source's quoted figure, a public statistic): whole dollars. */
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

const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
});

/**
 * Estimates are shown to the precision the sources support: the nearest $1,000 a year, $100 a month or
 * $1 an hour. The articles state pay in thousands ("$95K–$140K") and an estimate's 25th–75th range
 * spans tens of thousands, so a figure to the dollar would claim an exactness no source has. The hooks
 * (`data-value`) keep whole dollars; a figure someone typed, or one quoted from a source, is shown as is.
 */
export const ROUND_TO: Record<Period, number> = { annual: 1000, monthly: 100, hourly: 1 };

/** The rounding rule in words, for the period shown. */
export const roundingRule = (period: Period): string =>
  `Estimates are rounded to the nearest ${usd.format(ROUND_TO[period])} ${PERIOD_UNIT[period]}: the sources state pay in thousands, so a figure to the dollar would claim more than they know. Downloads keep whole dollars.`;

/** An estimate already in the chosen period, rounded to ROUND_TO. */
export const roundInPeriod = (dollars: number, period: Period): number => {
  const rounded = Math.round(dollars / ROUND_TO[period]) * ROUND_TO[period];
  return rounded === 0 ? 0 : rounded; // no "-$0"
};

/** An estimate already in the chosen period: rounded to what the sources support. */
export const formatInPeriod = (dollars: number, period: Period): string =>
  usd.format(roundInPeriod(dollars, period));

/** An annual estimate shown in the chosen period. */
export const formatPay = (annualUsd: number, period: Period): string =>
  formatInPeriod(inPeriod(annualUsd, period), period);

/** An annual estimate to the nearest $1,000. */
export const formatEstimate = (annualUsd: number): string => formatPay(annualUsd, 'annual');

/** An annual figure someone typed (an offer), in the chosen period, unrounded: cents for hourly. */
export const formatEntered = (annualUsd: number, period: Period): string => {
  const v = inPeriod(annualUsd, period);
  return period === 'hourly' ? cents.format(v) : usd.format(Math.round(v));
};

/** A low – high pair of estimates already in the chosen period. */
export const formatRangeInPeriod = (low: number, high: number, period: Period): string =>
  `${formatInPeriod(low, period)} – ${formatInPeriod(high, period)}`;

/** An annual low – high pair of estimates shown in the chosen period. */
export const formatPayRange = (lowAnnualUsd: number, highAnnualUsd: number, period: Period): string =>
  formatRangeInPeriod(inPeriod(lowAnnualUsd, period), inPeriod(highAnnualUsd, period), period);

/** An annual low – high pair of estimates to the nearest $1,000. */
export const formatEstimateRange = (low: number, high: number): string => formatPayRange(low, high, 'annual');

/** A signed difference already in the chosen period, rounded like estimates: "+$5,000"; null when it rounds to nothing. */
export function formatDeltaInPeriod(dollars: number, period: Period): string | null {
  const v = roundInPeriod(dollars, period);
  if (v === 0) return null;
  return `${v > 0 ? '+' : '−'}${usd.format(Math.abs(v))}`;
}

/** A signed annual difference shown in the chosen period: "+$5,000", "−$1,000"; null when it rounds to nothing. */
export const formatDelta = (annualUsd: number, period: Period): string | null =>
  formatDeltaInPeriod(inPeriod(annualUsd, period), period);

/** A gain too small to show at this precision: "+ under $1,000". */
export const formatSmallGain = (period: Period): string => `+ under ${usd.format(ROUND_TO[period])}`;

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });
/** "December 3, 2026". */
export const formatDate = (date: Date): string => longDate.format(date);
