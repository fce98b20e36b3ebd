import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtChunk, HOOKS, readFigures, revealLevers } from './helpers';

const THREE_ROLES = '/?roles=devops-engineer,mlops-engineer,ai-engineer&location=seattle&certs=cka';
const DEVOPS = 'estimate-devops-engineer';

/** The DevOps card's hooks as the server sends them, read from the HTML text: no script involved. */
function servedFigures(html: string): Record<string, number> {
  const card = html.slice(html.indexOf(`data-testid="${DEVOPS}"`));
  return Object.fromEntries(
    HOOKS.map((hook) => {
      const match = new RegExp(`data-testid="${hook}" data-value="(\\d+)"`).exec(card);
      expect(match, `the served HTML has no ${hook} in the DevOps card`).not.toBeNull();
      return [hook, Number(match![1])];
    }),
  );
}

/** Console warnings and errors, except Playwright's own note that it blocked the service worker. */
function warnings(page: Page): string[] {
  const logged: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'warning' && msg.type() !== 'error') return;
    if (msg.text().startsWith('Service Worker registration blocked')) return;
    logged.push(`${msg.type()}: ${msg.text()}`);
  });
  return logged;
}

/** Keeps the first element matching `selector` that the HTML parser creates, before any app script runs. */
const keepFirst = (selector: string) => {
  const observer = new MutationObserver(() => {
    const element = document.querySelector(selector);
    if (element === null) return;
    (window as unknown as { first: Element }).first = element;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
};

test('the served HTML of / holds the default figures, shown without scripts, and hydration keeps them without a warning', async ({
  page,
  browser,
  baseURL,
}) => {
  const served = servedFigures(await (await page.request.get('/')).text());

  // With JavaScript off, the figures are on screen from the HTML alone.
  const noScripts = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScripts.newPage();
  await bare.goto(`${baseURL}/`);
  await expect(bare.getByTestId(DEVOPS).getByTestId('base-typical')).toBeVisible();
  await expect(bare.getByTestId(DEVOPS).getByTestId('base-typical')).toHaveAttribute(
    'data-value',
    String(served['base-typical']),
  );
  await noScripts.close();

  // With scripts, the app hydrates that HTML: the same figures, in the same elements, and no warning.
  const logged = warnings(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript(keepFirst, `[data-testid="${DEVOPS}"]`);
  await page.goto('/');
  expect((await readFigures(page))['devops-engineer']).toEqual(served);
  // Nothing the app loads competes with the first paint: its code is requested after it.
  const { painted, requestedAt } = await page.evaluate((entry) => {
    const resource = performance.getEntriesByType('resource').find((r) => r.name.endsWith(`/${entry}`));
    return {
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      requestedAt: resource?.startTime,
    };
  }, builtChunk('index'));
  expect(painted, 'no first contentful paint was recorded').toBeDefined();
  expect(requestedAt, 'the entry script was not loaded').toBeDefined();
  expect(requestedAt!).toBeGreaterThan(painted!);
  expect(
    await page.evaluate(
      (id) =>
        (window as unknown as { first?: Element }).first === document.querySelector(`[data-testid="${id}"]`),
      DEVOPS,
    ),
    'the prerendered card was replaced instead of hydrated',
  ).toBe(true);
  // Hydrated means it responds: a second role adds its card.
  await page.getByRole('checkbox', { name: /^AI Engineer/ }).check();
  await expect(page.getByTestId('estimate-ai-engineer')).toBeVisible();
  expect(logged).toEqual([]);
  // The data files are the ones the build validated, so the schemas that check them in full never load.
  expect(requested).toContain('/data/roles.json');
  expect(requested).not.toContain(`/${builtChunk('parse')}`);
  // The stylesheet is in the page: the lazy parts (here the levers' chunk) do not fetch it again.
  await revealLevers(page);
  await expect(page.getByRole('heading', { name: 'What raises your pay most' })).toBeVisible();
  expect(requested).toContain(`/${builtChunk('panels')}`);
  expect(requested.filter((path) => path.endsWith('.css'))).toEqual([]);
});

test('/methodology is prerendered whole and hydrates without a warning', async ({ page }) => {
  const html = await (await page.request.get('/methodology')).text();
  expect(html).toContain('<title>How Paypath estimates pay — Paypath</title>');
  expect(html).toContain('<h1>How Paypath estimates pay</h1>');
  expect(html, 'a part of the page is streamed in by script').not.toMatch(/<body[\s\S]*<script/);

  const logged = warnings(page);
  await page.addInitScript(keepFirst, 'article.methodology');
  await page.goto('/methodology');
  await expect(page.getByRole('heading', { level: 1, name: 'How Paypath estimates pay' })).toBeVisible();
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { first?: Element }).first === document.querySelector('article.methodology'),
    ),
    'the prerendered page was replaced instead of hydrated',
  ).toBe(true);
  expect(logged).toEqual([]);
});

