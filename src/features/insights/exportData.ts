/**
 * The current comparison as files a person can keep: the model's rows (model/exportRows.ts) with the
 * words a person reads (each factor's label and why, why a figure goes beyond the sources), written as
 * JSON or CSV. Pure: the caller passes the share URL, so nothing here reads the window or the clock.
 */
import { beyondText } from '../../lib/explain';
import { factorDetail, factorLabel, mixText } from '../../lib/factorWords';
import {
  comparisonRows,
  type ComparisonRows,
  type ExportSource,
  type FactorNumbers,
  type FactorRow,
  type RoleRows,
} from '../../model/exportRows';
import type { Dataset, RoleEstimate, Scenario } from '../../model/types';

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
}: {
  scenario: Scenario;
  dataset: Dataset;
  estimates: RoleEstimate[];
  shareUrl: string;
}): ComparisonExport {
  const rows = comparisonRows(scenario, dataset, estimates);
  return {
    inputs: { shareUrl, scenario: rows.scenario, labels: rows.labels },
    roles: rows.roles.map(({ beyondSources, factors, ...role }) => ({
      ...role,
      beyondSources: beyondSources === null ? null : beyondText(dataset, beyondSources, role.roleId),
      factors: factors.map((f) => exportFactor(f, dataset)),
    })),
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
  return csvText([[...CSV_COLUMNS], ...rows.map((row) => CSV_COLUMNS.map((c) => row[c]))]);
}
