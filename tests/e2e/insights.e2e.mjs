import { readFile } from 'node:fs/promises';
import { assert, assertEqual, formatViolations, runAxe } from './lib.mjs';
import { noHorizontalScroll, readFigures } from './helpers.mjs';

const QUERY = '?roles=devops-engineer,ai-ml-engineer&years=4';
const HEADING = 'How Paypath estimates pay';

export const tests = [
  {
    name: 'the methodology page passes axe in both themes, fits 375 px, and the nav returns to the estimator with the query',
    run: async ({ page }) => {
      await page.goto(`/${QUERY}`);
      await page.getByTestId('estimate-ai-ml-engineer').waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Methodology' }).click();
      await page.getByRole('heading', { level: 1, name: HEADING }).waitFor();
      await page.locator('#factor-location-seattle').waitFor();
      assertEqual(await nav.getByRole('link', { name: 'Methodology' }).getAttribute('aria-current'), 'page');

      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        const violations = await runAxe(page);
        assert(violations.length === 0, `methodology (${colorScheme}):\n${formatViolations(violations)}`);
      }
      await page.setViewportSize({ width: 375, height: 800 });
      await noHorizontalScroll(page);

      const back = nav.getByRole('link', { name: 'Estimator' });
      assertEqual(await back.getAttribute('href'), `/${QUERY}`);
      await back.click();
      await page.getByTestId('estimate-ai-ml-engineer').waitFor();
      assertEqual(await page.evaluate(() => window.location.pathname + window.location.search), `/${QUERY}`);
      assertEqual(Object.keys(await readFigures(page)), ['devops-engineer', 'ai-ml-engineer']);
    },
  },
  {
    name: 'a link to a factor opens the methodology page at that entry',
    run: async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/methodology#factor-education-phd');
      await page.getByRole('heading', { level: 1, name: HEADING }).waitFor();
      const target = page.locator('#factor-education-phd');
      await target.waitFor();
      await page.waitForFunction(() => {
        const box = document.getElementById('factor-education-phd')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
      });
      assert((await page.evaluate(() => window.scrollY)) > 0, 'the page did not scroll to the factor entry');
    },
  },
  {
    name: 'the estimator shows sources side by side and profiles, passes axe, and fits 375 px',
    run: async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`/${QUERY}`);
      await page.getByText('Sources side by side: DevOps Engineer').waitFor();
      await page.getByText('Role profile: AI/ML Engineer').click();
      await page.getByText('Sources side by side: AI/ML Engineer').click();
      await page.getByText('$95,000 – $130,000').first().waitFor();
      await noHorizontalScroll(page);
      const violations = await runAxe(page);
      assert(violations.length === 0, formatViolations(violations));
    },
  },
  {
    name: 'Download CSV saves the comparison with its header and a DevOps row matching the card',
    run: async ({ page }) => {
      await page.goto(`/${QUERY}`);
      await page.getByTestId('estimate-devops-engineer').waitFor();
      const figures = await readFigures(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      assertEqual(download.suggestedFilename(), 'paypath-comparison.csv');
      const bytes = await readFile(await download.path());
      assertEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no UTF-8 byte-order mark');
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      assertEqual(
        lines[0],
        'section,role,item,value,low,typical,high,unit,detail,source,quote_or_assumption',
      );
      const devops = figures['devops-engineer'];
      assertEqual(
        lines.find((l) => l.startsWith('figure,DevOps Engineer,base,')),
        `figure,DevOps Engineer,base,,${devops['base-low']},${devops['base-typical']},${devops['base-high']},USD per year,Base salary,,`,
      );
      assert(
        lines.some((l) => l.startsWith('factor,DevOps Engineer,band:devops-engineer,')),
        'no DevOps band factor row',
      );
      assert(
        lines.includes(`input,,share_url,"${new URL(`/${QUERY}`, page.url()).href}",,,,,,,`),
        `the share URL row is missing:\n${lines.slice(0, 9).join('\n')}`,
      );
      await page.getByText('Saved paypath-comparison.csv.').waitFor();
    },
  },
];
