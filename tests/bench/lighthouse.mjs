// Lighthouse with its default settings: the mobile preset, simulated slow 4G and a 4x slower CPU.
import lighthouse from 'lighthouse';
import { launchDebuggableChromium } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One run in a fresh Chromium. */
async function runOnce(url) {
  const chrome = await launchDebuggableChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await chrome.close();
  }
}

/** Audits that cost a category points: a failed check, a weak metric, or an opportunity worth ≥ 100 ms. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => {
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') return false;
      if (ref.weight > 0 && audit.score !== null && audit.score < (category === 'performance' ? 0.9 : 1))
        return true;
      return category === 'performance' && (audit.details?.overallSavingsMs ?? 0) >= 100;
    })
    .map(({ audit }) => ({ id: audit.id, title: audit.title, value: audit.displayValue ?? '' }));
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * `runs` runs of each page, interleaved (page 1, page 2, …, page 1, …) so a busy moment of the machine
 * falls on all pages alike. Per page: the report of the median run by performance score (Lighthouse's
 * own advice for noisy scores) for its scores and failing audits, and the median of each metric.
 */
export async function benchLighthouse(pages, runs) {
  const reports = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const p of pages) reports[p.name].push(await runOnce(p.url));
  }
  return Object.fromEntries(
    pages.map((p) => {
      const all = [...reports[p.name]].sort(
        (a, b) => a.categories.performance.score - b.categories.performance.score,
      );
      const lhr = all[Math.floor(all.length / 2)];
      const metric = (id) => median(all.map((r) => r.audits[id].numericValue));
      return [
        p.name,
        {
          lighthouseVersion: lhr.lighthouseVersion,
          formFactor: lhr.configSettings.formFactor,
          allPerformance: reports[p.name].map((r) => r.categories.performance.score),
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score])),
          lcpMs: metric('largest-contentful-paint'),
          fcpMs: metric('first-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          lcpElement:
            lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ??
            '',
          runWarnings: lhr.runWarnings,
          failing: Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)])),
        },
      ];
    }),
  );
}
