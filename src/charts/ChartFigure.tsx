import { useId, type ReactNode } from 'react';
import ChartLegend, { type LegendEntry } from './ChartLegend';
import ChartTable, { type ChartTableRow } from './ChartTable';
import { ChartTip, usePointed, type PointerHandlers } from './ChartTip';

interface ChartFigureProps {
  caption: ReactNode;
  /**
   * The memoised recharts drawing, given the pointer's handlers (they never change, so moving the pointer
   * re-renders this frame and its tip, not the drawing, nor the chart that made the table's rows).
   */
  drawing: (pointer: PointerHandlers) => ReactNode;
  legend?: LegendEntry[];
  table: { caption: string; columns: string[]; rows: ChartTableRow[] };
}

/**
 * A chart as the page shows it: a figure named by its caption, the drawing with a tip that gives the
 * table's row for the point under the pointer, the legend, and the table.
 */
export function ChartFigure({ caption, drawing, legend, table }: ChartFigureProps) {
  const captionId = useId();
  const [pointed, pointer] = usePointed();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div className="chart-plot">
        {drawing(pointer)}
        <ChartTip pointed={pointed} columns={table.columns} rows={table.rows} />
      </div>
      {legend && <ChartLegend entries={legend} />}
      <ChartTable caption={table.caption} columns={table.columns} rows={table.rows} />
    </figure>
  );
}
