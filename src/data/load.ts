import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../model/dataset';
import { DATA_FILES, DataError, type DataFileKey } from './files';

async function fetchJson(key: DataFileKey, signal?: AbortSignal): Promise<unknown> {
  const file = DATA_FILES[key];
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${file}`, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError(file, [{ path: '', message: 'could not be fetched (network error)' }]);
  }
  if (!response.ok) {
    throw new DataError(file, [{ path: '', message: `could not be fetched (HTTP ${response.status})` }]);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataError(file, [{ path: '', message: `is not valid JSON (${detail})` }]);
  }
}

/**
 * Resolves once the browser has painted a frame. The schema chunk is requested after the first paint,
 * so the heading paints on the HTML, CSS and entry script alone (the data files are already preloaded
 * by index.html); one frame later is nothing next to the download.
 */
function afterFirstPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  // The schemas load while the files download: they are not needed for the first paint, and keeping
  // them out of the entry chunk is part of the initial JavaScript budget.
  const [{ parseDataset }, sources, roles, modifiers, benchmarks, claims] = await Promise.all([
    afterFirstPaint().then(() => import('./parse')),
    fetchJson('sources', signal),
    fetchJson('roles', signal),
    fetchJson('modifiers', signal),
    fetchJson('benchmarks', signal),
    fetchJson('claims', signal),
  ]);
  return parseDataset({ sources, roles, modifiers, benchmarks, claims });
}

/** The files are static and versioned with the app, so they never go stale within a visit. */
export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => fetchDataset(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
