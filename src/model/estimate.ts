/**
 * The estimation engine: a pure function from a scenario and the dataset to, for each chosen role,
 * base, bonus, equity and total compensation ranges, a contract hourly range, the factors applied and
 * the places where sources disagree. No I/O, no clock, no randomness.
 *
 * base = band(years) × location × company × certifications × skills × education
 * total = base × (1 + equity % of base) ÷ (1 − equity share − bonus share)
 * Low figures multiply the low ends of every range, high figures the high ends, typical the midpoints.
 */
import type {
  BonusGroup,
  Company,
  Education,
  Location,
  PercentRange,
  Role,
  ShareRange,
} from '../data/schema';
import { bandAtYears, levelBand } from './band';
import { provenanceOf, rangeProvenance, uniqueProvenance } from './provenance';
import type {
  AnnualUsdRange,
  Dataset,
  Disagreement,
  Factor,
  Inapplicable,
  LevelId,
  RoleEstimate,
  RoleId,
  Scenario,
} from './types';

/** Multipliers for a percentage range: -20..-10 gives low 0.8, typical 0.85, high 0.9. */
function multipliers(
  range: PercentRange,
  share = 1,
): Omit<Factor, 'kind' | 'id' | 'label' | 'detail' | 'provenance'> {
  const a = (range.low.value / 100) * share;
  const b = (range.high.value / 100) * share;
  return { low: 1 + Math.min(a, b), typical: 1 + (a + b) / 2, high: 1 + Math.max(a, b) };
}

const NEUTRAL = { low: 1, typical: 1, high: 1 } as const;

const percentText = (range: PercentRange, share = 1): string => {
  const f = (v: number) => `${v * share > 0 ? '+' : ''}${Number((v * share).toFixed(1))}%`;
  return `${f(range.low.value)} to ${f(range.high.value)}`;
};

export function findRole(dataset: Dataset, id: RoleId): Role | undefined {
  return dataset.roles.roles.find((r) => r.id === id);
}

function locationFactor(location: Location, isBaseline: boolean): Factor {
  const ratio = location.ratio.value;
  return {
    kind: 'location',
    id: `location:${location.id}`,
    label: location.label,
    low: ratio,
    typical: ratio,
    high: ratio,
    detail: isBaseline
      ? 'national baseline'
      : `metro pay ÷ national pay = ${ratio.toFixed(3)} (software developers)`,
    provenance: [provenanceOf(location.ratio)],
  };
}

function companyFactor(company: Company, role: Role): { factor: Factor; inapplicable?: Inapplicable } {
  const base = { kind: 'company' as const, id: `company:${company.id}`, label: company.label };
  const notes = company.notes.map(provenanceOf);
  if (!company.appliesTo.includes(role.id)) {
    const reason = `The sources give no ${company.label} adjustment for ${role.shortTitle}.`;
    return {
      factor: { ...base, ...NEUTRAL, detail: reason, provenance: notes },
      inapplicable: { kind: 'company', id: company.id, reason },
    };
  }
  if (company.basePercent === null) {
    return {
      factor: {
        ...base,
        ...NEUTRAL,
        detail: 'named by the sources, but they give no figure for base pay',
        provenance: notes,
      },
    };
  }
  return {
    factor: {
      ...base,
      ...multipliers(company.basePercent),
      detail:
        company.basePercent.low.value === 0 && company.basePercent.high.value === 0
          ? 'no adjustment'
          : `${percentText(company.basePercent)} on base`,
      provenance: uniqueProvenance([...rangeProvenance(company.basePercent), ...notes]),
    },
  };
}

