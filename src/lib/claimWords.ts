/** The words for a claim check: what the claim's words state and what the model gives. */
import type { ClaimResult } from '../model/claims';
import { formatPercentChange as percent1, formatUsd, formatYears as yearsText } from './format';

/** The model's figures for a claim, as a person reads them. */
export function claimValueText(result: ClaimResult): string {
  const check = result.claim.check;
  if (check.kind === 'hourly') {
    const v = result.values[0];
    return v === undefined || v.high === undefined
      ? 'no contract rate'
      : `${formatUsd(v.value)}–${formatUsd(v.high)} an hour`;
  }
  const fmt = (v: number) => (check.kind === 'compare' ? percent1(v) : `${Number(v.toFixed(1))}%`);
  return result.values.map((v) => `${fmt(v.value)} at ${yearsText(v.years)}`).join('; ');
}

export function claimExpectedText(result: ClaimResult): string {
  const check = result.claim.check;
  if (check.kind === 'hourly') return `$${check.usd.min}–$${check.usd.max} an hour`;
  const { min, max } = check.percent;
  const fmt = check.kind === 'compare' ? percent1 : (v: number) => `${v}%`;
  if (min !== null && max !== null) return `${fmt(min)} to ${fmt(max)}`;
  if (min !== null) return `at least ${fmt(min)}`;
  return `at most ${fmt(max ?? 0)}`;
}
