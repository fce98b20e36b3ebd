/**
 * What people actually do to a salary page (issue 9): odd and hostile links, two tabs editing saved
 * scenarios, full or blocked storage, data files that stall or break off, and framing by another site.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtChunk, readFigures, revealInsights, revealLevers, settledSearch } from './helpers';

/**
 * Milliseconds from a client-side arrival at `url` (pushed into history and announced with popstate, as
 * the back button does) until `roleId`'s typical total is in the page, measured in the page itself, and
 * how many of them the browser took to push the URL.
 */
async function arriveAt(page: Page, url: string, roleId: string): Promise<{ ms: number; pushMs: number }> {
  const selector = `[data-testid="estimate-${roleId}"] [data-testid="total-typical"]`;
  return page.evaluate(
    async ({ url, selector }) => {
      const start = performance.now();
      history.pushState(null, '', url);
      const pushMs = performance.now() - start;
      dispatchEvent(new PopStateEvent('popstate'));
      await new Promise<void>((resolve) => {
        const shown = () => document.querySelector(selector) !== null;
        if (shown()) return resolve();
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      return { ms: performance.now() - start, pushMs };
    },
    { url, selector },
  );
}

/** Leaves the estimator for the methodology page by its link, so the next link arrives afresh. */
async function toMethodology(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methodology' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How Paypath estimates pay' })).toBeVisible();
}

