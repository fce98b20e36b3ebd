import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { formatViolations, runAxe } from './axe';
import { expect, test } from './fixtures';
import { revealInsights, settledSearch } from './helpers';

const ROLES = ['ai-ml-engineer', 'devops-engineer'] as const;
const PACKAGE =
  '?roles=ai-ml-engineer,devops-engineer&offer=165000&offerBonus=15000&offerStock=200000&offerVest=3&offerSignOn=20000&counter=90';

/** Every offer hook of every card, as attributes: what a reopened link must show again. */
async function offerHooks(page: Page) {
  const hooks: Record<string, Record<string, string | null>> = {};
  for (const id of ROLES) {
    const card = page.getByTestId(`estimate-${id}`);
    await expect(card.getByTestId('offer-counter')).toBeVisible();
    for (const hook of [
      'offer-position',
      'offer-bonus-position',
      'offer-stock-position',
      'offer-signon',
      'offer-total-position',
      'offer-package-total',
      'offer-counter',
    ]) {
      const el = card.getByTestId(hook);
      hooks[`${id} ${hook}`] = {
        value: await el.getAttribute('data-value'),
        kind: await el.getAttribute('data-kind'),
        percentile: await el.getAttribute('data-percentile'),
        total: await el.getAttribute('data-total-value'),
      };
    }
  }
  return hooks;
}

test('a full offer package: typed, placed on each card with a counter, kept in the link, reopened and exported', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?roles=ai-ml-engineer,devops-engineer');
  await page.getByLabel('Offer: base salary').fill('165000');
  await page.getByLabel('Offer: annual bonus (target)').fill('15000');
  await page.getByLabel('Offer: stock grant (total)').fill('200000');
  await page.getByLabel('Vesting years').selectOption('3');
  await page.getByLabel('Offer: sign-on bonus (one-time)').fill('20000');
  await page.getByLabel('Counter-offer at').selectOption('90');
  await settledSearch(page, PACKAGE);

  for (const id of ROLES) {
    const card = page.getByTestId(`estimate-${id}`);
    // base + bonus + a 3-year grant a year; the sign-on stays out of the yearly total.
    await expect(card.getByTestId('offer-package-total')).toHaveAttribute(
      'data-value',
      String(Math.round(165000 + 15000 + 200000 / 3)),
    );
    await expect(card.getByTestId('offer-signon')).toHaveAttribute('data-value', '20000');
    await expect(card.getByTestId('offer-signon')).toContainText('$20,000, paid once');
    const counter = card.getByTestId('offer-counter');
    await expect(counter).toHaveAttribute('data-percentile', '90');
    await expect(counter).toContainText('at the 90th percentile of people like you');
    // The 90th percentile lies above the card's high figure (the 75th).
    const high = Number(await card.getByTestId('base-high').getAttribute('data-value'));
    expect(Number(await counter.getAttribute('data-value'))).toBeGreaterThan(high);
    await expect(card.getByTestId('offer-position')).toContainText('people like you are paid');
  }
  // AI/ML's equity share is sourced: a percentile; DevOps borrows it: said to be an assumption.
  const aimlStock = page.getByTestId('estimate-ai-ml-engineer').getByTestId('offer-stock-position');
  await expect(aimlStock).toHaveAttribute('data-kind', 'placed');
  const devopsStock = page.getByTestId('estimate-devops-engineer').getByTestId('offer-stock-position');
  await expect(devopsStock).toHaveAttribute('data-kind', 'assumed');
  await expect(devopsStock).toContainText('is an assumption');

  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);

  const typed = await offerHooks(page);
  await revealInsights(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(exported.offer.offer).toMatchObject({
    baseAnnualUsd: 165000,
    bonusAnnualUsd: 15000,
    stockGrantUsd: 200000,
    vestYears: 3,
    signOnUsd: 20000,
  });
  expect(exported.offer.counterPercentile).toBe(90);
  for (const [i, id] of ROLES.entries()) {
    expect(exported.offer.roles[i].roleId).toBe(id);
    expect(String(exported.offer.roles[i].counter.baseAnnualUsd)).toBe(typed[`${id} offer-counter`]!.value);
    expect(String(exported.offer.roles[i].basePercentile)).toBe(typed[`${id} offer-position`]!.value);
  }

  // The link alone reopens the same offer: the fields and every figure.
  await page.goto(`/${PACKAGE}`);
  await expect(page.getByLabel('Offer: base salary')).toHaveValue('165000');
  await expect(page.getByLabel('Offer: annual bonus (target)')).toHaveValue('15000');
  await expect(page.getByRole('radio', { name: 'A grant' })).toBeChecked();
  await expect(page.getByLabel('Offer: stock grant (total)')).toHaveValue('200000');
  await expect(page.getByLabel('Vesting years')).toHaveValue('3');
  await expect(page.getByLabel('Offer: sign-on bonus (one-time)')).toHaveValue('20000');
  await expect(page.getByLabel('Counter-offer at')).toHaveValue('90');
  expect(await offerHooks(page)).toEqual(typed);
});
