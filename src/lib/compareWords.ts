/**
 * The words of "Sources side by side" (model/compare.ts): whose band each bar is, which band Paypath
 * uses, how far apart the sources are, and what each public figure measures.
 */
import type { LevelComparison, PublicCheck } from '../model/compare';
import type { Dataset } from '../model/dataset';
import type { Band } from '../model/domain';
import type { BandSpread } from '../model/spread';
import { formatPercent } from './format';

/** The title of the source that states a band; empty for a band without one. */
export function bandSourceTitle(dataset: Dataset, band: Band): string {
  const id = band.low.source;
  return id === undefined ? '' : (dataset.index.sources.get(id)?.title ?? id);
}

/** What the bar of the band Paypath uses is called. */
export function usedBandLabel(c: LevelComparison): string {
  if (c.stated.length > 1) return 'Paypath pools them';
  return c.derived ? 'Derived (no source states this band): Paypath uses' : 'Paypath uses this band';
}

/** "their lows are 19% apart", or "their highs are the same". */
const apartText = (ends: 'lows' | 'highs', apart: number) =>
  `their ${ends} ${apart === 0 ? 'are the same' : `are ${formatPercent(apart)} apart`}`;

export function spreadText(spread: BandSpread): string {
  const differ = spread.differ
    ? 'These sources differ by more than a fifth: '
    : 'These sources differ, by no more than a fifth: ';
  return `${differ}${apartText('lows', spread.lowsApart)}, ${apartText('highs', spread.highsApart)}.`;
}

/** "Measures: median annual wage, …. Dated May 2024." */
export function checkMetaText(check: PublicCheck): string {
  const measures = check.measures ?? 'not stated: the source does not say which levels it covers';
  return `Measures: ${measures}.${check.vintage === null ? '' : ` Dated ${check.vintage}.`}`;
}
