// @ts-check
// `npm run test:browser`: the browser suite in each engine in turn (Chromium, Firefox ESR, WebKitGTK), one
// web-test-runner run per engine, then one line per engine with its counts and time.
//   npm run test:browser -- --engine firefox          one engine (or --engine firefox,webkit; ODF_ENGINES too)
//   npm run test:browser -- --config web-test-runner.tz.config.mjs
// Any other argument goes to web-test-runner as it is (for example --files "test/browser/shared/*.test.ts").
// Exits non-zero when any engine had a failure or did not finish.
// A test file that only failed because the browser disconnected under it (no test in the run failed) is run once
// more in that engine, and said so: WebKitWebDriver now and then loses a page between files (docs/engines.md).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './engines.mjs';
import { disconnectedFiles } from './wtr-output.mjs';

const args = process.argv.slice(2);
/** @type {string[]} */
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

/**
 * Runs web-test-runner once in `engine`, its output passed through; resolves to its exit code and output.
 * @param {string} engine @param {string[]} wtrArgs
 * @returns {Promise<{ code: number | null, output: string }>}
 */
async function runOnce(engine, wtrArgs) {
  const child = spawn(process.execPath, [wtr, ...wtrArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ODF_ENGINES: engine },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  const code = await new Promise((resolve) => child.once('exit', (exitCode, signal) => resolve(signal ? 128 : exitCode)));
  return { code, output };
}

/** web-test-runner's last counts line: "Firefox: |████| 22/22 test files | 266 passed, 4 failed, 2 skipped". */
function countsOf(/** @type {string} */ output) {
  const counts = [...output.matchAll(/(\d+) passed(?:, (\d+) failed)?(?:, (\d+) skipped)?/g)].at(-1);
  return counts
    ? { text: `${counts[1]} passed, ${counts[2] ?? 0} failed${counts[3] ? `, ${counts[3]} skipped` : ''}`, failed: Number(counts[2] ?? 0) }
    : { text: 'no counts (did not finish)', failed: undefined };
}

/** The arguments to pass on when running `files` again: the same `--config`, only those files. */
function againArgs(/** @type {string[]} */ files) {
  const kept = [];
  for (let i = 0; i < passOn.length; i++) {
    const arg = /** @type {string} */ (passOn[i]);
    if (arg === '--config') kept.push(arg, passOn[++i] ?? '');
    else if (arg.startsWith('--config=')) kept.push(arg);
  }
  return [...kept, '--files', ...files];
}

/** @type {{ engine: string, code: number | null, seconds: number, counts: string }[]} */
const results = [];
for (const engine of engines) {
  const started = Date.now();
  const first = await runOnce(engine, passOn);
  let { code } = first;
  let counts = countsOf(first.output).text;
  const again = code !== 0 && countsOf(first.output).failed === 0 ? disconnectedFiles(first.output) : undefined;
  if (again) {
    console.log(`\n${engine}: the browser disconnected under ${again.join(', ')}, and no test failed; running ${again.length === 1 ? 'it' : 'them'} once more.`);
    const second = await runOnce(engine, againArgs(again));
    code = second.code;
    counts += `; ${again.join(', ')} run again after the browser disconnected: ${countsOf(second.output).text}`;
  }
  results.push({ engine, code, seconds: Math.round((Date.now() - started) / 1000), counts });
}

console.log('\nBrowser suite by engine:');
for (const { engine, counts } of results) console.log(`${engine}: ${counts}`);
console.log(
  `Time: ${results.map(({ engine, code, seconds }) => `${engine} ${seconds} s${code === 0 ? '' : ` (exit code ${code})`}`).join(', ')}`,
);
process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
