import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  cardOf,
  chooseLocation,
  currentSearch,
  drawnChart,
  noHorizontalScroll,
  openOptions,
  readFigures,
  settledSearch,
  typical,
} from './helpers';

const yearsSlider = (page: Page) => page.getByRole('slider', { name: 'Years of experience' });

test('the default view shows a DevOps estimate, both charts and no sideways scroll at 1280 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  const devops = cardOf(await readFigures(page), 'devops-engineer');
  expect(devops['base-low'], 'base range out of order').toBeLessThan(devops['base-typical']);
  expect(devops['base-typical'], 'base range out of order').toBeLessThan(devops['base-high']);
  expect(devops['total-typical'], 'total below base').toBeGreaterThanOrEqual(devops['base-typical']);
  expect(devops['hourly-low'], 'hourly range missing').toBeGreaterThan(0);
  expect(devops['hourly-low'], 'hourly range missing').toBeLessThan(devops['hourly-high']);
  await drawnChart(page, 'compare-chart');
  await drawnChart(page, 'experience-chart');
  await noHorizontalScroll(page);
});

test('three roles, years, location and a certification change the figures and the URL; the link reopens the same view', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.getByTestId('estimate-devops-engineer')).toBeVisible();
  await page.getByRole('checkbox', { name: 'AI/ML Engineer' }).check();
  await page.getByRole('checkbox', { name: 'Backend Developer' }).check();
  await expect(
    page.getByRole('checkbox', { name: 'MLOps Engineer' }),
    'a fourth role was allowed',
  ).toBeDisabled();

  const before = await typical(page, 'devops-engineer');
  await yearsSlider(page).fill('9');
  const afterYears = await typical(page, 'devops-engineer');
  expect(afterYears, 'more years did not raise the DevOps base').toBeGreaterThan(before);
  // At 1280 × 720 the scenario's column scrolls beside the figures: nothing in it is cut off (the what-if
  // panel, painted only near the view, once took a placeholder width of 400 px and widened the form).
  await noHorizontalScroll(page);

  await chooseLocation(page, 'Seattle');
  const afterLocation = await typical(page, 'devops-engineer');
  expect(afterLocation, 'Seattle did not raise the DevOps base').toBeGreaterThan(afterYears);

  await openOptions(page);
  await page.getByRole('checkbox', { name: /CKA/ }).check();
  expect(await typical(page, 'devops-engineer'), 'CKA did not raise the DevOps base').toBeGreaterThan(
    afterLocation,
  );
  await settledSearch(
    page,
    '?roles=devops-engineer,ai-ml-engineer,backend-developer&years=9&location=seattle&certs=cka',
  );

  const figures = await readFigures(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('estimate-backend-developer')).toBeVisible();
  expect(await readFigures(other), 'the copied link shows different figures').toEqual(figures);
  expect(Object.keys(await readFigures(other))).toEqual([
    'devops-engineer',
    'ai-ml-engineer',
    'backend-developer',
  ]);
});

test("writing a slider step to the address bar rewrites none of the page's other inputs", async ({
  page,
}) => {
  await page.goto('/?roles=devops-engineer,ai-ml-engineer,mlops-engineer&certs=cka&offer=150000');
  await expect(page.getByLabel('Offer: base salary')).toHaveValue('150000');
  await expect(page.getByRole('checkbox', { name: /CKA/ })).toBeChecked();
  const box = page.getByRole('spinbutton', { name: 'Years of experience' });
  // React rewrites an input's attributes whenever it renders it again (its name and type at least), so
  // a rewritten input means the address bar's write re-rendered it: the roles, certifications, skills,
  // offer, period and pinning controls were 87 attribute rewrites a write, in the frames after each drag step.
  const watched = await page.evaluate(
    ([slider, spinbutton]) => {
      const others = [...document.querySelectorAll('input, select')].filter(
        (el) => el !== slider && el !== spinbutton,
      );
      const log: string[] = [];
      (window as unknown as { rewritten: string[] }).rewritten = log;
      const observer = new MutationObserver((records) => {
        for (const r of records)
          log.push(`${(r.target as Element).outerHTML.slice(0, 80)} ${r.attributeName}`);
      });
      for (const el of others) observer.observe(el, { attributes: true });
      return others.length;
    },
    [await yearsSlider(page).elementHandle(), await box.elementHandle()],
  );
  expect(watched).toBeGreaterThan(30);
  await yearsSlider(page).fill('9');
  await expect(box).toHaveValue('9');
  await expect.poll(() => currentSearch(page)).toContain('years=9');
  // The router renders the address once written; this link follows the address, not the change.
  await expect(page.getByRole('link', { name: 'the quotes' })).toHaveAttribute('href', /years=9/);
  expect(await page.evaluate(() => (window as unknown as { rewritten: string[] }).rewritten)).toEqual([]);
});