/** Certification or skill groups: a source's range for the group is never exceeded, however many are chosen. */
function groupFactors(
  groups: BonusGroup[],
  kind: 'certification' | 'skill',
  chosen: string[],
  role: Role,
  labelOf: (id: string) => string,
): { factors: Factor[]; inapplicable: Inapplicable[] } {
  const ofKind = groups.filter((g) => g.kind === kind);
  const factors: Factor[] = [];
  for (const group of ofKind.filter((g) => g.appliesTo.includes(role.id))) {
    const picked = group.members.filter((m) => chosen.includes(m));
    if (picked.length === 0) continue;
    const names = picked.map(labelOf).join(', ');
    const notes = group.notes.map(provenanceOf);
    if (group.percent === null) {
      factors.push({
        kind,
        id: `${kind}:${group.id}`,
        label: names,
        ...NEUTRAL,
        detail: 'the source says pay rises with these, but gives no figure',
        provenance: notes,
      });
      continue;
    }
    const share = group.combine === 'any-one' ? 1 : picked.length / group.members.length;
    const detail =
      group.combine === 'any-one'
        ? `${percentText(group.percent)} for any one of ${group.members.map(labelOf).join(' or ')}; more add nothing`
        : `${percentText(group.percent, share)}: ${picked.length} of ${group.members.length} in a group worth ${percentText(group.percent)} together`;
    factors.push({
      kind,
      id: `${kind}:${group.id}`,
      label: names,
      ...multipliers(group.percent, share),
      detail,
      provenance: uniqueProvenance([...rangeProvenance(group.percent), ...notes]),
    });
  }
  const inapplicable = chosen
    .filter((id) => !ofKind.some((g) => g.appliesTo.includes(role.id) && g.members.includes(id)))
    .map((id) => {
      const priced = ofKind.filter((g) => g.members.includes(id)).flatMap((g) => g.appliesTo);
      return {
        kind,
        id,
        reason:
          priced.length === 0
            ? `No source gives a figure for ${labelOf(id)}.`
            : `The sources price ${labelOf(id)} for other roles, not ${role.shortTitle}.`,
      };
    });
  return { factors, inapplicable };
}

function educationFactor(education: Education, role: Role): { factor?: Factor; inapplicable?: Inapplicable } {
  const effect = education.effects.find((e) => e.appliesTo.includes(role.id));
  if (effect === undefined) {
    const isBaseline = education.effects.length === 0;
    return isBaseline
      ? {}
      : {
          inapplicable: {
            kind: 'education',
            id: education.id,
            reason: `No source gives a ${education.label} premium for ${role.shortTitle}.`,
          },
        };
  }
  return {
    factor: {
      kind: 'education',
      id: `education:${education.id}`,
      label: education.label,
      ...multipliers(effect),
      detail: `${percentText(effect)} versus a bachelor's degree`,
      provenance: uniqueProvenance([...rangeProvenance(effect), ...education.notes.map(provenanceOf)]),
    },
  };
}

interface Mix {
  equityOfBase: { low: number; typical: number; high: number } | null;
  equityShare: { low: number; typical: number; high: number };
  bonusShare: { low: number; typical: number; high: number };
  equityFactor: Factor;
  bonusFactor: Factor;
}

const fractions = (r: ShareRange | PercentRange) => ({
  low: r.low.value / 100,
  typical: (r.low.value + r.high.value) / 200,
  high: r.high.value / 100,
});

function compensationMix(role: Role, company: Company): Mix {
  const equityOverride =
    company.equityPercentOfBase !== undefined && company.equityPercentOfBase.appliesTo.includes(role.id)
      ? company.equityPercentOfBase
      : undefined;
  const bonusRange = company.bonusShareOfTotal ?? role.bonusShareOfTotal;
  const equityFactor: Factor =
    equityOverride !== undefined
      ? {
          kind: 'company',
          id: `equity:${company.id}`,
          label: 'Equity',
          ...fractions(equityOverride),
          detail: `${company.label}: equity worth ${equityOverride.low.value}–${equityOverride.high.value}% of base`,
          provenance: rangeProvenance(equityOverride),
        }
      : {
          kind: 'company',
          id: `equity:${role.id}`,
          label: 'Equity',
          ...fractions(role.equityShareOfTotal),
          detail: `${role.equityShareOfTotal.low.value}–${role.equityShareOfTotal.high.value}% of total compensation`,
          provenance: rangeProvenance(role.equityShareOfTotal),
        };
  const bonusFactor: Factor = {
    kind: 'company',
    id: company.bonusShareOfTotal !== undefined ? `bonus:${company.id}` : `bonus:${role.id}`,
    label: 'Bonus',
    ...fractions(bonusRange),
    detail: `${bonusRange.low.value}–${bonusRange.high.value}% of total compensation`,
    provenance: rangeProvenance(bonusRange),
  };
  return {
    equityOfBase: equityOverride !== undefined ? fractions(equityOverride) : null,
    equityShare:
      equityOverride !== undefined ? { low: 0, typical: 0, high: 0 } : fractions(role.equityShareOfTotal),
    bonusShare: fractions(bonusRange),
    equityFactor,
    bonusFactor,
  };
}

