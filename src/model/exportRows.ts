/**
 * A comparison as rows a person can keep: the inputs as chosen and as the data labels them, every figure
 * of each role, and each factor as numbers with its sources. Data only: the export (features/insights)
 * adds the words, a factor's label and why, and writes the rows as CSV or JSON.
 */
import { quantile } from './distribution';
import type { Percent } from './domain';
import type { FactorId } from './factorId';
import { checkOffer, offerTotals, stockAnnualUsd, type PartPlace } from './offer';
import { hasOffer, type OfferPackage } from './offerPackage';
import { jobReadyOf, planSwitch } from './switchPlan';
import {
  HIGH_PERCENTILE,
  LOW_PERCENTILE,
  type AnnualUsdRange,
  type BeyondSources,
  type Dataset,
  type Factor,
  type MixPart,
  type Provenance,
  type RoleEstimate,
  type RoleId,
  type Scenario,
} from './types';

/** A factor's source: the title and the quoted sentence, or the assumption and why. */
export type ExportSource =
  { source: string; title: string; quote: string; note?: string } | { assumption: string };

export type FactorUnit = 'USD per year' | 'multiplier' | 'share of total compensation' | 'share of base';

/** A factor as numbers: the band in dollars (25th percentile, median, 75th), a modifier as its multiplier. */
export interface FactorNumbers {
  id: FactorId;
  unit: FactorUnit;
  low: number;
  typical: number;
  high: number;
  sources: ExportSource[];
}

/** The numbers with what they are the numbers of, for the words. */
export type FactorRow = FactorNumbers &
  ({ kind: Factor['kind']; factor: Factor } | { kind: MixPart['part']; mix: MixPart });

export interface RoleRows {
  roleId: RoleId;
  title: string;
  level: string;
  baseAnnualUsd: AnnualUsdRange;
  bonusAnnualUsd: AnnualUsdRange;
  equityAnnualUsd: AnnualUsdRange;
  totalAnnualUsd: AnnualUsdRange;
  /** null where no source gives a contract rate for the role. */
  hourlyUsd: { low: number; high: number; sources: ExportSource[] } | null;
  /** Where typical base sits among US software developers there (BLS), percentile. */
  publicPercentile: number;
  beyondSources: BeyondSources | null;
  /** The estimate's factors in the order applied, then bonus and equity. */
  factors: FactorRow[];
}

export interface ComparisonRows {
  scenario: Scenario;
  /** The same choices as a person reads them in the form. */
  labels: {
    roles: string[];
    years: number;
    location: string;
    company: string;
    education: string;
    certifications: string[];
    skills: string[];
  };
  roles: RoleRows[];
}

function exportSources(provenance: Provenance[], dataset: Dataset): ExportSource[] {
  return provenance.map((p) => {
    if ('assumption' in p) return { assumption: p.assumption };
    const title = dataset.index.sources.get(p.source)?.title ?? p.source;
    return p.note === undefined
      ? { source: p.source, title, quote: p.quote }
      : { source: p.source, title, quote: p.quote, note: p.note };
  });
}

/** Dollars to the dollar; multipliers and shares to four places (enough for 1.272 or 0.075). */
const roundTo = (unit: FactorUnit, v: number) =>
  unit === 'USD per year' ? Math.round(v) : Number(v.toFixed(4));

function factorRow(factor: Factor, dataset: Dataset): FactorRow {
  const unit: FactorUnit = factor.kind === 'band' ? 'USD per year' : 'multiplier';
  const [low, typical, high] =
    factor.kind === 'band'
      ? [
          quantile(factor.distribution, LOW_PERCENTILE),
          factor.distribution.median,
          quantile(factor.distribution, HIGH_PERCENTILE),
        ]
      : [factor.multiplier, factor.multiplier, factor.multiplier];
  return {
    id: factor.id,
    kind: factor.kind,
    factor,
    unit,
    low: roundTo(unit, low),
    typical: roundTo(unit, typical),
    high: roundTo(unit, high),
    sources: exportSources(factor.provenance, dataset),
  };
}

