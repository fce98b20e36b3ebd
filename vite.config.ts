import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Reads and checks the data files in `publicDir` as the app does (the same zod schemas and cross-file
 * checks); rejects with the app's DataError, naming the file and the path of the first problem. The
 * app's modules are loaded through Vite's module runner, not imported by this config, so the config
 * stays loadable by Vite's native config loader.
 */
export async function validateDataFiles(publicDir: string): Promise<void> {
  const load = <T>(file: string) =>
    runnerImport<T>(path.join(root, file), { configFile: false, logLevel: 'silent' }).then((r) => r.module);
  const [{ DATA_FILES, DataError }, { parseDataset }] = await Promise.all([
    load<typeof import('./src/data/files')>('src/data/files.ts'),
    load<typeof import('./src/data/parse')>('src/data/parse.ts'),
  ]);
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
  parseDataset(raw);
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

// The dev server injects inline scripts (React Refresh preamble) and <style> tags, which the
// production CSP in index.html blocks. The built app keeps the CSP; only `vite` dev drops it.
function dropCspInDev(): Plugin {
  return {
    name: 'paypath:drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*\/>/, ''),
  };
}

/**
 * The headers every response of the built app carries (`npm start` serves them; public/_headers lists the
 * same for a static host). A meta CSP cannot forbid framing, so the header adds frame-ancestors 'none'
 * (no clickjacking of the Delete buttons); nosniff and the referrer policy keep content types and links
 * honest. Hashed assets never change under their name, so they are cached for a year; everything else is
 * revalidated, so a deploy is seen at once.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};
const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';

function servedHeaders(): Plugin {
  return {
    name: 'paypath:served-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
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
  plugins: [react(), dropCspInDev(), servedHeaders(), validateDataAtBuild(), pwa],
  resolve: {
    alias: {
      // The package's `module` is its ES5 build (2.2 KB gzip); the ES2015+ build of the same release
      // is 1.3 KB, and every browser our es2022 target runs in (and every one with service workers)
      // reads it.
      'workbox-window': 'workbox-window/build/workbox-window.prod.mjs',
    },
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: which chunks the page loads up front, read by the budget check.
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk: rolldown otherwise splits out small chunks shared
        // with lazy panels (format, dataset, provenance), which the first page loads anyway, one request
        // and one gzip dictionary each.
        // The small panels that load right after the figures (levers, the switch planner, saved scenarios,
        // the formula, the offer check, the certifications and skills, the offer fields, the location picker) share one chunk
        // for the same reason. So does the band comparison (model/compare), which both the panels below
        // the figures and the methodology page read: alone it was a chunk of 0.5 KB gzip, and both already
        // load this one. The charts and recharts share one too: each chart uses another part of recharts,
        // and split by use they took 2.4 KB gzip more.
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'] },
            // The data parser and what it needs (the schemas, the index, the domain's id lists) in one
            // chunk of its own: captured as a dependency of the panels, the domain module once made the
            // parser import the panels' chunk, so a panel that failed to download took the data with it.
            {
              name: 'parse',
              test: /[\\/]src[\\/](data[\\/](parse|schema)|model[\\/](domain|indexDataset))\.ts$/,
            },
            {
              name: 'panels',
              test: /[\\/]src[\\/](features[\\/](levers|whatif|switch)[\\/]|model[\\/]switchPlan|features[\\/]results[\\/](Formula|OfferCheck)|features[\\/]scenario-form[\\/](OptionGroups|OfferFields|LocationField)|lib[\\/](factorWords|anchors|profileWords|locationSearch)|state[\\/]savedScenarios|model[\\/](compare|spread))/,
            },
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
