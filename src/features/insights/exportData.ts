/**
 * The current comparison as files a person can keep: the model's rows (model/exportRows.ts) with the
 * words a person reads (each factor's label and why, why a figure goes beyond the sources, what a switch
 * plan assumes), as JSON here and as CSV in exportCsv.ts. Pure: the caller passes the share URL, so
 * nothing here reads the window or the clock.
 */
import { beyondText } from '../../lib/explain';
import { factorDetail, factorLabel, mixText } from '../../lib/factorWords';
import { OFFER_TOTAL_RULE, unplacedText } from '../../lib/offerWords';
import {
  comparisonRows,
  offerRows,
  switchPlanRows,
  type ComparisonRows,
  type FactorNumbers,
  type FactorRow,
  type OfferPartRow,
  type OfferRows,
  type RoleRows,
  type SwitchPlanRows,
} from '../../model/exportRows';
import { DEFAULT_COUNTER_PERCENTILE, type OfferPackage } from '../../model/offerPackage';
import type { Dataset, RoleEstimate, RoleId, Scenario } from '../../model/types';
import { DEFAULT_CARRY_PERCENT } from '../../state/url';

export const JSON_FILE_NAME = 'paypath-comparison.json';

export interface ExportFactor extends FactorNumbers {
  kind: FactorRow['kind'];
  label: string;
  detail: string;
}

export type ExportRole = Omit<RoleRows, 'beyondSources' | 'factors'> & {
  /** Why a figure goes beyond every source, or null. */
  beyondSources: string | null;
  factors: ExportFactor[];
};

export interface ComparisonExport {
  inputs: { shareUrl: string; scenario: Scenario; labels: ComparisonRows['labels'] };
  roles: ExportRole[];
  /** The switch planner's ten years, when a current role is chosen; null otherwise. */
  switchPlan: ExportSwitchPlan | null;
  /** The offer checked against each role, when one is given; null otherwise. */
  offer: ExportOffer | null;
}

/** A bonus or stock line with, when it has no percentile, why not in words. */
export type ExportOfferPart = OfferPartRow & { note: string | null };

export type ExportOffer = Omit<OfferRows, 'roles'> & {
  /** How the yearly and first-year totals are added up. */
  totalRule: string;
  roles: (Omit<OfferRows['roles'][number], 'bonus' | 'stock'> & {
    bonus: ExportOfferPart | null;
    stock: ExportOfferPart | null;
  })[];
};

/** The offer rows with the words for a part that gets no percentile. */
function exportOffer(rows: OfferRows | null, estimates: RoleEstimate[]): ExportOffer | null {
  if (rows === null) return null;
  const withNote = (part: OfferPartRow | null, kind: 'bonus' | 'stock', e: RoleEstimate | undefined) => {
    if (part === null) return null;
    const mix = kind === 'bonus' ? e?.compensationMix.bonus : e?.compensationMix.equity;
    const note = part.status === 'placed' || mix === undefined ? null : unplacedText(kind, part.status, mix);
    return { ...part, note };
  };
  const { roles, ...offer } = rows;
  return {
    ...offer,
    totalRule: OFFER_TOTAL_RULE,
    roles: roles.map((r) => {
      const e = estimates.find((x) => x.roleId === r.roleId);
      return { ...r, bonus: withNote(r.bonus, 'bonus', e), stock: withNote(r.stock, 'stock', e) };
    }),
  };
}

export type ExportSwitchPlan = Omit<SwitchPlanRows, 'path'> & {
  /** The assumptions the plan rests on, in words. */
  assumptions: string[];
  path: SwitchPlanRows['path'];
};

/** The assumptions the plan rests on, in the words the planner shows. */
export const SWITCH_ASSUMPTIONS = [
  'While getting job-ready (part-time) the person stays in the current role and keeps its pay; course costs are not counted.',
  'Pay is the typical total compensation (base, bonus and equity) of each role at the experience held at the start of each year.',
  'At the switch, the carried-over share of the years held then counts in the new role; every year after counts in full.',
  'Break-even is the first year from which the cumulative difference stays at or above zero to year 10.',
];

/** The plan's rows with the assumptions it rests on, in the order the file has always listed them. */
function exportSwitchPlan(rows: SwitchPlanRows | null): ExportSwitchPlan | null {
  if (rows === null) return null;
  const { path, ...plan } = rows;
  return { ...plan, assumptions: [...SWITCH_ASSUMPTIONS], path };
}

/** A factor's numbers with its label and why, in the order the file has always listed them. */
function exportFactor(row: FactorRow, dataset: Dataset): ExportFactor {
  const words =
    'factor' in row
      ? { label: factorLabel(dataset, row.factor), detail: factorDetail(dataset, row.factor) }
      : { label: row.mix.part === 'bonus' ? 'Bonus' : 'Equity', detail: mixText(dataset, row.mix) };
  const { id, kind, unit, low, typical, high, sources } = row;
  return { id, kind, label: words.label, unit, low, typical, high, detail: words.detail, sources };
}

export function buildComparisonExport({
  scenario,
  dataset,
  estimates,
  shareUrl,
  switchFrom = null,
  carryPercent = DEFAULT_CARRY_PERCENT,
  offer = null,
  counterPercentile = DEFAULT_COUNTER_PERCENTILE,
}: {
  scenario: Scenario;
  dataset: Dataset;
  estimates: RoleEstimate[];
  shareUrl: string;
  /** The switch planner's current role and carried-over share, as in the link. */
  switchFrom?: RoleId | null;
  carryPercent?: number;
  /** The offer to check, as in the link, and the counter's percentile. */
  offer?: OfferPackage | null;
  counterPercentile?: number;
}): ComparisonExport {
  const rows = comparisonRows(scenario, dataset, estimates);
  return {
    inputs: { shareUrl, scenario: rows.scenario, labels: rows.labels },
    roles: rows.roles.map(({ beyondSources, factors, ...role }) => ({
      ...role,
      beyondSources: beyondSources === null ? null : beyondText(dataset, beyondSources, role.roleId),
      factors: factors.map((f) => exportFactor(f, dataset)),
    })),
    switchPlan:
      switchFrom === null
        ? null
        : exportSwitchPlan(switchPlanRows(scenario, dataset, switchFrom, carryPercent)),
    offer:
      offer === null ? null : exportOffer(offerRows(offer, counterPercentile, estimates, dataset), estimates),
  };
}

/** Pretty-printed, two spaces, with a final newline. */
export function toJson(data: ComparisonExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