function disagreementsFor(role: Role, levelId: LevelId, location: Location): Disagreement[] {
  const out: Disagreement[] = [];
  const band = levelBand(role, levelId);
  const stated = band.sourceBands.filter((b) => b.derived === undefined);
  const distinct = new Set(stated.map((b) => `${b.low.value}-${b.high.value}`));
  if (stated.length > 1 && distinct.size > 1) {
    out.push({
      topic: `${levelId} band`,
      figures: stated.map((b) => ({
        label: `${levelId} band`,
        low: b.low.value,
        high: b.high.value,
        provenance: provenanceOf(b.low),
      })),
      message: `The sources give different ${levelId}-level bands; the estimate averages their lows and their highs.`,
    });
  }
  const averages = role.figures.filter((f) => f.kind === 'average');
  const values = averages.map((f) => f.figure.value);
  if (values.length > 1 && Math.max(...values) > Math.min(...values) * 1.1) {
    out.push({
      topic: 'average salary',
      figures: averages.map((f) => ({
        label: f.label,
        low: f.figure.value,
        high: f.figure.value,
        provenance: provenanceOf(f.figure),
      })),
      message: 'The quoted averages differ by more than a tenth.',
    });
  }
  const premium = location.articlePremium;
  if (premium !== undefined) {
    const ratio = location.ratio.value;
    const lo = 1 + premium.low.value / 100;
    const hi = 1 + premium.high.value / 100;
    if (ratio < lo || ratio > hi) {
      out.push({
        topic: 'location premium',
        figures: [
          { label: 'articles', low: lo, high: hi, provenance: provenanceOf(premium.low) },
          { label: 'BLS OEWS', low: ratio, high: ratio, provenance: provenanceOf(location.ratio) },
        ],
        message: `The articles say ${location.label} adds ${premium.low.value}–${premium.high.value}%; BLS OEWS puts it at ${Math.round((ratio - 1) * 100)}%. The estimate uses the BLS figure.`,
      });
    }
  }
  return out;
}

const scale = (r: AnnualUsdRange, f: { low: number; typical: number; high: number }): AnnualUsdRange => ({
  low: r.low * f.low,
  typical: r.typical * f.typical,
  high: r.high * f.high,
});

const round = (r: AnnualUsdRange): AnnualUsdRange => ({
  low: Math.round(r.low),
  typical: Math.round(r.typical),
  high: Math.round(r.high),
});

const product = (factors: Factor[]) =>
  factors.reduce(
    (acc, f) => ({ low: acc.low * f.low, typical: acc.typical * f.typical, high: acc.high * f.high }),
    { low: 1, typical: 1, high: 1 },
  );

