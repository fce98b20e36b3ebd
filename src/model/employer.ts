/**
 * Where and for whom a person works: the location factor, the employer factor (with a role paid like
 * another at an employer type, where a source says so), and how bonus and equity are added to base.
 */
import { marketAt } from './band';
import type { Dataset } from './dataset';
import { rangeSigma } from './distribution';
import type { Company, FigureRange, Location, Role, RoleId } from './domain';
import { factorId } from './factorId';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import type { Inapplicable, MixPart, ModifierFactor } from './types';

const midPercent = (r: FigureRange) => (r.low.value + r.high.value) / 2;

export function locationFactor(location: Location): ModifierFactor {
  return {
    kind: 'location',
    id: factorId('location', location.id),
    subjectId: location.id,
    picked: [],
    statedPercent: null,
    share: 1,
    stackWeight: 1,
    multiplier: location.ratio.value,
    sigma: 0,
    rule: location.ratio.value === 1 ? 'baseline' : 'ratio',
    provenance: [provenanceOf(location.ratio)],
  };
}

/** The employer's own effect on a role's base: its stated range's midpoint, or none. */
function ownCompanyEffect(company: Company, roleId: RoleId): { multiplier: number; sigma: number } {
  const range = company.basePercent;
  if (range === null || !company.appliesTo.includes(roleId)) return { multiplier: 1, sigma: 0 };
  return { multiplier: 1 + midPercent(range) / 100, sigma: rangeSigma(range.low.value, range.high.value) };
}

/** Why an employer type changes nothing for a role (no source applies it to the role), or null. */
export function companyInapplicable(company: Company, role: Role): Inapplicable | null {
  if (company.appliesTo.includes(role.id)) return null;
  return {
    kind: 'company',
    id: company.id,
    reason: 'company-not-applicable',
    provenance: company.notes.map(provenanceOf),
  };
}

/**
 * The employer factor. Where a source says this role is paid like another at this employer type
 * ("DevOps can match or exceed AI/ML pay in finance"), the role's market median is lifted to the other
 * role's there, if it is lower.
 */
export function companyFactor(
  dataset: Dataset,
  company: Company,
  role: Role,
  years: number,
): { factor: ModifierFactor; inapplicable: Inapplicable[] } {
  const base = {
    kind: 'company' as const,
    id: factorId('company', company.id),
    subjectId: company.id,
    picked: [],
    statedPercent: company.basePercent && {
      low: company.basePercent.low.value,
      high: company.basePercent.high.value,
    },
    share: 1,
    stackWeight: 1,
  };
  const notes = company.notes.map(provenanceOf);
  const none = companyInapplicable(company, role);
  if (none !== null) {
    return {
      factor: { ...base, statedPercent: null, multiplier: 1, sigma: 0, rule: 'no-figure', provenance: notes },
      inapplicable: [none],
    };
  }
  const own = ownCompanyEffect(company, role.id);
  const parity = company.parity?.find((p) => p.role === role.id);
  if (parity !== undefined) {
    const other = ownCompanyEffect(company, parity.with);
    const ratio =
      (marketAt(dataset, parity.with, years).distribution.median * other.multiplier) /
      marketAt(dataset, role.id, years).distribution.median;
    if (ratio > own.multiplier) {
      return {
        factor: {
          ...base,
          multiplier: ratio,
          sigma: other.sigma,
          rule: 'parity',
          parityWith: parity.with,
          provenance: uniqueProvenance([
            provenanceOf(parity),
            ...(company.basePercent ? rangeProvenance(company.basePercent) : []),
          ]),
        },
        inapplicable: [],
      };
    }
  }
  const rule =
    company.basePercent === null
      ? 'no-figure'
      : own.multiplier === 1 && own.sigma === 0
        ? 'baseline'
        : 'range';
  return {
    factor: {
      ...base,
      ...own,
      rule,
      provenance: uniqueProvenance([
        ...(company.basePercent ? rangeProvenance(company.basePercent) : []),
        ...notes,
      ]),
    },
    inapplicable: [],
  };
}

/** Bonus and equity: the role's shares of total, or the employer's where it states its own. */
export function compensationMix(role: Role, company: Company): { bonus: MixPart; equity: MixPart } {
  const equityOfBase =
    company.equityPercentOfBase !== undefined && company.equityPercentOfBase.appliesTo.includes(role.id)
      ? company.equityPercentOfBase
      : undefined;
  const equityRange = equityOfBase ?? role.equityShareOfTotal;
  const bonusRange = company.bonusShareOfTotal ?? role.bonusShareOfTotal;
  return {
    equity: {
      id: factorId('equity', equityOfBase ? company.id : role.id),
      part: 'equity',
      companyId: equityOfBase ? company.id : null,
      of: equityOfBase ? 'base' : 'total',
      lowPercent: equityRange.low.value,
      highPercent: equityRange.high.value,
      provenance: rangeProvenance(equityRange),
    },
    bonus: {
      id: factorId('bonus', company.bonusShareOfTotal ? company.id : role.id),
      part: 'bonus',
      companyId: company.bonusShareOfTotal ? company.id : null,
      of: 'total',
      lowPercent: bonusRange.low.value,
      highPercent: bonusRange.high.value,
      provenance: rangeProvenance(bonusRange),
    },
  };
}

/** Total ÷ base for given equity and bonus percentages. */
export function totalOverBase(
  mix: { bonus: MixPart; equity: MixPart },
  equity: number,
  bonus: number,
): number {
  const ofBase = mix.equity.of === 'base' ? equity / 100 : 0;
  const ofTotal = mix.equity.of === 'total' ? equity / 100 : 0;
  return (1 + ofBase) / (1 - ofTotal - bonus / 100);
}
