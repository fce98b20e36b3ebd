/**
 * The comparison as one CSV table (RFC 4180), for a spreadsheet: the same data as the JSON file, a row
 * per input, figure, factor, switch-plan figure and offer figure.
 */
import { ordinal } from '../../lib/explain';
import type { ExportSource } from '../../model/exportRows';
import type { ComparisonExport, ExportOffer, ExportOfferPart } from './exportData';

export const CSV_FILE_NAME = 'paypath-comparison.csv';

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

/**
 * An item's sources in its own row: one source as it is; several numbered in both cells ("[1] A; [2] B"
 * and "[1] quote [2] quote"), so each item is one row and summing a column counts it once.
 */
function withSources(row: Row, sources: ExportSource[]): Row {
  if (sources.length === 0) return row;
  const cells = sources.map(sourceCells);
  if (cells.length === 1) return { ...row, ...cells[0] };
  const numbered = (text: CsvCell, i: number) => `[${i + 1}] ${text}`;
  return {
    ...row,
    source: cells.map((c, i) => numbered(c.source, i)).join('; '),
    quote_or_assumption: cells.map((c, i) => numbered(c.quote_or_assumption, i)).join(' '),
  };
}

const FIGURES = [
  { key: 'baseAnnualUsd', item: 'base', detail: 'Base salary' },
  { key: 'bonusAnnualUsd', item: 'bonus', detail: 'Cash bonus' },
  { key: 'equityAnnualUsd', item: 'equity', detail: 'Equity (stock or options) a year' },
  { key: 'totalAnnualUsd', item: 'total', detail: 'Total compensation: base + bonus + equity' },
] as const;

/**
 * The comparison as one table: input rows, then for each role a row per figure (base, bonus, equity,
 * total, hourly) and a row per factor, each with all its sources.
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
        withSources(
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
        withSources(
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
      withSources(
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
  if (data.offer !== null) rows.push(...offerCsvRows(data.offer));
  return csvText([[...CSV_COLUMNS], ...rows.map((row) => CSV_COLUMNS.map((c) => row[c]))]);
}

/**
 * The offer section: the offer as typed and its totals (no role), then for each role where each part
 * lands (a percentile, or why none) and the counter. Kept apart from the figures and factors.
 */
function offerCsvRows(offer: ExportOffer): Row[] {
  const row = (
    item: string,
    value: CsvCell,
    unit: string | null,
    detail: string | null = null,
    role: string | null = null,
  ): Row => ({
    ...emptyRow,
    section: 'offer',
    role,
    item,
    value,
    unit,
    detail,
  });
  const o = offer.offer;
  const typed: [string, number | null, string, string][] = [
    ['offer_base', o.baseAnnualUsd, 'USD per year', 'Base salary, as typed'],
    ['offer_bonus', o.bonusAnnualUsd, 'USD per year', 'Target bonus, as typed'],
    ['offer_stock_grant', o.stockGrantUsd, 'USD', `Stock grant, vesting over ${o.vestYears ?? '–'} years`],
    ['offer_stock_per_year', o.stockAnnualUsd, 'USD per year', 'Stock a year (a grant ÷ its vesting years)'],
    ['offer_sign_on', o.signOnUsd, 'USD', 'Sign-on bonus, paid once'],
    ['offer_total_typed', o.typedTotalAnnualUsd, 'USD per year', 'Total compensation, as typed'],
  ];
  const rows = typed
    .filter(([, v]) => v !== null)
    .map(([item, v, unit, detail]) => row(item, v, unit, detail));
  if (offer.yearlyTotalAnnualUsd !== null)
    rows.push(row('offer_yearly_total', offer.yearlyTotalAnnualUsd, 'USD per year', offer.totalRule));
  if (offer.firstYearUsd !== null)
    rows.push(row('offer_first_year_total', offer.firstYearUsd, 'USD', 'Yearly total + sign-on'));
  rows.push(
    row(
      'counter_percentile',
      offer.counterPercentile,
      'percentile',
      'The percentile the counter is worked out at',
    ),
  );
  const part = (item: string, p: ExportOfferPart | null, role: string): Row[] =>
    p === null
      ? []
      : [
          withSources(
            row(item, p.percentile, 'percentile', p.note ?? `${p.annualUsd} USD a year`, role),
            p.sources,
          ),
        ];
  for (const r of offer.roles) {
    const at = (item: string, value: number | null, unit: string, detail: string) =>
      value === null ? [] : [row(item, value, unit, detail, r.title)];
    rows.push(
      ...at('base_percentile', r.basePercentile, 'percentile', 'Where the base lands among people like you'),
      ...part('bonus_percentile', r.bonus, r.title),
      ...part('stock_percentile', r.stock, r.title),
      ...at(
        'total_percentile',
        r.totalPercentile,
        'percentile',
        'Where the yearly total lands among people like you',
      ),
      ...at(
        'counter_base',
        r.counter?.baseAnnualUsd ?? null,
        'USD per year',
        `Base at the ${ordinal(offer.counterPercentile)} percentile`,
      ),
      ...at(
        'counter_base_gap',
        r.counter?.baseGapAnnualUsd ?? null,
        'USD per year',
        'Counter base − offer base',
      ),
      ...at(
        'counter_total',
        r.counter?.totalAnnualUsd ?? null,
        'USD per year',
        `Total at the ${ordinal(offer.counterPercentile)} percentile`,
      ),
      ...at(
        'counter_total_gap',
        r.counter?.totalGapAnnualUsd ?? null,
        'USD per year',
        'Counter total − offer yearly total',
      ),
    );
  }
  return rows;
}
