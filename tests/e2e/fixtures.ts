import { expect, test as base, type Page } from '@playwright/test';

export interface GuardOptions {
  /**
   * Let the test pass although the browser logged an error, for a test that makes a request fail on
   * purpose (the browser itself logs the failed request). Set it with `test.use` in a describe block.
   */
  allowConsoleErrors: boolean;
  /**
   * `page.goto` and `page.reload` return once the app has drawn the page's data or its error
   * (`html[data-app-ready]`), not when the prerendered HTML has loaded: until then a prerendered page
   * shows its figures but does not respond. Off for a test that keeps the data from arriving.
   */
  waitForApp: boolean;
}

/** Makes a page's full loads wait for the app (see `waitForApp`). */
function waitForAppOnLoad(page: Page): void {
  const ready = () => page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await ready();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await ready();
    return response;
  };
}

/**
 * Playwright's `test` with a fresh context per test (as always) that fails the test on any console error
 * or uncaught page error in any page of its context, unless `allowConsoleErrors` is set.
 */
export const test = base.extend<GuardOptions & { consoleGuard: void; appLoads: void }>({
  allowConsoleErrors: [false, { option: true }],
  waitForApp: [true, { option: true }],
  appLoads: [
    async ({ context, waitForApp }, use) => {
      if (waitForApp) {
        context.pages().forEach(waitForAppOnLoad);
        context.on('page', waitForAppOnLoad);
      }
      await use();
    },
    { auto: true },
  ],
  consoleGuard: [
    async ({ context, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (msg) => {
          if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
        });
        page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      if (!allowConsoleErrors) expect(errors, `${errors.length} console/page error(s)`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
