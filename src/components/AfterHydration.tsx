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
 * True once the page has hydrated and the element has come within `margin` (a CSS margin, as
 * IntersectionObserver's rootMargin) of the viewport, and within `scrollMargin` of what shows of any
 * scrolling box around it (the side column on a wide screen). Never while it has no box: in a folded
 * panel (`display: none`) or a closed `<details>`. Where there is no IntersectionObserver (a component
 * test), as soon as the page has hydrated. Also true once the person presses Tab while it is on the
 * page. For the parts out of sight as the page loads: their rendering, layout and paint would otherwise
 * be long tasks while it loads.
 */
export function useNearViewport<T extends Element>(margin: string, scrollMargin = '0px') {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  // Never near in the prerendered HTML and while it hydrates, so hydration finds the same placeholder.
  const hydrated = useHydrated();
  const near = hydrated && (seen || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || element === null || typeof IntersectionObserver === 'undefined') return;
    // A transition: the part renders in slices, yielding to the browser, not in one task.
    const show = () => startTransition(() => setSeen(true));
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: margin,
      scrollMargin,
    });
    observer.observe(element);
    // Tab moves through the page in order: the first press draws every part on the page still waiting
    // (not those folded away, which Tab cannot reach), so none is skipped for not being there yet.
    const onKey = (event: KeyboardEvent) => event.key === 'Tab' && element.checkVisibility() && show();
    document.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', onKey);
    };
  }, [seen, margin, scrollMargin]);
  return [ref, near] as const;
}

/** Margins that take in the whole page: an element near by these has a box anywhere on it. */
const ANYWHERE = '100000px';

/**
 * A Suspense boundary for a part of the page whose code loads after the figures. The prerendered HTML
 * and the hydrating browser both show `fallback` (so they match, and the HTML holds only the first
 * view); the part itself renders, and its code is fetched, once the page has hydrated and the part is
 * shown. Folded away (most of these parts sit in the scenario panel, folded on a phone), it waits
 * until opened: rendering it while the page loaded was work for nothing on the screen.
 */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [ref, shown] = useNearViewport<HTMLDivElement>(ANYWHERE, ANYWHERE);
  return (
    <div ref={ref}>
      <Suspense fallback={fallback}>{shown ? children : fallback}</Suspense>
    </div>
  );
}
