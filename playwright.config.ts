import { defineConfig } from '@playwright/test';
import { chromeFlags, testChromePath } from './tests/support/chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side (each serves its own build).
const port = Number(process.env.E2E_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${port}`;

// The tests wait for conditions (locators, web-first assertions, waitForFunction), never for a clock.
// These deadlines only stop one that hangs, so they are far beyond what a slow or busy machine needs: a
// passing test takes no longer for them. Each is longer than the one inside it, so the most specific
// error shows.
const stepTimeoutMs = 60_000; // one action, navigation, wait or assertion
const testTimeoutMs = 300_000; // a whole test, unless it sets its own with test.setTimeout
const previewTimeoutMs = 120_000; // vite preview answering

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  // Screenshots and traces of failed tests (git-ignored; emptied at the start of each run).
  outputDir: 'tests/e2e/artifacts',
  timeout: testTimeoutMs,
  expect: { timeout: stepTimeoutMs },
  // Every test has its own context, so tests of one file run side by side too. Two workers on a 2-core
  // machine passed as reliably as one, also beside a vitest run, and finished sooner.
  fullyParallel: true,
  workers: 2,
  // A failed test runs once more, recording a trace (below), and the run still fails: a test that passes
  // only on its second try is reported flaky and fails the run (failOnFlakyTests), so nothing is hidden.
  retries: 1,
  failOnFlakyTests: true,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    // Debian's Chromium headless shell, else its Chromium (or CHROME_PATH): browsers are not downloaded.
    launchOptions: { executablePath: testChromePath, args: chromeFlags },
    // No service worker, except in offline.spec.ts: a registered worker would precache the whole app
    // (about 1 MB) on every test's first page load, and serve later loads from its cache instead of the
    // build under test. (Playwright replaces navigator.serviceWorker.register, which logs a warning.)
    serviceWorkers: 'block',
    actionTimeout: stepTimeoutMs,
    navigationTimeout: stepTimeoutMs,
    // DOM snapshots of each step of the failed test's second run, without screencast frames. Recording
    // them for every test took a quarter of the suite's time (5.1 min against 4.0 min for 52 tests).
    trace: { mode: 'on-first-retry', screenshots: false },
    screenshot: { mode: 'only-on-failure', fullPage: true },
  },
  // Serves the built app: `npm run test:e2e` builds dist/ first.
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    timeout: previewTimeoutMs,
    // A server already on the port may be another checkout's build: fail on the clash instead, unless
    // asked (E2E_REUSE_SERVER=1, to iterate against a server started by hand).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
  },
});
