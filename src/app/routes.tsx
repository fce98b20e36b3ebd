import { Suspense } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { lazyPanel } from '../components/lazyPanel';
import { PanelBoundary } from '../components/PanelBoundary';
import { Layout } from './Layout';
import { EstimatorPage } from './routes/EstimatorPage';
import { NotFoundPage } from './routes/NotFoundPage';

// The methodology page is long and read by few: it loads only when opened, outside the initial bundle.
const MethodologyPage = lazyPanel(() =>
  import('../features/methodology/MethodologyPage').then((m) => m.MethodologyPage),
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <EstimatorPage /> },
      {
        path: 'methodology',
        // Its own boundary, so a page whose code did not download says so and Try again fetches it.
        element: (
          <PanelBoundary name="methodology">
            <Suspense
              fallback={
                <p role="status" className="loading">
                  Loading the methodology…
                </p>
              }
            >
              <MethodologyPage />
            </Suspense>
          </PanelBoundary>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
