import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { formatViolations, runAxe } from './axe';
import { expect, test } from './fixtures';
import { readFigures, revealLevers, typical } from './helpers';

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about them.
test.use({ serviceWorkers: 'allow' });
// The update test rewrites the served sw.js: the two tests run one after the other.
test.describe.configure({ mode: 'serial' });

const THREE_ROLES = '/?roles=devops-engineer,ai-ml-engineer,mlops-engineer&years=7&location=seattle';
const served = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/sw.js');

/** Waits until a service worker is active and controls the page (the app registers it after load). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the app is installable, opens offline at / and at a link, and still estimates', async ({
  page,
  context,
}) => {
  await page.goto(THREE_ROLES);
  await expect(page.getByTestId('base-typical')).toHaveCount(3);
  const online = await readFigures(page);
  await controlled(page);

  // Installable: the manifest parses with what Chromium needs, its icons are there, and Chromium lists
  // no installability error beyond this test's incognito context.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe('/manifest.webmanifest');
  const manifest = await (await page.request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({
    short_name: 'Paypath',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  });
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of icons) {
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
  }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors, 'manifest parse errors').toEqual([]);

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByTestId('base-typical')).toHaveCount(1);
  expect(await typical(page, 'devops-engineer'), 'the default figure offline').toBeGreaterThan(0);
  await page.goto(THREE_ROLES);
  await expect(page.getByTestId('base-typical')).toHaveCount(3);
  expect(await readFigures(page), 'the same link offline and online').toEqual(online);

  // A what-if change recomputes offline: the levers' chunk comes from the cache too.
  await revealLevers(page);
  const lever = page.getByTestId('levers').getByTestId('lever').first();
  await expect(lever).toBeVisible();
  const shown = Number(await lever.getAttribute('data-value'));
  const before = await typical(page, 'devops-engineer', 'total-typical');
  await lever.getByRole('button').click();
  await expect
    .poll(() => typical(page, 'devops-engineer', 'total-typical'), { message: 'total after the lever' })
    .toBe(before + shown);

  // The methodology page's lazy chunk is cached as well.
  await page.getByRole('link', { name: 'Methodology' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How Paypath estimates pay' })).toBeVisible();
});

test('a new deployment offers to reload instead of mixing versions, and Reload brings it in', async ({
  page,
}) => {
  const original = await readFile(served, 'utf8');
  // A deployment whose only change is the data: the same sw.js with another revision of roles.json.
  const revision = original.match(/url:"data\/roles\.json",revision:"([0-9a-f]+)"/)?.[1];
  expect(revision, 'sw.js precaches data/roles.json under a content hash').toBeDefined();
  const redeployed = original.replace(revision!, [...revision!].reverse().join(''));
  expect(redeployed).not.toBe(original);

  await page.goto('/?roles=ai-ml-engineer&years=3');
  await expect(page.getByTestId('base-typical')).toHaveCount(1);
  await controlled(page);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of Paypath is ready' });
  await expect(notice).toHaveCount(0);

  try {
    await writeFile(served, redeployed);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(notice).toBeVisible();
    expect(formatViolations(await runAxe(page)), 'axe with the update notice').toBe('');
    // The running page was not swapped under the person: the old worker still controls it.
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null),
    ).toBe(true);

    // Keyboard: the notice comes right after the skip link.
    await page.evaluate(() => {
      (window as { beforeReload?: true }).beforeReload = true;
    });
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(notice.getByRole('button', { name: 'Reload' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !('beforeReload' in window));
  } finally {
    await writeFile(served, original);
  }
  await expect(page.getByTestId('base-typical')).toHaveCount(1);
  await expect(notice).toHaveCount(0);
  expect(page.url(), 'the scenario survives the reload').toContain('?roles=ai-ml-engineer&years=3');
  await controlled(page);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBe(null);
});
