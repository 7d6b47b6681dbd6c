// @ts-check
// Browser tests in real browsers (Chromium, Firefox ESR, WebKitGTK; scripts/engines.mjs), real keystrokes
// (sendKeys), axe via @open-wc/testing. ODF_ENGINES picks the engines (comma-separated; all three unless set):
// `npm run test:browser` runs the engines one after another through scripts/test-browser.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { hardeningCommands } from './test/browser/hardening/commands.mjs';
import { engineCommands, launcherFor, selectedEngines } from './scripts/engines.mjs';

/** Lit prints this once per page in dev mode; every test file is a page, so it would bury real warnings. */
const expectedBrowserNoise = [/Lit is in dev mode/];

/**
 * The time zone the browsers run in: the schools' own by default. `npm run test:browser:tz` runs the date-sensitive
 * files again under zones far either side of it (web-test-runner.tz.config.mjs), so no date may move.
 */
const timeZone = process.env.ODF_BROWSER_TZ || 'Europe/London';
const engines = selectedEngines();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    // esbuild reads experimentalDecorators/useDefineForClassFields from tsconfig.json and applies them to every
    // file it compiles, tests included. It leaves `with { type: 'json' }` alone: Chromium loads JSON modules itself.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    hardeningCommands({ timeZone }),
    engineCommands(),
  ],
  browsers: engines.map((engine) => launcherFor(engine, { timeZone })),
  // One page at a time (and one browser at a time). With two, the page Chromium treats as a background tab stalls: a failing axe check
  // (`not.to.be.accessible()`) hung until the timeout, and focus (error summary, sendKeys) is only reliable in
  // the foreground page.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Per test file; axe sweeps over a whole form are slow on a small CI machine, and WebKit takes each key
  // through a WebDriver request (the fuzz tests type thousands).
  testsStartTimeout: 60_000,
  testsFinishTimeout: engines.includes('webkit') ? 600_000 : 180_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
  browserLogs: true,
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && expectedBrowserNoise.some((pattern) => pattern.test(arg))),
};
