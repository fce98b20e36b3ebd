/**
 * The switch planner (issue 10, item 2): a shared link reopens the same plan, its hooks give the model's
 * figures, and choosing another current role is one step of the history.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { jobReadyOf, planSwitch } from '../../src/model/switchPlan';
import type { RoleId } from '../../src/model/types';
import { realDataset } from '../support/realData';
import { expect, test } from './fixtures';
import { settledSearch } from './helpers';

const dataset = realDataset();
const planFrom = (fromRoleId: RoleId) =>
  planSwitch(dataset, {
    scenario: { ...DEFAULT_SCENARIO, roles: ['ai-engineer'], years: 4 },
    fromRoleId,
    carryPercent: 50,
    jobReadyMonths: jobReadyOf(dataset, 'ai-engineer').months,
  });

const hook = (page: Page, id: string) => page.getByTestId('switch-plan').getByTestId(id);
const value = async (page: Page, id: string) => Number(await hook(page, id).getAttribute('data-value'));

test('a shared link opens the plan, another current role changes it, and Back restores it', async ({
  page,
}) => {
  await page.goto('/?roles=ai-engineer&years=4&switchFrom=backend-developer');
  const backend = planFrom('backend-developer');
  await expect(hook(page, 'switch-gain-10y')).toHaveAttribute('data-value', String(backend.gain10yUsd));
  if (backend.breakEvenYear === null) await expect(hook(page, 'switch-breakeven')).toHaveCount(0);
  else expect(await value(page, 'switch-breakeven')).toBe(backend.breakEvenYear);

  const select = page.getByRole('combobox', { name: 'Your current role' });
  await expect(select).toHaveValue('backend-developer');
  await select.selectOption('devops-engineer');
  await settledSearch(page, '?roles=ai-engineer&years=4&switchFrom=devops-engineer');
  const devops = planFrom('devops-engineer');
  await expect(hook(page, 'switch-gain-10y')).toHaveAttribute('data-value', String(devops.gain10yUsd));

  await page.goBack();
  await settledSearch(page, '?roles=ai-engineer&years=4&switchFrom=backend-developer');
  await expect(select).toHaveValue('backend-developer');
  await expect(hook(page, 'switch-gain-10y')).toHaveAttribute('data-value', String(backend.gain10yUsd));
});

test('the planner is usable by keyboard: the carried-over years move with the arrow keys', async ({
  page,
}) => {
  await page.goto('/?roles=ai-engineer&years=4&switchFrom=devops-engineer');
  const slider = page.getByRole('slider', { name: /Years that carry over/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('51');
  await expect(page).toHaveURL(/carry=51/);
});
