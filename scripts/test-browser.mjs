// @ts-check
// `npm run test:browser`: the browser suite in each engine in turn (Chromium, Firefox ESR, WebKitGTK), one
// web-test-runner run per engine, then one line per engine with its counts and time.
//   npm run test:browser -- --engine firefox          one engine (or --engine firefox,webkit; ODF_ENGINES too)
//   npm run test:browser -- --config web-test-runner.tz.config.mjs
// Any other argument goes to web-test-runner as it is (for example --files "test/browser/shared/*.test.ts").
// Exits non-zero when any engine had a failure or did not finish.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './engines.mjs';

const args = process.argv.slice(2);
const passOn = [];
const named = [];
for (let i = 0; i < args.length; i++) {
  const arg = /** @type {string} */ (args[i]);
  if (arg === '--engine') named.push(args[++i] ?? '');
  else if (arg.startsWith('--engine=')) named.push(arg.slice('--engine='.length));
  else passOn.push(arg);
}
const engines = selectedEngines(named.length ? named.join(',') : process.env.ODF_ENGINES);
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));

/** @type {{ engine: string, code: number | null, seconds: number, counts: string }[]} */
const results = [];
for (const engine of engines) {
  const started = Date.now();
  const child = spawn(process.execPath, [wtr, ...passOn], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ODF_ENGINES: engine },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  const code = await new Promise((resolve) => child.once('exit', (exitCode, signal) => resolve(signal ? 128 : exitCode)));
  // web-test-runner's closing lines: "Firefox: |████| 22/22 test files | 266 passed, 4 failed, 2 skipped".
  const counts = [...output.matchAll(/(\d+) passed(?:, (\d+) failed)?(?:, (\d+) skipped)?/g)].at(-1);
  results.push({
    engine,
    code,
    seconds: Math.round((Date.now() - started) / 1000),
    counts: counts
      ? `${counts[1]} passed, ${counts[2] ?? 0} failed${counts[3] ? `, ${counts[3]} skipped` : ''}`
      : 'no counts (did not finish)',
  });
}

console.log('\nBrowser suite by engine:');
for (const { engine, counts } of results) console.log(`${engine}: ${counts}`);
console.log(
  `Time: ${results.map(({ engine, code, seconds }) => `${engine} ${seconds} s${code === 0 ? '' : ` (exit code ${code})`}`).join(', ')}`,
);
process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
