/**
 * Values for the parts of the page that are not its figures, held back until the figures have painted.
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
 * `value` as of the last painted frame: the latest value, once a frame showing the rest of the page's
 * change has painted (a hidden page paints none: it catches up when shown). For what is not a figure;
 * pass the result to a memo() component, so the render that moves the figures skips it.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => startTransition(() => setShown(() => value)), 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [shown, value]);
  return shown;
}
