import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFileKey } from '../../src/data/files';
import { parseDataset } from '../../src/data/parse';
import type { Dataset } from '../../src/model/dataset';

export function readRaw(key: DataFileKey): unknown {
  // A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
  const file = resolve(dirname(fileURLToPath(import.meta.url)), `../../public/data/${key}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function readRawAll(): Record<DataFileKey, unknown> {
  return {
    sources: readRaw('sources'),
    roles: readRaw('roles'),
    modifiers: readRaw('modifiers'),
    benchmarks: readRaw('benchmarks'),
    claims: readRaw('claims'),
  };
}

/** The shipped dataset, checked by the same code the app runs. */
export const realDataset = (): Dataset => parseDataset(readRawAll());
