import { lazy, Suspense } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { EstimatorPage } from './routes/EstimatorPage';
import { NotFoundPage } from './routes/NotFoundPage';

// The methodology page is long and read by few: it loads only when opened, outside the initial bundle.
const MethodologyPage = lazy(() =>
  import('../features/methodology/MethodologyPage').then((m) => ({ default: m.MethodologyPage })),
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <EstimatorPage /> },
      {
        path: 'methodology',
        element: (
          <Suspense
            fallback={
              <p role="status" className="loading">
                Loading the methodology…
              </p>
            }
          >
            <MethodologyPage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
