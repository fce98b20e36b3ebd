import { useId, useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatInPeriod, formatPay, formatPayRange, formatUsdCompact, PERIOD_UNIT } from '../lib/format';
import type { Period } from '../model/period';
import { compareRows, type CompareRow } from '../model/series';
import type { RoleEstimate } from '../model/types';
import ChartLegend, { type LegendEntry } from './ChartLegend';
import ChartTable from './ChartTable';
import { charsThatFit, compareChartRows, wrapLabel } from './chartData';
import { CHART_SURFACE, SEGMENT_COLORS } from './palette';
import { tooltipStyles } from './tooltipStyles';

const CHART_HEIGHT_PX = 280;
const TICK_FONT_PX = 14;
const TICK_LINE_PX = 16;
const TICK_MAX_LINES = 3;
/** Room under the axis for three lines of role name. */
const X_AXIS_HEIGHT_PX = 12 + TICK_LINE_PX * TICK_MAX_LINES;

const LEGEND: LegendEntry[] = [
  { key: 'base', label: 'Base', color: SEGMENT_COLORS.base, mark: { kind: 'box' } },
  { key: 'bonus', label: 'Bonus', color: SEGMENT_COLORS.bonus, mark: { kind: 'box' } },
  { key: 'equity', label: 'Equity', color: SEGMENT_COLORS.equity, mark: { kind: 'box' } },
  { key: 'range', label: 'Total, low – high', color: 'currentColor', mark: { kind: 'whisker' } },
];

/** The SVG's accessible name: one sentence per role, so the chart stands on its own as an image. */
function summary(rows: CompareRow[], period: Period): string {
  const parts = rows.map(
    (row) =>
      `${row.title}: ${formatPay(row.totalTypical, period)} typical, ` +
      `range ${formatPayRange(row.totalRange[0], row.totalRange[1], period)}`,
  );
  return `Bar chart of total compensation ${PERIOD_UNIT[period]}. ${parts.join('. ')}.`;
}

interface TickProps {
  x?: number;
  y?: number;
  /** The whole axis's width: recharts passes the axis box with each tick. */
  width?: number;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
}

/** A role name under its bar, wrapped to the bar's share of the axis so neighbours never overlap. */
function RoleTick({ x = 0, y = 0, width = 0, visibleTicksCount = 1, payload }: TickProps) {
  const band = width / Math.max(1, visibleTicksCount);
  const lines = wrapLabel(String(payload?.value ?? ''), charsThatFit(band - 8, TICK_FONT_PX), TICK_MAX_LINES);
  return (
    <text x={x} y={y + 4} textAnchor="middle" fill="currentColor" fontSize={TICK_FONT_PX}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.71em' : TICK_LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Stacked base/bonus/equity bars per role, with a whisker for the total's low–high range. Renders nothing for no rows. */
export default function CompareChart({ rows, period }: { rows: CompareRow[]; period: Period }) {
  const captionId = useId();
  if (rows.length === 0) return null;
  const data = compareChartRows(rows, period);
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        Typical total compensation {PERIOD_UNIT[period]} by role: base, bonus and equity, with the low–high
        range
      </figcaption>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
        {/* accessibilityLayer off: it makes the SVG a focusable role="application"; the table is the keyboard path. */}
        <ComposedChart
          data={data}
          role="img"
          aria-label={summary(rows, period)}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
        >
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="roleTitle" tick={<RoleTick />} interval={0} height={X_AXIS_HEIGHT_PX} />
          <YAxis tickFormatter={formatUsdCompact} tick={{ fill: 'currentColor' }} width={64} />
          {/* Sorting by dataKey keeps the chosen order (r0…, r1…; base, bonus, equity, total); the default sorts by name. */}
          <Tooltip
            itemSorter="dataKey"
            isAnimationActive={false}
            formatter={(value) => formatInPeriod(Number(value), period)}
            cursor={{ fillOpacity: 0.1 }}
            {...tooltipStyles}
          />
          <Bar
            dataKey="baseUsd"
            name="Base"
            stackId="total"
            fill={SEGMENT_COLORS.base}
            stroke={CHART_SURFACE}
            isAnimationActive={false}
          />
          <Bar
            dataKey="bonusUsd"
            name="Bonus"
            stackId="total"
            fill={SEGMENT_COLORS.bonus}
            stroke={CHART_SURFACE}
            isAnimationActive={false}
          />
          <Bar
            dataKey="equityUsd"
            name="Equity"
            stackId="total"
            fill={SEGMENT_COLORS.equity}
            stroke={CHART_SURFACE}
            isAnimationActive={false}
          />
          {/*
            The whisker hangs off an invisible line through the stack tops rather than off the top Bar:
            on a stacked Bar, recharts 3 draws the ErrorBar from the stack top but sizes the y axis from
            the segment's own value (so whiskers got clipped), and draws none when that segment is 0.
          */}
          <Line
            dataKey="stackTopUsd"
            name="Total"
            stroke="none"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          >
            <ErrorBar
              dataKey="totalRangeErrorUsd"
              stroke="currentColor"
              strokeWidth={1.5}
              width={8}
              isAnimationActive={false}
            />
          </Line>
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend entries={LEGEND} />
      <ChartTable
        caption={`Compensation by role, US dollars ${PERIOD_UNIT[period]}`}
        columns={['Role', 'Base', 'Bonus', 'Equity', 'Total (typical)', 'Total range (low – high)']}
        rows={rows.map((row) => ({
          key: row.roleId,
          header: row.title,
          cells: [
            formatPay(row.base, period),
            formatPay(row.bonus, period),
            formatPay(row.equity, period),
            formatPay(row.totalTypical, period),
            formatPayRange(row.totalRange[0], row.totalRange[1], period),
          ],
        }))}
      />
    </figure>
  );
}

/** The chart of the estimates on the page, reshaped here, in the chart's own chunk. */
export function EstimatesCompareChart({ estimates, period }: { estimates: RoleEstimate[]; period: Period }) {
  const rows = useMemo(() => compareRows(estimates), [estimates]);
  return <CompareChart rows={rows} period={period} />;
}
