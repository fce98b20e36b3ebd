import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAZY_MODULES, preloadLazyModules } from './lazyModules';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every `import('…')` in src, as a path from the repository root without the extension. */
function dynamicImportsInSrc(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const target = path.resolve(path.dirname(file), match[1]!);
      const fromRoot = path.relative(root, target).split(path.sep).join('/');
      found.add(fromRoot.replace(/\.(ts|tsx)$/, ''));
    }
  }
  return [...found].sort();
}

describe('the lazy modules the component tests preload', () => {
  it('are every dynamic import in src, so no test waits on a cold lazy import', () => {
    expect(Object.keys(LAZY_MODULES).sort()).toEqual(dynamicImportsInSrc());
  });

  it('all load', async () => {
    await expect(preloadLazyModules()).resolves.toBeUndefined();
  });
});
