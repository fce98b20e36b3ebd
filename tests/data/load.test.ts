/** Every way a data file can fail to load names the file and says what happened. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../../src/data/files';
import { DATA_TIMEOUT_MS, fetchJson } from '../../src/data/load';

const original = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = original;
  vi.useRealTimers();
});

function answer(response: Partial<Response> & { text?: () => Promise<string> }) {
  globalThis.fetch = (async () => ({
    ok: true,
    status: 200,
    headers: new Headers(),
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
    answer({ text: async () => '{"a":1}', headers: new Headers({ 'content-type': 'application/json' }) });
    expect(await fetchJson('roles')).toEqual({ a: 1 });
  });
  it('says a file is missing (404)', async () => {
    answer({ ok: false, status: 404 });
    expect(await message(fetchJson('roles'))).toBe('data/roles.json: is missing on the server (HTTP 404)');
  });
  it('says a web page came back instead of the file (a static host’s fallback)', async () => {
    answer({
      text: async () => '<!doctype html><title>Paypath</title>',
      headers: new Headers({ 'content-type': 'text/html' }),
    });
    expect(await message(fetchJson('claims'))).toBe(
      'data/claims.json: is missing: the server answered with a web page instead of the data file',
    );
  });
  it('names the file when the body is cut off mid-download', async () => {
    answer({
      text: async () => {
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
    answer({ text: async () => '{"a":' });
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
