import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, runnerImport, type Plugin, type ViteDevServer } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Loads one of the app's modules in Node through Vite's module runner (not imported by this config, so
 * the config stays loadable by Vite's native config loader). */
const loadAppModule = <T>(file: string) =>
  runnerImport<T>(path.join(root, file), { configFile: false, logLevel: 'silent' }).then((r) => r.module);

/** The data files in `publicDir` as JSON, keyed as the app keys them; a missing or unparsable file rejects
 * with the app's DataError, naming it. */
async function readDataFiles(publicDir: string) {
  const { DATA_FILES, DataError } =
    await loadAppModule<typeof import('./src/data/files')>('src/data/files.ts');
  type Key = keyof typeof DATA_FILES;
  const raw = {} as Record<Key, unknown>;
  for (const [key, file] of Object.entries(DATA_FILES) as [Key, string][]) {
    let text: string;
    try {
      text = readFileSync(path.join(publicDir, file), 'utf8');
    } catch {
      throw new DataError(file, [{ path: '', message: 'is missing' }]);
    }
    try {
      raw[key] = JSON.parse(text) as unknown;
    } catch (error) {
      throw new DataError(file, [{ path: '', message: `is not valid JSON (${String(error)})` }]);
    }
  }
  return raw;
}

/**
 * Reads and checks the data files in `publicDir` as the app does (the same zod schemas and cross-file
 * checks); rejects with the app's DataError, naming the file and the path of the first problem.
 */
export async function validateDataFiles(publicDir: string): Promise<void> {
  const { parseDataset } = await loadAppModule<typeof import('./src/data/parse')>('src/data/parse.ts');
  parseDataset(await readDataFiles(publicDir));
}

/** A build with broken data fails, naming the file and the path, before anything is deployed. */
function validateDataAtBuild(): Plugin {
  let publicDir = 'public';
  return {
    name: 'paypath:validate-data',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async buildStart() {
      try {
        await validateDataFiles(publicDir);
      } catch (error) {
        const named = error instanceof Error && error.name === 'DataError';
        this.error(named ? `Data check failed: ${error.message}` : String(error));
      }
    },
  };
}

/**
 * `__DATA_DIGESTS__`: in a build, the SHA-256 of each data file the build validates (validateDataAtBuild
 * fails the build on any other), keyed by its path under the public directory. The app indexes files
 * that match at once and gives any other file the full check (the schemas load only then), so the
 * schemas stay off every visit that gets the files this build validated. Empty under the dev server and
 * the unit tests, which check the data in full.
 */
function dataDigests(): Plugin {
  return {
    name: 'paypath:data-digests',
    config(config, { command }) {
      const dir = path.resolve(config.root ?? root, config.publicDir || 'public', 'data');
      const digests =
        command !== 'build'
          ? {}
          : Object.fromEntries(
              readdirSync(dir)
                .filter((name) => name.endsWith('.json'))
                .map((name) => [
                  `data/${name}`,
                  createHash('sha256')
                    .update(readFileSync(path.join(dir, name)))
                    .digest('hex'),
                ]),
            );
      return { define: { __DATA_DIGESTS__: JSON.stringify(digests) } };
    },
  };
}

/**
 * The Content-Security-Policy of the built app. Scripts and styles come from the app's own origin, plus
 * exactly the page's inline script and stylesheet (index.html's boot script and the inlined CSS), each
 * allowed by its SHA-256 hash, which the build computes. The dev server's HMR preamble is inline too, so
 * only the built app carries the policy.
 */
export function contentSecurityPolicy(scriptHashes: string[], styleHashes: string[]): string {
  const sources = (hashes: string[]) => ["'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${sources(scriptHashes)}`,
    `style-src ${sources(styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The headers every response of the built app carries besides the CSP (`npm start` serves them; the
 * build writes them with the CSP to dist/_headers for a static host that reads that file). A meta CSP
 * cannot forbid framing, so the header CSP adds frame-ancestors 'none' (no clickjacking of the Delete
 * buttons); nosniff and the referrer policy keep content types and links honest. Hashed assets never
 * change under their name, so they are cached for a year; everything else is revalidated, so a deploy
 * is seen at once.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};
const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
const headerCsp = (metaCsp: string) => `${metaCsp}; frame-ancestors 'none'`;

/** dist/_headers, in the format Netlify and Cloudflare Pages read. */
function headersFile(csp: string): string {
  const all = { 'Content-Security-Policy': headerCsp(csp), ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' };
  return [
    '# Written by the build (vite.config.ts): the headers `npm start` also sends.',
    '/*',
    ...Object.entries(all).map(([name, value]) => `  ${name}: ${value}`),
    '',
    '/assets/*',
    `  Cache-Control: ${HASHED_ASSET_CACHE}`,
    '',
  ].join('\n');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const inlineContents = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');

/**
 * Prerenders the first view at build time (issue 11): each page of src/app/prerender.tsx is rendered in
 * Node with the data files, from the same components, into the built index.html, so the default figures
 * paint with the HTML and the browser hydrates them. The stylesheet is inlined (it is the whole CSS, 5 KB
 * gzip: nothing blocks the first paint), and the CSP meta and dist/_headers allow the inline script and
 * style by hash. Runs before the service worker is generated, so the precache revisions are of these files.
 */
function prerender(): Plugin {
  let outDir = 'dist';
  let publicDir = 'public';
  return {
    name: 'paypath:prerender',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    writeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        // A dev server in middleware mode, not runnerImport: the pages import lazy parts (the methodology
        // page's code) while they render, after runnerImport would have closed its module runner.
        const server = await createServer({
          configFile: false,
          logLevel: 'silent',
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          // The pages render with the data already in their query cache, so nothing fetches; defined
          // anyway, so a module that reads it loads (no digests: a full check).
          define: { __DATA_DIGESTS__: '{}' },
        });
        try {
          await prerenderInto(server, outDir, await readDataFiles(publicDir));
        } finally {
          await server.close();
        }
      },
    },
  };
}

/** Writes each prerendered page, with the stylesheet inlined and the CSP that allows it, and dist/_headers. */
async function prerenderInto(
  server: ViteDevServer,
  outDir: string,
  raw: Awaited<ReturnType<typeof readDataFiles>>,
): Promise<void> {
  const { prerenderPage, PRERENDERED_PAGES } = (await server.ssrLoadModule(
    path.join(root, 'src/app/prerender.tsx'),
  )) as typeof import('./src/app/prerender');
  const built = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  // The stylesheet inlined, and its link kept but disabled, which the browser does not fetch: Vite's
  // loader for each lazy chunk adds the stylesheet its chunks import unless the page has a stylesheet link
  // to it already, and applying it twice would recompute the style of the whole page after the first paint.
  const styled = built.replace(
    /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/,
    (_, href: string) =>
      `<style>${readFileSync(path.join(outDir, href), 'utf8')}</style>\n    <link rel="stylesheet" href="${href}" disabled />`,
  );
  if (styled === built) throw new Error('prerender: the built index.html links no stylesheet to inline');
  // The entry script moves into <template id="app-load">, which index.html's boot script requests after
  // the first paint (the figures are in the HTML); it stays a link there, so the page holds no script
  // but the boot script.
  const entry = /\s*<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(styled);
  if (entry === null) throw new Error('prerender: the built index.html has no entry script');
  const template = styled.replace(entry[0], '');
  // The code goes after the data's preloads: the boot script inserts them in order, one a task, and an
  // entry evaluated before a data file's preload was inserted fetched that file itself, then the preload
  // fetched it again and kept the response unused, for a later fetch of the file (Retry after a data
  // error) to be handed the stale one.
  if (!template.includes('<template id="app-load">') || !template.includes('\n    </template>'))
    throw new Error('prerender: index.html has no <template id="app-load"> closed on a line of its own');
  const csp = contentSecurityPolicy(
    inlineContents(template, 'script').map(sha256),
    inlineContents(template, 'style').map(sha256),
  );
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  for (const [page, { file, title, chunk }] of Object.entries(PRERENDERED_PAGES)) {
    const body = await prerenderPage(page, raw);
    const loads = [
      `<link rel="modulepreload" crossorigin href="${entry[1]}" data-entry />`,
      ...pageChunks(manifest, chunk).map(
        (asset) => `<link rel="modulepreload" crossorigin href="/${asset}" />`,
      ),
    ];
    const html = template
      .replace('    </template>', `      ${loads.join('\n      ')}\n$&`)
      .replace('<html lang="en">', `<html lang="en" data-prerendered="${page}">`)
      .replace(
        '<meta charset="UTF-8" />',
        `$&\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
      )
      .replace(/<title>[^<]*<\/title>/, title === null ? '$&' : `<title>${title}</title>`)
      .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
    writeFileSync(path.join(outDir, file), html);
  }
  writeFileSync(path.join(outDir, '_headers'), headersFile(csp));
}

