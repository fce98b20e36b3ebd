/**
 * The provenance listed under an entry of the methodology page, flattened once from the figures behind
 * it. Apart from provenance.ts, which the estimate needs, because only that page reads these.
 */
import type { Location, Provenance, Role } from './domain';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';

/**
 * The figures a role's own bands rest on: its sources' bands, or the figures its bands are derived from
 * (a whole-career range, or the percentages over another role). Unlike the index's band provenance, it
 * leaves out the roles a derived band borrows its shape or its base from: they have their own entries.
 */
export function roleBandProvenance(role: Role): Provenance[] {
  const derivation = role.derivation;
  return uniqueProvenance([
    ...role.bands.flatMap((b) => rangeProvenance(b)),
    ...(derivation?.kind === 'overall-range' ? rangeProvenance(derivation.range) : []),
    ...(derivation?.kind === 'relative' ? Object.values(derivation.percentByLevel).map(provenanceOf) : []),
  ]);
}

/** A location's ratio, then the articles' own premium for it where they give one. */
export function locationProvenance(location: Location): Provenance[] {
  return [
    provenanceOf(location.ratio),
    ...(location.articlePremium ? rangeProvenance(location.articlePremium) : []),
  ];
}
