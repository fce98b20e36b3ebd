// Chromium for the bench: one flag list for Lighthouse and for playwright, a fresh profile each launch.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromeFlags, chromePath } from '../support/chromium.mjs';

export { chromeFlags, chromePath };

/** Headless Chromium with a DevTools port, for Lighthouse. Returns { port, close }. */
export async function launchDebuggableChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), 'paypath-chromium-'));
  const child = spawn(
    chromePath,
    ['--headless', ...chromeFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    // Chromium's helper processes can still be writing into the profile (a service worker's cache) for
    // a moment after the browser exits: retried, and a leftover temp folder is not worth failing over.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
    } catch (error) {
      console.warn(`  (could not remove ${profile}: ${error.code ?? error})`);
    }
  };
  // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/..." once the port is open.
  const port = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)),
      20_000,
    );
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = log.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}):\n${log}`));
    });
  }).catch(async (error) => {
    await close();
    throw error;
  });
  return { port, close };
}
