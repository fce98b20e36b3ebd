import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inspect, isDeepStrictEqual } from 'node:util';

export function assert(condition, message = 'assertion failed') {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  if (!isDeepStrictEqual(actual, expected)) {
    const detail = `expected ${inspect(expected, { depth: 4 })}, got ${inspect(actual, { depth: 4 })}`;
    throw new Error(message ? `${message}: ${detail}` : detail);
  }
}

let axeSource;

/**
 * Runs axe-core on the page and returns its violations.
 * The script is evaluated rather than added with page.addScriptTag: the app's CSP (script-src 'self')
 * blocks the inline <script> addScriptTag creates, and that blocked script would itself log a console error.
 */
export async function runAxe(page, options = {}) {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate((opts) => window.axe.run(document, opts), options);
  return results.violations;
}

export function formatViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}
