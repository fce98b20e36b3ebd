// Runs the static checks side by side: `npm test` spends half a minute on them one after another, and
// each is a single process that waits on its own files, so on two cores running them together takes
// about as long as the slowest. Each one's output is held and printed whole, in the order below, so
// the log reads as if they had run in turn. Exits non-zero when any check fails.
import { spawn } from 'node:child_process';

const checks = [
  ['ESLint', 'eslint', ['.']],
  ['Prettier', 'prettier', ['--check', '.']],
  ['TypeScript', 'tsc', ['--noEmit']],
];

function run([name, bin, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    // The local binaries, as npm scripts find them (npm puts node_modules/.bin on PATH).
    const child = spawn(bin, args, { shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: String(error), seconds: 0 }));
    child.on('close', (code) =>
      resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = await Promise.all(checks.map(run));
for (const { name, code, output, seconds } of results) {
  console.log(`── ${name}: ${code === 0 ? 'passed' : 'FAILED'} (${seconds.toFixed(1)} s)`);
  if (output.trim()) console.log(output.trimEnd());
}
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length > 0) {
  console.log(`\n${failed.join(', ')} failed`);
  process.exit(1);
}
