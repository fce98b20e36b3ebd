import {
  createContext,
  startTransition,
  Suspense,
  use,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

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
 * An element with a box anywhere on the page intersects a viewport grown this far, whatever scrolling
 * box it sits in; one folded away (`display: none`, in a closed `<details>`) has no box and never does.
 */
const ANYWHERE = '100000px';

/**
 * True once the page has hydrated and the element has a box: not while it sits in a folded panel (as
 * the scenario panel on a phone) or a closed `<details>`. Where there is no IntersectionObserver (a
 * component test), as soon as the page has hydrated.
 */
function useShown<T extends Element>() {
  const ref = useRef<T>(null);
  const [laidOut, setLaidOut] = useState(false);
  const hydrated = useHydrated();
  const shown = hydrated && (laidOut || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (laidOut || element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: the part renders in slices, yielding to the browser, not in one task.
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setLaidOut(true));
      },
      { rootMargin: ANYWHERE, scrollMargin: ANYWHERE },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [laidOut]);
  return [ref, shown] as const;
}

/**
 * A Suspense boundary for a part of the page whose code loads after the figures. The prerendered HTML
 * and the hydrating browser both show `fallback` (so they match, and the HTML holds only the first
 * view); the part itself renders, and its code is fetched, once the page has hydrated and the part is
 * shown. Folded away (most of these parts sit in the scenario panel, folded on a phone), it waits
 * until opened: rendering it while the page loaded was work for nothing on the screen.
 */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [ref, shown] = useShown<HTMLDivElement>();
  return (
    <div ref={ref}>
      <Suspense fallback={fallback}>{shown ? children : fallback}</Suspense>
    </div>
  );
}
