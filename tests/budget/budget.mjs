// Checks the JavaScript budgets of the issue "Fast, accessible and unbreakable" against dist/, which
// `vite build` must have written. Reads files only, times nothing, so it gives the same answer anywhere.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, initialJs, kb, totalJs } from './sizes.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.log('dist/index.html is missing: run `vite build` first');
  console.log('0 passed, 2 failed');
  process.exit(1);
}

const initial = initialJs(dist);
const total = totalJs(dist);
const initialFiles = new Set(initial.files.map((f) => f.file));

console.log('JavaScript in dist/ (gzip level 9, 1 KB = 1000 bytes)');
for (const f of total.files) {
  const when = initialFiles.has(f.file) ? 'initial' : 'on demand';
  console.log(`  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip  ${when}`);
}

const checks = [
  // An empty initial graph means the HTML was not understood, not that the page is light.
  ['initial JS', initial.files.length > 0 ? initial.gzip : Infinity, BUDGETS.initialJsGzip],
  ['total JS', total.gzip, BUDGETS.totalJsGzip],
];
let passed = 0;
for (const [name, actual, limit] of checks) {
  const ok = actual <= limit;
  if (ok) passed++;
  console.log(`${ok ? '✓' : '✗'} ${name}: ${kb(actual)} gzip (budget ${kb(limit)})`);
}
console.log(`${passed} passed, ${checks.length - passed} failed`);
process.exit(passed === checks.length ? 0 : 1);
