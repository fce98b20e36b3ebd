import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { beforeAll } from 'vitest';
import { onCaughtError } from '../../src/app/caughtErrors';
import { AppRoutes } from '../../src/app/routes';
import type { Dataset } from '../../src/model/types';
import { usePrefsStore } from '../../src/state/prefs';
import { initialScenarioState, useScenarioStore } from '../../src/state/store';
import { preloadLazyModules } from './lazyModules';
import { realDataset } from './realData';

// Every file that renders the app loads the lazy page, panels and charts first, so a test waits for what
// it renders, never for a cold dynamic import.
beforeAll(preloadLazyModules);

/**
 * Renders the whole app at a URL with a fresh QueryClient and stores. The dataset is put in the query
 * cache directly (the real files by default), so tests exercise the real engine without fetch.
 */
export function renderApp(url = '/', { dataset = realDataset() as Dataset | null } = {}) {
  useScenarioStore.setState(initialScenarioState);
  // Saved scenarios and the theme as this test's storage holds them, not as an earlier file left them.
  usePrefsStore.getState().reload();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (dataset !== null) queryClient.setQueryData(['dataset'], dataset);
  const current = { search: '', pathname: '', hash: '' };
  const history = { go: (delta: number) => void delta };
  function LocationProbe() {
    const location = useLocation();
    const navigate = useNavigate();
    history.go = (delta) => void navigate(delta);
    current.search = location.search;
    current.pathname = location.pathname;
    current.hash = location.hash;
    return null;
  }
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </QueryClientProvider>,
    { onCaughtError },
  );
  /** The query string the router holds now, without "?". */
  const search = () => current.search.replace(/^\?/, '');
  const pathname = () => current.pathname;
  const hash = () => current.hash;
  /** The browser's Back and Forward buttons. */
  const back = () => act(() => history.go(-1));
  const forward = () => act(() => history.go(1));
  return { ...view, user, queryClient, search, pathname, hash, back, forward };
}
