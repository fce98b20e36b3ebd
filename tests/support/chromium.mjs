import { existsSync } from 'node:fs';

// Debian's Chromium for the bench and for looking at the app: one path and one flag list.
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// The end-to-end tests drive Debian's headless shell of the same Chromium release (package
// chromium-headless-shell: the same Blink and V8, without the browser's windows and UI). The full
// browser spends about a second of CPU in its own process on each new test's context and page, which
// on a 2-core machine was a third of the suite's time. Where the shell is not installed, the browser.
const headlessShell = '/usr/bin/chromium-headless-shell';
export const testChromePath =
  process.env.CHROME_PATH || (existsSync(headlessShell) ? headlessShell : chromePath);

// No background traffic (updates, sync, field trials): this machine's network is closed, and such
// requests would also land in measured traces.
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