type Manifest = Record<string, { file: string; name?: string; isEntry?: boolean; imports?: string[] }>;

/**
 * The files of the chunk named `name` (vite.config.ts codeSplitting) and of every chunk it imports,
 * except the entry (which the page loads anyway): the page's own code, which its HTML asks for beside
 * the entry so that it is not requested only after the entry has run.
 */
function pageChunks(manifest: Manifest, name: string): string[] {
  const start = Object.keys(manifest).find((key) => manifest[key]?.name === name);
  if (start === undefined) throw new Error(`prerender: the build has no chunk named ${name}`);
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (seen.has(key) || manifest[key]?.isEntry) continue;
    seen.add(key);
    queue.push(...(manifest[key]?.imports ?? []));
  }
  return [...seen].map((key) => manifest[key]!.file);
}

/** The CSP of the last build, from dist/_headers; `npm start` sends it as a header. */
function builtCsp(outDir: string): string | null {
  try {
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    return /^\s*Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? null;
  } catch {
    return null;
  }
}

function servedHeaders(): Plugin {
  return {
    name: 'paypath:served-headers',
    configurePreviewServer(server) {
      const csp = builtCsp(path.resolve(server.config.root, server.config.build.outDir));
      server.middlewares.use((req, res, next) => {
        if (csp !== null) res.setHeader('Content-Security-Policy', csp);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        res.setHeader('Cache-Control', req.url?.startsWith('/assets/') ? HASHED_ASSET_CACHE : 'no-cache');
        next();
      });
    },
  };
}

