import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatEstimate, formatPay, formatUsdCompact, PERIOD_UNIT } from '../lib/format';
import type { Period } from '../model/period';
import type { SwitchYear } from '../model/switchPlan';
import { ChartFigure } from './ChartFigure';
import { drawingProps, type PointerHandlers } from './ChartTip';
import { roleColor } from './palette';

const CHART_HEIGHT_PX = 260;

interface SwitchChartProps {
  path: SwitchYear[];
  fromTitle: string;
  toTitle: string;
  /** The period the yearly pay columns are shown in; the running total is a sum of dollars, not a rate. */
  period: Period;
}

/** The line itself: redrawn when the plan changes, not as the pointer moves. */
const Drawing = memo(function SwitchDrawing({
  path,
  label,
  pointer,
}: {
  path: SwitchYear[];
  label: string;
  pointer: PointerHandlers;
}) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <LineChart
        data={path}
        margin={{ top: 12, right: 16, bottom: 8, left: 8 }}
        {...drawingProps(label, pointer)}
      >
        <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
        <XAxis
          dataKey="year"
          type="number"
          domain={[1, path.length]}
          ticks={path.map((y) => y.year)}
          allowDecimals={false}
          tick={{ fill: 'currentColor' }}
          label={{ value: 'Years from now', position: 'insideBottom', offset: -2, fill: 'currentColor' }}
          height={40}
        />
        <YAxis tickFormatter={formatUsdCompact} tick={{ fill: 'currentColor' }} width={64} />
        <ReferenceLine y={0} stroke="currentColor" strokeDasharray="4 2" />
        <Line dataKey="cumulativeUsd" stroke={roleColor(0)} strokeWidth={2} dot isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
});

/** The cumulative difference, switching against staying, year by year; zero is where the switch has paid off. */
export default function SwitchChart({ path, fromTitle, toTitle, period }: SwitchChartProps) {
  const last = path[path.length - 1];
  if (last === undefined) return null;
  const columns = ['Year', `Staying: ${fromTitle}`, `Switching: ${toTitle}`, 'Difference', 'Cumulative'];
  const tableRows = path.map((y) => ({
    key: String(y.year),
    header: String(y.year),
    cells: [
      formatPay(y.stayAnnualUsd, period),
      formatPay(y.switchAnnualUsd, period),
      formatPay(y.differenceAnnualUsd, period),
      formatEstimate(y.cumulativeUsd),
    ],
  }));
  return (
    <ChartFigure
      caption={`Cumulative difference, switching to ${toTitle} against staying ${fromTitle}, by year`}
      drawing={(pointer) => (
        <Drawing
          path={path}
          label={`Line chart of the cumulative difference: ${formatEstimate(last.cumulativeUsd)} after ${last.year} years.`}
          pointer={pointer}
        />
      )}
      table={{
        caption: `Pay by year, US dollars ${PERIOD_UNIT[period]}: typical total compensation staying and switching, and their difference; the cumulative difference in US dollars`,
        columns,
        rows: tableRows,
      }}
    />
  );
}
