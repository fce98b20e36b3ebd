import type { Locator, Page } from '@playwright/test';
import { formatViolations, runAxe } from './axe';
import { expect, test } from './fixtures';
import { typical } from './helpers';

const THREE = '/?roles=devops-engineer,ai-ml-engineer,mlops-engineer&years=7&location=seattle&certs=cka';

/** The figure is wholly on the first screen, above the sticky strip at the bottom. */
async function onFirstScreen(page: Page, figure: Locator): Promise<void> {
  await expect(figure).toBeVisible();
  const box = await figure.boundingBox();
  const stripTop = await page.locator('.mobile-summary').evaluate((el) => el.getBoundingClientRect().top);
  const viewport = page.viewportSize();
  expect(box, 'the figure has no box').not.toBeNull();
  expect(await page.evaluate(() => window.scrollY), 'the page scrolled').toBe(0);
  expect(box!.y, 'the figure starts above the screen').toBeGreaterThanOrEqual(0);
  expect(
    box!.y + box!.height,
    `the figure ends below the strip (at ${stripTop} px of ${viewport?.height})`,
  ).toBeLessThanOrEqual(stripTop);
}

test('at 375 px the first card’s base and total are on the first screen, for one role and three', async ({
  page,
}) => {
  for (const [url, roleId] of [
    ['/', 'devops-engineer'],
    [THREE, 'devops-engineer'],
  ] as const) {
    for (const height of [667, 812]) {
      await page.setViewportSize({ width: 375, height });
      if (height === 667) await page.goto(url);
      const card = page.getByTestId(`estimate-${roleId}`);
      await onFirstScreen(page, card.getByTestId('base-typical'));
      await onFirstScreen(page, card.getByTestId('total-typical'));
    }
    // The controls are behind the summary until asked for.
    await expect(page.getByRole('form', { name: 'Your scenario' })).toBeHidden();
  }
});

test('at 375 px the summary opens to edit by keyboard, what it folds renders when it opens, the edit changes the figures, and axe passes closed and open in both themes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(THREE);
  const edit = page.getByRole('button', { name: 'Edit scenario' });
  await expect(edit).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  // Folded away, saved scenarios are not rendered once the rest has loaded: their place waits for the
  // panel to open.
  await expect(page.getByRole('heading', { name: /^Plan a switch/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: 'What if', includeHidden: true })).toHaveCount(0);
  await expect(page.getByText('Loading saved scenarios…')).toBeAttached();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await runAxe(page);
    expect(violations, `summary closed (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
  }

  const before = await typical(page, 'devops-engineer', 'total-typical');
  await edit.focus();
  await page.keyboard.press('Enter');
  const close = page.getByRole('button', { name: 'Close scenario' });
  await expect(close).toHaveAttribute('aria-expanded', 'true');
  await expect(close).toBeFocused();
  const years = page.getByRole('spinbutton', { name: 'Years of experience' });
  await expect(years).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What if' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Location', exact: true })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await runAxe(page);
    expect(violations, `summary open (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
  }

  await years.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('12');
  await expect(page.getByRole('button', { name: 'Close scenario' })).toHaveAccessibleDescription(
    / · 12 years · /,
  );
  const done = page.getByRole('button', { name: 'Done editing the scenario' });
  await done.focus();
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
  await expect(edit).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('form', { name: 'Your scenario' })).toBeHidden();
  await expect.poll(() => typical(page, 'devops-engineer', 'total-typical')).not.toBe(before);
  expect(await typical(page, 'devops-engineer', 'total-typical')).toBeGreaterThan(before);
});

test('at 375 px the first Tab draws the parts further down the page, so moving by keyboard skips none', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  const levers = page.getByText('What raises your pay most is worked out when you scroll to it.');
  await expect(levers).toBeVisible();
  await expect(page.getByText(/is drawn when you scroll to it/)).toHaveCount(2);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('heading', { name: 'What raises your pay most' })).toBeVisible();
  await expect(page.getByText(/is drawn when you scroll to it/)).toHaveCount(0);
  await expect(page.getByText(/are shown when you scroll to them/)).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY), 'the page scrolled').toBe(0);
});

test('a three-role comparison with a full offer package prints on at most two pages, Letter and A4, with the scenario, the date and the link', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The offer's lines make each card taller than a page: kept whole, the cards took three pages.
  await page.goto(`${THREE}&offer=180000&offerBonus=20000&offerStock=120000&offerSignOn=15000`);
  await expect(page.getByTestId('estimate-mlops-engineer')).toBeVisible();
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    // Each page is one "/Type /Page" object; the page tree is "/Type /Pages".
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
  }

  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.print-summary');
  await expect(header).toBeVisible();
  await expect(header).toContainText(
    'DevOps Engineer, AI/ML Engineer, MLOps Engineer · 7 years · Seattle · any employer',
  );
  await expect(header).toContainText('Certified Kubernetes Administrator (CKA)');
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date()),
  );
  await expect(header).toContainText(`Printed ${today}`);
  await expect(header).toContainText(new URL(THREE, page.url()).href);
  // Each card says what it is for on paper too.
  for (const roleId of ['devops-engineer', 'ai-ml-engineer', 'mlops-engineer'])
    await expect(page.getByTestId(`estimate-${roleId}`).getByText(/^For 7 years · Seattle/)).toBeVisible();
  // No controls and no theme switch on paper.
  await expect(page.getByRole('form', { name: 'Your scenario' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit scenario' })).toBeHidden();
});
