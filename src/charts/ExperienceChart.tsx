import { memo, useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatInPeriod, formatPay, formatRangeInPeriod, formatUsdCompact, PERIOD_UNIT } from '../lib/format';
import type { Dataset } from '../model/dataset';
import type { Period } from '../model/period';
import { EXPERIENCE_CHART_MAX_YEARS, type ExperienceSeries } from '../model/series';
import type { Scenario } from '../model/types';
import { ChartFigure } from './ChartFigure';
import { drawingProps, type PointerHandlers } from './ChartTip';
import {
  experienceChartRows,
  experienceSeriesOf,
  rangeKey,
  typicalKey,
  type ExperienceChartRow,
} from './chartData';
import { roleColor, roleDash } from './palette';

const CHART_HEIGHT_PX = 280;
const X_TICKS = Array.from({ length: EXPERIENCE_CHART_MAX_YEARS / 5 + 1 }, (_, i) => i * 5);
const BAND_OPACITY = 0.15;

/** The SVG's accessible name: each role's typical base at 0 years and at the chosen years. */
function summary(series: ExperienceSeries[], years: number, period: Period): string {
  const parts = series.map((s) => {
    const start = s.points[0];
    const chosen = s.points.find((p) => p.years === years);
    const from = start ? ` from ${formatPay(start.typical, period)} at ${start.years} years` : '';
    const at = chosen ? `, ${formatPay(chosen.typical, period)} at your ${years} years` : '';
    return `${s.title}${from}${at}`;
  });
  return `Line chart of typical base salary ${PERIOD_UNIT[period]} by years of experience. ${parts.join('. ')}.`;
}

/**
 * Where the "You" label sits: centred over the line, except near either end of the axis, where it is
 * kept inside the plot instead of running off the edge.
 */
const youLabelPosition = (years: number) =>
  years <= 2 ? 'insideTopLeft' : years >= EXPERIENCE_CHART_MAX_YEARS - 3 ? 'insideTopRight' : 'top';

/** The lines and bands themselves: redrawn when the figures or the years change, not as the pointer moves. */
const Drawing = memo(function ExperienceDrawing({
  data,
  series,
  years,
  label,
  pointer,
}: {
  data: ExperienceChartRow[];
  series: ExperienceSeries[];
  years: number;
  label: string;
  pointer: PointerHandlers;
}) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <ComposedChart
        data={data}
        margin={{ top: 20, right: 16, bottom: 8, left: 8 }}
        {...drawingProps(label, pointer)}
      >
        <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
        <XAxis
          dataKey="years"
          type="number"
          domain={[0, EXPERIENCE_CHART_MAX_YEARS]}
          ticks={X_TICKS}
          allowDecimals={false}
          tick={{ fill: 'currentColor' }}
          label={{
            value: 'Years of experience',
            position: 'insideBottom',
            offset: -2,
            fill: 'currentColor',
          }}
          height={40}
        />
        <YAxis tickFormatter={formatUsdCompact} tick={{ fill: 'currentColor' }} width={64} />
        {series.map((s, i) => (
          <Area
            key={`${s.roleId}-band`}
            dataKey={rangeKey(i)}
            fill={roleColor(i)}
            fillOpacity={BAND_OPACITY}
            stroke="none"
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        {series.map((s, i) => (
          <Line
            key={`${s.roleId}-typical`}
            dataKey={typicalKey(i)}
            stroke={roleColor(i)}
            strokeDasharray={roleDash(i)}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          x={years}
          stroke="currentColor"
          strokeDasharray="4 2"
          label={{ value: `You: ${years} yrs`, position: youLabelPosition(years), fill: 'currentColor' }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});

/** Typical base per role over years of experience, with a low–high band and a marker at the chosen years. */
export default function ExperienceChart({
  series,
  years,
  period,
}: {
  series: ExperienceSeries[];
  years: number;
  period: Period;
}) {
  // The same rows while only the years change, so recharts redraws the marker, not the lines.
  const data = useMemo(() => experienceChartRows(series, period), [series, period]);
  if (series.length === 0) return null;
  const columns = ['Years of experience', ...series.map((s) => s.title)];
  const tableRows = data.map((row) => ({
    key: String(row.years),
    header: row.years === years ? `${row.years} (you)` : String(row.years),
    cells: series.map((_, i) => {
      const typical = row[typicalKey(i)];
      const range = row[rangeKey(i)];
      if (typical === undefined || range === undefined) return '—';
      return `${formatInPeriod(typical, period)} (${formatRangeInPeriod(range[0], range[1], period)})`;
    }),
  }));
  return (
    <ChartFigure
      caption={`Base salary ${PERIOD_UNIT[period]} by years of experience, 0–${EXPERIENCE_CHART_MAX_YEARS}, typical line with low–high band`}
      drawing={(pointer) => (
        <Drawing
          data={data}
          series={series}
          years={years}
          label={summary(series, years, period)}
          pointer={pointer}
        />
      )}
      legend={series.map((s, i) => ({
        key: s.roleId,
        label: s.title,
        color: roleColor(i),
        mark: { kind: 'line', dash: roleDash(i) },
      }))}
      table={{
        caption: `Base salary by years of experience, US dollars ${PERIOD_UNIT[period]}: typical (low – high)`,
        columns,
        rows: tableRows,
      }}
    />
  );
}

/** The chart of a scenario: its series, worked out here, in the chart's own chunk, after the figures. */
export function ScenarioExperienceChart({
  scenario,
  dataset,
  period,
}: {
  scenario: Scenario;
  dataset: Dataset;
  period: Period;
}) {
  return (
    <ExperienceChart series={experienceSeriesOf(scenario, dataset)} years={scenario.years} period={period} />
  );
}
