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

/**
 * Median of `runs` runs by performance score (Lighthouse's own advice for noisy scores), with the
 * figures and failing audits of that run.
 */
export async function benchLighthouse(url, runs) {
  const reports = [];
  for (let i = 0; i < runs; i++) reports.push(await runOnce(url));
  reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const lhr = reports[Math.floor(reports.length / 2)];
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score]));
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    runs,
    allPerformance: reports.map((r) => r.categories.performance.score),
    scores,
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    fcpMs: lhr.audits['first-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    runWarnings: lhr.runWarnings,
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)])),
  };
}
