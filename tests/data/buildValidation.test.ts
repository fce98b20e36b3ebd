import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDataFiles } from '../../vite.config';

const publicDir = path.resolve(import.meta.dirname, '../../public');
const copies: string[] = [];

/** A copy of public/ whose `file` is changed by `edit`. */
function copyWith(file: string, edit: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'paypath-data-'));
  copies.push(dir);
  cpSync(publicDir, dir, { recursive: true });
  const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(path.join(dir, file), JSON.stringify(json));
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the build checks the data files', () => {
  it('passes the shipped files', async () => {
    await expect(validateDataFiles(publicDir)).resolves.toBeUndefined();
  });

  it('fails on a broken file, naming the file and the path', async () => {
    const dir = copyWith('data/roles.json', (json) => {
      const roles = json.roles as { title: unknown }[];
      roles[1]!.title = 42;
    });
    await expect(validateDataFiles(dir)).rejects.toThrow(/^data\/roles\.json: At roles\.1\.title: /);
  });

  it('fails on a file that is not JSON, naming it', async () => {
    const dir = copyWith('data/claims.json', () => {});
    writeFileSync(path.join(dir, 'data/claims.json'), '{"claims": [');
    await expect(validateDataFiles(dir)).rejects.toThrow(/^data\/claims\.json: is not valid JSON/);
  });
});
