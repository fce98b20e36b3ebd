import { Suspense, type ReactNode } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { lazyPanel } from '../components/lazyPanel';
import { PanelBoundary } from '../components/PanelBoundary';
import { Layout } from './Layout';
import { NotFoundPage } from './routes/NotFoundPage';

// Each page's code is a chunk of its own, outside the entry chunk (which holds React, the router, the
// query cache and the page frame). The page's prerendered HTML asks for its chunk beside the entry
// (modulepreload, vite.config.ts), and src/main.tsx preloads it before the first render; navigating
// to the other page loads that one's.
const EstimatorPage = lazyPanel(() => import('./routes/EstimatorPage').then((m) => m.EstimatorPage));
const MethodologyPage = lazyPanel(() =>
  import('../features/methodology/MethodologyPage').then((m) => m.MethodologyPage),
);

/** Loads the code of the page at `pathname`, if it has its own; resolves either way. */
export function preloadPage(pathname: string): Promise<void> {
  if (pathname === '/') return EstimatorPage.preload();
  if (pathname === '/methodology') return MethodologyPage.preload();
  return Promise.resolve();
}

/** A page whose code loads on demand: a boundary that says so if it did not download, with Try again. */
function LazyPage({ name, loading, children }: { name: string; loading: string; children: ReactNode }) {
  return (
    <PanelBoundary name={name}>
      <Suspense
        fallback={
          <p role="status" className="loading">
            {loading}
          </p>
        }
      >
        {children}
      </Suspense>
    </PanelBoundary>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      {
        index: true,
        element: (
          <LazyPage name="estimator" loading="Loading the estimator…">
            <EstimatorPage />
          </LazyPage>
        ),
      },
      {
        path: 'methodology',
        element: (
          <LazyPage name="methodology" loading="Loading the methodology…">
            <MethodologyPage />
          </LazyPage>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
