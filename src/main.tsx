import { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPage } from './app/routes';
import { onCaughtError, onRecoverableError } from './app/caughtErrors';
import { canonicaliseLocation } from './app/canonicalPath';
import { datasetQueryOptions } from './data/load';
import { followOtherTabs, usePrefsStore } from './state/prefs';
import './app/styles.css';

canonicaliseLocation(window.location, window.history);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

/**
 * Whether the HTML in #root is what this browser's first render would draw: the page was prerendered
 * (src/app/prerender.tsx), index.html's boot script did not mark it pending (it is the address it was
 * prerendered for, without a scenario in the link), and nothing remembered here changes the first view
 * (a chosen theme, a storage notice). Anything else is rendered afresh.
 */
function matchesPrerender(): boolean {
  const html = document.documentElement;
  const prefs = usePrefsStore.getState();
  return (
    html.dataset.prerendered !== undefined &&
    !html.classList.contains('pending') &&
    prefs.theme === 'system' &&
    prefs.storageNotice === null
  );
}

/**
 * Runs `start` in a task of its own. The module's evaluation was one task of 13-29 ms on the bench
 * machine (Lighthouse counts 4x that, less 50 ms, as blocking time), 4-17 ms of it the data's first
 * fetch calls and 2-4 ms hydrateRoot's set-up: each now starts a task of its own, after this one.
 */
const inTaskOfItsOwn = <T,>(start: () => T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(start()), 0));

const queryClient = new QueryClient();
// The page's code and the data, both at once (the HTML has asked for both already: a task later, the
// fetch calls are answered from what is on its way).
const pageLoaded = preloadPage(window.location.pathname);
const dataLoaded = inTaskOfItsOwn(() => queryClient.prefetchQuery(datasetQueryOptions()));
const hydrating = matchesPrerender();
const app = (
  <StrictMode>
    <App queryClient={queryClient} hydrating={hydrating} />
  </StrictMode>
);
if (hydrating) {
  // The figures are on screen already: the frame hydrates now, the page once its code and data are here.
  // As a transition, hydration yields to the browser every few milliseconds (a 4x slower CPU showed one
  // 300 ms task without it) and to any input that arrives meanwhile.
  void inTaskOfItsOwn(() =>
    startTransition(() => {
      hydrateRoot(root, app, { onCaughtError, onRecoverableError });
    }),
  );
} else {
  // The prerendered default figures are hidden (index.html marks the page pending) and stay so until
  // the page's code and data are here, so the first render replaces them with this link's figures, not
  // with a loading line. A failed load renders too: the page then says what failed.
  void Promise.all([pageLoaded, dataLoaded]).then(() => {
    createRoot(root, { onCaughtError }).render(app);
  });
}
// Other tabs' changes to saved scenarios and the theme: a listener that costs a task of its own.
void inTaskOfItsOwn(followOtherTabs);
