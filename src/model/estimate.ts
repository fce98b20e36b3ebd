/**
 * The estimation engine: a pure function from a scenario and the dataset to, for each chosen role,
 * base and total compensation as distributions, the factors applied, where sources disagree, where the
 * estimate sits among public figures, and whether it goes beyond every source. No I/O, no clock.
 *
 * median base = market median(role, years) × location × employer × the person's premiums (stacked)
 * spread     = √(band spread² + employer spread² + each premium's spread²)   (log space)
 * total      = base × (1 + equity share of base) ÷ (1 − equity share − bonus share), with the spread of
 *              the shares added in quadrature
 * low, typical and high are the 25th percentile, median and 75th percentile of that one distribution.
 */
import { marketAt } from './band';
import { marketOf, roleOf, type Dataset } from './dataset';
import { quadrature, quantile, rangeSigma, type PayDistribution } from './distribution';
import type { Company, FigureRange, Location, Role, RoleId } from './domain';
import { factorId } from './factorId';
import { premiumFactors } from './premiums';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import { ceilingLevel, publicPosition, sourceCeiling } from './public';
import {
  HIGH_PERCENTILE,
  LOW_PERCENTILE,
  type AnnualUsdRange,
  type BandFactor,
  type BeyondSources,
  type Disagreement,
  type Inapplicable,
  type MixPart,
  type ModifierFactor,
  type RoleEstimate,
  type Scenario,
} from './types';

const midPercent = (r: FigureRange) => (r.low.value + r.high.value) / 2;

/** The options a scenario names, falling back to the baselines (the first of each list). */
export function resolveOptions(dataset: Dataset, scenario: Scenario) {
  const m = dataset.modifiers;
  const location = dataset.index.locations.get(scenario.location) ?? m.locations[0];
  const company = dataset.index.companies.get(scenario.company) ?? m.companies[0];
  if (location === undefined || company === undefined)
    throw new Error('the dataset has no baseline location or company');
  return { location, company };
}

