import { assert } from './lib.mjs';

export const HOOKS = [
  'base-low',
  'base-typical',
  'base-high',
  'total-low',
  'total-typical',
  'total-high',
  'hourly-low',
  'hourly-high',
];

/** Every data-value hook of every estimate card, keyed by role id. */
export async function readFigures(page) {
  return page.evaluate((hooks) => {
    const out = {};
    for (const card of document.querySelectorAll('[data-testid^="estimate-"]')) {
      const id = card.getAttribute('data-testid').replace('estimate-', '');
      out[id] = Object.fromEntries(
        hooks.map((h) => [h, Number(card.querySelector(`[data-testid="${h}"]`)?.getAttribute('data-value'))]),
      );
    }
    return out;
  }, HOOKS);
}

export async function typical(page, roleId, hook = 'base-typical') {
  const v = await page.getByTestId(`estimate-${roleId}`).getByTestId(hook).getAttribute('data-value');
  return Number(v);
}

/**
 * The query string once the rate-limited URL writer has caught up with `expected`. Waits for that
 * condition (under the page's default timeout), then returns what the URL holds, so a mismatch reads as
 * expected vs actual.
 */
export async function settledSearch(page, expected) {
  await page.waitForFunction((want) => window.location.search === want, expected).catch(() => {});
  return page.evaluate(() => window.location.search);
}

/** The query string once the rate-limited URL writer has moved it away from `before`. */
export async function changedSearch(page, before) {
  await page.waitForFunction((was) => window.location.search !== was, before).catch(() => {});
  return page.evaluate(() => window.location.search);
}

export async function noHorizontalScroll(page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert(scroll <= client, `page scrolls sideways: ${scroll}px of content in ${client}px`);
}

/** Charts draw when scrolled near (to keep load light); scroll there and wait for the drawing. */
export async function drawnChart(page, testId) {
  const slot = page.getByTestId(testId);
  await slot.scrollIntoViewIfNeeded();
  await slot.locator('svg').first().waitFor();
  return slot;
}
