import { Suspense, useDeferredValue, useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => {};

/**
 * False while the page is prerendered at build time and while the browser hydrates that HTML; true
 * from a render after, and at once in a page rendered in the browser from scratch.
 */
export function useHydrated(): boolean {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // React re-renders a hydrated store reader synchronously, in one task. Deferred, the parts that wait
  // for hydration render in the background instead, yielding to the browser between components.
  return useDeferredValue(hydrated);
}

/**
 * A Suspense boundary for a part of the page whose code loads after the figures. The prerendered HTML
 * and the hydrating browser both show `fallback` (so they match, and the HTML holds only the first
 * view); the part itself renders, and its code is fetched, once the page has hydrated.
 */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const hydrated = useHydrated();
  return <Suspense fallback={fallback}>{hydrated ? children : fallback}</Suspense>;
}