function locationFactor(location: Location): ModifierFactor {
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

/**
 * The employer factor. Where a source says this role is paid like another at this employer type
 * ("DevOps can match or exceed AI/ML pay in finance"), the role's market median is lifted to the other
 * role's there, if it is lower.
 */
function companyFactor(
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
  if (!company.appliesTo.includes(role.id)) {
    return {
      factor: { ...base, statedPercent: null, multiplier: 1, sigma: 0, rule: 'no-figure', provenance: notes },
      inapplicable: [
        { kind: 'company', id: company.id, reason: 'company-not-applicable', provenance: notes },
      ],
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
function compensationMix(role: Role, company: Company): { bonus: MixPart; equity: MixPart } {
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
function totalOverBase(mix: { bonus: MixPart; equity: MixPart }, equity: number, bonus: number): number {
  const ofBase = mix.equity.of === 'base' ? equity / 100 : 0;
  const ofTotal = mix.equity.of === 'total' ? equity / 100 : 0;
  return (1 + ofBase) / (1 - ofTotal - bonus / 100);
}

function disagreementsFor(
  dataset: Dataset,
  role: Role,
  reading: { lower: Role['bands'][number]['level'] },
  location: Location,
): Disagreement[] {
  const out: Disagreement[] = [];
  const readings = marketOf(dataset, role.id)[reading.lower].readings;
  const distinct = new Set(readings.map((r) => `${r.band.low.value}-${r.band.high.value}`));
  if (distinct.size > 1) {
    out.push({
      kind: 'level-bands',
      level: reading.lower,
      bands: readings.map((r) => ({
        low: r.band.low.value,
        high: r.band.high.value,
        openEnded: r.band.openEnded === true,
        provenance: provenanceOf(r.band.low),
      })),
    });
  }
  const averages = role.figures.filter((f) => f.kind === 'average');
  const values = averages.map((f) => f.figure.value);
  if (values.length > 1 && Math.max(...values) > Math.min(...values) * 1.1) {
    out.push({
      kind: 'averages',
      figures: averages.map((f) => ({
        label: f.label,
        annualUsd: f.figure.value,
        provenance: provenanceOf(f.figure),
      })),
    });
  }
  const premium = location.articlePremium;
  if (premium !== undefined) {
    const ratio = location.ratio.value;
    if (ratio < 1 + premium.low.value / 100 || ratio > 1 + premium.high.value / 100) {
      out.push({
        kind: 'location-premium',
        locationId: location.id,
        articles: {
          lowPercent: premium.low.value,
          highPercent: premium.high.value,
          provenance: provenanceOf(premium.low),
        },
        publicRatio: { ratio, provenance: provenanceOf(location.ratio) },
      });
    }
  }
  return out;
}

const rangeOf = (d: PayDistribution): AnnualUsdRange => ({
  low: Math.round(quantile(d, LOW_PERCENTILE)),
  typical: Math.round(d.median),
  high: Math.round(quantile(d, HIGH_PERCENTILE)),
});

const scaleRange = (r: AnnualUsdRange, k: number): AnnualUsdRange => ({
  low: Math.round(r.low * k),
  typical: Math.round(r.typical * k),
  high: Math.round(r.high * k),
});

/**
 * What a role pays in a scenario: the factors, the base and total distributions and the typical parts.
 * The lean core that the lever ranking and the chart series run many times; `estimateRole` adds the
 * ranges, the disagreements, the public position and the beyond-the-sources check.
 */
export interface Priced {
  role: Role;
  location: Location;
  company: Company;
  band: BandFactor;
  modifiers: ModifierFactor[];
  inapplicable: Inapplicable[];
  base: PayDistribution;
  total: PayDistribution;
  mix: { bonus: MixPart; equity: MixPart };
  baseAnnualUsd: AnnualUsdRange;
  /** The typical parts, whole dollars; they add up to totalTypical. */
  bonusTypical: number;
  equityTypical: number;
  totalTypical: number;
}

export function priceRole(scenario: Scenario, dataset: Dataset, roleId: RoleId): Priced {
  const role = roleOf(dataset, roleId);
  const { location, company } = resolveOptions(dataset, scenario);
  const market = marketAt(dataset, role.id, scenario.years);
  const levelMarket = marketOf(dataset, role.id)[market.reading.level];

  const band: BandFactor = {
    kind: 'band',
    id: factorId('band', role.id),
    roleId: role.id,
    experience: market.reading,
    distribution: market.distribution,
    derived: levelMarket.derived,
    provenance:
      market.reading.growthProvenance.length === 0
        ? (dataset.index.bandProvenance.get(role.id) ?? [])
        : uniqueProvenance([
            ...(dataset.index.bandProvenance.get(role.id) ?? []),
            ...market.reading.growthProvenance,
          ]),
  };
  const employer = companyFactor(dataset, company, role, scenario.years);
  const premiums = premiumFactors(dataset, role, scenario);
  const modifiers = [locationFactor(location), employer.factor, ...premiums.factors];

  const base: PayDistribution = {
    median: modifiers.reduce((m, f) => m * f.multiplier, market.distribution.median),
    sigma: quadrature(market.distribution.sigma, ...modifiers.map((f) => f.sigma)),
  };

  const mix = compensationMix(role, company);
  const typicalRatio = totalOverBase(
    mix,
    (mix.equity.lowPercent + mix.equity.highPercent) / 2,
    (mix.bonus.lowPercent + mix.bonus.highPercent) / 2,
  );
  const mixSigma =
    Math.log(
      totalOverBase(mix, mix.equity.highPercent, mix.bonus.highPercent) /
        totalOverBase(mix, mix.equity.lowPercent, mix.bonus.lowPercent),
    ) / Math.sqrt(12);
  const total: PayDistribution = {
    median: base.median * typicalRatio,
    sigma: quadrature(base.sigma, mixSigma),
  };

  const baseAnnualUsd = rangeOf(base);
  // The typical parts add up to the typical total (to the dollar, after rounding each part).
  const bonusTypical = Math.round((total.median * (mix.bonus.lowPercent + mix.bonus.highPercent)) / 200);
  const equityMid = (mix.equity.lowPercent + mix.equity.highPercent) / 200;
  const equityTypical = Math.round(
    mix.equity.of === 'base' ? base.median * equityMid : total.median * equityMid,
  );
  return {
    role,
    location,
    company,
    band,
    modifiers,
    inapplicable: [...employer.inapplicable, ...premiums.inapplicable],
    base,
    total,
    mix,
    baseAnnualUsd,
    bonusTypical,
    equityTypical,
    totalTypical: baseAnnualUsd.typical + bonusTypical + equityTypical,
  };
}

/** Estimate one role. Unknown ids in the scenario fall back to the dataset's baselines. */
export function estimateRole(scenario: Scenario, dataset: Dataset, roleId: RoleId): RoleEstimate {
  const p = priceRole(scenario, dataset, roleId);
  const { role, location, band } = p;
  const level = dataset.index.levels.find((l) => l.id === band.experience.level)!;
  const totalRange = rangeOf(p.total);
  const partRange = (typical: number): AnnualUsdRange =>
    totalRange.typical === 0
      ? { low: 0, typical, high: 0 }
      : { ...scaleRange(totalRange, typical / totalRange.typical), typical };

  const hourlyUsd =
    role.hourlyUsd === null
      ? null
      : {
          low: Math.round(role.hourlyUsd.low.value * location.ratio.value),
          high: Math.round(role.hourlyUsd.high.value * location.ratio.value),
          provenance: uniqueProvenance([
            ...rangeProvenance(role.hourlyUsd),
            ...(location.ratio.value === 1 ? [] : [provenanceOf(location.ratio)]),
          ]),
        };

  return {
    roleId: role.id,
    title: role.title,
    experience: band.experience,
    level: { id: level.id, label: level.label, derived: band.derived },
    base: p.base,
    total: p.total,
    baseAnnualUsd: p.baseAnnualUsd,
    bonusAnnualUsd: partRange(p.bonusTypical),
    equityAnnualUsd: partRange(p.equityTypical),
    totalAnnualUsd: {
      low: totalRange.low,
      typical: p.totalTypical,
      high: Math.max(totalRange.high, p.totalTypical),
    },
    hourlyUsd,
    factors: [band, ...p.modifiers],
    compensationMix: p.mix,
    disagreements: disagreementsFor(dataset, role, band.experience, location),
    inapplicable: p.inapplicable,
    publicPosition: publicPosition(dataset, role, location, p.baseAnnualUsd.typical),
    beyondSources: beyond(dataset, role, location, p.baseAnnualUsd, band, p.modifiers),
  };
}

function beyond(
  dataset: Dataset,
  role: Role,
  location: Location,
  base: AnnualUsdRange,
  band: BandFactor,
  modifiers: ModifierFactor[],
): BeyondSources | null {
  const level = ceilingLevel(band.experience);
  const ceiling = sourceCeiling(dataset, role, level, location);
  const figures = (['typical', 'high'] as const).filter((k) => base[k] > ceiling.annualUsd + 0.5);
  if (figures.length === 0) return null;
  const causes: BeyondSources['causes'] = [];
  if (band.derived) causes.push('derived');
  if (band.experience.growth > 1) causes.push('experience');
  if (modifiers.some((f) => f.kind === 'company' && f.multiplier > 1)) causes.push('company');
  if (modifiers.some((f) => f.kind !== 'company' && f.kind !== 'location' && f.multiplier > 1))
    causes.push('premiums');
  return {
    ceilingAnnualUsd: Math.round(ceiling.annualUsd),
    figures,
    level,
    causes,
    provenance: ceiling.provenance,
  };
}

/** Estimate every chosen role, in the order chosen. Roles missing from the dataset are skipped. */
export function estimate(scenario: Scenario, dataset: Dataset): RoleEstimate[] {
  return scenario.roles
    .filter((id) => dataset.index.roles.has(id))
    .map((id) => estimateRole(scenario, dataset, id));
}