test('a slider step changes the cards’ figures at once and the rest of each card once they have painted', async ({
  page,
}) => {
  await page.goto('/?roles=devops-engineer,ai-ml-engineer,mlops-engineer&years=7&certs=cka');
  const lines = page.locator('.role-card__scenario');
  await expect(lines).toHaveCount(3);
  for (const line of await lines.all()) await expect(line).toContainText('7 years');
  const before = await typical(page, 'devops-engineer');
  // What the step's own render wrote to the cards, before the browser could paint it: a drag's frame
  // lays out and paints these, so the less it is the sooner the figures show.
  const parts = await page.evaluate(
    (slider) => {
      const observer = new MutationObserver(() => {});
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(slider, '8');
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const records = observer.takeRecords();
      observer.disconnect();
      const partOf = (node: Node) => {
        const el = node instanceof Element ? node : node.parentElement;
        if (el?.closest('.role-card') == null) return null;
        return el.closest('.role-card__figures')
          ? 'figures'
          : el.closest('.role-card__header')
            ? 'header'
            : 'rest';
      };
      return [...new Set(records.map((r) => partOf(r.target)).filter((part) => part !== null))].sort();
    },
    await yearsSlider(page).elementHandle(),
  );
  expect(parts, 'the step did not write the figures in its own render').toContain('figures');
  expect(parts, 'the step wrote to the cards below their figures before painting them').not.toContain('rest');
  expect(await typical(page, 'devops-engineer')).not.toBe(before);
  // Then the rest of each card follows: its scenario line, breakdown, public position and formula.
  for (const line of await lines.all()) await expect(line).toContainText('8 years');
});

test('a malformed URL still shows estimates, a notice naming what was ignored, and the normalised URL', async ({
  page,
}) => {
  await page.goto(
    '/?roles=ai-engineer,%3Cscript%3Ealert(1)%3C%2Fscript%3E&years=-4&location=&certs=,,cka&bogus=1',
  );
  const notice = page.getByRole('status', { name: 'Part of the link was ignored' });
  await expect(notice).toBeVisible();
  const text = await notice.innerText();
  expect(text, 'the notice does not name the script value').toContain('<script>alert(1)</script>');
  expect(text, 'the notice does not name the unknown parameter').toContain('bogus');
  await expect(page.getByTestId('estimate-ai-engineer')).toBeVisible();
  // years=-4 is not a whole number of years: the default applies and drops out of the URL.
  await settledSearch(page, '?roles=ai-engineer&certs=cka');
  // The page's own scripts are all in its head (the boot script and the app's module).
  expect(await page.evaluate(() => document.querySelectorAll('body script').length), 'a script got in').toBe(
    0,
  );
});

test('at 375 px the page fits the phone and three roles stack, with the scenario open too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/?roles=devops-engineer,mlops-engineer,ml-engineer&years=4');
  await expect(page.getByTestId('estimate-ml-engineer')).toBeVisible();
  // The strip kept in view says what its figures are.
  const strip = page.locator('.mobile-summary');
  await expect(strip).toBeVisible();
  await expect(strip).toContainText('Typical total pay');
  await expect(strip).toContainText('MLOps');
  await drawnChart(page, 'experience-chart');
  await noHorizontalScroll(page);
  // So do the scenario's controls once opened. (Parts painted only near the view, the what-if panel among
  // them, once took a placeholder width of 400 px as well as a height, and widened the page.)
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Education' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What if' })).toBeVisible();
  await noHorizontalScroll(page);
});

test('a data file of the wrong shape names the file and path, keeps the link, and recovers on retry', async ({
  page,
}) => {
  const url = '/?roles=backend-developer&years=12&location=boston';
  await page.route('**/data/modifiers.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ provenance: 'x', locations: 'none' }),
    }),
  );
  await page.goto(url);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  const text = await alert.innerText();
  expect(text, 'the message does not name the file').toContain('data/modifiers.json');
  expect(text, 'the message does not name the path').toContain('At locations');
  expect(await currentSearch(page)).toBe(new URL(url, 'http://x').search);
  await page.unroute('**/data/modifiers.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('estimate-backend-developer')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Years of experience' })).toHaveValue('12');
});

test('a card says in one quiet line where sources differ, and opens to the sentences and their sources', async ({
  page,
}) => {
  await page.goto('/?roles=ai-ml-engineer&years=0');
  const note = page.getByTestId('estimate-ai-ml-engineer').getByRole('note', { name: /sources disagree/i });
  const line = note.getByText(/^Sources differ:/);
  await expect(line).toHaveText(/entry level bands \$80K–\$110K to \$95K–\$130K/);
  // One line on a 1280 px card: the summary is no taller than two lines of its text.
  const { height, lineHeight } = await line.evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(el).lineHeight),
  }));
  expect(height).toBeLessThan(lineHeight * 2.5);
  const sentence = note.getByText(/the estimate reads them as equally good and pools them/);
  await expect(sentence).toBeHidden();
  await line.click();
  await expect(sentence).toBeVisible();
  await expect(note.locator('cite').first()).toBeVisible();
});
