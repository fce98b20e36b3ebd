// Times the estimation engine in plain node. The TypeScript sources are bundled with vite's own build API
// (lib mode, into a temp dir), so the bench runs the code the app ships without a TS loader dependency.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Microseconds per call: a tenth as many calls again to warm the JIT, then the median of 5 batches. */
function time(fn, iterations) {
  let sink = 0; // consumed below so the calls cannot be optimised away
  for (let i = 0; i < Math.max(200, iterations / 10); i++) sink += fn();
  const batches = [];
  for (let b = 0; b < 5; b++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) sink += fn();
    batches.push(((performance.now() - start) * 1000) / iterations);
  }
  if (Number.isNaN(sink)) throw new Error('the engine returned NaN');
  return median(batches);
}

export async function benchEngine(root) {
  const out = mkdtempSync(path.join(tmpdir(), 'paypath-bench-'));
  try {
    const entry = {
      parse: path.join(root, 'src/data/parse.ts'),
      estimate: path.join(root, 'src/model/estimate.ts'),
    };
    // Lever ranking is being built alongside this bench: time it once the module is there.
    const leversFile = path.join(root, 'src/model/levers.ts');
    if (existsSync(leversFile)) entry.levers = leversFile;
    await build({
      configFile: false,
      root,
      logLevel: 'error',
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.mjs` },
      },
    });
    const load = (name) => import(pathToFileURL(path.join(out, `${name}.mjs`)).href);
    const { parseDataset } = await load('parse');
    const { estimate } = await load('estimate');
    const levers = entry.levers ? await load('levers') : {};

    const raw = (key) => JSON.parse(readFileSync(path.join(root, `public/data/${key}.json`), 'utf8'));
    const dataset = parseDataset({
      sources: raw('sources'),
      roles: raw('roles'),
      modifiers: raw('modifiers'),
      benchmarks: raw('benchmarks'),
      claims: raw('claims'),
    });
    const scenario = {
      roles: ['devops-engineer', 'ai-ml-engineer', 'backend-developer'],
      years: 7,
      location: 'us',
      company: 'any',
      education: 'bachelors',
      certs: [],
      skills: [],
    };
    const one = { ...scenario, roles: ['devops-engineer'] };
    const typical = (estimates) => estimates.reduce((sum, e) => sum + e.totalAnnualUsd.typical, 0);

    const result = {
      oneRoleUs: time(() => typical(estimate(one, dataset)), 20_000),
      threeRolesUs: time(() => typical(estimate(scenario, dataset)), 20_000),
      leversUs: null,
    };
    if (typeof levers.rankLevers === 'function') {
      // Each ranking runs the engine once per candidate change, so fewer iterations keep the bench short.
      result.leversUs = time(() => levers.rankLevers(scenario, dataset, 'devops-engineer').length, 1_000);
    }
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
