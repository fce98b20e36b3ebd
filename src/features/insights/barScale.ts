/**
 * The shared dollar axis of the side-by-side bars: every role, level and source on one scale, so a bar's
 * length can be compared across roles. Ends are rounded out to whole steps so the axis labels are round.
 */

export interface DollarScale {
  min: number;
  max: number;
}

/** $25,000: round axis ends that leave little empty track at the bands' usual sizes. */
export const SCALE_STEP_USD = 25_000;

export function dollarScale(values: readonly number[], step = SCALE_STEP_USD): DollarScale {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { min: 0, max: step };
  let min = Math.floor(Math.min(...finite) / step) * step;
  let max = Math.max(Math.ceil(Math.max(...finite) / step) * step, min + step);
  // An even number of steps puts the middle tick on a round figure too ($175K, not $187.5K).
  if (((max - min) / step) % 2 === 1) {
    if (min >= step) min -= step;
    else max += step;
  }
  return { min, max };
}

/** Where a low–high bar sits on the scale, as percentages of the track's width. */
export function barPosition(low: number, high: number, scale: DollarScale): { left: number; width: number } {
  const span = scale.max - scale.min;
  const clamp = (v: number) => Math.min(100, Math.max(0, ((v - scale.min) / span) * 100));
  const left = clamp(low);
  return { left, width: Math.max(0, clamp(high) - left) };
}

/** Where one value sits on the scale, as a percentage of the track's width. */
export function pointPosition(value: number, scale: DollarScale): number {
  return barPosition(value, value, scale).left;
}
