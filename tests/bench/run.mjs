// `npm run bench`: builds the app and prints the figures of the issue "Fast, accessible and unbreakable"
// beside their targets. Not part of `npm test`: Lighthouse and latency figures depend on the machine.
// Everything it makes (a build in a temp dir, vite preview, Chromium) it removes, on success, failure or Ctrl-C.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, initialJs, kb, totalJs } from '../budget/sizes.mjs';
import { benchLatency } from './latency.mjs';
import { benchLighthouse } from './lighthouse.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
// Its own port: 4173 is `npm start`, 4174 the e2e runner, either may be running beside the bench.
const port = Number(process.env.BENCH_PORT ?? 4176);
const appPath = '/?roles=devops-engineer,ai-ml-engineer,backend-developer&years=7';
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
// A build of its own, not dist/: an e2e run or `npm start` may be serving dist/ at the same time.
const dist = mkdtempSync(path.join(tmpdir(), 'paypath-bench-dist-'));

const cleanups = [async () => rmSync(dist, { recursive: true, force: true })];
const cleanup = async () => {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => {});
};
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => cleanup().finally(() => process.exit(130)));

/** vitest's bench prints its own table (mean per call in ms, with its spread). */
function benchEngine() {
  return new Promise((resolve, reject) => {
    const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
    const child = spawn(process.execPath, [vitest, 'bench', '--run', '--project', 'node'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vitest bench exited ${code}`))));
  });
}

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite ${args[0]} exited ${code}`)),
    );
  });
}

async function startPreview() {
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  const baseURL = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited (${child.exitCode}); is port ${port} free?`);
    if (
      await fetch(baseURL).then(
        (r) => r.ok,
        () => false,
      )
    )
      return baseURL;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${baseURL} within 20 s`);
}

const rows = [];
/** One figure; `ok` undefined for figures with no target. */
function row(name, value, target = '', ok = undefined) {
  rows.push({ name, value, target, ok });
  const verdict = ok === undefined ? '' : ok ? 'PASS' : 'FAIL';
  console.log(`  ${name.padEnd(30)} ${String(value).padStart(12)}  ${target.padEnd(14)} ${verdict}`);
}
const score = (s) => s.toFixed(2);
const ms = (x) => `${x.toFixed(1)} ms`;

async function main() {
  console.log('Building (vite build)…');
  await run(['build', '--outDir', dist, '--emptyOutDir']);

  console.log(
    '\nEstimator (vitest bench, tests/bench/engine.bench.ts: the engine on the shipped data, node)',
  );
  await benchEngine();

  console.log('\nBundle (gzip level 9, 1 KB = 1000 bytes)');
  const initial = initialJs(dist);
  const total = totalJs(dist);
  row(
    'initial JS',
    kb(initial.gzip),
    `<= ${kb(BUDGETS.initialJsGzip)}`,
    initial.gzip <= BUDGETS.initialJsGzip,
  );
  row('total JS', kb(total.gzip), `<= ${kb(BUDGETS.totalJsGzip)}`, total.gzip <= BUDGETS.totalJsGzip);

  const baseURL = await startPreview();
  const url = `${baseURL}${appPath}`;

  console.log(`\nLighthouse (median of ${lighthouseRuns} runs by performance score) on ${appPath}`);
  const lh = await benchLighthouse(url, lighthouseRuns);
  console.log(
    `  Lighthouse ${lh.lighthouseVersion}, ${lh.formFactor}; performance per run: ${lh.allPerformance.map(score).join(', ')}`,
  );
  const targets = {
    performance: ['>= 0.95', (s) => s >= 0.95],
    accessibility: ['= 1.00', (s) => s === 1],
    'best-practices': ['= 1.00', (s) => s === 1],
    seo: ['>= 0.90', (s) => s >= 0.9],
  };
  for (const [category, [target, meets]] of Object.entries(targets)) {
    row(category, score(lh.scores[category]), target, meets(lh.scores[category]));
  }
  row('LCP', `${(lh.lcpMs / 1000).toFixed(2)} s`, '<= 2.0 s', lh.lcpMs <= 2000);
  row('TBT', ms(lh.tbtMs));
  row('FCP', `${(lh.fcpMs / 1000).toFixed(2)} s`);
  row('CLS', lh.cls.toFixed(3));
  for (const warning of lh.runWarnings) console.log(`  warning: ${warning}`);
  for (const [category, audits] of Object.entries(lh.failing)) {
    for (const a of audits)
      console.log(`  ${category}: ${a.id}: ${a.title}${a.value ? ` (${a.value})` : ''}`);
  }

  console.log('\nInput to update, years slider, three roles (Chromium, measured in the page)');
  const latency = await benchLatency(url, 50);
  row('to DOM update, p50', ms(latency.updateP50));
  row('to DOM update, p95', ms(latency.updateP95));
  row('to next paint, p50', ms(latency.paintP50));
  row('to next paint, p95', ms(latency.paintP95), '<= 50 ms', latency.paintP95 <= 50);

  const checked = rows.filter((r) => r.ok !== undefined);
  const met = checked.filter((r) => r.ok).length;
  console.log(`\n${met} of ${checked.length} targets met`);
}

let code = 0;
try {
  await main();
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
