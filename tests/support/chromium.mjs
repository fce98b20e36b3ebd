// Debian's Chromium for the end-to-end tests and the bench: one path and one flag list.
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

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