/** Bonus or equity as fractions of total compensation or of base. */
function mixRow(mix: MixPart, dataset: Dataset): FactorRow {
  const unit: FactorUnit = mix.of === 'base' ? 'share of base' : 'share of total compensation';
  return {
    id: mix.id,
    kind: mix.part,
    mix,
    unit,
    low: roundTo(unit, mix.lowPercent / 100),
    typical: roundTo(unit, (mix.lowPercent + mix.highPercent) / 200),
    high: roundTo(unit, mix.highPercent / 100),
    sources: exportSources(mix.provenance, dataset),
  };
}

function roleRows(e: RoleEstimate, dataset: Dataset): RoleRows {
  const { bonus, equity } = e.compensationMix;
  return {
    roleId: e.roleId,
    title: e.title,
    level: e.level.label,
    baseAnnualUsd: { ...e.baseAnnualUsd },
    bonusAnnualUsd: { ...e.bonusAnnualUsd },
    equityAnnualUsd: { ...e.equityAnnualUsd },
    totalAnnualUsd: { ...e.totalAnnualUsd },
    hourlyUsd:
      e.hourlyUsd === null
        ? null
        : {
            low: e.hourlyUsd.low,
            high: e.hourlyUsd.high,
            sources: exportSources(e.hourlyUsd.provenance, dataset),
          },
    publicPercentile: e.publicPosition.percentile,
    beyondSources: e.beyondSources,
    factors: [
      ...e.factors.map((f) => factorRow(f, dataset)),
      mixRow(bonus, dataset),
      mixRow(equity, dataset),
    ],
  };
}

export function comparisonRows(
  scenario: Scenario,
  dataset: Dataset,
  estimates: RoleEstimate[],
): ComparisonRows {
  const { index } = dataset;
  const labelOf = (map: ReadonlyMap<string, { label: string }>, id: string) => map.get(id)?.label ?? id;
  return {
    scenario: {
      ...scenario,
      roles: [...scenario.roles],
      certs: [...scenario.certs],
      skills: [...scenario.skills],
    },
    labels: {
      roles: scenario.roles.map((id) => index.roles.get(id)?.title ?? id),
      years: scenario.years,
      location: labelOf(index.locations, scenario.location),
      company: labelOf(index.companies, scenario.company),
      education: labelOf(index.education, scenario.education),
      certifications: scenario.certs.map((id) => labelOf(index.options, id)),
      skills: scenario.skills.map((id) => labelOf(index.options, id)),
    },
    roles: estimates.map((e) => roleRows(e, dataset)),
  };
}

/** The switch planner's ten years as rows: staying in the current role against switching, year by year. */
export interface SwitchPlanRows {
  from: { roleId: RoleId; title: string };
  to: { roleId: RoleId; title: string };
  yearsInCurrentRole: number;
  /** Share of those years counted in the target role: an assumption the person can change. */
  carryPercent: number;
  carriedYears: number;
  jobReadyMonths: { low: number; high: number; used: number; sources: ExportSource[] };
  /** Whole years until the switch has paid for itself; null when it has not after ten years. */
  breakEvenYear: number | null;
  gain10yUsd: number;
  path: {
    year: number;
    stayAnnualUsd: number;
    switchAnnualUsd: number;
    differenceAnnualUsd: number;
    cumulativeUsd: number;
  }[];
}

/** The plan from the current role to the first chosen one; null when there is no other role to switch to. */
export function switchPlanRows(
  scenario: Scenario,
  dataset: Dataset,
  fromRoleId: RoleId,
  carryPercent: Percent,
): SwitchPlanRows | null {
  const target = scenario.roles[0];
  if (target === undefined || target === fromRoleId) return null;
  const jobReady = jobReadyOf(dataset, target);
  const plan = planSwitch(dataset, { scenario, fromRoleId, carryPercent, jobReadyMonths: jobReady.months });
  const titleOf = (id: RoleId) => dataset.index.roles.get(id)?.title ?? id;
  return {
    from: { roleId: fromRoleId, title: titleOf(fromRoleId) },
    to: { roleId: target, title: titleOf(target) },
    yearsInCurrentRole: scenario.years,
    carryPercent: plan.carryPercent,
    carriedYears: Number(plan.carriedYears.toFixed(4)),
    jobReadyMonths: {
      low: jobReady.lowMonths,
      high: jobReady.highMonths,
      used: jobReady.months,
      sources: exportSources(jobReady.provenance, dataset),
    },
    breakEvenYear: plan.breakEvenYear,
    gain10yUsd: plan.gain10yUsd,
    path: plan.path.map((y) => ({
      year: y.year,
      stayAnnualUsd: y.stayAnnualUsd,
      switchAnnualUsd: y.switchAnnualUsd,
      differenceAnnualUsd: y.differenceAnnualUsd,
      cumulativeUsd: y.cumulativeUsd,
    })),
  };
}