/**
 * The service worker and the web app manifest (issue 11: repeat visits and offline). Workbox precaches
 * the built app and the data files, each under a revision that is its content hash (hashed file names
 * for /assets/, an MD5 of the bytes for the rest), so new code or new data makes a new service worker.
 * That worker waits until the person chooses Reload (registerType 'prompt', src/app/ServiceWorkerUpdates),
 * so a page never runs old code on new data or the reverse. The page registers it itself, after the
 * page has loaded (injectRegister false), so registration never competes with the figures.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Paypath: what tech roles pay, with sources',
    short_name: 'Paypath',
    description:
      'Paypath estimates what tech roles pay by level and location, with every figure traced to its source.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // The accent and the light page background of src/app/styles.css (--accent, --bg).
    theme_color: '#0f766e',
    background_color: '#f6f7f9',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The app and the data files it fetches (src/data/load.ts), not the build manifest; the plugin adds
    // the web app manifest and its icons.
    globPatterns: ['**/*.{js,css,html,json,svg}'],
    globIgnores: ['.vite/**'],
    // Any address the router knows (/, /methodology, a link with a scenario) opens offline; a file
    // path (/data/roles.json typed into the address bar) is left to the network.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+$/],
    // The first visit is controlled as soon as the worker is active, so it already works offline; a
    // later worker still waits for Reload (no skipWaiting).
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), dataDigests(), servedHeaders(), validateDataAtBuild(), prerender(), pwa],
  resolve: {
    alias: {
      // The package's `module` is its ES5 build (2.2 KB gzip); the ES2015+ build of the same release
      // is 1.3 KB, and every browser our es2022 target runs in (and every one with service workers)
      // reads it.
      'workbox-window': 'workbox-window/build/workbox-window.prod.mjs',
      // recharts' scales: the three its automatic axes use, not all of d3-scale (see the module).
      'victory-vendor/d3-scale': path.join(root, 'src/charts/vendor/d3-scale.ts'),
    },
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: which chunks the page loads up front, read by the budget check.
    manifest: true,
    rolldownOptions: {
      output: {
        // The entry (React, the router, the query cache, the page frame) in one chunk, and each page's own
        // code in one chunk (estimator, methodology, below): rolldown otherwise splits out small chunks
        // shared with lazy panels (format, dataset, provenance), which the page loads anyway, one request
        // and one gzip dictionary each.
        // The small panels that load right after the figures (levers, the switch planner, saved scenarios,
        // the formula, the offer check, the certifications and skills, the offer fields, the location picker)
        // share one chunk for the same reason. So does the band comparison (model/compare), which both the
        // panels below the figures and the methodology page read: alone it was a chunk of 0.5 KB gzip, and
        // both already load this one. Not the insight panels below the charts: they render only when
        // scrolled near (src/features/insights/Insights.tsx), so their own chunk (6.8 KB gzip) is neither
        // fetched nor compiled while the page loads; in this one they cost 1.2 KB less in all, but its
        // compile grew by 14 ms in a Lighthouse trace, in one long task. The charts and recharts share one
        // too: each chart uses another part of recharts, and split by use they took 2.4 KB gzip more.
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'] },
            // The full data check (the schemas and the cross-file checks) in a chunk of its own, loaded only
            // for data files that differ from the ones the build validated (dataDigests, above).
            { name: 'parse', test: /[\\/]src[\\/]data[\\/](parse|schema)\.ts$/ },
            // The estimator page and everything it imports: what the first view needs to respond. Captured
            // before the panels and the charts, so a module they share with the first view stays here.
            { name: 'estimator', test: /[\\/]src[\\/]app[\\/]routes[\\/]EstimatorPage\.tsx$/ },
            {
              name: 'panels',
              test: /[\\/]src[\\/](features[\\/](levers|whatif|switch)[\\/]|model[\\/]switchPlan|features[\\/]results[\\/](Formula|OfferCheck)|features[\\/]scenario-form[\\/](OptionGroups|OfferFields|LocationField)|lib[\\/](factorWords|anchors|profileWords|locationSearch)|state[\\/]savedScenarios|model[\\/](compare|spread))/,
            },
            // The methodology page and what it alone needs: after the panels, which capture what both read
            // (the band comparison, the profile words, the factor anchors), so the estimator's panels do
            // not load the methodology page's chunk (they did: 8.3 KB gzip on every visit to /).
            { name: 'methodology', test: /[\\/]src[\\/]features[\\/]methodology[\\/]MethodologyPage\.tsx$/ },
            // The service worker's registration and update notice, loaded after the page (one request).
            {
              name: 'sw-updates',
              test: /[\\/]src[\\/]app[\\/]ServiceWorkerUpdates|[\\/]src[\\/]components[\\/]UpdateNotice|[\\/]node_modules[\\/](workbox-window|vite-plugin-pwa)[\\/]|virtual:pwa-register/,
            },
            {
              name: 'charts',
              test: /[\\/]src[\\/]charts[\\/]|[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|immer|reselect|react-redux|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    // Tests wait for conditions, never for a clock: these deadlines only stop a test that hangs, so they
    // are far beyond anything a slow or busy machine needs (vitest's own default, 5 s, is not).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest 4 runs one worker fewer than the cores, so one on a 2-core machine: two measured 56 s for the
    // unit suite against 77 s. The deadlines above keep a busy machine from failing a test.
    maxWorkers: 2,
    projects: [
      {
        // The engine, the data checks, the URL codec, lint rules and other pure code: plain node, fast.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/support/setup.ts'],
        },
      },
      {
        // Components and pages under jsdom, queried by role and label.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Each file still gets its own jsdom, but the modules are loaded once per worker instead of
          // once per file: the unit run measured 26.7 s against 46.5 s. What a test could carry into the
          // next file is module state, and renderApp starts every render from fresh stores and a fresh
          // query cache. (The node project keeps isolation: prefs.test.ts needs its own window's
          // storage listener.)
          isolate: false,
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/support/setup.ts', 'tests/support/setup-dom.ts'],
        },
      },
    ],
  },
});
