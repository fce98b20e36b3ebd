import { assert, assertEqual, formatViolations, runAxe } from './lib.mjs';
import { noHorizontalScroll, readFigures, settledSearch, typical, drawnChart } from './helpers.mjs';

const yearsSlider = (page) => page.getByRole('slider', { name: 'Years of experience' });

export const tests = [
  {
    name: 'the default view shows a DevOps estimate, both charts and no sideways scroll at 1280 px',
    run: async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/');
      await page.getByTestId('estimate-devops-engineer').waitFor();
      const figures = await readFigures(page);
      const devops = figures['devops-engineer'];
      assert(devops, 'no DevOps card');
      assert(
        devops['base-low'] < devops['base-typical'] && devops['base-typical'] < devops['base-high'],
        'base range out of order',
      );
      assert(devops['total-typical'] >= devops['base-typical'], 'total below base');
      assert(
        devops['hourly-low'] > 0 && devops['hourly-low'] < devops['hourly-high'],
        'hourly range missing',
      );
      await drawnChart(page, 'compare-chart');
      await drawnChart(page, 'experience-chart');
      await noHorizontalScroll(page);
    },
  },
  {
    name: 'three roles, years, location and a certification change the figures and the URL; the link reopens the same view',
    run: async ({ page, context, newPage }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('/');
      await page.getByTestId('estimate-devops-engineer').waitFor();
      await page.getByRole('checkbox', { name: 'AI/ML Engineer' }).check();
      await page.getByRole('checkbox', { name: 'Backend Developer' }).check();
      assert(
        await page.getByRole('checkbox', { name: 'MLOps Engineer' }).isDisabled(),
        'a fourth role was allowed',
      );

      const before = await typical(page, 'devops-engineer');
      await yearsSlider(page).fill('9');
      const afterYears = await typical(page, 'devops-engineer');
      assert(afterYears > before, `more years did not raise the DevOps base (${before} -> ${afterYears})`);

      await page.getByLabel('Location', { exact: true }).selectOption('seattle');
      const afterLocation = await typical(page, 'devops-engineer');
      assert(afterLocation > afterYears, 'Seattle did not raise the DevOps base');

      await page.getByText('Certifications and skills').click();
      await page.getByRole('checkbox', { name: /CKA/ }).check();
      assert((await typical(page, 'devops-engineer')) > afterLocation, 'CKA did not raise the DevOps base');
      assertEqual(
        await settledSearch(
          page,
          '?roles=devops-engineer,ai-ml-engineer,backend-developer&years=9&location=seattle&certs=cka',
        ),
        '?roles=devops-engineer,ai-ml-engineer,backend-developer&years=9&location=seattle&certs=cka',
      );

      const figures = await readFigures(page);
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByText('Link copied.').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const other = await newPage();
      await other.goto(link);
      await other.getByTestId('estimate-backend-developer').waitFor();
      assertEqual(await readFigures(other), figures, 'the copied link shows different figures');
      assertEqual(Object.keys(await readFigures(other)), [
        'devops-engineer',
        'ai-ml-engineer',
        'backend-developer',
      ]);
    },
  },
  {
    name: 'a malformed URL still shows estimates, a notice naming what was ignored, and the normalised URL',
    run: async ({ page }) => {
      await page.goto(
        '/?roles=ai-engineer,%3Cscript%3Ealert(1)%3C%2Fscript%3E&years=-4&location=&certs=,,cka&bogus=1',
      );
      const notice = page.getByRole('status', { name: 'Part of the link was ignored' });
      await notice.waitFor();
      const text = await notice.innerText();
      assert(text.includes('<script>alert(1)</script>'), `notice does not name the script value: ${text}`);
      assert(text.includes('bogus'), 'notice does not name the unknown parameter');
      await page.getByTestId('estimate-ai-engineer').waitFor();
      // years=-4 is not a whole number of years: the default applies and drops out of the URL.
      assertEqual(await settledSearch(page, '?roles=ai-engineer&certs=cka'), '?roles=ai-engineer&certs=cka');
      assertEqual(
        await page.evaluate(() => document.querySelectorAll('script:not([src])').length),
        0,
        'a script got in',
      );
    },
  },
  {
    name: 'at 375 px the page fits the phone and three roles stack',
    run: async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto('/?roles=devops-engineer,mlops-engineer,ml-engineer&years=4');
      await page.getByTestId('estimate-ml-engineer').waitFor();
      await drawnChart(page, 'experience-chart');
      await noHorizontalScroll(page);
    },
  },
  {
    name: 'axe finds no serious or critical violation on the default and three-role views',
    run: async ({ page }) => {
      for (const url of [
        '/',
        '/?roles=devops-engineer,ai-ml-engineer,backend-developer&years=7&location=new-york',
      ]) {
        await page.goto(url);
        await drawnChart(page, 'experience-chart');
        const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert(serious.length === 0, `${url}:\n${formatViolations(serious)}`);
      }
    },
  },
  {
    name: 'a data file of the wrong shape names the file and path, keeps the link, and recovers on retry',
    run: async ({ page }) => {
      const url = '/?roles=backend-developer&years=12&location=boston';
      await page.route('**/data/modifiers.json', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ provenance: 'x', locations: 'none' }),
        }),
      );
      await page.goto(url);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      assert(text.includes('data/modifiers.json'), `the message does not name the file: ${text}`);
      assert(text.includes('At locations'), `the message does not name the path: ${text}`);
      assertEqual(await page.evaluate(() => window.location.search), new URL(url, 'http://x').search);
      await page.unroute('**/data/modifiers.json');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.getByTestId('estimate-backend-developer').waitFor();
      assertEqual(await page.getByRole('spinbutton', { name: 'Years of experience' }).inputValue(), '12');
    },
  },
];
