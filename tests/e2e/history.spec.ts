/**
 * Back and Forward behave as in any web app (issue 9): a discrete change is one step of the history, a
 * continuous one is written when it settles, and the page always shows what the address bar says.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { currentSearch, openOptions, readFigures, revealLevers, settledSearch } from './helpers';

const yearsBox = (page: Page) => page.getByRole('spinbutton', { name: 'Years of experience' });
const cka = (page: Page) => page.getByRole('checkbox', { name: /CKA/ });

test('Back and Forward over a checkbox restore the scenario, the figures and the address bar', async ({
  page,
}) => {
  await page.goto('/?years=8');
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  const before = await readFigures(page);
  await openOptions(page);
  await cka(page).check();
  await settledSearch(page, '?years=8&certs=cka');
  const after = await readFigures(page);
  expect(after).not.toEqual(before);

  await page.goBack();
  await settledSearch(page, '?years=8');
  await expect(cka(page)).not.toBeChecked();
  await expect.poll(() => readFigures(page)).toEqual(before);

  await page.goForward();
  await settledSearch(page, '?years=8&certs=cka');
  await expect(cka(page)).toBeChecked();
  await expect.poll(() => readFigures(page)).toEqual(after);
});

test('a typed number of years is one step back, and the page follows the address bar', async ({ page }) => {
  await page.goto('/?roles=ai-engineer');
  await expect(page.getByTestId('estimate-ai-engineer')).toBeVisible();
  const start = await readFigures(page);
  await yearsBox(page).fill('12');
  await settledSearch(page, '?roles=ai-engineer&years=12');
  await page.goBack();
  await settledSearch(page, '?roles=ai-engineer');
  await expect(yearsBox(page)).toHaveValue('5');
  await expect.poll(() => readFigures(page)).toEqual(start);
  await page.goForward();
  await expect(yearsBox(page)).toHaveValue('12');
});

test('after every Back and Forward over mixed changes, the page shows what the address bar says', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  const seen = new Map<string, Awaited<ReturnType<typeof readFigures>>>();
  const record = async () => seen.set(await currentSearch(page), await readFigures(page));
  await record();
  await page.getByRole('checkbox', { name: 'Backend Developer' }).check();
  await settledSearch(page, '?roles=devops-engineer,backend-developer');
  await record();
  // Arrow keys on the slider: continuous changes, written as they settle.
  await page.getByRole('slider', { name: 'Years of experience' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await settledSearch(page, '?roles=devops-engineer,backend-developer&years=9');
  await record();
  await page.getByLabel('Company type').selectOption({ label: 'Startup' });
  await expect.poll(() => currentSearch(page)).toContain('company=');
  await record();

  const check = async () => {
    const search = await currentSearch(page);
    // Every entry is one the page wrote, and the page shows exactly its figures.
    expect(seen.has(search) || search.includes('years=')).toBe(true);
    const expected = seen.get(search);
    if (expected !== undefined) await expect.poll(() => readFigures(page)).toEqual(expected);
    const years = new URLSearchParams(search).get('years') ?? '5';
    await expect(yearsBox(page)).toHaveValue(years);
  };
  const last = await currentSearch(page);
  // Back to the arrival and Forward to the end, checking every entry on the way. (How many entries the
  // arrow keys make depends on how fast they come: one while they come less than a second apart.)
  for (let steps = 0; (await currentSearch(page)) !== '' && steps < 10; steps++) {
    await page.goBack();
    await check();
  }
  expect(await currentSearch(page)).toBe('');
  for (let steps = 0; (await currentSearch(page)) !== last && steps < 10; steps++) {
    await page.goForward();
    await check();
  }
  expect(await currentSearch(page)).toBe(last);
});

test('a lever chosen from the list is undone by Back', async ({ page }) => {
  await page.goto('/?years=6');
  await revealLevers(page);
  const best = page.getByTestId('lever').first();
  await expect(best).toBeVisible();
  const before = await readFigures(page);
  await best.getByRole('button').click();
  await expect.poll(() => currentSearch(page)).not.toBe('?years=6');
  await page.goBack();
  await settledSearch(page, '?years=6');
  await expect.poll(() => readFigures(page)).toEqual(before);
});

test('a change made just before following a link is kept, there and on the way back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  await yearsBox(page).fill('3');
  await yearsBox(page).fill('14');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methodology' }).click();
  await expect(page).toHaveURL(/\/methodology\?years=14$/);
  await page.goBack();
  await settledSearch(page, '?years=14');
  await expect(yearsBox(page)).toHaveValue('14');
});
