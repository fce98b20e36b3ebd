/**
 * Values for the parts of the page that are not its figures, held back until the figures have painted
 * (and, for the slowest, until the value rests).
 *
 * useDeferredValue alone starts the deferred render at once, in the task after the figures' commit, and
 * the browser often runs that task (and its longest steps: a chart's commit, a garbage collection) before
 * it paints the frame that shows the figures. Here the deferred value only moves on once that frame has
 * been painted (a task posted from requestAnimationFrame runs after the frame), in a transition, so its
 * render still gives way to the next keystroke or step of a drag. (What this saves is the figures' paint
 * waiting behind work that is not theirs; the deferred parts lag a frame more, which a chart may.)
 */
import { startTransition, useEffect, useState } from 'react';

/**
 * How long a value must stay the same before the slowest parts follow it (`useAtRest`): longer than the
 * steps of a drag or a held arrow key (30–60 ms apart), short enough to read as immediate.
 */
export const REST_MS = 100;

/**
 * Runs `callback` `delayMs` after the next frame has painted (a task posted from requestAnimationFrame
 * runs once that frame is painted; a hidden page paints none, so it waits until shown). Returns a cancel.
 */
export function afterNextPaint(callback: () => void, delayMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, delayMs);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

function useShownLater<T>(value: T, restMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(() => value)), restMs);
  }, [shown, value, restMs]);
  return shown;
}

/**
 * `value` as of the last painted frame: the latest value, once a frame showing the rest of the page's
 * change has painted (a hidden page paints none: it catches up when shown). For what is not a figure;
 * pass the result to a memo() component, so the render that moves the figures skips it.
 */
export function useAfterPaint<T>(value: T): T {
  return useShownLater(value, 0);
}

/**
 * `value` once it has stayed the same for REST_MS after a painted frame: for the parts whose redraw
 * cannot give way to the next step of a drag. A chart's redraw is 20–40 ms that React cannot interrupt
 * (recharts keeps its layout in a store of its own and re-renders from its effects, synchronously), and
 * ranking the levers prices dozens of estimates; redrawn at every step, they held up the next step's
 * figures. While the slider moves they keep their last drawing, and follow as soon as it rests.
 */
export function useAtRest<T>(value: T): T {
  return useShownLater(value, REST_MS);
}
