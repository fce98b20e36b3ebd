/**
 * How far apart the sources' bands for one level are. Two sources "differ by more than a fifth" when
 * their highest and lowest low ends, or their highest and lowest high ends, are more than 20% of the
 * smaller value apart: for AI/ML senior, $250,000 and $300,000 highs are exactly 20% apart, so they
 * do not. The threshold is strict so that a round "a fifth" in the words means the same in the code.
 */

/** A band in whole US dollars a year. */
export interface AnnualUsdBand {
  low: number;
  high: number;
}

export interface BandSpread {
  /** (highest low − lowest low) ÷ lowest low; 0 with fewer than two bands. */
  lowsApart: number;
  /** (highest high − lowest high) ÷ lowest high; 0 with fewer than two bands. */
  highsApart: number;
  /** Either end is more than `threshold` apart. */
  differ: boolean;
}

/** "More than a fifth": the threshold the estimator's note uses. */
export const DIFFER_THRESHOLD = 0.2;

/** Relative gap between the largest and the smallest value, as a share of the smallest. */
function apart(values: number[]): number {
  if (values.length < 2) return 0;
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return 0;
  // A zero floor against a positive value is infinitely far apart in relative terms.
  return min === 0 ? Infinity : (max - min) / min;
}

export function bandSpread(bands: readonly AnnualUsdBand[], threshold = DIFFER_THRESHOLD): BandSpread {
  const lowsApart = apart(bands.map((b) => b.low));
  const highsApart = apart(bands.map((b) => b.high));
  return { lowsApart, highsApart, differ: lowsApart > threshold || highsApart > threshold };
}
