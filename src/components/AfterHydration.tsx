import { createContext, startTransition, Suspense, use, useEffect, useState, type ReactNode } from 'react';

const HydratedContext = createContext(true);

/**
 * Around a page that is prerendered at build time, or hydrates that HTML in the browser (`hydrating`):
 * useHydrated is false there until the hydrated page has committed, then true, in one transition, so
 * what waited for hydration renders in the background, yielding to the browser between components.
 * (A hydrated store read would flip it too, but React re-renders every such reader synchronously, in
 * one task.) Without it (a page rendered afresh, a component test) useHydrated is true.
 */
export function Hydration({ hydrating, children }: { hydrating: boolean; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

/**
 * False while the page is prerendered at build time and while the browser hydrates that HTML; true
 * from a render after, and at once in a page rendered in the browser from scratch.
 */
export const useHydrated = (): boolean => use(HydratedContext);

/**
 * A Suspense boundary for a part of the page whose code loads after the figures. The prerendered HTML
 * and the hydrating browser both show `fallback` (so they match, and the HTML holds only the first
 * view); the part itself renders, and its code is fetched, once the page has hydrated.
 */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const hydrated = useHydrated();
  return <Suspense fallback={fallback}>{hydrated ? children : fallback}</Suspense>;
}
