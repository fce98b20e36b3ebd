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
export const formatUsdRange = (low: number, high: number): string => `${formatUsd(low)} – ${formatUsd(high)}`;
