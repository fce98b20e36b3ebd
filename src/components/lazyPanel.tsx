import { lazy, useState, type ComponentType } from 'react';

/**
 * The code of a lazy part of the page did not arrive (a dropped connection, a deploy mid-visit). Thrown in
 * place of the import's own error so a boundary can say so, and carries `forget`, which the boundary's
 * retry calls so the next render imports again.
 */
export class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';

  constructor(
    cause: unknown,
    /** Drops the failed load, so the next render of the component starts a new import. */
    readonly forget: () => void,
  ) {
    super(String(cause), { cause });
  }
}

/**
 * `React.lazy`, except that a failed import is not kept. React.lazy caches the rejected promise for good,
 * so a boundary's "Try again" re-renders into the same error and never fetches again. Here the failure
 * reaches the boundary as a ChunkLoadError, and its `forget` (called by ErrorBoundary's retry, not at
 * once: React renders once more after an error, which would fetch twice per failure) swaps in a fresh
 * lazy component whose first render imports again. Browsers that follow the HTML change "Don't cache
 * HTTP errors in the module map" (whatwg/html#10327; Chromium 156 does) fetch the file again on that
 * second import(); an older engine replays its cached failure, and reloading the page is the way out.
 */
export function lazyPanel<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<void> } {
  // Set once a load has succeeded: from then on the component renders directly, without suspending,
  // which is what `preload` is for (a page rendered after its code is here never shows its fallback).
  let loaded: ComponentType<P> | null = null;
  const attempt = () => {
    const component = lazy(() =>
      load().then(
        (done) => {
          loaded = done;
          return { default: done };
        },
        (cause: unknown) => {
          // Several places may show the same component (the formula on each card): the first retry
          // replaces the failed attempt, and the others then render that one instead of importing again.
          throw new ChunkLoadError(cause, () => {
            if (current === component) current = attempt();
          });
        },
      ),
    );
    return component;
  };
  let current = attempt();
  function LazyPanel(props: P) {
    // Fixed when this instance mounts: changing from the lazy wrapper to the loaded component in a later
    // render would remount it, losing its state. (A retry after a failure mounts a new instance.)
    const [Current] = useState(() => loaded ?? current);
    return <Current {...props} />;
  }
  /** Loads the code now; resolves either way (a failure shows where the component renders). */
  LazyPanel.preload = () =>
    load().then(
      (done) => {
        loaded = done;
      },
      () => undefined,
    );
  return LazyPanel;
}
