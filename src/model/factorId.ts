/**
 * The one place a factor's id is spelled. Ids link a factor on a card to its entry on the methodology
 * page and name it in exports, so they stay stable: band:<roleId>, location:<id>, company:<id>,
 * certification:<groupId>, skill:<groupId>, education:<id>, equity:<roleId or companyId>,
 * bonus:<roleId or companyId>.
 */
export type FactorIdKind =
  'band' | 'location' | 'company' | 'certification' | 'skill' | 'education' | 'equity' | 'bonus';

export type FactorId = `${FactorIdKind}:${string}`;

export const factorId = (kind: FactorIdKind, subjectId: string): FactorId => `${kind}:${subjectId}`;