test.describe('odd links', () => {
  for (const [link, roleId] of [
    ['//?years=abc', 'devops-engineer'],
    ['///?roles=ai-engineer,bogus', 'ai-engineer'],
    ['//?roles=ai-engineer', 'ai-engineer'],
  ] as const) {
    test(`${link} opens the estimator and survives a change`, async ({ page, baseURL }) => {
      await page.goto(`${baseURL}/${link.slice(1)}`);
      await expect(page.getByTestId(`estimate-${roleId}`)).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByRole('checkbox', { name: 'Backend Developer' }).check();
      await expect(page.getByTestId('estimate-backend-developer')).toBeVisible();
      expect(new URL(page.url()).search).toContain('backend-developer');
    });
  }

  test('a long hostile link lists five notices and a count, with invisible characters stripped', async ({
    page,
  }) => {
    // 600 unknown skills: one notice each before, five and a count now. (Servers refuse request lines
    // much past 16 KB: a megabyte link is opened in the page, below.)
    const skills = Array.from({ length: 600 }, (_, i) => `bogus-${i}`).join(',');
    const crafted = encodeURIComponent('\u202Enigs esaelP\u200B');
    await page.goto(`/?location=${crafted}&skills=${skills}`);
    const notice = page.getByRole('status', { name: /part of the link was ignored/i });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('listitem')).toHaveCount(6);
    await expect(notice.getByRole('listitem').last()).toHaveText('…and 596 more values ignored.');
    const text = await notice.innerText();
    expect(text).not.toMatch(/[\u202E\u200B]/);
    await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  });

  test('a 2 MB link shows the same figures as a clean one, five notices and a count, a small page and a short address', async ({
    page,
  }) => {
    // The preview server refuses request lines past about 16 KB, so the link arrives the way the back
    // button brings one, inside the page. The estimator reads the link it arrives with, so each link is
    // opened from the methodology page; the data is loaded by then, and both links are timed alike. The
    // page opens with the links' roles: arriving, the estimator first writes the scenario it held before
    // and the link's only 300 ms later, a write that would race the next click away.
    await page.goto('/?roles=ai-engineer');
    await expect(page.getByTestId('estimate-ai-engineer')).toBeVisible();
    await toMethodology(page);
    const cleanTime = await arriveAt(page, '/?roles=ai-engineer', 'ai-engineer');
    const clean = await readFigures(page);
    const cleanElements = await page.evaluate(() => document.getElementsByTagName('*').length);

    await toMethodology(page);
    const skills = Array.from({ length: 100_000 }, (_, i) => `unknown-skill-${i}`);
    const huge = `/?roles=ai-engineer&skills=${skills.join(',')}`;
    // About 2 MB, under Chromium's limit on a URL (2 MiB).
    expect(huge.length).toBeGreaterThan(1_900_000);
    expect(huge.length).toBeLessThan(2 * 1024 * 1024);
    const hugeTime = await arriveAt(page, huge, 'ai-engineer');
    // Printed, not asserted: a busy machine is slower, and tracing (kept on) adds to both.
    console.log(
      `figures after ${Math.round(hugeTime.ms)} ms for a ${(huge.length / 1e6).toFixed(1)} MB link ` +
        `(${Math.round(hugeTime.pushMs)} ms of it pushing the URL), ${Math.round(cleanTime.ms)} ms for a clean one`,
    );

    expect(await readFigures(page), 'the ignored skills changed the figures').toEqual(clean);
    const notice = page.getByRole('status', { name: /part of the link was ignored/i });
    await expect(notice.getByRole('listitem')).toHaveCount(6);
    await expect(notice.getByRole('listitem').last()).toHaveText(
      `…and ${(skills.length - 5).toLocaleString('en-US')} more values ignored.`,
    );
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    console.log(`${elements} elements on the page after the 2 MB link, ${cleanElements} after the clean one`);
    expect(elements, 'the page grew with the link').toBeLessThan(5_000);
    await settledSearch(page, '?roles=ai-engineer');
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

test.describe('saved scenarios', () => {
  test('two tabs saving in turn keep both saves, and a delete in one is not undone by the other', async ({
    context,
    page,
  }) => {
    const other = await context.newPage();
    await page.goto('/?years=3');
    await other.goto('/?years=9');
    const save = async (tab: typeof page, name: string) => {
      await tab.getByLabel('Name this scenario').fill(name);
      await tab.getByRole('button', { name: 'Save' }).click();
      await expect(tab.getByRole('status').filter({ hasText: `Saved “${name}”` })).toBeVisible();
    };
    await save(page, 'From A');
    await save(other, 'From B');
    // Tab A follows tab B through the storage event, and a save in A keeps B's.
    await expect(page.getByRole('button', { name: 'Open From B' })).toBeVisible();
    await save(page, 'From A again');
    await other.getByRole('button', { name: 'Delete From A', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Open From A', exact: true })).toHaveCount(0);
    // Changing the theme in tab A must not bring the deleted save back.
    await page.getByLabel('Theme').selectOption('dark');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('paypath') ?? '{}'));
    expect(stored.state.saved.map((s: { name: string }) => s.name)).toEqual(['From A again', 'From B']);
  });

  for (const [label, errorName, message] of [
    ['full', 'QuotaExceededError', /storage is full/],
    ['blocked', 'SecurityError', /does not let Paypath store anything/],
  ] as const) {
    test(`with storage ${label}, a save says it was not kept and the list stays as stored`, async ({
      page,
    }) => {
      await page.addInitScript((name) => {
        Storage.prototype.setItem = function () {
          throw new DOMException('refused', name);
        };
      }, errorName);
      await page.goto('/');
      await page.getByLabel('Name this scenario').fill('Nope');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Open Nope' })).toHaveCount(0);
    });
  }
});

test.describe('data files that fail', () => {
  test.use({ allowConsoleErrors: true, waitForApp: false });

  test('a file cut off mid-download names the file, and Retry loads it', async ({ page }) => {
    let broken = true;
    await page.route('**/data/roles.json', async (route) => {
      if (broken) await route.abort('connectionreset');
      else await route.continue();
    });
    await page.goto('/?roles=ai-engineer');
    await expect(page.getByRole('alert')).toContainText('data/roles.json');
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('estimate-ai-engineer')).toBeVisible();
    await settledSearch(page, '?roles=ai-engineer');
  });

  test('a file that never arrives is reported as stalled after the deadline, naming it', async ({ page }) => {
    await page.clock.install();
    await page.route('**/data/claims.json', () => {
      // Never answered: the request hangs until the page gives up on it.
    });
    const arrived = new Set<string>();
    page.on('requestfinished', (request) => arrived.add(new URL(request.url()).pathname));
    await page.goto('/');
    // The prerendered default figures show while the data for the app itself is on its way.
    await expect(page.getByTestId('estimate-devops-engineer').getByTestId('base-typical')).toBeVisible();
    // Every other file has arrived before the clock jumps past the deadline: on a busy machine one may
    // still be on its way, and would be reported as stalled in its place.
    const others = ['sources', 'roles', 'modifiers', 'benchmarks'].map((name) => `/data/${name}.json`);
    await expect.poll(() => others.filter((file) => !arrived.has(file))).toEqual([]);
    await page.clock.runFor(21_000);
    const panel = page
      .getByRole('alert')
      .or(page.getByRole('status', { name: /could not be loaded/i }))
      .first();
    await expect(panel).toContainText('data/claims.json');
    await expect(panel).toContainText('did not arrive within 20 s');
  });
});

test.describe('code that fails to download', () => {
  // The browser logs the request it failed, and React logs each error a boundary caught (a
  // ChunkLoadError, also for a chunk that imports the failed one): each test lets exactly those through
  // and fails on any other.
  test.use({ allowConsoleErrors: true, waitForApp: false });

  /** The console errors of `page` that are not the failed download of `file`. */
  function unexpectedErrors(page: Page, file: string): string[] {
    const unexpected: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      const failedRequest = text.startsWith('Failed to load resource') && msg.location().url.endsWith(file);
      const caught = text.startsWith('ChunkLoadError:');
      if (!failedRequest && !caught) unexpected.push(text);
    });
    page.on('pageerror', (err) => unexpected.push(`page error: ${err.message}`));
    return unexpected;
  }

  test('the methodology page says it could not be downloaded, and Try again fetches it', async ({ page }) => {
    const file = builtChunk('methodology');
    const errors = unexpectedErrors(page, file);
    let broken = true;
    let requests = 0;
    await page.route(`**/${file}`, async (route) => {
      requests++;
      if (broken) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto('/methodology');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The methodology could not be downloaded. Check your connection');
    const failedRequests = requests;
    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'How Paypath estimates pay' })).toBeVisible();
    expect(requests, 'Try again did not fetch the page again').toBeGreaterThan(failedRequests);
    await expect(alert).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the panels chunk failing leaves the figures, and Try again brings each panel back', async ({
    page,
  }) => {
    // One chunk holds the levers, saved scenarios, the formula and the offer check (see the build config).
    const file = builtChunk('panels');
    const errors = unexpectedErrors(page, file);
    let broken = true;
    await page.route(`**/${file}`, async (route) => {
      if (broken) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto('/?roles=ai-engineer&offer=150000');
    await revealLevers(page);
    const levers = page.getByRole('alert').filter({ hasText: 'list of pay levers' });
    await expect(levers).toContainText('could not be downloaded. Check your connection');
    // The card keeps its figures: only its offer check (and the formula, in its closed disclosure) failed.
    const card = page.getByTestId('estimate-ai-engineer');
    await expect(card.getByTestId('total-typical')).toBeVisible();
    await expect(card.getByRole('alert')).toContainText('The offer check could not be downloaded');
    // The insight panels come with the same chunk, once scrolled near. Drawn while it still fails: on
    // this short page they usually are at load, but on a busy machine once they came near only after
    // the chunk was mended, and rightly rendered with no alert to find.
    await revealInsights(page);
    const insights = page.getByRole('alert').filter({ hasText: 'sources, profiles and export' });
    await expect(insights).toContainText('could not be downloaded');

    broken = false;
    await levers.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('levers').getByTestId('lever').first()).toBeVisible();
    await card.getByRole('button', { name: 'Try again' }).click();
    await expect(card.getByTestId('offer-position')).toBeVisible();
    // Each panel's Try again imports the chunk again, the insights' too.
    await insights.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Sources side by side' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test('the built app refuses to be framed and sends its security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const html = await response.text();
  const asset = html.match(/\/assets\/[^"']+\.js/)?.[0];
  expect(asset).toBeDefined();
  expect((await request.get(asset!)).headers()['cache-control']).toContain('immutable');
});
