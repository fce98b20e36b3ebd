import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../model/dataset';
import { DATA_FILES, DataError, type DataFileKey } from './files';

/** A data file that has not fully arrived by then is reported as stalled, naming the file. */
export const DATA_TIMEOUT_MS = 20_000;

const failure = (file: string, message: string) => new DataError(file, [{ path: '', message }]);

/**
 * One data file as JSON. Every way it can fail names the file and says what happened: missing, slow,
 * interrupted, a web page instead of data (a static host's fallback for a missing file), or not JSON.
 */
export async function fetchJson(
  key: DataFileKey,
  signal?: AbortSignal,
  timeoutMs = DATA_TIMEOUT_MS,
): Promise<unknown> {
  const file = DATA_FILES[key];
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  const stalled = () =>
    failure(file, `did not arrive within ${timeoutMs / 1000} s: the connection may be slow or stalled`);
  try {
    let response: Response;
    try {
      response = await fetch(`${import.meta.env.BASE_URL}${file}`, { signal: controller.signal });
    } catch (error) {
      if (timedOut) throw stalled();
      if (signal?.aborted) throw error;
      throw failure(file, 'could not be fetched: the network request failed');
    }
    if (response.status === 404) throw failure(file, 'is missing on the server (HTTP 404)');
    if (!response.ok) throw failure(file, `could not be fetched (HTTP ${response.status})`);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw stalled();
      if (signal?.aborted) throw error;
      throw failure(
        file,
        'was interrupted while downloading (the connection dropped or the body was corrupt)',
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') || /^\s*</.test(text)) {
      throw failure(file, 'is missing: the server answered with a web page instead of the data file');
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw failure(file, `is not valid JSON (${detail})`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  // The schemas load while the files download (a prerendered page asks for them in its HTML): the
  // first paint is the HTML's, and they stay out of the entry chunk.
  const [{ parseDataset }, sources, roles, modifiers, benchmarks, claims] = await Promise.all([
    import('./parse'),
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
