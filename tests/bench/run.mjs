// `npm run bench`: builds the app and prints its speed and size figures beside their targets. Not part of
// `npm test`: Lighthouse and latency figures depend on the machine. So each page is also measured against
// a 1 KB floor page served beside it in the same run, and the ratios compare across machines.
// Everything it makes (a build in a temp dir, vite preview, Chromium) it removes, on success, failure or Ctrl-C.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, initialJs, kb, totalJs } from '../budget/sizes.mjs';
import { benchFirstFigure } from './firstFigure.mjs';
import { benchLatency } from './latency.mjs';
import { benchLighthouse } from './lighthouse.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
// Its own port: 4173 is `npm start`, 4174 the e2e runner, either may be running beside the bench.
const port = Number(process.env.BENCH_PORT ?? 4176);
const threeRoles = '/?roles=devops-engineer,ai-ml-engineer,mlops-engineer&years=7&location=seattle&certs=cka';
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** The floor: about 1 KB of HTML, a heading and a paragraph, nothing else. What no page can beat. */
const FLOOR_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The floor page of the Paypath bench: a heading and a paragraph.">
<title>Floor</title></head>
<body><main><h1>Estimate and compare tech pay</h1>
<p>${'This page is the floor of the bench: one heading and one paragraph of text, no script, no style sheet, no image. '.repeat(6)}</p>
</main></body></html>
`;
const PAGES = [
  { name: 'floor', path: '/floor.html', figure: 'h1' },
  { name: '/', path: '/', figure: '[data-testid="base-typical"]' },
  { name: '3 roles', path: threeRoles, figure: '[data-testid="base-typical"]' },
];
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
  console.log(`  ${name.padEnd(42)} ${String(value).padStart(12)}  ${target.padEnd(14)} ${verdict}`);
}
const score = (s) => s.toFixed(2);
const ms = (x) => `${x.toFixed(1)} ms`;

async function main() {
  console.log('Building (vite build)…');
  await run(['build', '--outDir', dist, '--emptyOutDir']);
  writeFileSync(path.join(dist, 'floor.html'), FLOOR_HTML);

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
  const pages = PAGES.map((p) => ({ ...p, url: `${baseURL}${p.path}` }));
  console.log(`\nPages: floor = a 1 KB HTML page; / ; 3 roles = ${threeRoles}`);

  console.log(`\nLighthouse, mobile preset (${runs} runs each, interleaved; medians)`);
  const lh = await benchLighthouse(pages, runs);
  const floor = lh.floor;
  for (const p of PAGES) {
    const r = lh[p.name];
    console.log(
      `  ${p.name}: Lighthouse ${r.lighthouseVersion}, performance per run ${r.allPerformance.map(score).join(', ')}`,
    );
  }
  for (const p of PAGES.slice(1)) {
    const r = lh[p.name];
    const home = p.name === '/';
    const perfect = (s) => (home ? ['= 1.00', s === 1] : ['', undefined]);
    for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
      row(`${p.name} ${category}`, score(r.scores[category]), ...perfect(r.scores[category]));
    }
    const lcpRatio = r.lcpMs / floor.lcpMs;
    row(
      `${p.name} LCP`,
      `${ms(r.lcpMs)} = ${lcpRatio.toFixed(2)}x`,
      home ? '<= 1.6x floor' : '',
      home ? lcpRatio <= 1.6 : undefined,
    );
    row(`${p.name} FCP`, `${ms(r.fcpMs)} = ${(r.fcpMs / floor.fcpMs).toFixed(2)}x`);
    row(`${p.name} TBT`, ms(r.tbtMs), home ? '<= 100 ms' : '', home ? r.tbtMs <= 100 : undefined);
    row(`${p.name} CLS`, r.cls.toFixed(3));
    console.log(`  ${p.name} LCP element: ${r.lcpElement}`);
    for (const warning of r.runWarnings) console.log(`  warning: ${warning}`);
    for (const [category, audits] of Object.entries(r.failing)) {
      for (const a of audits)
        console.log(`  ${p.name} ${category}: ${a.id}: ${a.title}${a.value ? ` (${a.value})` : ''}`);
    }
  }
  row('floor LCP / FCP', `${ms(floor.lcpMs)} / ${ms(floor.fcpMs)}`);

  console.log(
    `\nFirst figure on a 412 px phone screen, throttled (150 ms RTT, 1.6 Mbps, 4x CPU); medians of ${runs}, interleaved`,
  );
  const first = await benchFirstFigure(
    pages.map((p) => ({ name: p.name, url: p.url, selector: p.figure })),
    runs,
  );
  row('floor heading', ms(first.floor.medianMs));
  const targets = { '/': 2.3, '3 roles': 3.4 };
  for (const [name, target] of Object.entries(targets)) {
    const f = first[name];
    const ratio = f.medianMs / first.floor.medianMs;
    if (f.onScreen) {
      row(
        `${name} first figure`,
        `${ms(f.medianMs)} = ${ratio.toFixed(2)}x`,
        `<= ${target}x floor`,
        ratio <= target,
      );
    } else {
      row(`${name} first figure`, `off screen`, `<= ${target}x floor`, false);
      console.log(
        `  ${name}: drawn at ${ms(f.medianMs)} (${ratio.toFixed(2)}x) but ${f.topPx} px down the page`,
      );
    }
  }

  console.log('\nInput to update, years slider, three roles (Chromium, measured in the page)');
  const { drag, random } = await benchLatency(`${baseURL}${threeRoles}`, 50);
  // A drag's moves arrive at the start of a frame: one frame is the time to that frame's paint.
  row('drag: to DOM update, p50 / p95', `${ms(drag.updateP50)} / ${ms(drag.updateP95)}`);
  row('drag: to painted figure, p50', ms(drag.paintP50));
  row('drag: to painted figure, p95', ms(drag.paintP95), '<= 16 ms', drag.paintP95 <= 16);
  // A key or a click comes at any moment: the time includes waiting for the next frame (up to 16.7 ms).
  row('key or click: to DOM update, p50 / p95', `${ms(random.updateP50)} / ${ms(random.updateP95)}`);
  row('key or click: to painted figure, p50 / p95', `${ms(random.paintP50)} / ${ms(random.paintP95)}`);
  row(
    'key or click: painted in the next frame',
    `${Math.round(random.inFirstFrame * 100)}% of steps`,
    '>= 95%',
    random.inFirstFrame >= 0.95,
  );

  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  console.log(`\nLoad average at the end (1, 5, 15 min): ${load}`);

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
