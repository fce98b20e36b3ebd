/**
 * The parts that follow the figures: after the frame that shows the figures (useAfterPaint), and the
 * slowest only once the value rests (useAtRest), so a drag's next step is never held up by a redraw.
 * Frames and timers run on a fake clock (frames 16 ms apart), so the test decides what is "at rest".
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REST_MS, useAfterPaint, useAtRest } from '../../src/state/afterPaint';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => vi.useRealTimers());

const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('useAfterPaint', () => {
  it('shows a new value only after the next frame, then the latest', () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    expect(result.current).toBe(1);
    tick(20); // the frame (at most 16 ms away), then the task after it
    expect(result.current).toBe(2);
  });
});

describe('useAtRest', () => {
  it('keeps the last value while it changes faster than REST_MS, and follows once it rests', () => {
    const { result, rerender } = renderHook(({ value }) => useAtRest(value), { initialProps: { value: 1 } });
    // Steps of a drag 50 ms apart: none of them is shown while the drag goes on.
    for (const value of [2, 3, 4, 5, 6]) {
      rerender({ value });
      tick(50);
      expect(result.current).toBe(1);
    }
    // At rest: after the next frame and REST_MS, the last value, not one in between.
    tick(16 + REST_MS - 50);
    expect(result.current).toBe(6);
  });

  it('a single change is shown within a frame and REST_MS', () => {
    const { result, rerender } = renderHook(({ value }) => useAtRest(value), {
      initialProps: { value: 'a' },
    });
    rerender({ value: 'b' });
    tick(REST_MS);
    expect(result.current).toBe('a');
    tick(17);
    expect(result.current).toBe('b');
  });
});
