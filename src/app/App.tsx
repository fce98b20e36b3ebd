import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { Hydration } from '../components/AfterHydration';
import { AppRoutes } from './routes';

// The declarative router, not the data router: the app has two pages and loads its data through
// react-query, and the data router adds 17 KB gzip to the initial JavaScript (measured with the
// budget check), which the initial budget cannot afford.
/** `hydrating`: the app takes over the page's prerendered HTML (src/main.tsx). */
export function App({ queryClient, hydrating = false }: { queryClient?: QueryClient; hydrating?: boolean }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <Hydration hydrating={hydrating}>
          <AppRoutes />
        </Hydration>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
