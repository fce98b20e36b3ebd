import { useId } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatUsd, formatUsdCompact, formatUsdRange } from '../lib/format';
import type { CompareRow } from '../model/series';
import ChartTable from './ChartTable';
import { compareChartRows } from './chartData';
import { CHART_SURFACE, SEGMENT_COLORS } from './palette';
import { tooltipStyles } from './tooltipStyles';

const CHART_HEIGHT_PX = 260;
const CAPTION = 'Typical total compensation by role: base, bonus and equity, with the low–high range';

/** The SVG's accessible name: one sentence per role, so the chart stands on its own as an image. */
function summary(rows: CompareRow[]): string {
  const parts = rows.map(
    (row) =>
      `${row.title}: ${formatUsd(row.totalTypical)} typical, ` +
      `range ${formatUsdRange(row.totalRange[0], row.totalRange[1])}`,
  );
  return `Bar chart of total compensation. ${parts.join('. ')}.`;
}

/** Stacked base/bonus/equity bars per role, with a whisker for the total's low–high range. Renders nothing for no rows. */
export default function CompareChart({ rows }: { rows: CompareRow[] }) {
  const captionId = useId();
  if (rows.length === 0) return null;
  const data = compareChartRows(rows);
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{CAPTION}</figcaption>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
        {/* accessibilityLayer off: it makes the SVG a focusable role="application"; the table is the keyboard path. */}
        <ComposedChart
          data={data}
          role="img"
          aria-label={summary(rows)}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
        >
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="roleTitle" tick={{ fill: 'currentColor' }} interval={0} />
          <YAxis tickFormatter={formatUsdCompact} tick={{ fill: 'currentColor' }} width={64} />
          {/* Sorting by dataKey keeps the chosen order (r0…, r1…; base, bonus, equity, total); the default sorts by name. */}
          <Tooltip
            itemSorter="dataKey"
            isAnimationActive={false}
            formatter={(value) => formatUsd(Number(value))}
            cursor={{ fillOpacity: 0.1 }}
            {...tooltipStyles}
          />
          <Legend itemSorter={null} />
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
            legendType="none"
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
      <ChartTable
        caption="Compensation by role, US dollars per year"
        columns={['Role', 'Base', 'Bonus', 'Equity', 'Total (typical)', 'Total range (low – high)']}
        rows={rows.map((row) => ({
          key: row.roleId,
          header: row.title,
          cells: [
            formatUsd(row.base),
            formatUsd(row.bonus),
            formatUsd(row.equity),
            formatUsd(row.totalTypical),
            formatUsdRange(row.totalRange[0], row.totalRange[1]),
          ],
        }))}
      />
    </figure>
  );
}
