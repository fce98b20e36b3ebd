import type { Dataset } from './dataset';
import type { Source } from './domain';
import type { Provenance, RoleEstimate } from './types';

/**
 * Every provenance behind the figures a card shows: the band (and the experience curve it is moved
 * along), each factor, the bonus and equity shares, the contract rate, the public position and the
 * "beyond the sources" ceiling. Disagreements are left out: they name sources the estimate set aside.
 */
function shownProvenance(e: RoleEstimate): Provenance[] {
  return [
    ...e.factors.flatMap((f) =>
      f.kind === 'band' ? [...f.provenance, ...f.experience.growthProvenance] : f.provenance,
    ),
    ...e.compensationMix.bonus.provenance,
    ...e.compensationMix.equity.provenance,
    ...(e.hourlyUsd?.provenance ?? []),
    ...e.publicPosition.provenance,
    ...e.publicPosition.surveys.map((s) => s.provenance),
    ...(e.beyondSources?.provenance ?? []),
  ];
}

/**
 * The sources an estimate's figures come from, each once, in the order sources.json lists them (so
 * the same estimate always names them in the same order). For stating the data's vintage on a card:
 * the vintage is each source's own, never a date made up here.
 */
export function estimateSources(e: RoleEstimate, dataset: Dataset): Source[] {
  const ids = new Set(shownProvenance(e).flatMap((p) => ('source' in p ? [p.source] : [])));
  return dataset.sources.sources.filter((s) => ids.has(s.id));
}

/** When a set of sources is dated: the years their vintages span, and the undated ones with when they were read. */
export interface VintageSpan {
  /** Earliest and latest year any dated source's vintage names; null when none is dated. */
  years: { from: number; to: number } | null;
  /** Sources whose vintage says "undated", and the years they were read (each once, rising). */
  undated: { count: number; readYears: number[] };
}

const UNDATED = /^undated\b/i;
const READ_YEAR = /\bread (\d{4})\b/gi;
// "2024", "May 2024", "Q4 2023", "2025-02-13", "2017–21", "July 2025–June 2026": four-digit years, and
// the two-digit end of a range written "2017–21".
const YEAR = /\b(\d{4})(?:[–-](\d{2})\b(?!-))?/g;

/** The years one vintage names, as sources.json writes them; [] for an undated one. */
export function vintageYears(vintage: string): number[] {
  if (UNDATED.test(vintage)) return [];
  const out: number[] = [];
  for (const m of vintage.matchAll(YEAR)) {
    const year = Number(m[1]);
    out.push(year);
    if (m[2] !== undefined) out.push(Math.floor(year / 100) * 100 + Number(m[2]));
  }
  return out;
}

/**
 * The span of years some sources are dated, read from each source's own vintage: for stating the data's
 * vintage on a card in one line. Nothing is dated here that the data does not date.
 */
export function vintageSpan(sources: readonly Source[]): VintageSpan {
  const years = sources.flatMap((s) => vintageYears(s.vintage));
  const undated = sources.filter((s) => UNDATED.test(s.vintage));
  const readYears = [
    ...new Set(undated.flatMap((s) => [...s.vintage.matchAll(READ_YEAR)].map((m) => Number(m[1])))),
  ].sort((a, b) => a - b);
  return {
    years: years.length === 0 ? null : { from: Math.min(...years), to: Math.max(...years) },
    undated: { count: undated.length, readYears },
  };
}
