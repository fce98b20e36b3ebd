/**
 * The current comparison as files a person can keep: the model's rows (model/exportRows.ts) with the
 * words a person reads (each factor's label and why, why a figure goes beyond the sources), written as
 * JSON or CSV. Pure: the caller passes the share URL, so nothing here reads the window or the clock.
 */
import { beyondText } from '../../lib/explain';
import { factorDetail, factorLabel, mixText } from '../../lib/factorWords';
import {
  comparisonRows,
  exportSources,
  type ComparisonRows,
  type ExportSource,
  type FactorNumbers,
  type FactorRow,
  type RoleRows,
} from '../../model/exportRows';
import { jobReadyOf, planSwitch } from '../../model/switchPlan';
import type { Dataset, RoleEstimate, RoleId, Scenario } from '../../model/types';
import { DEFAULT_CARRY_PERCENT } from '../../state/url';

export const CSV_FILE_NAME = 'paypath-comparison.csv';
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
}

export interface ExportSwitchPlan {
  from: { roleId: string; title: string };
  to: { roleId: string; title: string };
  yearsInCurrentRole: number;
  /** Share of those years counted in the target role: an assumption the person can change. */
  carryPercent: number;
  carriedYears: number;
  jobReadyMonths: { low: number; high: number; used: number; sources: ExportSource[] };
  /** Whole years until the switch has paid for itself; null when it has not after ten years. */
  breakEvenYear: number | null;
  gain10yUsd: number;
  assumptions: string[];
  path: {
    year: number;
    stayAnnualUsd: number;
    switchAnnualUsd: number;
    differenceAnnualUsd: number;
    cumulativeUsd: number;
  }[];
}

/** The assumptions the plan rests on, in the words the planner shows. */
export const SWITCH_ASSUMPTIONS = [
  'While getting job-ready (part-time) the person stays in the current role and keeps its pay; course costs are not counted.',
  'Pay is the typical total compensation (base, bonus and equity) of each role at the experience held at the start of each year.',
  'At the switch, the carried-over share of the years held then counts in the new role; every year after counts in full.',
  'Break-even is the first year from which the cumulative difference stays at or above zero to year 10.',
];

function exportSwitchPlan(
  scenario: Scenario,
  dataset: Dataset,
  switchFrom: RoleId,
  carryPercent: number,
): ExportSwitchPlan | null {
  const target = scenario.roles[0];
  if (target === undefined || target === switchFrom) return null;
  const jobReady = jobReadyOf(dataset, target);
  const plan = planSwitch(dataset, {
    scenario,
    fromRoleId: switchFrom,
    carryPercent,
    jobReadyMonths: jobReady.months,
  });
  const titleOf = (id: RoleId) => dataset.index.roles.get(id)?.title ?? id;
  return {
    from: { roleId: switchFrom, title: titleOf(switchFrom) },
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
    assumptions: [...SWITCH_ASSUMPTIONS],
    path: plan.path.map((y) => ({
      year: y.year,
      stayAnnualUsd: y.stayAnnualUsd,
      switchAnnualUsd: y.switchAnnualUsd,
      differenceAnnualUsd: y.differenceAnnualUsd,
      cumulativeUsd: y.cumulativeUsd,
    })),
  };
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
}: {
  scenario: Scenario;
  dataset: Dataset;
  estimates: RoleEstimate[];
  shareUrl: string;
  /** The switch planner's current role and carried-over share, as in the link. */
  switchFrom?: RoleId | null;
  carryPercent?: number;
}): ComparisonExport {
  const rows = comparisonRows(scenario, dataset, estimates);
  return {
    inputs: { shareUrl, scenario: rows.scenario, labels: rows.labels },
    roles: rows.roles.map(({ beyondSources, factors, ...role }) => ({
      ...role,
      beyondSources: beyondSources === null ? null : beyondText(dataset, beyondSources, role.roleId),
      factors: factors.map((f) => exportFactor(f, dataset)),
    })),
    switchPlan: switchFrom === null ? null : exportSwitchPlan(scenario, dataset, switchFrom, carryPercent),
  };
}

