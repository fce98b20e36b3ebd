import { lazy, Suspense, useSyncExternalStore, type ComponentType } from 'react';

// Without it (a failed download) the app still works, online: it just learns of no update.
const ServiceWorkerUpdates = lazy<ComponentType>(() =>
  import('./ServiceWorkerUpdates').catch(() => ({ default: () => null })),
);

const onWindowLoad = (callback: () => void) => {
  window.addEventListener('load', callback);
  return () => window.removeEventListener('load', callback);
};

/**
 * Whether the window's load event has fired: every file the first page asked for has arrived. False in
 * the prerendered HTML and while it hydrates.
 */
function useWindowLoaded(): boolean {
  return useSyncExternalStore(
    onWindowLoad,
    () => document.readyState === 'complete',
    () => false,
  );
}

/**
 * The service worker's registration and update notice, fetched once the page has loaded so that they
 * never share the network with the figures (and never in a browser without service workers, or in the
 * dev server, where a worker would serve stale modules).
 */
export function LazyServiceWorkerUpdates() {
  const loaded = useWindowLoaded();
  if (!loaded || !import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  return (
    <Suspense fallback={null}>
      <ServiceWorkerUpdates />
    </Suspense>
  );
}
