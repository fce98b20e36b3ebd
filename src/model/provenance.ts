import type { Provenance } from './types';

/** The provenance part of a figure or fact from the data (the schema guarantees one of the two forms). */
export function provenanceOf(item: {
  source?: string;
  quote?: string;
  assumption?: string;
  note?: string;
}): Provenance {
  if (item.source !== undefined && item.quote !== undefined) {
    return item.note === undefined
      ? { source: item.source, quote: item.quote }
      : { source: item.source, quote: item.quote, note: item.note };
  }
  return { assumption: item.assumption ?? 'no provenance recorded' };
}

/** The same sentence cited twice (low and high of one range) is listed once. */
export function uniqueProvenance(list: Provenance[]): Provenance[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = 'source' in p ? `${p.source}\u0000${p.quote}` : `\u0001${p.assumption}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The provenance of a range's two ends, listed once when both cite the same sentence. */
export function rangeProvenance(range: {
  low: Parameters<typeof provenanceOf>[0];
  high: Parameters<typeof provenanceOf>[0];
}): Provenance[] {
  return uniqueProvenance([provenanceOf(range.low), provenanceOf(range.high)]);
}
