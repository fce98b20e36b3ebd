import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The dev server injects inline scripts (React Refresh preamble) and <style> tags, which the
// production CSP in index.html blocks. The built app keeps the CSP; only `vite` dev drops it.
function dropCspInDev(): Plugin {
  return {
    name: 'paypath:drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*\/>/, ''),
  };
}

export default defineConfig({
  plugins: [react(), dropCspInDev()],
  build: {
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/support/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Tests wait for conditions, never for a clock: these deadlines only stop a test that hangs, so they
    // are far beyond anything a slow or busy machine needs (vitest's own default, 5 s, is not).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
