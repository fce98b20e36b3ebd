/**
 * The build's server entry (vite.config.ts loads it in Node after the client build): renders a page of
 * the app to HTML with the data already in the query cache, so the built `index.html` shows the default
 * scenario's figures before any script runs, and `methodology.html` the whole methodology. The browser
 * then hydrates that HTML (src/main.tsx).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { DataFileKey } from '../data/files';
import { datasetQueryOptions } from '../data/load';
import { parseDataset } from '../data/parse';
import { Hydration } from '../components/AfterHydration';
import { METHODOLOGY_TITLE } from '../features/methodology/MethodologyPage';
import { AppRoutes } from './routes';

/**
 * The pages written at build time, each to its own HTML file (a static host, `vite preview` and the
 * service worker all serve `/methodology` from `methodology.html`), with its title where it has its own
 * and the chunk that holds its code (named in vite.config.ts), which its HTML asks for at once.
 */
export const PRERENDERED_PAGES: Record<string, { file: string; title: string | null; chunk: string }> = {
  '/': { file: 'index.html', title: null, chunk: 'estimator' },
  '/methodology': { file: 'methodology.html', title: METHODOLOGY_TITLE, chunk: 'methodology' },
};

/**
 * The HTML of the app at `path` (the children of #root). Waits for every lazy part the page renders on
 * its first pass (the methodology page's code); rejects if any component throws, so a page that cannot
 * render fails the build instead of shipping an error.
 */
export async function prerenderPage(path: string, raw: Record<DataFileKey, unknown>): Promise<string> {
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetQueryOptions().queryKey, parseDataset(raw));
  const page = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={path}>
          <Hydration hydrating>
            <AppRoutes />
          </Hydration>
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>
  );
  const html = await renderToHtml(page);
  // React swaps a part streamed in later with an inline script, which the CSP would block.
  if (html.includes('<script')) throw new Error(`prerender ${path}: the HTML streams a part in by script`);
  return html;
}

async function renderToHtml(page: ReactNode): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(page, {
    onError: (error) => void errors.push(error),
    // Every part in place, in order: by default React moves a large part (the methodology) to the end of
    // the HTML and swaps it in with an inline script, so the top could paint before it downloads. The
    // page is static, so in order is as fast.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  // Decoded as a stream: a character's bytes may be split between two chunks.
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of prelude) html += decoder.decode(chunk as Uint8Array, { stream: true });
  html += decoder.decode();
  if (errors.length > 0) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  return html;
}
