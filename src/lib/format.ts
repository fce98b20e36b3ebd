import { inPeriod, type Period } from '../model/period';

/*
 * Number formatting for people: US dollars, en-US grouping, written out here rather than with
 * Intl.NumberFormat. The first Intl number or date format a page makes loads the browser's locale data:
 * 35–60 ms of main thread on this machine and 140–240 ms at the 4x slower CPU of a phone (measured in
 * Chromium, a fresh page each time), one long task in the middle of the first figures' hydration. What
 * Intl does is followed exactly, and tests/lib/format.test.ts checks it against Intl for any number:
 * a double is read in its shortest decimal form (1.005 is "1.005", as Intl reads it, not
 * 1.00499999… as toFixed does), rounded half away from zero, grouped in threes, and a negative value,
 * even one that rounds to zero, keeps its minus sign ("-$0", as Intl writes it).
 */

/** The shortest decimal form of a finite value ≥ 0: its digits and where the point falls in them. */
function decimalOf(abs: number): { digits: string; point: number } {
  const [mantissa = '', exponent = '0'] = String(abs).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  return { digits: whole + fraction, point: whole.length + Number(exponent) };
}

/** A decimal form rounded to `places` digits after the point, half away from zero: [whole, fraction]. */
function roundDecimal(
  { digits, point }: { digits: string; point: number },
  places: number,
): [string, string] {
  const padded = point < 1 ? '0'.repeat(1 - point) + digits : digits;
  const kept = Math.max(point, 1) + places;
  let roundedDigits = padded.slice(0, kept).padEnd(kept, '0');
  if (padded.charAt(kept) >= '5') {
    roundedDigits = (BigInt(roundedDigits) + 1n).toString().padStart(kept, '0');
  }
  const whole = roundedDigits.slice(0, roundedDigits.length - places).replace(/^0+(?=\d)/, '');
  return [whole, roundedDigits.slice(roundedDigits.length - places)];
}

/** "1234567" → "1,234,567". */
const grouped = (whole: string) => whole.replace(/\B(?=(\d{3})+$)/g, ',');

const isNegative = (value: number) => value < 0 || Object.is(value, -0);

/** Dollars to `cents` (0 or 2) decimal places, as Intl's en-US currency format writes them. */
function dollarsText(value: number, cents: 0 | 2): string {
  const [whole, fraction] = roundDecimal(decimalOf(Math.abs(value)), cents);
  return `${isNegative(value) ? '-' : ''}$${grouped(whole)}${cents ? `.${fraction}` : ''}`;
}

const COMPACT_UNITS = ['', 'K', 'M', 'B', 'T'];

/** "$120K", as Intl's en-US compact currency with whole units writes it. */
function compactDollarsText(value: number): string {
  const decimal = decimalOf(Math.abs(value));
  let unit = Math.min(Math.max(Math.floor((decimal.point - 1) / 3), 0), COMPACT_UNITS.length - 1);
  let [whole] = roundDecimal({ digits: decimal.digits, point: decimal.point - 3 * unit }, 0);
  // Rounding up to a thousand of one unit is one of the next: 999,500 is "$1M".
  if (whole.length > 3 && unit < COMPACT_UNITS.length - 1) [whole, unit] = ['1', unit + 1];
  // Beyond a thousand trillion: grouped from five digits on, as Intl groups compact figures.
  return `${isNegative(value) ? '-' : ''}$${whole.length > 4 ? grouped(whole) : whole}${COMPACT_UNITS[unit]}`;
}

/** A fraction as a percentage to at most `places` decimals ("12.5%"), signed as Intl's `signDisplay`. */
function percentText(value: number, places: number, sign: 'auto' | 'always' | 'exceptZero'): string {
  const decimal = decimalOf(Math.abs(value));
  const [whole, fraction] = roundDecimal({ ...decimal, point: decimal.point + 2 }, places);
  const trimmed = fraction.replace(/0+$/, '');
  const zero = /^0*$/.test(whole + fraction);
  const mark = isNegative(value)
    ? sign === 'exceptZero' && zero
      ? ''
      : '-'
    : sign === 'always' || (sign === 'exceptZero' && !zero)
      ? '+'
      : '';
  return `${mark}${grouped(whole)}${trimmed ? `.${trimmed}` : ''}%`;
}

