import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawnChart } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The drawn chart itself (the legend under it draws a small svg per entry). */
const chartSvg = (slot: Locator) => slot.locator('svg[role="img"]');

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not laid out');
  return box;
}

const THREE = '/?roles=devops-engineer,ml-engineer,ai-ml-engineer';

/** The three role names under the bars do not run into each other. */
async function roleNamesApart(compare: Locator): Promise<void> {
  const ticks = chartSvg(compare).locator('.recharts-xAxis-tick-labels text');
  await expect(ticks).toHaveCount(3);
  const boxes = await Promise.all([0, 1, 2].map((i) => boxOf(ticks.nth(i))));
  for (let i = 1; i < boxes.length; i++) {
    const [left, right] = [boxes[i - 1], boxes[i]] as [Box, Box];
    expect(left.x + left.width, `role names ${i - 1} and ${i} overlap`).toBeLessThanOrEqual(right.x);
  }
  // The long name is wrapped or shortened on the chart, and whole in its table.
  await expect(compare.getByRole('table')).toContainText('Machine Learning Engineer / AI Specialist');
}

/** The experience chart spans 0–40 years and shows "You" at the chosen years, inside the chart. */
async function youInside(experience: Locator, years: number): Promise<void> {
  const svg = chartSvg(experience);
  const xTicks = await svg.locator('.recharts-xAxis-tick-labels text').allTextContents();
  expect(xTicks.at(0)).toBe('0');
  expect(xTicks.at(-1)).toBe('40');
  const you = svg.getByText(`You: ${years} yrs`);
  await expect(you).toBeVisible();
  const [label, chart] = await Promise.all([boxOf(you), boxOf(svg)]);
  expect(label.x, 'the label starts left of the chart').toBeGreaterThanOrEqual(chart.x);
  expect(label.x + label.width, 'the label runs off the chart').toBeLessThanOrEqual(chart.x + chart.width);
  expect(label.y, 'the label is above the chart').toBeGreaterThanOrEqual(chart.y);
}

test('at 1280 px the charts follow the hourly view, keep three role names apart and mark "You" at 25 years', async ({
  page,
}) => {
  await page.goto(`${THREE}&years=25&period=hourly`);
  const compare = await drawnChart(page, 'compare-chart');
  await expect(compare.getByRole('figure')).toHaveAccessibleName(/^Typical total compensation an hour/);
  await roleNamesApart(compare);
  const experience = await drawnChart(page, 'experience-chart');
  await expect(chartSvg(experience)).toHaveAccessibleName(
    /typical base salary an hour by years of experience/,
  );
  // An hourly axis: every money tick is a two- or three-digit dollar figure, not an annual one.
  const yTicks = await chartSvg(experience).locator('.recharts-yAxis-tick-labels text').allTextContents();
  expect(yTicks.length).toBeGreaterThan(2);
  for (const tick of yTicks) expect(Number(tick.replace(/[$,]/g, '')), tick).toBeLessThan(1000);
  await youInside(experience, 25);
});

test('at 375 px the role names stay apart, and "You" stays inside the chart at 40 and at 0 years', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto(`${THREE}&years=40`);
  await roleNamesApart(await drawnChart(page, 'compare-chart'));
  await youInside(await drawnChart(page, 'experience-chart'), 40);
  await page.goto(`${THREE}&years=0`);
  await youInside(await drawnChart(page, 'experience-chart'), 0);
});

/**
 * Points at the chart above an x-axis label, `y` pixels from the chart's top. The position is taken
 * relative to the chart, and the hover waits for the chart to stand still: panels loading above can
 * still move it down the page.
 */
async function pointAbove(chart: Locator, tickText: RegExp | string, y: number): Promise<void> {
  const svg = chartSvg(chart);
  const tick = svg.locator('.recharts-xAxis-tick-labels text').filter({ hasText: tickText });
  const [tickBox, svgBox] = await Promise.all([boxOf(tick), boxOf(svg)]);
  await svg.hover({ position: { x: tickBox.x - svgBox.x + tickBox.width / 2, y } });
}

/** The tip names what the pointer is on and gives exactly the figures of that row of the chart's table. */
async function tipMatchesRow(chart: Locator, tip: Locator, header: string): Promise<void> {
  const row = chart
    .getByRole('table')
    .getByRole('row')
    .filter({ has: chart.page().getByRole('rowheader', { name: header, exact: true }) });
  await expect(row).toHaveCount(1);
  const cells = await row.getByRole('cell').allTextContents();
  expect(cells.length).toBeGreaterThan(1);
  await expect(tip).toContainText(`: ${header}`);
  for (const cell of cells) await expect(tip).toContainText(cell);
}

test('pointing at a chart shows the figures under the pointer, as its table gives them, and leaving hides them', async ({
  page,
}) => {
  await page.goto(`${THREE}&years=25`);
  const compare = await drawnChart(page, 'compare-chart');
  // One range whisker per role, each spanning its low–high range.
  const whiskers = chartSvg(compare).locator('.chart-whisker');
  await expect(whiskers).toHaveCount(3);
  for (const box of await Promise.all([0, 1, 2].map((i) => boxOf(whiskers.nth(i))))) {
    expect(box.height).toBeGreaterThan(10);
  }
  const tip = compare.locator('.chart-tip');
  await expect(tip).toHaveCount(0);
  // Over the middle bar, inside the plot.
  await pointAbove(compare, /^Machine/, 120);
  await expect(tip).toBeVisible();
  await tipMatchesRow(compare, tip, 'Machine Learning Engineer / AI Specialist');

  const experience = await drawnChart(page, 'experience-chart');
  await pointAbove(experience, /^20$/, 100);
  const experienceTip = experience.locator('.chart-tip');
  await expect(experienceTip).toContainText('Years of experience: 20');
  await tipMatchesRow(experience, experienceTip, '20');
  // The tip stays inside the chart.
  const [tipBox, svgBox] = await Promise.all([boxOf(experienceTip), boxOf(chartSvg(experience))]);
  expect(tipBox.x).toBeGreaterThanOrEqual(svgBox.x);
  expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(svgBox.x + svgBox.width + 0.5);

  await page.mouse.move(1, 1);
  await expect(experienceTip).toHaveCount(0);
});