/** A bonus or stock a year in an offer, and where it lands: a percentile, or why none is given. */
export interface OfferPartRow {
  annualUsd: number;
  status: PartPlace['kind'];
  /** 0-100; null unless the part is placed. */
  percentile: number | null;
  /** For `assumed`: the assumption the role's share of this part rests on. */
  sources: ExportSource[];
}

/** The offer as typed, its totals, and for each role where each part lands and the counter. */
export interface OfferRows {
  offer: {
    baseAnnualUsd: number | null;
    bonusAnnualUsd: number | null;
    stockGrantUsd: number | null;
    vestYears: number | null;
    /** Stock a year: the value typed, or the grant ÷ its vesting years. */
    stockAnnualUsd: number | null;
    signOnUsd: number | null;
    /** The total the person typed, if any. */
    typedTotalAnnualUsd: number | null;
  };
  /** base + bonus + stock a year, or the typed total, which wins; the sign-on is not in it. */
  yearlyTotalAnnualUsd: number | null;
  yearlyTotalFrom: 'typed' | 'parts' | null;
  /** The yearly total plus the one-time sign-on. */
  firstYearUsd: number | null;
  counterPercentile: number;
  roles: {
    roleId: RoleId;
    title: string;
    basePercentile: number | null;
    bonus: OfferPartRow | null;
    stock: OfferPartRow | null;
    totalPercentile: number | null;
    counter: {
      baseAnnualUsd: number;
      baseGapAnnualUsd: number;
      totalAnnualUsd: number | null;
      totalGapAnnualUsd: number | null;
    } | null;
  }[];
}

function offerPartRow(part: { annualUsd: number; place: PartPlace } | null, dataset: Dataset) {
  if (part === null) return null;
  const { place } = part;
  return {
    annualUsd: part.annualUsd,
    status: place.kind,
    percentile: place.kind === 'placed' ? place.percentile : null,
    sources: place.kind === 'assumed' ? exportSources(place.provenance, dataset) : [],
  };
}

/** The offer check as rows, one entry per role, in the order chosen; null when no offer is given. */
export function offerRows(
  offer: OfferPackage,
  counterPercentile: number,
  estimates: RoleEstimate[],
  dataset: Dataset,
): OfferRows | null {
  if (!hasOffer(offer)) return null;
  const checks = estimates.map((e) => ({ e, check: checkOffer(offer, e, counterPercentile) }));
  const totals = offerTotals(offer);
  const stock = offer.stock;
  return {
    offer: {
      baseAnnualUsd: offer.baseAnnualUsd,
      bonusAnnualUsd: offer.bonusAnnualUsd,
      stockGrantUsd: stock?.kind === 'grant' ? stock.grantUsd : null,
      vestYears: stock?.kind === 'grant' ? stock.vestYears : null,
      stockAnnualUsd: stock === null ? null : Math.round(stockAnnualUsd(stock)),
      signOnUsd: offer.signOnUsd,
      typedTotalAnnualUsd: offer.totalAnnualUsd,
    },
    yearlyTotalAnnualUsd: totals.yearlyAnnualUsd,
    yearlyTotalFrom: totals.from,
    firstYearUsd: totals.firstYearUsd,
    counterPercentile,
    roles: checks.map(({ e, check }) => ({
      roleId: e.roleId,
      title: e.title,
      basePercentile: check.base?.percentile ?? null,
      bonus: offerPartRow(check.bonus, dataset),
      stock: offerPartRow(check.stock, dataset),
      totalPercentile: check.total?.percentile ?? null,
      counter:
        check.counter === null
          ? null
          : {
              baseAnnualUsd: check.counter.base.annualUsd,
              baseGapAnnualUsd: check.counter.base.gapAnnualUsd,
              totalAnnualUsd: check.counter.total?.annualUsd ?? null,
              totalGapAnnualUsd: check.counter.total?.gapAnnualUsd ?? null,
            },
    })),
  };
}
