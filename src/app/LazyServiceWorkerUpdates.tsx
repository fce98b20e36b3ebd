import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';

// Without it (a failed download) the app still works, online: it just learns of no update.
const ServiceWorkerUpdates = lazy<ComponentType>(() =>
  import('./ServiceWorkerUpdates').catch(() => ({ default: () => null })),
);

/** Whether the window's load event has fired: every file the first page asked for has arrived. */
function useWindowLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => document.readyState === 'complete');
  useEffect(() => {
    if (loaded) return;
    const onLoad = () => setLoaded(true);
    window.addEventListener('load', onLoad);
    return () => window.removeEventListener('load', onLoad);
  }, [loaded]);
  return loaded;
}

/**
 * The service worker's registration and update notice, fetched once the page has loaded so that they
 * never share the network with the figures (and never in a browser without service workers, or in the
 * dev server, where a worker would serve stale modules).
 */
export function LazyServiceWorkerUpdates() {
  const loaded = useWindowLoaded();
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !loaded) return null;
  return (
    <Suspense fallback={null}>
      <ServiceWorkerUpdates />
    </Suspense>
  );
}
