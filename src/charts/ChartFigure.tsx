import { useId, type ReactNode } from 'react';
import ChartLegend, { type LegendEntry } from './ChartLegend';
import ChartTable, { type ChartTableRow } from './ChartTable';
import { ChartTip, type Pointed } from './ChartTip';

interface ChartFigureProps {
  caption: ReactNode;
  /** The memoised recharts drawing, given the pointer handlers of `usePointed`. */
  drawing: ReactNode;
  /** The point under the pointer: its row of the table is shown in a tip over the drawing. */
  pointed: Pointed | null;
  legend?: LegendEntry[];
  table: { caption: string; columns: string[]; rows: ChartTableRow[] };
}

/** A chart as the page shows it: a figure named by its caption, the drawing with its tip, the legend, and the table. */
export function ChartFigure({ caption, drawing, pointed, legend, table }: ChartFigureProps) {
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div className="chart-plot">
        {drawing}
        <ChartTip pointed={pointed} columns={table.columns} rows={table.rows} />
      </div>
      {legend && <ChartLegend entries={legend} />}
      <ChartTable caption={table.caption} columns={table.columns} rows={table.rows} />
    </figure>
  );
}
