// Draws the web app manifest's icons (public/icons/*.png) from the favicon's artwork, rasterised by the
// Chromium the tests use: no image library, no download. Run `node tests/support/make-icons.mjs` after
// changing public/favicon.svg, and commit the PNGs.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const favicon = readFileSync(path.join(root, 'public/favicon.svg'), 'utf8');
const glyph = favicon.match(/<path[\s\S]*?\/>/)?.[0];
const fill = favicon.match(/<rect[^>]*fill="([^"]+)"/)?.[1];
if (glyph === undefined || fill === undefined)
  throw new Error('public/favicon.svg has no <rect fill> or <path>');

// 'any': the favicon as it is, rounded corners on a transparent ground.
const anyIcon = favicon.replace(/<svg([^>]*)>/, '<svg$1 width="100%" height="100%">');
// 'maskable': the ground fills the square and the glyph sits inside the central circle of 80% that every
// mask keeps (https://web.dev/articles/maskable-icon), scaled to 60% around the centre.
const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="100%" height="100%">
  <rect width="32" height="32" fill="${fill}" />
  <g transform="translate(16 16) scale(0.6) translate(-16 -16)">${glyph}</g>
</svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: anyIcon },
  { file: 'icon-512.png', size: 512, svg: anyIcon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskableIcon },
];

mkdirSync(path.join(root, 'public/icons'), { recursive: true });
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags, headless: true });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<body style="margin:0">${svg}</body>`);
    await page.screenshot({ path: path.join(root, 'public/icons', file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${file} (${size} x ${size})`);
  }
} finally {
  await browser.close();
}
