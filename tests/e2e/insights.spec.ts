import { readFile } from 'node:fs/promises';
import { formatViolations, runAxe } from './axe';
import { expect, test } from './fixtures';
import { cardOf, noHorizontalScroll, readFigures, revealInsights } from './helpers';

const QUERY = '?roles=devops-engineer,ai-ml-engineer&years=4';
const HEADING = 'How Paypath estimates pay';

test('the methodology page passes axe in both themes, fits 375 px, and the nav returns to the estimator with the query', async ({
  page,
}) => {
  await page.goto(`/${QUERY}`);
  await expect(page.getByTestId('estimate-ai-ml-engineer')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Methodology' }).click();
  await expect(page.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
  await expect(page.locator('#factor-location-seattle')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Methodology' })).toHaveAttribute('aria-current', 'page');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await runAxe(page);
    expect(violations, `methodology (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await noHorizontalScroll(page);

  const back = nav.getByRole('link', { name: 'Estimator' });
  await expect(back).toHaveAttribute('href', `/${QUERY}`);
  await back.click();
  await expect(page.getByTestId('estimate-ai-ml-engineer')).toBeVisible();
  expect(await page.evaluate(() => window.location.pathname + window.location.search)).toBe(`/${QUERY}`);
  expect(Object.keys(await readFigures(page))).toEqual(['devops-engineer', 'ai-ml-engineer']);
});

test('a link to a factor opens the methodology page at that entry', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/methodology#factor-education-phd');
  await expect(page.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
  await expect(page.locator('#factor-education-phd')).toBeVisible();
  await page.waitForFunction(() => {
    const box = document.getElementById('factor-education-phd')?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
  });
  expect(
    await page.evaluate(() => window.scrollY),
    'the page did not scroll to the factor entry',
  ).toBeGreaterThan(0);
});

test('the estimator shows sources side by side and profiles, passes axe, and fits 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/${QUERY}`);
  await revealInsights(page);
  await expect(page.getByText('Sources side by side: DevOps Engineer')).toBeVisible();
  await page.getByText('Role profile: AI/ML Engineer').click();
  const sideBySide = page.getByText('Sources side by side: AI/ML Engineer');
  await sideBySide.click();
  // In the panel just opened (the card's line about the same bands stays closed until asked).
  await expect(sideBySide.locator('..').getByText('$95,000 – $130,000').first()).toBeVisible();
  await noHorizontalScroll(page);
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
});

test('Download CSV saves the comparison with its header and a DevOps row matching the card', async ({
  page,
}) => {
  await page.goto(`/${QUERY}`);
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  const figures = await readFigures(page);
  await revealInsights(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('paypath-comparison.csv');
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)], 'no UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('section,role,item,value,low,typical,high,unit,detail,source,quote_or_assumption');
  const devops = cardOf(figures, 'devops-engineer');
  expect(lines.find((l) => l.startsWith('figure,DevOps Engineer,base,'))).toBe(
    `figure,DevOps Engineer,base,,${devops['base-low']},${devops['base-typical']},${devops['base-high']},USD per year,Base salary,,`,
  );
  // One row per factor, however many sources it has: summing a column counts it once.
  expect(
    lines.filter((l) => l.startsWith('factor,DevOps Engineer,band:devops-engineer,')),
    'one DevOps band factor row',
  ).toHaveLength(1);
  expect(lines, `the share URL row is missing:\n${lines.slice(0, 9).join('\n')}`).toContain(
    `input,,share_url,"${new URL(`/${QUERY}`, page.url()).href}",,,,,,,`,
  );
  await expect(page.getByText('Saved paypath-comparison.csv.')).toBeVisible();
});
