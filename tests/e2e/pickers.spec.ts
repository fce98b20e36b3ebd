import { expect, test } from './fixtures';
import { formatViolations, runAxe } from './axe';
import {
  chooseLocation,
  locationBox,
  noHorizontalScroll,
  openOptions,
  settledSearch,
  typical,
} from './helpers';

// The pickers of issue 10: the location combobox (WAI-ARIA APG), the line under each role, and the marks
// at choices that change nothing for a chosen role. One page load per width.

test('at 1280 px: "San Fran" and Enter choose San Francisco, the arrows and Enter another; marks and role lines; axe with the list open', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?roles=devops-engineer,mlops-engineer');
  await expect(page.getByTestId('estimate-mlops-engineer')).toBeVisible();
  const box = locationBox(page);
  const list = page.getByRole('listbox', { name: 'Location' });
  const national = await typical(page, 'devops-engineer', 'total-typical');

  await box.fill('San Fran');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await runAxe(page);
    expect(violations, `listbox open (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
  }
  await box.press('Enter');
  await expect(list).toBeHidden();
  await expect(box).toHaveValue(/^San Francisco/);
  await settledSearch(page, '?roles=devops-engineer,mlops-engineer&location=sf-bay-area');
  const bayArea = await typical(page, 'devops-engineer', 'total-typical');
  expect(bayArea, 'the Bay Area did not raise the DevOps total').toBeGreaterThan(national);

  // ArrowDown opens the whole list at the chosen metro; the next ArrowDown moves to the one after it.
  await box.press('ArrowDown');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option', { selected: true })).toHaveText(/^San Francisco/);
  await box.press('ArrowDown');
  const next = list.getByRole('option', { selected: true });
  await expect(next).not.toHaveText(/^San Francisco/);
  const nextName = (await next.innerText()).trim();
  await expect(box).toHaveAttribute('aria-activedescendant', (await next.getAttribute('id'))!);
  await box.press('Enter');
  await expect(box).toHaveValue(nextName);
  await expect.poll(async () => new URL(page.url()).searchParams.get('location')).not.toBe('sf-bay-area');
  await expect
    .poll(() => typical(page, 'devops-engineer', 'total-typical'), { message: 'the figures did not follow' })
    .not.toBe(bayArea);

  // A line under each role, each different: the three AI roles and MLOps read apart.
  const lines = [];
  for (const name of [
    'AI/ML Engineer',
    'Machine Learning Engineer / AI Specialist',
    'AI Engineer',
    'MLOps Engineer',
  ]) {
    const description = await page
      .getByRole('checkbox', { name: new RegExp(`^${name.replace(/[/]/g, '\\/')}`) })
      .evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
      );
    expect(description, `no line under ${name}`).toBeTruthy();
    lines.push(description);
  }
  expect(new Set(lines).size, 'two roles share a line').toBe(lines.length);

  // A master's changes nothing for DevOps; CKA changes nothing for MLOps: both say so at the choice.
  await expect(
    page.getByRole('combobox', { name: 'Education' }).getByRole('option', { name: /^Master/ }),
  ).toHaveText(/\(no effect on DevOps Engineer\)$/);
  await openOptions(page);
  const cka = page.getByRole('checkbox', { name: /CKA/ });
  await expect(page.getByRole('listitem').filter({ has: cka })).toContainText('No effect on MLOps Engineer');
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox', { name: 'TensorFlow certificate' }) }),
  ).toContainText('No effect on DevOps Engineer');
});

test('at 375 px: a tap opens the list inside the screen, "San Fran" and Enter choose San Francisco', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  // On a phone the controls wait behind the scenario's summary.
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const box = locationBox(page);
  const list = page.getByRole('listbox', { name: 'Location' });
  const before = await typical(page, 'devops-engineer', 'total-typical');
  await box.click();
  await expect(list).toBeVisible();
  const bounds = await list.boundingBox();
  expect(bounds!.x, 'the list starts off screen').toBeGreaterThanOrEqual(0);
  expect(bounds!.x + bounds!.width, 'the list runs off screen').toBeLessThanOrEqual(375);
  await noHorizontalScroll(page);
  await chooseLocation(page, 'San Fran');
  await settledSearch(page, '?location=sf-bay-area');
  expect(await typical(page, 'devops-engineer', 'total-typical')).toBeGreaterThan(before);
});
