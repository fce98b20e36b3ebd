import { expect, test as base, type Page } from '@playwright/test';

export interface GuardOptions {
  /**
   * Let the test pass although the browser logged an error, for a test that makes a request fail on
   * purpose (the browser itself logs the failed request). Set it with `test.use` in a describe block.
   */
  allowConsoleErrors: boolean;
}

/**
 * Playwright's `test` with a fresh context per test (as always) that fails the test on any console error
 * or uncaught page error in any page of its context, unless `allowConsoleErrors` is set.
 */
export const test = base.extend<GuardOptions & { consoleGuard: void }>({
  allowConsoleErrors: [false, { option: true }],
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
