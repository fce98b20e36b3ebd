import { useId, useState, type ReactNode } from 'react';

export interface ChartTableRow {
  /** React key; unique within the table. */
  key: string;
  /** Text of the row's header cell (`<th scope="row">`). */
  header: ReactNode;
  cells: ReactNode[];
}

interface ChartTableProps {
  caption: string;
  /** Column headings, the first one being the row-header column's. */
  columns: string[];
  rows: ChartTableRow[];
}

/**
 * The text equivalent of a chart, behind a "Show as table" toggle. While hidden, the table stays in the
 * DOM with the `visually-hidden` class, so screen readers (and tests) always have it; showing it only
 * removes that class.
 */
export default function ChartTable({ caption, columns, rows }: ChartTableProps) {
  const [shown, setShown] = useState(false);
  const tableId = useId();
  const captionId = useId();
  return (
    <>
      <button
        type="button"
        className="chart-table-toggle button button--quiet"
        aria-expanded={shown}
        aria-controls={tableId}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? 'Hide table' : 'Show as table'}
      </button>
      {/*
        A wide table scrolls sideways inside this wrapper on narrow screens; while shown it is a named,
        focusable region so keyboard users can scroll it (axe: scrollable-region-focusable).
      */}
      <div
        // The class sits on the wrapper: overflow does not clip on a <table> itself, and a clipped-but-
        // overflowing table would make the whole page scroll sideways.
        className={shown ? 'chart-table-scroll' : 'visually-hidden'}
        role={shown ? 'region' : undefined}
        aria-labelledby={shown ? captionId : undefined}
        tabIndex={shown ? 0 : undefined}
      >
        <table id={tableId} className="chart-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