/** Pretty-printed, two spaces, with a final newline. */
export function toJson(data: ComparisonExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

// ---------------------------------------------------------------- CSV

export type CsvCell = string | number | null;

export const CSV_COLUMNS = [
  'section',
  'role',
  'item',
  'value',
  'low',
  'typical',
  'high',
  'unit',
  'detail',
  'source',
  'quote_or_assumption',
] as const;

/**
 * One field, RFC 4180: a field holding a comma, a double quote or a line break is quoted and its quotes
 * doubled. Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
 * return, per OWASP's CSV injection advice) gets a leading apostrophe. Numbers are written as numbers,
 * so a negative number stays a number.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Lines end in CRLF, as RFC 4180 says; the last line too. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

type Row = Record<(typeof CSV_COLUMNS)[number], CsvCell>;

const emptyRow: Row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as Row;

function sourceCells(s: ExportSource): Pick<Row, 'source' | 'quote_or_assumption'> {
  if ('assumption' in s) return { source: 'Assumption', quote_or_assumption: s.assumption };
  return { source: s.title, quote_or_assumption: s.note ? `${s.quote} (${s.note})` : s.quote };
}

/** A row for each source of an item, or one row without a source if it has none. */
function withSources(row: Row, sources: ExportSource[]): Row[] {
  return sources.length === 0 ? [row] : sources.map((s) => ({ ...row, ...sourceCells(s) }));
}

const FIGURES = [
  { key: 'baseAnnualUsd', item: 'base', detail: 'Base salary' },
  { key: 'bonusAnnualUsd', item: 'bonus', detail: 'Cash bonus' },
  { key: 'equityAnnualUsd', item: 'equity', detail: 'Equity (stock or options) a year' },
  { key: 'totalAnnualUsd', item: 'total', detail: 'Total compensation: base + bonus + equity' },
] as const;

/**
 * The comparison as one table: input rows, then for each role a row per figure (base, bonus, equity,
 * total, hourly) and a row per factor. An item with several sources takes one row per source, repeating
 * its values, so every row stands on its own in a spreadsheet filter.
 */
export function toCsv(data: ComparisonExport): string {
  const { labels, shareUrl } = data.inputs;
  const input = (item: string, value: CsvCell, unit: string | null = null): Row => ({
    ...emptyRow,
    section: 'input',
    item,
    value,
    unit,
  });
  const rows: Row[] = [
    input('roles', labels.roles.join('; ')),
    input('years', labels.years, 'years'),
    input('location', labels.location),
    input('company', labels.company),
    input('education', labels.education),
    input('certifications', labels.certifications.join('; ') || 'none'),
    input('skills', labels.skills.join('; ') || 'none'),
    input('share_url', shareUrl),
  ];
  for (const role of data.roles) {
    const base = { ...emptyRow, role: role.title };
    for (const f of FIGURES) {
      const r = role[f.key];
      rows.push({
        ...base,
        section: 'figure',
        item: f.item,
        low: r.low,
        typical: r.typical,
        high: r.high,
        unit: 'USD per year',
        detail: f.detail,
      });
    }
    if (role.hourlyUsd !== null) {
      rows.push(
        ...withSources(
          {
            ...base,
            section: 'figure',
            item: 'hourly',
            low: role.hourlyUsd.low,
            high: role.hourlyUsd.high,
            unit: 'USD per hour',
            detail: 'Contract rate',
          },
          role.hourlyUsd.sources,
        ),
      );
    }
    rows.push({
      ...base,
      section: 'figure',
      item: 'public_percentile',
      value: role.publicPercentile,
      unit: 'percentile',
      detail: 'Typical base among US software developers in this location (BLS OEWS May 2024)',
    });
    for (const f of role.factors) {
      rows.push(
        ...withSources(
          {
            ...base,
            section: 'factor',
            item: f.id,
            value: f.label,
            low: f.low,
            typical: f.typical,
            high: f.high,
            unit: f.unit,
            detail: f.detail,
          },
          f.sources,
        ),
      );
    }
  }
  const plan = data.switchPlan;
  if (plan !== null) {
    const role = `${plan.from.title} → ${plan.to.title}`;
    const row = (item: string, value: CsvCell, unit: string | null, detail: string | null = null): Row => ({
      ...emptyRow,
      section: 'switch',
      role,
      item,
      value,
      unit,
      detail,
    });
    rows.push(
      row('years_in_current_role', plan.yearsInCurrentRole, 'years'),
      row(
        'carry_over',
        plan.carryPercent,
        'percent',
        'Assumption: share of those years that counts in the new role',
      ),
      ...withSources(
        {
          ...row(
            'job_ready_months',
            plan.jobReadyMonths.used,
            'months',
            'Time to become job-ready (midpoint used)',
          ),
          low: plan.jobReadyMonths.low,
          high: plan.jobReadyMonths.high,
        },
        plan.jobReadyMonths.sources,
      ),
      row(
        'break_even_year',
        plan.breakEvenYear,
        'years',
        plan.breakEvenYear === null ? 'Not within 10 years' : null,
      ),
      row('gain_10y', plan.gain10yUsd, 'USD', 'Cumulative difference after 10 years, switching − staying'),
      ...plan.assumptions.map((a, i) => ({
        ...row(`assumption_${i + 1}`, null, null),
        source: 'Assumption',
        quote_or_assumption: a,
      })),
    );
    for (const y of plan.path) {
      rows.push(
        row(`year_${y.year}_staying`, y.stayAnnualUsd, 'USD per year', `Staying ${plan.from.title}`),
        row(`year_${y.year}_switching`, y.switchAnnualUsd, 'USD per year', `Switching to ${plan.to.title}`),
        row(
          `year_${y.year}_cumulative`,
          y.cumulativeUsd,
          'USD',
          'Cumulative difference, switching − staying',
        ),
      );
    }
  }
  return csvText([[...CSV_COLUMNS], ...rows.map((row) => CSV_COLUMNS.map((c) => row[c]))]);
}
