import { act, render, renderHook, screen } from '@testing-library/react';
import fc from 'fast-check';
import type { MouseHandlerDataParam } from 'recharts';
import { describe, expect, it } from 'vitest';
import { ChartTip, tipStart, usePointed } from '../../src/charts/ChartTip';

const columns = ['Role', 'Base', 'Total range (low – high)'];
const rows = [
  { key: 'a', header: 'DevOps Engineer', cells: ['$150,000', '$140,000 – $220,000'] },
  { key: 'b', header: 'AI Engineer', cells: ['$180,000', '$160,000 – $260,000'] },
];

const pointerAt = (index: number | undefined, x = 40, y = 30): MouseHandlerDataParam => ({
  activeTooltipIndex: index === undefined ? undefined : String(index),
  activeIndex: index === undefined ? undefined : String(index),
  isTooltipActive: index !== undefined,
  activeLabel: undefined,
  activeDataKey: undefined,
  activeCoordinate: { x, y },
});

describe('ChartTip', () => {
  it('gives the pointed row of the chart’s table, each figure named by its column', () => {
    render(<ChartTip pointed={{ index: 1, x: 10, y: 10 }} columns={columns} rows={rows} />);
    expect(screen.getByText('Role: AI Engineer')).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    const values = screen.getAllByRole('definition').map((dd) => dd.textContent);
    expect(terms).toEqual(['Base', 'Total range (low – high)']);
    expect(values).toEqual(['$180,000', '$160,000 – $260,000']);
  });

  it('shows nothing when nothing is pointed at, or a row the table no longer has', () => {
    const { container, rerender } = render(<ChartTip pointed={null} columns={columns} rows={rows} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ChartTip pointed={{ index: 2, x: 10, y: 10 }} columns={columns} rows={rows} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('usePointed', () => {
  it('follows the point recharts reports under the pointer, and forgets it when the pointer leaves', () => {
    const { result } = renderHook(() => usePointed());
    const handlers = result.current[1];
    act(() => handlers.onMouseMove(pointerAt(2, 40, 30)));
    const first = result.current[0];
    expect(first).toEqual({ index: 2, x: 40, y: 30 });
    // The same point again is the same value: the tip is not rendered again for nothing.
    act(() => handlers.onMouseMove(pointerAt(2, 40, 30)));
    expect(result.current[0]).toBe(first);
    // The handlers never change, so the memoised drawing that holds them is not redrawn.
    expect(result.current[1]).toBe(handlers);
    act(() => handlers.onMouseMove(pointerAt(undefined)));
    expect(result.current[0]).toBeNull();
    act(() => handlers.onMouseMove(pointerAt(0)));
    act(() => handlers.onMouseLeave());
    expect(result.current[0]).toBeNull();
  });
});

describe('tipStart', () => {
  const axis = fc
    .record({ room: fc.integer({ min: 1, max: 2000 }), size: fc.integer({ min: 1, max: 2000 }) })
    .chain(({ room, size }) =>
      fc.record({ room: fc.constant(room), size: fc.constant(size), at: fc.integer({ min: 0, max: room }) }),
    );

  it('keeps the tip inside the chart whenever it fits', () => {
    fc.assert(
      fc.property(axis, ({ room, size, at }) => {
        const start = tipStart(at, size, room);
        expect(start).toBeGreaterThanOrEqual(0);
        if (size <= room) expect(start + size).toBeLessThanOrEqual(room);
      }),
    );
  });

  it('never covers the pointer when there is room for the tip on either side of it', () => {
    fc.assert(
      fc.property(axis, ({ room, size, at }) => {
        const start = tipStart(at, size, room);
        const roomAfter = at + 12 + size <= room;
        const roomBefore = at - 12 - size >= 0;
        if (roomAfter || roomBefore) expect(at < start || at > start + size).toBe(true);
        if (roomAfter) expect(start).toBe(at + 12);
      }),
    );
  });
});
