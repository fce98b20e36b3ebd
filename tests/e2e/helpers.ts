import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const HOOKS = [
  'base-low',
  'base-typical',
  'base-high',
  'total-low',
  'total-typical',
  'total-high',
  'hourly-low',
  'hourly-high',
] as const;
export type Hook = (typeof HOOKS)[number];

/** The data-value hooks of one estimate card. */
export type CardFigures = Record<Hook, number>;

/** Every data-value hook of every estimate card, keyed by role id, in the order of the cards. */
export async function readFigures(page: Page): Promise<Record<string, CardFigures>> {
  return page.evaluate((hooks) => {
    const out: Record<string, Record<string, number>> = {};
    for (const card of document.querySelectorAll('[data-testid^="estimate-"]')) {
      const id = (card.getAttribute('data-testid') ?? '').replace('estimate-', '');
      out[id] = Object.fromEntries(
        hooks.map((h) => [h, Number(card.querySelector(`[data-testid="${h}"]`)?.getAttribute('data-value'))]),
      );
    }
    return out as Record<string, CardFigures>;
  }, HOOKS);
}

/** One hook of one role's card, read now. */
export async function typical(page: Page, roleId: string, hook: Hook = 'base-typical'): Promise<number> {
  const v = await page.getByTestId(`estimate-${roleId}`).getByTestId(hook).getAttribute('data-value');
  return Number(v);
}

/** The page's query string, read now. */
export const currentSearch = (page: Page) => page.evaluate(() => window.location.search);

/**
 * The URL is written at a limited rate: waits until its query string is `expected` (under the expect
 * timeout), and reports expected vs actual if it never is.
 */
export async function settledSearch(page: Page, expected: string): Promise<void> {
  await expect.poll(() => currentSearch(page), { message: 'the query string of the URL' }).toBe(expected);
}

/** Waits until the rate-limited URL writer has moved the query string away from `before`. */
export async function changedSearch(page: Page, before: string): Promise<void> {
  await expect.poll(() => currentSearch(page), { message: 'the query string of the URL' }).not.toBe(before);
}

/** The page, as laid out now, is no wider than the viewport, nor the scenario's column than its box. */
export async function noHorizontalScroll(page: Page): Promise<void> {
  const { scroll, client, side } = await page.evaluate(() => {
    // The scenario's column, where shown: on a wide screen it scrolls on its own, and cuts off what is
    // too wide for it instead of making the page scroll.
    const column = document.querySelector('.estimator__side');
    return {
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      side: column?.checkVisibility() ? { scroll: column.scrollWidth, client: column.clientWidth } : null,
    };
  });
  expect(scroll, `page scrolls sideways: ${scroll}px of content in ${client}px`).toBeLessThanOrEqual(client);
  if (side !== null) {
    expect(
      side.scroll,
      `the scenario's column is cut off: ${side.scroll}px of content in ${side.client}px`,
    ).toBeLessThanOrEqual(side.client);
  }
}

/**
 * Charts draw when scrolled near (to keep load light); scroll there and wait for the drawing. Panels
 * loading above can push the chart back down after one scroll, so scroll again until the page has seen
 * it come near (its placeholder is gone), then wait for the drawing as long as it takes.
 */
export async function drawnChart(page: Page, testId: string): Promise<Locator> {
  const slot = page.getByTestId(testId);
  await expect(async () => {
    await slot.scrollIntoViewIfNeeded();
    await expect(slot.getByText(/is drawn when you scroll to it/)).toHaveCount(0, { timeout: 1_000 });
  }).toPass();
  // The drawing itself, not the legend's small marks, which are there before recharts has measured.
  await expect(slot.locator('svg[role="img"]')).toBeVisible();
  return slot;
}

/** Scrolls to the placeholder of a part drawn when scrolled near, until the part has replaced it. */
async function reveal(page: Page, placeholder: string): Promise<void> {
  const waiting = page.getByText(placeholder, { exact: false });
  await expect(async () => {
    if ((await waiting.count()) > 0) await waiting.scrollIntoViewIfNeeded({ timeout: 1_000 });
    await expect(waiting).toHaveCount(0, { timeout: 1_000 });
  }).toPass();
}

/** The panels below the charts (sources side by side, role profiles, export), drawn when scrolled near. */
export const revealInsights = (page: Page) => reveal(page, 'are shown when you scroll to them');

/** The ranked levers below the cards, worked out when scrolled near (at once where the cards leave room). */
export const revealLevers = (page: Page) => reveal(page, 'is worked out when you scroll to it');

/** One card's figures from readFigures; fails if that card is not there. */
export function cardOf(figures: Record<string, CardFigures>, roleId: string): CardFigures {
  const card = figures[roleId];
  if (card === undefined) throw new Error(`no ${roleId} card (cards: ${Object.keys(figures).join(', ')})`);
  return card;
}

/**
 * Opens "Certifications and skills". Once in a while (one run in sixty, not seen again in twenty) the
 * details stayed closed after a click on its summary; the click is tried again only while it is closed.
 * Likely cause, since mended in the stylesheet: the side column's width jumped (434 and 305 px at
 * 1280 × 720) as the what-if panel below was skipped or drawn, moving the summary under the click. Not
 * proven; with no such failure seen for a while, this can go back to one click.
 */
export async function openOptions(page: Page): Promise<void> {
  const summary = page.locator('summary', { hasText: 'Certifications and skills' });
  const details = page.locator('details', { has: summary });
  await expect(async () => {
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
    await expect(details).toHaveJSProperty('open', true, { timeout: 1_000 });
  }).toPass();
}

/** The location combobox. */
export const locationBox = (page: Page) => page.getByRole('combobox', { name: 'Location', exact: true });

/** Types into the location combobox and presses Enter, which chooses the first metro that matches. */
export async function chooseLocation(page: Page, typed: string): Promise<void> {
  const box = locationBox(page);
  await box.fill(typed);
  await box.press('Enter');
  await expect(box, 'the location combobox stayed open').toHaveAttribute('aria-expanded', 'false');
}

/** The file name of a chunk of the build under test, by its name in the bundler's manifest. */
export function builtChunk(name: string): string {
  const manifest: Record<string, { file: string; name?: string }> = JSON.parse(
    readFileSync(new URL('../../dist/.vite/manifest.json', import.meta.url), 'utf8'),
  );
  const chunk = Object.values(manifest).find((c) => c.name === name);
  if (chunk === undefined) throw new Error(`no chunk named ${name} in the build's manifest`);
  return chunk.file;
}
