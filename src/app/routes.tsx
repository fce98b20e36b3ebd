import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { EstimatorPage } from './routes/EstimatorPage';
import { NotFoundPage } from './routes/NotFoundPage';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <EstimatorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
