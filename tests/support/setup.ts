/** Every test, in node or jsdom: an unexpected console.error fails it. */
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

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
  consoleError.mockRestore();
  if (unexpectedErrors.length > 0) {
    const first = unexpectedErrors[0]!.map((arg) => (arg instanceof Error ? arg.message : String(arg)));
    throw new Error(
      `console.error was called ${unexpectedErrors.length} time(s); first call: ${first.join(' ')}\n` +
        'If this is expected, call vi.mocked(console.error).mockImplementation(() => {}) in the test.',
    );
  }
});
