import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../../src/data/parse';
import {
  BenchmarksFileSchema,
  ClaimsFileSchema,
  ModifiersFileSchema,
  RolesFileSchema,
  SourcesFileSchema,
} from '../../src/data/schema';

// public/data relative to this file. A path, not `new URL('../../public/data/…', import.meta.url)`:
// under the jsdom environment Vite rewrites that pattern into a dev-server asset URL.
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data');

function load(name: string): unknown {
  return JSON.parse(readFileSync(resolve(dataDir, `${name}.json`), 'utf8')) as unknown;
}

const files = {
  sources: load('sources'),
  roles: load('roles'),
  modifiers: load('modifiers'),
  benchmarks: load('benchmarks'),
  claims: load('claims'),
};

/** Every object in the JSON tree, with its path. */
function objects(node: unknown, path = '$'): { path: string; obj: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => objects(item, `${path}[${i}]`));
  if (node !== null && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    return [{ path, obj }, ...Object.entries(obj).flatMap(([k, v]) => objects(v, `${path}.${k}`))];
  }
  return [];
}

describe('the real data files', () => {
  it('sources.json matches its schema', () => {
    const result = SourcesFileSchema.safeParse(files.sources);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('roles.json matches its schema', () => {
    const result = RolesFileSchema.safeParse(files.roles);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('modifiers.json matches its schema', () => {
    const result = ModifiersFileSchema.safeParse(files.modifiers);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('benchmarks.json matches its schema', () => {
    expect(BenchmarksFileSchema.safeParse(files.benchmarks).error?.issues ?? []).toEqual([]);
  });

  it('claims.json matches its schema', () => {
    expect(ClaimsFileSchema.safeParse(files.claims).error?.issues ?? []).toEqual([]);
  });

  it('passes the cross-file checks the app runs (parseDataset)', () => {
    expect(() => parseDataset(files)).not.toThrow();
  });

  const sourceIds = new Set(SourcesFileSchema.parse(files.sources).sources.map((s) => s.id));
  const cited = [
    ...objects(files.roles),
    ...objects(files.modifiers),
    ...objects(files.benchmarks),
    ...objects(files.claims),
  ];

  it('has unique source ids', () => {
    expect(sourceIds.size).toBe(SourcesFileSchema.parse(files.sources).sources.length);
  });

  it('cites only sources listed in sources.json, each with a non-empty quote', () => {
    const withSource = cited.filter(({ obj }) => 'source' in obj);
    expect(withSource.length).toBeGreaterThan(0);
    for (const { path, obj } of withSource) {
      expect(sourceIds.has(obj.source as string), `${path}: unknown source ${String(obj.source)}`).toBe(true);
      expect(typeof obj.quote, `${path}: quote`).toBe('string');
      expect((obj.quote as string).trim().length, `${path}: empty quote`).toBeGreaterThan(0);
    }
  });

  it('has no empty quote anywhere', () => {
    for (const { path, obj } of cited.filter(({ obj }) => 'quote' in obj)) {
      expect(typeof obj.quote, `${path}: quote`).toBe('string');
      expect((obj.quote as string).trim().length, `${path}: empty quote`).toBeGreaterThan(0);
    }
  });

  it('lists only sources that some figure or fact cites', () => {
    const used = new Set(cited.filter(({ obj }) => 'source' in obj).map(({ obj }) => obj.source));
    for (const id of sourceIds) expect(used.has(id), `source ${id} is never cited`).toBe(true);
  });

  it('refers only to roles, certifications and skills that exist', () => {
    const roles = RolesFileSchema.parse(files.roles);
    const modifiers = ModifiersFileSchema.parse(files.modifiers);
    expect(roles.roles.map((r) => r.id).sort()).toEqual([
      'ai-engineer',
      'ai-ml-engineer',
      'backend-developer',
      'devops-engineer',
      'ml-engineer',
      'mlops-engineer',
    ]);
    for (const role of roles.roles) {
      for (const level of ['entry', 'mid', 'senior'] as const) {
        expect(
          role.derivation !== undefined || role.bands.some((b) => b.level === level),
          `${role.id} has a ${level} band or a derivation`,
        ).toBe(true);
      }
    }
    const options = new Set([...modifiers.certifications, ...modifiers.skills].map((o) => o.id));
    for (const group of modifiers.groups) {
      for (const member of group.members) expect(options.has(member), `${group.id}: ${member}`).toBe(true);
    }
  });
});
