/** Every way a data file can fail to load names the file and says what happened. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, DataError, type DataFileKey } from '../../src/data/files';
import { DATA_TIMEOUT_MS, fetchDataset, fetchJson } from '../../src/data/load';
import { readRawAll, realDataset } from '../support/realData';

const original = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = original;
  vi.useRealTimers();
});

/** Answers every fetch with `response`; `served` is the file's text, read as its UTF-8 bytes. */
function answer({ served, ...response }: Partial<Response> & { served?: string }) {
  globalThis.fetch = (async () => ({
    ok: true,
    status: 200,
    headers: new Headers(),
    ...(served === undefined ? {} : { arrayBuffer: async () => new TextEncoder().encode(served).buffer }),
    ...response,
  })) as typeof fetch;
}

async function message(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).message;
}

describe('fetchJson', () => {
  it('reads a file', async () => {
    answer({ served: '{"a":1}', headers: new Headers({ 'content-type': 'application/json' }) });
    expect(await fetchJson('roles')).toEqual({ a: 1 });
  });
  it('says a file is missing (404)', async () => {
    answer({ ok: false, status: 404 });
    expect(await message(fetchJson('roles'))).toBe('data/roles.json: is missing on the server (HTTP 404)');
  });
  it('says a web page came back instead of the file (a static host’s fallback)', async () => {
    answer({
      served: '<!doctype html><title>Paypath</title>',
      headers: new Headers({ 'content-type': 'text/html' }),
    });
    expect(await message(fetchJson('claims'))).toBe(
      'data/claims.json: is missing: the server answered with a web page instead of the data file',
    );
  });
  it('names the file when the body is cut off mid-download', async () => {
    answer({
      arrayBuffer: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await message(fetchJson('modifiers'))).toBe(
      'data/modifiers.json: was interrupted while downloading (the connection dropped or the body was corrupt)',
    );
  });
  it('names the file when the request fails outright', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await message(fetchJson('sources'))).toBe(
      'data/sources.json: could not be fetched: the network request failed',
    );
  });
  it('says what is wrong with a file that is not JSON', async () => {
    answer({ served: '{"a":' });
    expect(await message(fetchJson('benchmarks'))).toMatch(/^data\/benchmarks\.json: is not valid JSON/);
  });
  it('gives up on a file that never arrives, after the deadline, naming it', async () => {
    vi.useFakeTimers();
    globalThis.fetch = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const pending = message(fetchJson('roles'));
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS);
    expect(await pending).toBe(
      `data/roles.json: did not arrive within ${DATA_TIMEOUT_MS / 1000} s: the connection may be slow or stalled`,
    );
  });
});

describe('fetchDataset', () => {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  /** Serves these texts as the data files. */
  function serve(texts: Record<DataFileKey, string>) {
    globalThis.fetch = (async (url: string) => {
      const key = keys.find((k) => url.endsWith(DATA_FILES[k]))!;
      return new Response(texts[key], { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
  }
  const shipped = () =>
    Object.fromEntries(
      Object.entries(readRawAll()).map(([k, v]) => [k, JSON.stringify(v, null, 2)]),
    ) as Record<DataFileKey, string>;
  /** What the build records: each file's SHA-256, keyed by its path. */
  const digestsOf = (texts: Record<DataFileKey, string>) =>
    Object.fromEntries(keys.map((k) => [DATA_FILES[k], createHash('sha256').update(texts[k]).digest('hex')]));

  it('indexes the files the build validated into the same dataset the full check builds', async () => {
    const texts = shipped();
    serve(texts);
    expect(await fetchDataset(undefined, digestsOf(texts))).toEqual(realDataset());
  });

  it('checks in full, naming the file and path, any file that differs from the one the build validated', async () => {
    const texts = shipped();
    const built = digestsOf(texts);
    const roles = JSON.parse(texts.roles) as { roles: { extra?: boolean }[] };
    roles.roles[1]!.extra = true;
    serve({ ...texts, roles: JSON.stringify(roles) });
    const error = await fetchDataset(undefined, built).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe('data/roles.json: At roles.1: Unrecognized key: "extra"');
  });

  it('the digest decides: files recorded by the build are not checked again, and no digests means a full check', async () => {
    const texts = shipped();
    const roles = JSON.parse(texts.roles) as { roles: { extra?: boolean }[] };
    roles.roles[1]!.extra = true;
    const changed = { ...texts, roles: JSON.stringify(roles) };
    serve(changed);
    await expect(fetchDataset(undefined, digestsOf(changed))).resolves.toBeDefined();
    await expect(fetchDataset(undefined, {})).rejects.toBeInstanceOf(DataError);
  });
});
