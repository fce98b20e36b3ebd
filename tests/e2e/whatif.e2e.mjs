import { assert, assertEqual } from './lib.mjs';
import { changedSearch, readFigures, settledSearch, typical } from './helpers.mjs';

export const tests = [
  {
    name: 'applying the top lever raises the typical total by the amount it shows',
    run: async ({ page }) => {
      await page.goto('/?roles=devops-engineer,backend-developer&years=3');
      const first = page.getByTestId('levers').getByTestId('lever').first();
      await first.waitFor();
      const shown = Number(await first.getAttribute('data-value'));
      const before = await typical(page, 'devops-engineer', 'total-typical');
      await first.getByRole('button').click();
      const after = await typical(page, 'devops-engineer', 'total-typical');
      assertEqual(after - before, shown, 'the lever did not move the total by its amount');
      assert(
        (await changedSearch(page, '?roles=devops-engineer,backend-developer&years=3')) !==
          '?roles=devops-engineer,backend-developer&years=3',
        'URL unchanged',
      );
    },
  },
  {
    name: 'a bookmarked offer shows where it lands on every card; hourly changes the text, not the hooks',
    run: async ({ page }) => {
      await page.goto('/?roles=ai-ml-engineer,mlops-engineer&years=5&offer=140000');
      for (const id of ['ai-ml-engineer', 'mlops-engineer']) {
        const position = page.getByTestId(`estimate-${id}`).getByTestId('offer-position');
        const percentile = Number(await position.getAttribute('data-value'));
        assert(percentile >= 0 && percentile <= 100, `${id}: percentile ${percentile}`);
        assert((await position.innerText()).includes('percentile'), 'no percentile text');
      }
      const annual = await readFigures(page);
      await page.getByRole('radio', { name: 'Hourly' }).check();
      assertEqual(await readFigures(page), annual, 'data-value hooks changed with the period');
      const text = await page.getByTestId('estimate-mlops-engineer').getByTestId('base-typical').innerText();
      const expected = (annual['mlops-engineer']['base-typical'] / 2080).toFixed(2);
      assert(text.replace(/[$,]/g, '') === expected, `hourly text ${text}, expected ${expected}`);
      assertEqual(
        await settledSearch(page, '?roles=ai-ml-engineer,mlops-engineer&offer=140000&period=hourly'),
        '?roles=ai-ml-engineer,mlops-engineer&offer=140000&period=hourly',
      );
    },
  },
  {
    name: 'pin a scenario, change it, and every card shows the difference; a saved scenario survives a reload',
    run: async ({ page }) => {
      await page.goto('/?roles=backend-developer&years=2');
      await page.getByRole('button', { name: 'Pin as baseline' }).click();
      await page.getByLabel('Location', { exact: true }).selectOption('new-york');
      const delta = await page
        .getByTestId('estimate-backend-developer')
        .getByTestId('base-typical-delta')
        .innerText();
      assert(/^\+\$[\d,]+ vs pinned$/.test(delta), `delta text: ${delta}`);
      await page.getByLabel('Name this scenario').fill('NYC backend');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.reload();
      await page.getByRole('button', { name: 'Open NYC backend' }).waitFor();
      await page.getByRole('button', { name: 'Reset to defaults' }).click();
      await page.getByRole('button', { name: 'Open NYC backend' }).click();
      await page.getByTestId('estimate-backend-developer').waitFor();
      assertEqual(
        await settledSearch(page, '?roles=backend-developer&years=2&location=new-york'),
        '?roles=backend-developer&years=2&location=new-york',
      );
    },
  },
  {
    name: 'corrupted local storage is set aside with a notice and the page still works',
    run: async ({ page }) => {
      await page.goto('/');
      await page.evaluate(() => localStorage.setItem('paypath', '{"state": nope'));
      await page.reload();
      await page.getByRole('status', { name: 'Saved scenarios set aside' }).waitFor();
      await page.getByTestId('estimate-devops-engineer').waitFor();
    },
  },
];
