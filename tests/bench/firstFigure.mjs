// When the first figure is visible on a phone screen, throttled like Lighthouse's mobile preset, beside the
// floor page's heading in the same run: the ratio is what compares across machines.
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from './browser.mjs';

/** Lighthouse's mobile throttling: 150 ms round trip, 1.6 Mbps down, 750 kbps up, a 4x slower CPU. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
/** A mid-range Android phone's screen, as Lighthouse's mobile preset has it. */
const PHONE = { width: 412, height: 823 };

/**
 * Runs in the page before any of its scripts: notes the first frame in which an element matching
 * `selector` is drawn (`renderedMs`) and the first in which its box is inside the first screen
 * (`visibleMs`), in ms since navigation start, and where its top was (stored on window).
 */
function watchFirstVisible(selector) {
  const seen = { renderedMs: null, visibleMs: null, topPx: null };
  window.__firstFigure = seen;
  const frame = () => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) {
      seen.renderedMs ??= performance.now();
      seen.topPx = Math.round(box.top + window.scrollY);
      if (box.top < window.innerHeight && box.bottom > 0) {
        seen.visibleMs = performance.now();
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** When `selector` was drawn, and when it was on the first screen (null if it was not); one cold load. */
async function once(browser, url, selector) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1.75, isMobile: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(watchFirstVisible, selector);
    await page.goto(url, { waitUntil: 'commit' });
    // Asked from here every 100 ms. A figure drawn below the first screen gets 5 s more (for a layout
    // that moves it up), then counts as not on the first screen.
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      const seen = await page.evaluate(() => window.__firstFigure);
      if (seen?.visibleMs != null) return seen;
      const now = await page.evaluate(() => performance.now());
      if (seen?.renderedMs != null && now > seen.renderedMs + 5_000) return seen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${selector} was never drawn on ${url}`);
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * `pages`: [{ name, url, selector }], the floor first. Loads them in turn, `runs` rounds (interleaved, so
 * a busy moment of the machine falls on all alike). Per page: whether the figure was on the first screen
 * in every run, the median time (to on screen if so, else to drawn) and the median top of the figure.
 */
export async function benchFirstFigure(pages, runs) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags, headless: true });
  try {
    const samples = Object.fromEntries(pages.map((p) => [p.name, []]));
    for (let i = 0; i < runs; i++) {
      for (const p of pages) samples[p.name].push(await once(browser, p.url, p.selector));
    }
    return Object.fromEntries(
      pages.map((p) => {
        const seen = samples[p.name];
        const onScreen = seen.every((s) => s.visibleMs !== null);
        return [
          p.name,
          {
            onScreen,
            medianMs: median(seen.map((s) => (onScreen ? s.visibleMs : s.renderedMs))),
            topPx: median(seen.map((s) => s.topPx)),
          },
        ];
      }),
    );
  } finally {
    await browser.close();
  }
}