/** A count with en-US grouping: 2080 → "2,080". */
export const formatCount = (n: number): string =>
  `${isNegative(n) ? '-' : ''}${grouped(roundDecimal(decimalOf(Math.abs(n)), 0)[0])}`;
/** A fraction as a whole percentage, unsigned unless negative: 0.19 → "19%". */
export const formatPercent = (fraction: number): string => percentText(fraction, 0, 'auto');
/** A fraction as a signed percentage to a tenth, "+0%" for none: 0.085 → "+8.5%". */
export const formatSignedPercent = (fraction: number): string => percentText(fraction, 1, 'always');

/** A figure as given (a source's quoted figure, a public statistic): whole dollars. */
export const formatUsd = (dollars: number): string => dollarsText(Math.round(dollars), 0);
/** "$120K": for chart axes, where space is short. */
export const formatUsdCompact = (dollars: number): string => compactDollarsText(dollars);
/** A multiplier as a signed percentage: 1.12 → "+12%". */
export const formatMultiplier = (m: number): string => percentText(m - 1, 1, 'exceptZero');
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

/**
 * Estimates are shown to the precision the sources support: the nearest $1,000 a year, $100 a month or
 * $1 an hour. The articles state pay in thousands ("$95K–$140K") and an estimate's 25th–75th range
 * spans tens of thousands, so a figure to the dollar would claim an exactness no source has. The hooks
 * (`data-value`) keep whole dollars; a figure someone typed, or one quoted from a source, is shown as is.
 */
export const ROUND_TO: Record<Period, number> = { annual: 1000, monthly: 100, hourly: 1 };

/** The rounding rule in words, for the period shown. */
export const roundingRule = (period: Period): string =>
  `Estimates are rounded to the nearest ${dollarsText(ROUND_TO[period], 0)} ${PERIOD_UNIT[period]}: the sources state pay in thousands, so a figure to the dollar would claim more than they know. Downloads keep whole dollars.`;

/** An estimate already in the chosen period, rounded to ROUND_TO. */
export const roundInPeriod = (dollars: number, period: Period): number => {
  const rounded = Math.round(dollars / ROUND_TO[period]) * ROUND_TO[period];
  return rounded === 0 ? 0 : rounded; // no "-$0"
};

/** An estimate already in the chosen period: rounded to what the sources support. */
export const formatInPeriod = (dollars: number, period: Period): string =>
  dollarsText(roundInPeriod(dollars, period), 0);

/** An annual estimate shown in the chosen period. */
export const formatPay = (annualUsd: number, period: Period): string =>
  formatInPeriod(inPeriod(annualUsd, period), period);

/** An annual estimate to the nearest $1,000. */
export const formatEstimate = (annualUsd: number): string => formatPay(annualUsd, 'annual');

/** An annual figure someone typed (an offer), in the chosen period, unrounded: cents for hourly. */
export const formatEntered = (annualUsd: number, period: Period): string => {
  const v = inPeriod(annualUsd, period);
  return period === 'hourly' ? dollarsText(v, 2) : dollarsText(Math.round(v), 0);
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
  return `${v > 0 ? '+' : '−'}${dollarsText(Math.abs(v), 0)}`;
}

/** A signed annual difference shown in the chosen period: "+$5,000", "−$1,000"; null when it rounds to nothing. */
export const formatDelta = (annualUsd: number, period: Period): string | null =>
  formatDeltaInPeriod(inPeriod(annualUsd, period), period);

/** A gain too small to show at this precision: "+ under $1,000". */
export const formatSmallGain = (period: Period): string => `+ under ${dollarsText(ROUND_TO[period], 0)}`;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "December 3, 2026": en-US long date, local time. */
export const formatDate = (date: Date): string =>
  `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
