import { assert, assertEqual, formatViolations, runAxe } from './lib.mjs';
import { readFigures, settledSearch, drawnChart } from './helpers.mjs';

/** mulberry32: a tiny seeded generator, so a failing URL can be replayed from its seed. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARAMS = [
  'roles',
  'years',
  'location',
  'company',
  'education',
  'certs',
  'skills',
  'offer',
  'offerTotal',
  'period',
];
const JUNK = [
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<img src=x onerror=alert(1)>',
  '99999999999999999999',
  '-1',
  '1e309',
  'NaN',
  '%E0%A4%A',
  '%',
  '%%%',
  ',,,',
  'devops-engineer,devops-engineer,devops-engineer,devops-engineer',
  'ai-engineer,ml-engineer,mlops-engineer,backend-developer,devops-engineer',
  '%F0%9F%92%B8',
  'x'.repeat(3000),
  '',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  ' seattle ',
  'SEATTLE',
  '0x10',
  '7.5',
  'annual;hourly',
];

function malformedUrl(seed) {
  const next = rng(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const parts = [];
  const count = 1 + Math.floor(next() * 6);
  for (let i = 0; i < count; i++) {
    const key = next() < 0.15 ? pick(['bogus', '%ZZ', 'roles[]', '']) : pick(PARAMS);
    parts.push(`${key}=${pick(JUNK)}`);
    if (next() < 0.2) parts.push(`${key}=${pick(JUNK)}`); // duplicates
  }
  return `/?${parts.join('&')}`;
}

/** Tabs until the focused element matches, so the journey uses the keyboard alone. */
async function tabTo(page, describe, matches, arg = null, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches, arg)) return;
  }
  throw new Error(`could not reach ${describe} with Tab`);
}

export const tests = [
  {
    name: '50 seeded malformed URLs each render estimates and a notice, with no console error',
    timeout: 900_000, // 50 page loads: a deadline for a hang, not a speed limit
    run: async ({ page }) => {
      for (let seed = 1; seed <= 50; seed++) {
        const url = malformedUrl(seed);
        await page.goto(url);
        try {
          await page.locator('[data-testid^="estimate-"]').first().waitFor();
          await page.getByRole('status', { name: 'Part of the link was ignored' }).waitFor();
        } catch (error) {
          throw new Error(`seed ${seed}, ${url.slice(0, 300)}: ${error.message}`);
        }
        const figures = Object.values(await readFigures(page));
        assert(figures.length >= 1 && figures.length <= 3, `seed ${seed}: ${figures.length} cards`);
        for (const f of figures)
          assert(Number.isFinite(f['total-typical']), `seed ${seed}: a figure is not a number`);
        assertEqual(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0);
      }
    },
  },
  {
    name: 'keyboard alone: choose roles, change years, toggle a certification, copy the link',
    run: async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('/');
      await page.getByTestId('estimate-devops-engineer').waitFor();
      // Runs in the page: the label of the focused control starts with this text.
      const labelled = (name) =>
        document.activeElement?.closest('label')?.textContent?.startsWith(name) ?? false;
      await tabTo(page, 'the AI/ML Engineer checkbox', labelled, 'AI/ML Engineer');
      await page.keyboard.press('Space');
      await tabTo(page, 'the Backend Developer checkbox', labelled, 'Backend Developer');
      await page.keyboard.press('Space');
      await page.getByTestId('estimate-backend-developer').waitFor();
      await tabTo(page, 'the years slider', () => document.activeElement?.getAttribute('type') === 'range');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      assertEqual(await page.getByRole('spinbutton', { name: 'Years of experience' }).inputValue(), '8');
      await tabTo(
        page,
        'the certifications and skills toggle',
        () => document.activeElement?.tagName === 'SUMMARY',
      );
      await page.keyboard.press('Enter');
      await tabTo(page, 'the CKA checkbox', labelled, 'Certified Kubernetes Administrator');
      await page.keyboard.press('Space');
      await tabTo(page, 'the Copy link button', () => document.activeElement?.textContent === 'Copy link');
      await page.keyboard.press('Enter');
      await page.getByText('Link copied.').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assertEqual(
        new URL(link).search,
        '?roles=devops-engineer,ai-ml-engineer,backend-developer&years=8&certs=cka',
      );
      assertEqual(await settledSearch(page, new URL(link).search), new URL(link).search);
    },
  },
  {
    name: 'axe finds no violation at all on the default view, three roles, and the data-error state',
    run: async ({ page }) => {
      for (const url of [
        '/',
        '/?roles=devops-engineer,ai-ml-engineer,backend-developer&years=7&offer=150000',
      ]) {
        await page.goto(url);
        await drawnChart(page, 'experience-chart');
        const violations = await runAxe(page);
        assert(violations.length === 0, `${url}:\n${formatViolations(violations)}`);
      }
      await page.route('**/data/roles.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"rol' }),
      );
      await page.goto('/?roles=ai-engineer');
      await page.getByRole('alert').waitFor();
      const violations = await runAxe(page);
      assert(violations.length === 0, `data-error state:\n${formatViolations(violations)}`);
    },
  },
  {
    name: 'a data file that fails to load, or is truncated, names the file and keeps the scenario',
    allowConsoleErrors: true, // the browser itself logs the failed request
    run: async ({ page }) => {
      for (const [file, fulfil, expected] of [
        ['sources.json', { status: 503, body: 'down' }, 'HTTP 503'],
        [
          'modifiers.json',
          { status: 200, contentType: 'application/json', body: '{"provenance": "x", "loc' },
          'not valid JSON',
        ],
      ]) {
        await page.route(`**/data/${file}`, (route) => route.fulfill(fulfil));
        await page.goto('/?roles=mlops-engineer&years=11');
        const alert = page.getByRole('alert');
        await alert.waitFor();
        const text = await alert.innerText();
        assert(text.includes(`data/${file}`) && text.includes(expected), `message for ${file}: ${text}`);
        assertEqual(await page.evaluate(() => window.location.search), '?roles=mlops-engineer&years=11');
        await page.getByRole('heading', { name: 'Your scenario, kept' }).waitFor();
        await page.unroute(`**/data/${file}`);
      }
    },
  },
  {
    name: 'reduced motion is honoured: no CSS transitions or animations run',
    run: async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/?roles=devops-engineer,ai-ml-engineer');
      await drawnChart(page, 'compare-chart');
      const moving = await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((el) => {
            const s = getComputedStyle(el);
            return parseFloat(s.transitionDuration) > 0.01 || parseFloat(s.animationDuration) > 0.01;
          }).length,
      );
      assertEqual(moving, 0, 'elements still animate');
    },
  },
];
