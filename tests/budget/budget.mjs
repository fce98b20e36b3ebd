// Checks the JavaScript budgets of the issue "Fast, accessible and unbreakable" against dist/, which
// `vite build` must have written. Reads files only, times nothing, so it gives the same answer anywhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, firstViewJs, initialJs, kb, totalJs } from './sizes.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.log('dist/index.html is missing: run `vite build` first');
  console.log('0 passed, 4 failed');
  process.exit(1);
}

const initial = initialJs(dist);
const firstView = firstViewJs(dist);
const total = totalJs(dist);
const initialFiles = new Set(initial.files.map((f) => f.file));
const firstViewFiles = new Set(firstView.files.map((f) => f.file));

console.log('JavaScript in dist/ (gzip level 9, 1 KB = 1000 bytes)');
for (const f of total.files) {
  const when = initialFiles.has(f.file)
    ? 'initial'
    : firstViewFiles.has(f.file)
      ? 'asked for by / at once'
      : 'on demand';
  console.log(`  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip  ${when}`);
}

const checks = [
  // An empty initial graph means the HTML was not understood, not that the page is light.
  ['initial JS', initial.files.length > 0 ? initial.gzip : Infinity, BUDGETS.initialJsGzip],
  [
    'JS before / responds',
    firstView.files.length > initial.files.length ? firstView.gzip : Infinity,
    BUDGETS.firstViewJsGzip,
  ],
  ['total JS', total.gzip, BUDGETS.totalJsGzip],
];
let passed = 0;
for (const [name, actual, limit] of checks) {
  const ok = actual <= limit;
  if (ok) passed++;
  console.log(`${ok ? '✓' : '✗'} ${name}: ${kb(actual)} gzip (budget ${kb(limit)})`);
}

// The pay data is parsed by a chunk of its own: if it imported a panel's chunk, a panel that failed to
// download would take the data (and every figure) with it.
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const parse = Object.values(manifest).find((chunk) => /^assets\/parse-/.test(chunk.file));
const parseImports = (parse?.imports ?? []).filter((key) => !manifest[key]?.isEntry);
const parseOk = parse !== undefined && parseImports.length === 0;
if (parseOk) passed++;
console.log(
  `${parseOk ? '✓' : '✗'} the data parser's chunk imports only the initial chunk` +
    (parseOk ? '' : `: ${parse === undefined ? 'no parse chunk' : parseImports.join(', ')}`),
);
const totalChecks = checks.length + 1;
console.log(`${passed} passed, ${totalChecks - passed} failed`);
process.exit(passed === totalChecks ? 0 : 1);
