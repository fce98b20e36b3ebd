// Minimal e2e runner: serves dist/ with `vite preview`, runs every tests/e2e/*.e2e.mjs in chromium.
// Each test gets a fresh browser context (fresh storage) and fails on any console error or page error.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from '../support/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const artifacts = path.join(here, 'artifacts');
const port = 4174;
const baseURL = `http://127.0.0.1:${port}`;
// The tests wait for conditions (playwright's locators and waitForFunction), never for a clock. These
// deadlines only stop one that hangs, so they are far beyond what a slow or busy machine needs: a passing
// test takes no longer for them. Each is longer than the one inside it, so the most specific error shows.
const stepTimeoutMs = 60_000; // one playwright action or wait
const testTimeoutMs = 300_000; // a whole test, unless it sets its own
const previewTimeoutMs = 120_000; // vite preview answering
const filter = process.env.E2E_FILTER ?? '';

const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanup().finally(() => process.exit(130)));
}

async function startPreview() {
  if (!existsSync(path.join(root, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `vite build` first');
  }
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });

  const deadline = Date.now() + previewTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(baseURL);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${baseURL} within ${previewTimeoutMs / 1000}s:\n${output}`);
}

async function loadTests() {
  const files = (await readdir(here)).filter((f) => f.endsWith('.e2e.mjs')).sort();
  const tests = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(here, file)).href);
    for (const test of mod.tests ?? []) tests.push({ ...test, file });
  }
  return tests.filter((t) => t.name.includes(filter));
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runTest(browser, test) {
  const context = await browser.newContext({ baseURL });
  const errors = [];
  const watch = (page) => {
    page.setDefaultTimeout(stepTimeoutMs);
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  };
  context.on('page', watch);
  const page = await context.newPage();
  const newPage = () => context.newPage();
  try {
    await withTimeout(
      test.run({ page, baseURL, context, newPage }),
      test.timeout ?? testTimeoutMs,
      `test "${test.name}"`,
    );
    if (errors.length && !test.allowConsoleErrors) {
      throw new Error(`${errors.length} console/page error(s):\n    ${errors.join('\n    ')}`);
    }
  } catch (err) {
    await mkdir(artifacts, { recursive: true });
    const file = path.join(artifacts, `${test.name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: stepTimeoutMs }).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

async function main() {
  const tests = await loadTests();
  let browser;
  try {
    await startPreview();
    browser = await chromium.launch({
      executablePath: chromePath,
      headless: true,
      args: chromeFlags,
    });
    cleanups.push(() => browser.close());
  } catch (err) {
    console.log(`✗ setup: ${err instanceof Error ? err.message : String(err)}`);
    console.log(`0 passed, ${tests.length} failed`);
    return 1;
  }

  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    try {
      await runTest(browser, test);
      passed++;
      console.log(`✓ ${test.name}`);
    } catch (err) {
      failed++;
      console.log(`✗ ${test.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(err);
} finally {
  await cleanup();
}
process.exit(code);
