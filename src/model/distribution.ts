/**
 * Pay as a log-normal distribution: a median and the standard deviation of log pay. Pay is skewed
 * (a long tail of high earners), and percentage premiums act multiplicatively, which is what a
 * log-normal describes; independent uncertainties add in quadrature in log space.
 */
import type { AnnualUsd, LogSd } from './domain';

export interface PayDistribution {
  /** The typical figure: half of people like this earn more. */
  median: AnnualUsd;
  sigma: LogSd;
}

/** Standard normal cumulative distribution (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability out of (0, 1): ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** The pay at a percentile (0-100). */
export function quantile(d: PayDistribution, percentile: number): AnnualUsd {
  if (d.sigma === 0) return d.median;
  return d.median * Math.exp(d.sigma * normalQuantile(percentile / 100));
}

/** The share of people earning less than `pay`, as a percentile (0-100). */
export function percentileOf(d: PayDistribution, pay: AnnualUsd): number {
  if (pay <= 0) return 0;
  if (d.sigma === 0) return pay < d.median ? 0 : pay > d.median ? 100 : 50;
  return 100 * normalCdf(Math.log(pay / d.median) / d.sigma);
}

/**
 * The distribution whose `lowPercentile` is `low` and `highPercentile` is `high`: how a source's
 * band is read.
 */
export function fromBand(
  low: AnnualUsd,
  high: AnnualUsd,
  lowPercentile: number,
  highPercentile: number,
): PayDistribution {
  const zLow = normalQuantile(lowPercentile / 100);
  const zHigh = normalQuantile(highPercentile / 100);
  const sigma = Math.log(high / low) / (zHigh - zLow);
  return { median: Math.exp(Math.log(low) - sigma * zLow), sigma };
}

/**
 * Several sources' readings of one market, each counted equally: the median is their geometric mean,
 * and the spread holds both their own spreads and the distance between their medians (the log
 * variance of an equal mixture).
 */
export function pool(readings: readonly PayDistribution[]): PayDistribution {
  if (readings.length === 0) throw new Error('nothing to pool');
  const logs = readings.map((r) => Math.log(r.median));
  const meanLog = logs.reduce((s, x) => s + x, 0) / logs.length;
  const variance =
    readings.reduce((s, r, i) => s + r.sigma ** 2 + (logs[i]! - meanLog) ** 2, 0) / readings.length;
  return { median: Math.exp(meanLog), sigma: Math.sqrt(variance) };
}

/** Independent uncertainties, in log space, combined in quadrature. */
export const quadrature = (...sigmas: LogSd[]): LogSd => Math.sqrt(sigmas.reduce((s, x) => s + x * x, 0));

/**
 * The spread of a percentage effect whose size a source states as a range ("+5% to +12%"): any value
 * in the range taken as equally likely, the standard deviation of a uniform distribution in log
 * space, (ln(1 + high) − ln(1 + low)) ÷ √12.
 */
export function rangeSigma(lowPercent: number, highPercent: number): LogSd {
  return Math.abs(Math.log(1 + highPercent / 100) - Math.log(1 + lowPercent / 100)) / Math.sqrt(12);
}
