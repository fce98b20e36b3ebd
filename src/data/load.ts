import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../model/dataset';
import type { DatasetFiles } from '../model/domain';
import { indexDataset } from '../model/indexDataset';
import { DATA_FILES, DataError, type DataFileKey } from './files';

/** A data file that has not fully arrived by then is reported as stalled, naming the file. */
export const DATA_TIMEOUT_MS = 20_000;

const failure = (file: string, message: string) => new DataError(file, [{ path: '', message }]);

interface FetchedFile {
  /** The file as served, byte for byte: what the build's digest is of. */
  bytes: ArrayBuffer;
  json: unknown;
}

/**
 * One data file as JSON. Every way it can fail names the file and says what happened: missing, slow,
 * interrupted, a web page instead of data (a static host's fallback for a missing file), or not JSON.
 */
export const fetchJson = (key: DataFileKey, signal?: AbortSignal, timeoutMs = DATA_TIMEOUT_MS) =>
  fetchFile(key, signal, timeoutMs).then((file) => file.json);

async function fetchFile(
  key: DataFileKey,
  signal?: AbortSignal,
  timeoutMs = DATA_TIMEOUT_MS,
): Promise<FetchedFile> {
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
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch (error) {
      if (timedOut) throw stalled();
      if (signal?.aborted) throw error;
      throw failure(
        file,
        'was interrupted while downloading (the connection dropped or the body was corrupt)',
      );
    }
    // As response.text() decodes (UTF-8, a byte-order mark dropped), keeping the bytes for the digest.
    const text = new TextDecoder().decode(bytes);
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') || /^\s*</.test(text)) {
      throw failure(file, 'is missing: the server answered with a web page instead of the data file');
    }
    try {
      return { bytes, json: JSON.parse(text) as unknown };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw failure(file, `is not valid JSON (${detail})`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Whether every file is, byte for byte, the file the build checked (`digests`: SHA-256 per file, from
 * vite.config.ts). False where the browser has no Web Crypto (a page served over plain HTTP
 * from another host), so those files get the full check.
 */
async function asBuilt(
  files: Record<DataFileKey, FetchedFile>,
  digests: Readonly<Record<string, string>>,
): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return false;
  // The bytes as served: encoding the decoded text again for this was 3.6-7.9 ms of one task.
  const checks = (Object.keys(files) as DataFileKey[]).map(async (key) => {
    const built = digests[DATA_FILES[key]];
    return built !== undefined && hex(await subtle.digest('SHA-256', files[key].bytes)) === built;
  });
  return (await Promise.all(checks)).every(Boolean);
}

/**
 * The dataset, indexed. The build validated the data files with the schemas and the cross-file checks
 * (vite.config.ts) and recorded each file's digest: files that match it are indexed at once, and only
 * files that differ (a damaged or mismatched deployment) load the schemas and get the full check, whose
 * errors name the file and the path. The dev server and the unit tests have no digests: a full check.
 */
export async function fetchDataset(signal?: AbortSignal, digests = __DATA_DIGESTS__): Promise<Dataset> {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const fetched = await Promise.all(keys.map(async (key) => [key, await fetchFile(key, signal)] as const));
  const files = Object.fromEntries(fetched) as Record<DataFileKey, FetchedFile>;
  const raw = Object.fromEntries(fetched.map(([key, file]) => [key, file.json])) as Record<
    DataFileKey,
    unknown
  >;
  if (await asBuilt(files, digests)) return indexDataset(raw as DatasetFiles);
  const { parseDataset } = await import('./parse');
  return parseDataset(raw);
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
