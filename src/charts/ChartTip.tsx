import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MouseHandlerDataParam } from 'recharts';
import type { ChartTableRow } from './ChartTable';

/** The data point under the pointer (or under a tap): its row in the chart's data, and where to show it. */
export interface Pointed {
  index: number;
  /** The point's x and the pointer's y in the chart, in pixels from its top left corner. */
  x: number;
  y: number;
}

export interface PointerHandlers {
  onMouseMove: (state: MouseHandlerDataParam) => void;
  onMouseLeave: () => void;
}

/**
 * Which data point the pointer is on, from the chart's own mouse handlers (recharts works out the point
 * without its Tooltip). The handlers never change, so a memoised drawing given them is not redrawn as
 * the pointer moves: only the tip is.
 */
export function usePointed(): [Pointed | null, PointerHandlers] {
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const handlers = useMemo<PointerHandlers>(
    () => ({
      onMouseMove: (state) => {
        const index = Number(state.activeTooltipIndex);
        const at = state.activeCoordinate;
        const next =
          state.isTooltipActive && Number.isInteger(index) && at ? { index, x: at.x, y: at.y } : null;
        setPointed((last) =>
          last?.index === next?.index && last?.x === next?.x && last?.y === next?.y ? last : next,
        );
      },
      onMouseLeave: () => setPointed(null),
    }),
    [],
  );
  return [pointed, handlers];
}

/**
 * What every chart gives recharts: an image named by its summary, and the pointer's handlers. recharts'
 * accessibility layer stays off: it makes the SVG a focusable role="application", and the chart's table
 * is the keyboard path.
 */
export const drawingProps = (label: string, pointer: PointerHandlers) =>
  ({ role: 'img', 'aria-label': label, accessibilityLayer: false, ...pointer }) as const;

/** Pixels between the pointer and the tip. */
const GAP_PX = 12;

/**
 * Where a tip of `size` starts along one axis of `room` pixels: after the pointer if it fits, else
 * before it, else against the far edge.
 */
export const tipStart = (at: number, size: number, room: number) =>
  at + GAP_PX + size <= room
    ? at + GAP_PX
    : at - GAP_PX - size >= 0
      ? at - GAP_PX - size
      : Math.max(0, room - size);

/**
 * The figures at the pointed point, below and right of the pointer where they fit (as recharts' own
 * tooltip): the same row the chart's table shows, headed by its first column. Keyboard and
 * screen-reader users have the table itself.
 */
export function ChartTip({
  pointed,
  columns,
  rows,
}: {
  pointed: Pointed | null;
  columns: string[];
  rows: ChartTableRow[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const row = pointed === null ? undefined : rows[pointed.index];
  // Placed once the tip's own size is known, before it is painted.
  useLayoutEffect(() => {
    const tip = ref.current;
    const plot = tip?.offsetParent;
    if (tip == null || !(plot instanceof HTMLElement) || pointed === null) return;
    tip.style.left = `${tipStart(pointed.x, tip.offsetWidth, plot.clientWidth)}px`;
    tip.style.top = `${tipStart(pointed.y, tip.offsetHeight, plot.clientHeight)}px`;
  });
  if (pointed === null || row === undefined) return null;
  return (
    <div ref={ref} className="chart-tip">
      <p className="chart-tip__title">
        {columns[0]}: {row.header}
      </p>
      <dl>
        {columns.slice(1).map((column, i) => (
          <div key={i}>
            <dt>{column}</dt> <dd>{row.cells[i]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
