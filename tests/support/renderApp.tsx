import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
// RouterProvider from 'react-router', not 'react-router/dom': under vitest the /dom entry resolves to
// another copy of the package, whose context the app's Link and hooks cannot see.
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes';
import type { Dataset } from '../../src/model/types';
import { initialScenarioState, useScenarioStore } from '../../src/state/store';
import { realDataset } from './realData';

/**
 * Renders the whole app at a URL with a fresh QueryClient and store. The dataset is put in the query
 * cache directly (the real files by default), so tests exercise the real engine without fetch.
 */
export function renderApp(url = '/', { dataset = realDataset() as Dataset | null } = {}) {
  useScenarioStore.setState(initialScenarioState);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (dataset !== null) queryClient.setQueryData(['dataset'], dataset);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  /** The query string the router holds now, without "?". */
  const search = () => router.state.location.search.replace(/^\?/, '');
  return { ...view, user, router, queryClient, search };
}
