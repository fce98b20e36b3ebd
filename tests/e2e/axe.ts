import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    /** axe-core, once runAxe has evaluated it in the page. */
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page and returns its violations.
 * The script is evaluated rather than added with page.addScriptTag: the app's CSP (script-src 'self')
 * blocks the inline <script> addScriptTag creates, and that blocked script would itself log a console error.
 */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<Result[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate((opts) => {
    if (window.axe === undefined) throw new Error('axe-core did not load');
    return window.axe.run(document, opts);
  }, options);
  return results.violations;
}

export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}
