import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

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

// An unexpected console.error (React warnings, act() warnings...) fails the test.
// A test that expects one opts out with `vi.mocked(console.error).mockImplementation(() => {})`.
let consoleError: MockInstance<typeof console.error>;
let unexpectedErrors: unknown[][];

beforeEach(() => {
  unexpectedErrors = [];
  const original = console.error;
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    unexpectedErrors.push(args);
    original(...args);
  });
});

afterEach(() => {
  // Testing Library only auto-registers cleanup when vitest globals are on; they are off here.
  // Unmounting first means errors raised while unmounting are caught too.
  cleanup();
  consoleError.mockRestore();
  if (unexpectedErrors.length > 0) {
    const first = unexpectedErrors[0]!.map((arg) => (arg instanceof Error ? arg.message : String(arg)));
    throw new Error(
      `console.error was called ${unexpectedErrors.length} time(s); first call: ${first.join(' ')}\n` +
        'If this is expected, call vi.mocked(console.error).mockImplementation(() => {}) in the test.',
    );
  }
});
