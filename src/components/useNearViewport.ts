import { useEffect, useRef, useState } from 'react';
import { useHydrated } from './AfterHydration';

/**
 * True once the element has come within `margin` (a CSS margin, as IntersectionObserver's rootMargin) of
 * the viewport; once hydrated where there is no observer. For the parts far down the page, drawn only
 * as a person comes near them: their layout and paint would otherwise be a long task while the page
 * loads.
 */
export function useNearViewport<T extends Element>(margin: string) {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  // Never near in the prerendered HTML and while it hydrates, so hydration finds the same placeholder.
  const hydrated = useHydrated();
  const near = seen || (hydrated && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near] as const;
}
