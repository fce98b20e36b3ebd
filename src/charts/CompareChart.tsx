import { memo, useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  XAxis,
  YAxis,
  useYAxisScale,
} from 'recharts';
import { formatPay, formatPayRange, formatUsdCompact, PERIOD_UNIT } from '../lib/format';
import type { Period } from '../model/period';
import { compareRows, type CompareRow } from '../model/series';
import type { RoleEstimate } from '../model/types';
import { ChartFigure } from './ChartFigure';
import type { LegendEntry } from './ChartLegend';
import { drawingProps, type PointerHandlers } from './ChartTip';
import { charsThatFit, compareChartRows, wrapLabel, type CompareChartRow } from './chartData';
import { CHART_SURFACE, SEGMENT_COLORS } from './palette';

const CHART_HEIGHT_PX = 280;
const TICK_FONT_PX = 14;
const TICK_LINE_PX = 16;
const TICK_MAX_LINES = 3;
/** Room under the axis for three lines of role name. */
const X_AXIS_HEIGHT_PX = 12 + TICK_LINE_PX * TICK_MAX_LINES;
const WHISKER_CAP_PX = 8;

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

interface WhiskerProps {
  cx?: number;
  /** Where the invisible line puts its point: the top of the range. */
  cy?: number;
  payload?: CompareChartRow;
}

/**
 * The total's low–high range, drawn at each point of an invisible line through the range tops (so the
 * y axis always reaches them): a vertical line down to the low end, with a cap at each end.
 */
function RangeWhisker({ cx, cy, payload }: WhiskerProps) {
  const y = useYAxisScale();
  const low = payload === undefined ? undefined : y?.(payload.totalLowUsd);
  if (cx === undefined || cy === undefined || low === undefined) return null;
  const cap = WHISKER_CAP_PX / 2;
  return (
    <path
      className="chart-whisker"
      d={`M${cx} ${cy}V${low}M${cx - cap} ${cy}H${cx + cap}M${cx - cap} ${low}H${cx + cap}`}
      stroke="currentColor"
      strokeWidth={1.5}
      fill="none"
    />
  );
}

/** The bars themselves: redrawn only when the figures change, not as the pointer moves over them. */
const Drawing = memo(function CompareDrawing({
  data,
  label,
  pointer,
}: {
  data: CompareChartRow[];
  label: string;
  pointer: PointerHandlers;
}) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <ComposedChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
        {...drawingProps(label, pointer)}
      >
        <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="roleTitle" tick={<RoleTick />} interval={0} height={X_AXIS_HEIGHT_PX} />
        <YAxis tickFormatter={formatUsdCompact} tick={{ fill: 'currentColor' }} width={64} />
        {(['base', 'bonus', 'equity'] as const).map((part) => (
          <Bar
            key={part}
            dataKey={`${part}Usd`}
            stackId="total"
            fill={SEGMENT_COLORS[part]}
            stroke={CHART_SURFACE}
            isAnimationActive={false}
          />
        ))}
        <Line
          dataKey="totalHighUsd"
          stroke="none"
          dot={<RangeWhisker />}
          activeDot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});

/** Stacked base/bonus/equity bars per role, with a whisker for the total's low–high range. Renders nothing for no rows. */
export default function CompareChart({ rows, period }: { rows: CompareRow[]; period: Period }) {
  const data = useMemo(() => compareChartRows(rows, period), [rows, period]);
  if (rows.length === 0) return null;
  const columns = ['Role', 'Base', 'Bonus', 'Equity', 'Total (typical)', 'Total range (low – high)'];
  const tableRows = rows.map((row) => ({
    key: row.roleId,
    header: row.title,
    cells: [
      formatPay(row.base, period),
      formatPay(row.bonus, period),
      formatPay(row.equity, period),
      formatPay(row.totalTypical, period),
      formatPayRange(row.totalRange[0], row.totalRange[1], period),
    ],
  }));
  return (
    <ChartFigure
      caption={`Typical total compensation ${PERIOD_UNIT[period]} by role: base, bonus and equity, with the low–high range`}
      drawing={(pointer) => <Drawing data={data} label={summary(rows, period)} pointer={pointer} />}
      legend={LEGEND}
      table={{ caption: `Compensation by role, US dollars ${PERIOD_UNIT[period]}`, columns, rows: tableRows }}
    />
  );
}

/** The chart of the estimates on the page, reshaped here, in the chart's own chunk. */
export function EstimatesCompareChart({ estimates, period }: { estimates: RoleEstimate[]; period: Period }) {
  const rows = useMemo(() => compareRows(estimates), [estimates]);
  return <CompareChart rows={rows} period={period} />;
}