test('a bookmarked 3-role link never shows a default figure, in any frame from navigation on', async ({
  page,
}) => {
  const served = servedFigures(await (await page.request.get('/')).text());
  // Every frame and every change to the page, from before the HTML is parsed: each figure a person
  // could see (laid out and not hidden), as "card=value".
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { seen: Set<string> }).seen = seen;
    const look = () => {
      for (const figure of document.querySelectorAll(
        '[data-testid^="estimate-"] [data-testid="base-typical"]',
      )) {
        if (!figure.checkVisibility({ visibilityProperty: true })) continue;
        const card = figure.closest('[data-testid^="estimate-"]')!.getAttribute('data-testid');
        seen.add(`${card}=${figure.getAttribute('data-value')}`);
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
    const everyFrame = () => {
      look();
      requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  });
  await page.goto(THREE_ROLES);
  await expect(page.getByTestId('base-typical')).toHaveCount(3);
  const final = Object.entries(await readFigures(page)).map(
    ([id, f]) => `estimate-${id}=${f['base-typical']}`,
  );
  const seen = await page.evaluate(() => [...(window as unknown as { seen: Set<string> }).seen]);
  expect(seen.length, 'no figure was ever seen: the watch did not run').toBeGreaterThan(0);
  expect(seen, 'the default DevOps figure was on screen').not.toContain(
    `${DEVOPS}=${served['base-typical']}`,
  );
  expect(new Set(seen), 'a figure other than the link’s own was on screen').toEqual(new Set(final));
});

test('each page asks for its data before its code, and a link loads each data file once', async ({
  page,
}) => {
  // The boot script inserts the app-load template's links in order, one a task. An entry that ran before
  // a data file's preload was inserted fetched the file itself, and the preload then fetched it again
  // and kept the response unused, for Retry after a data error to be handed the stale one.
  for (const path of ['/', '/methodology']) {
    const html = await (await page.request.get(path)).text();
    const template = /<template id="app-load">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
    const links = [...template.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    const lastData = links.findLastIndex((href) => href.startsWith('/data/'));
    const entry = links.findIndex((href) => href.startsWith('/assets/'));
    expect(lastData, `${path}: the app-load template has no data preloads`).toBeGreaterThanOrEqual(0);
    expect(entry, `${path}: the app's code is asked for before its data`).toBeGreaterThan(lastData);
  }

  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/')) requested.push(pathname);
  });
  await page.goto(THREE_ROLES);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByTestId(DEVOPS)).toBeVisible();
  const counts = Object.fromEntries(
    [...new Set(requested)].map((file) => [file, requested.filter((f) => f === file).length]),
  );
  expect(Object.keys(counts).length, 'no data file was requested').toBeGreaterThan(0);
  for (const [file, count] of Object.entries(counts))
    expect(count, `${file} was requested ${count} times`).toBe(1);
});
