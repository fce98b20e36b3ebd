import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateNotice } from '../components/UpdateNotice';

/** A tab left open for days learns of a new version too: the browser checks on navigation only. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** One function, so adding it again (the library may report one update twice) adds nothing. */
function reloadOnNewController() {
  window.location.reload();
}

/**
 * Registers the service worker (vite.config.ts, VitePWA) and shows the update notice while a new one
 * waits; Reload tells it to take over.
 *
 * The page reloads itself once the new worker controls it, in every tab that saw the update (dismissed
 * or not), so no tab runs old code beside the new worker's files. The library's own reload is switched
 * off (onNeedReload): it reloads only a page that was already controlled when it registered, so the tab
 * of a first visit never reloaded (vite-pwa/vite-plugin-pwa#789, #601), nor did other tabs (#393).
 * Loaded lazily, after the page has loaded (LazyServiceWorkerUpdates): none of it is initial JavaScript.
 */
export default function ServiceWorkerUpdates() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedRefresh() {
      navigator.serviceWorker.addEventListener('controllerchange', reloadOnNewController);
    },
    onNeedReload() {},
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), UPDATE_CHECK_INTERVAL_MS);
    },
  });
  return (
    <UpdateNotice
      waiting={needRefresh}
      onReload={() => void updateServiceWorker()}
      onDismiss={() => setNeedRefresh(false)}
    />
  );
}