/** Estimate one role. Unknown ids in the scenario fall back to the dataset's first (baseline) option. */
export function estimateRole(scenario: Scenario, dataset: Dataset, roleId: RoleId): RoleEstimate {
  const role = findRole(dataset, roleId);
  if (role === undefined) throw new Error(`unknown role: ${roleId}`);
  const { modifiers, roles } = dataset;
  const location = modifiers.locations.find((l) => l.id === scenario.location) ?? modifiers.locations[0];
  const company = modifiers.companies.find((c) => c.id === scenario.company) ?? modifiers.companies[0];
  const education = modifiers.education.find((e) => e.id === scenario.education) ?? modifiers.education[0];
  if (location === undefined || company === undefined || education === undefined) {
    throw new Error('the dataset has no baseline location, company or education');
  }
  const labelOf = (id: string) =>
    [...modifiers.certifications, ...modifiers.skills].find((o) => o.id === id)?.label ?? id;

  const band = bandAtYears(role, roles.levels, scenario.years);
  const bandFactor: Factor = {
    kind: 'band',
    id: `band:${role.id}`,
    label: `${role.shortTitle}, ${scenario.years} ${scenario.years === 1 ? 'year' : 'years'}`,
    low: band.low,
    typical: band.typical,
    high: band.high,
    detail: band.detail + (band.derived ? ' (derived: no source states this band)' : ''),
    provenance: band.provenance,
  };
  const company_ = companyFactor(company, role);
  const certs = groupFactors(modifiers.groups, 'certification', scenario.certs, role, labelOf);
  const skills = groupFactors(modifiers.groups, 'skill', scenario.skills, role, labelOf);
  const education_ = educationFactor(education, role);

  const modifierFactors = [
    locationFactor(location, location === modifiers.locations[0]),
    company_.factor,
    ...certs.factors,
    ...skills.factors,
    ...(education_.factor ? [education_.factor] : []),
  ];
  const base = scale(band, product(modifierFactors));

  const mix = compensationMix(role, company);
  const pick = (k: 'low' | 'typical' | 'high') => {
    const equityOfBase = mix.equityOfBase?.[k] ?? 0;
    const total = (base[k] * (1 + equityOfBase)) / (1 - mix.equityShare[k] - mix.bonusShare[k]);
    return {
      equity: mix.equityOfBase ? base[k] * equityOfBase : total * mix.equityShare[k],
      bonus: total * mix.bonusShare[k],
    };
  };
  const [lo, ty, hi] = [pick('low'), pick('typical'), pick('high')];
  const baseAnnualUsd = round(base);
  const bonusAnnualUsd = round({ low: lo.bonus, typical: ty.bonus, high: hi.bonus });
  const equityAnnualUsd = round({ low: lo.equity, typical: ty.equity, high: hi.equity });
  // Total is the sum of the rounded parts, so the breakdown a person reads adds up to the dollar.
  const totalAnnualUsd = {
    low: baseAnnualUsd.low + bonusAnnualUsd.low + equityAnnualUsd.low,
    typical: baseAnnualUsd.typical + bonusAnnualUsd.typical + equityAnnualUsd.typical,
    high: baseAnnualUsd.high + bonusAnnualUsd.high + equityAnnualUsd.high,
  };

  // Contract rates are quoted for the role as a whole, so experience and employer type do not move
  // them; where the person works and what they know does.
  const hourlyScale = product(modifierFactors.filter((f) => f.kind !== 'company'));
  const hourlyUsd = {
    low: Math.round(role.hourlyUsd.low.value * hourlyScale.low),
    high: Math.round(role.hourlyUsd.high.value * hourlyScale.high),
    provenance: rangeProvenance(role.hourlyUsd),
  };

  return {
    roleId: role.id,
    title: role.title,
    level: { id: band.level.id, label: band.level.label, derived: band.derived },
    baseAnnualUsd,
    bonusAnnualUsd,
    equityAnnualUsd,
    totalAnnualUsd,
    hourlyUsd,
    factors: [bandFactor, ...modifierFactors],
    compensationMix: { bonus: mix.bonusFactor, equity: mix.equityFactor },
    disagreements: disagreementsFor(role, band.level.id, location),
    inapplicable: [
      ...(company_.inapplicable ? [company_.inapplicable] : []),
      ...certs.inapplicable,
      ...skills.inapplicable,
      ...(education_.inapplicable ? [education_.inapplicable] : []),
    ],
  };
}

/** Estimate every chosen role, in the order chosen. Roles missing from the dataset are skipped. */
export function estimate(scenario: Scenario, dataset: Dataset): RoleEstimate[] {
  return scenario.roles
    .filter((id) => findRole(dataset, id) !== undefined)
    .map((id) => estimateRole(scenario, dataset, id));
}
