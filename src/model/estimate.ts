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
import { disagreementsFor } from './disagreements';
import { quadrature, quantile, type PayDistribution } from './distribution';
import type { Company, Location, Role, RoleId } from './domain';
import { companyFactor, compensationMix, locationFactor, totalOverBase } from './employer';
import { factorId } from './factorId';
import { premiumFactors } from './premiums';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import { beyondSources, publicPosition } from './public';
import {
  HIGH_PERCENTILE,
  LOW_PERCENTILE,
  type AnnualUsdRange,
  type BandFactor,
  type Inapplicable,
  type MixPart,
  type ModifierFactor,
  type RoleEstimate,
  type Scenario,
} from './types';

/** The options a scenario names, falling back to the baselines (the first of each list). */
export function resolveOptions(dataset: Dataset, scenario: Scenario) {
  const m = dataset.modifiers;
  const location = dataset.index.locations.get(scenario.location) ?? m.locations[0];
  const company = dataset.index.companies.get(scenario.company) ?? m.companies[0];
  if (location === undefined || company === undefined)
    throw new Error('the dataset has no baseline location or company');
  return { location, company };
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
    beyondSources: beyondSources(dataset, role, location, p.baseAnnualUsd, band, p.modifiers),
  };
}

/** Estimate every chosen role, in the order chosen. Roles missing from the dataset are skipped. */
export function estimate(scenario: Scenario, dataset: Dataset): RoleEstimate[] {
  return scenario.roles
    .filter((id) => dataset.index.roles.has(id))
    .map((id) => estimateRole(scenario, dataset, id));
}
