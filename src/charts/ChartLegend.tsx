/** One entry of a chart's legend: a series' name and how the chart draws it. */
export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** A line (with its dash pattern, if any), a filled box (a bar's segment), or the range whisker. */
  mark: { kind: 'line'; dash?: string | undefined } | { kind: 'box' } | { kind: 'whisker' };
}

/** Marks are this tall; a line's sample is wider than a box's or the whisker's. */
const MARK_HEIGHT = 14;
const LINE_MARK_WIDTH = 24;

function Mark({ entry }: { entry: LegendEntry }) {
  const { mark, color } = entry;
  const width = mark.kind === 'line' ? LINE_MARK_WIDTH : MARK_HEIGHT;
  const middle = MARK_HEIGHT / 2;
  return (
    <svg
      className="chart-legend__mark"
      width={width}
      height={MARK_HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      {mark.kind === 'line' && (
        <line
          x1={0}
          x2={width}
          y1={middle}
          y2={middle}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={mark.dash}
        />
      )}
      {mark.kind === 'box' && <rect x={1} y={1} width={12} height={12} rx={2} fill={color} />}
      {mark.kind === 'whisker' && (
        <path d="M7 1V13M3 1H11M3 13H11" stroke={color} strokeWidth={1.5} fill="none" />
      )}
    </svg>
  );
}

/**
 * A chart's legend in the page's own text, under the chart: each series named beside a sample of its
 * mark. (recharts' Legend drew the same in the chart's SVG, with each name in its series' colour, and
 * was 5 KB gzip of the charts' code.)
 */
export default function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <Mark entry={entry} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
