// Input-to-update latency of the years slider, measured inside the page so no CDP round trip is counted.
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from './browser.mjs';

const FIGURE = '[data-testid="estimate-devops-engineer"] [data-testid="base-typical"]';

/** Years to move through, one step at a time between 2 and 9, where every step changes the band (anchors 1, 4.5, 10). */
function yearSteps(count, from) {
  const steps = [];
  let years = from;
  let direction = 1;
  for (let i = 0; i < count; i++) {
    if (years + direction > 9 || years + direction < 2) direction = -direction;
    years += direction;
    steps.push(years);
  }
  return steps;
}

const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * For each step: the time from the `input` event to the DevOps card's base-typical `data-value` changing
 * (React has rendered and committed), and to the end of the frame that shows it (the browser has painted
 * it: a task posted from requestAnimationFrame runs after that frame's paint), and how many frames began
 * in between (1: the figure was in the first frame after the input).
 *
 * `aligned`: the event is dispatched at the start of a frame, from requestAnimationFrame, as Chromium
 * delivers a drag's pointer moves (continuous input is aligned to frames), so "within one frame" is the
 * time to that frame's paint. Otherwise it comes at a random moment between frames, as a key or a click
 * does, and the time includes waiting for the next frame (0 to 16.7 ms at 60 Hz whatever the page does);
 * its measure of "within one frame" is the frame count.
 */
function measureInPage({ slider, figure, steps, aligned, gapMs }) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const read = () => document.querySelector(figure)?.getAttribute('data-value') ?? null;
  const afterPaint = (resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };
  const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => afterPaint(resolve)));
  const run = async () => {
    const samples = [];
    for (const years of steps) {
      const before = read();
      let frames = 0;
      let counting = true;
      const count = () => {
        if (!counting) return;
        frames++;
        requestAnimationFrame(count);
      };
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (read() === before) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 2_000);
      });
      let painted;
      const start = await new Promise((resolve) => {
        const dispatch = () => {
          const t = performance.now();
          // The native setter, so React's value tracker sees a real change, then the event a drag fires.
          setValue.call(slider, String(years));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          resolve(t);
        };
        if (aligned) {
          // Inside this frame's callbacks: the frame counts as the first; its paint ends after this task.
          requestAnimationFrame(() => {
            frames = 1;
            dispatch();
            requestAnimationFrame(count);
            painted = new Promise((done) => afterPaint(done));
          });
        } else {
          dispatch();
          requestAnimationFrame(count);
        }
      });
      const updated = await changed;
      if (updated === null) return { error: `years=${years}: the figure stayed at ${before} for 2 s` };
      // In step: the frame the event came in has painted the figure; otherwise the next one to paint.
      let paintedAt = aligned ? await painted : null;
      if (paintedAt === null || paintedAt < updated) paintedAt = await afterNextPaint();
      counting = false;
      samples.push({ updateMs: updated - start, paintMs: paintedAt - start, frames });
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    return { samples };
  };
  return run();
}

export async function benchLatency(url, count = 50) {
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator(FIGURE).waitFor({ timeout: 20_000 });
    // The page responds once the app has drawn it (the figures paint before, from the prerendered HTML).
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    // Charts draw only when scrolled near; bring them in so their redraw is part of what is measured
    // (on a desktop the side column stays in view, so a person can drag the slider while watching them).
    // Panels loading above can push a chart back out of reach after one scroll: scroll again until drawn.
    for (const id of ['compare-chart', 'experience-chart']) {
      const drawn = page.getByTestId(id).locator('svg').first();
      for (let attempt = 1; ; attempt++) {
        await page.getByTestId(id).scrollIntoViewIfNeeded();
        try {
          await drawn.waitFor({ timeout: 2_000 });
          break;
        } catch (error) {
          if (attempt === 10) throw error;
        }
      }
    }
    const slider = await page.getByRole('slider', { name: 'Years of experience' }).elementHandle();
    const from = Number(new URL(url).searchParams.get('years') ?? 5);
    const measure = async (aligned, gapMs) => {
      const result = await page.evaluate(measureInPage, {
        slider,
        figure: FIGURE,
        steps: yearSteps(count, from),
        aligned,
        gapMs,
      });
      if (result.error) throw new Error(result.error);
      const update = result.samples.map((s) => s.updateMs);
      const paint = result.samples.map((s) => s.paintMs);
      return {
        count: result.samples.length,
        updateP50: percentile(update, 50),
        updateP95: percentile(update, 95),
        paintP50: percentile(paint, 50),
        paintP95: percentile(paint, 95),
        inFirstFrame: result.samples.filter((s) => s.frames <= 1).length / result.samples.length,
      };
    };
    // A drag (input at the start of a frame, steps 50 ms apart: 40 years on a slider some 170 px wide
    // on a desktop, moved at 85 px a second), then keys and clicks (input at any moment, one at a time:
    // 400 ms apart, longer than the address bar's rate limit, so each is written to it as a person's are).
    return { drag: await measure(true, 50), random: await measure(false, 400) };
  } finally {
    await browser.close();
  }
}
