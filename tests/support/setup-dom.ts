/** Component tests under jsdom: DOM matchers, what jsdom lacks, and unmounting after each test. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*, waitFor and waitForElementToBeRemoved wait for a condition; the deadline only stops a test that
// hangs. Testing Library's default, 1 s, is a race a busy machine loses; a passing test waits no longer
// for a generous one. (vitest's testTimeout in vite.config.ts is longer still, so this error shows first.)
configure({ asyncUtilTimeout: 30_000 });

// jsdom has no layout engine: recharts' ResponsiveContainer needs ResizeObserver to exist.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

// Testing Library only auto-registers cleanup when vitest globals are on; they are off here. This file is
// set up after setup.ts, so this hook runs before its console.error check: errors raised while
// unmounting are caught too.
afterEach(() => {
  cleanup();
});
