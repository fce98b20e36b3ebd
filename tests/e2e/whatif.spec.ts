import { expect, test } from './fixtures';
import {
  cardOf,
  changedSearch,
  chooseLocation,
  readFigures,
  revealLevers,
  settledSearch,
  typical,
} from './helpers';

test('applying the top lever raises the typical total by the amount it shows', async ({ page }) => {
  await page.goto('/?roles=devops-engineer,backend-developer&years=3');
  await revealLevers(page);
  const first = page.getByTestId('levers').getByTestId('lever').first();
  await expect(first).toBeVisible();
  const shown = Number(await first.getAttribute('data-value'));
  const before = await typical(page, 'devops-engineer', 'total-typical');
  await first.getByRole('button').click();
  const after = await typical(page, 'devops-engineer', 'total-typical');
  expect(after - before, 'the lever did not move the total by its amount').toBe(shown);
  await changedSearch(page, '?roles=devops-engineer,backend-developer&years=3');
});

test('a bookmarked offer shows where it lands on every card; hourly changes the text, not the hooks', async ({
  page,
}) => {
  await page.goto('/?roles=ai-ml-engineer,mlops-engineer&years=5&offer=140000');
  for (const id of ['ai-ml-engineer', 'mlops-engineer']) {
    const position = page.getByTestId(`estimate-${id}`).getByTestId('offer-position');
    const percentile = Number(await position.getAttribute('data-value'));
    expect(percentile, `${id}: percentile`).toBeGreaterThanOrEqual(0);
    expect(percentile, `${id}: percentile`).toBeLessThanOrEqual(100);
    expect(await position.innerText(), 'no percentile text').toContain('percentile');
  }
  const annual = await readFigures(page);
  await page.getByRole('radio', { name: 'Hourly' }).check();
  expect(await readFigures(page), 'data-value hooks changed with the period').toEqual(annual);
  const text = await page.getByTestId('estimate-mlops-engineer').getByTestId('base-typical').innerText();
  // To the dollar, the precision the sources support for an hour.
  const expected = String(Math.round(cardOf(annual, 'mlops-engineer')['base-typical'] / 2080));
  expect(text.replace(/[$,]/g, ''), `hourly text ${text}`).toBe(expected);
  await settledSearch(page, '?roles=ai-ml-engineer,mlops-engineer&offer=140000&period=hourly');
});

test('pin a scenario, name it, change it, and every card shows the difference, after a reload too; a saved scenario survives a reload', async ({
  page,
}) => {
  await page.goto('/?roles=backend-developer&years=2');
  await page.getByRole('button', { name: 'Pin as baseline' }).click();
  await page.getByLabel('Baseline name').fill('Today');
  await chooseLocation(page, 'New York');
  const delta = page.getByTestId('estimate-backend-developer').getByTestId('base-typical-delta');
  await expect(delta, 'delta text').toHaveText(/^\+\$[\d,]+ vs “Today”$/);
  await settledSearch(page, '?roles=backend-developer&years=2&location=new-york&pin=years:2&pinName=Today');
  // The baseline is part of the link: a reload keeps it, named, with what it holds.
  await page.reload();
  await expect(delta).toHaveText(/^\+\$[\d,]+ vs “Today”$/);
  await expect(page.getByTestId('pinned-line')).toContainText('“Today”: 2 years · United States');
  await page.getByRole('button', { name: 'Unpin baseline' }).click();
  await expect(delta).toBeHidden();
  await page.getByLabel('Name this scenario').fill('NYC backend');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Open NYC backend' })).toBeVisible();
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('button', { name: 'Open NYC backend' }).click();
  await expect(page.getByTestId('estimate-backend-developer')).toBeVisible();
  await settledSearch(page, '?roles=backend-developer&years=2&location=new-york');
});

test('corrupted local storage is set aside with a notice and the page still works', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('paypath', '{"state": nope'));
  await page.reload();
  await expect(page.getByRole('status', { name: 'Saved scenarios set aside' })).toBeVisible();
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
});
