/**
 * Links from a factor on a role card to its entry on the methodology page. Factor ids come from the
 * engine (src/model/estimate.ts): band:<roleId>, location:<id>, company:<id>, certification:<groupId>,
 * skill:<groupId>, education:<id>, equity:<roleId or companyId>, bonus:<roleId or companyId>.
 */

import type { FactorId } from '../model/factorId';

export const METHODOLOGY_PATH = '/methodology';

/** "location:seattle" → "factor-location-seattle": a valid, readable HTML id (data ids are kebab-case). */
export function factorAnchorId(id: FactorId): string {
  return `factor-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** "location:seattle" → "/methodology#factor-location-seattle". */
export function methodologyHref(id: FactorId): string {
  return `${METHODOLOGY_PATH}#${factorAnchorId(id)}`;
}
