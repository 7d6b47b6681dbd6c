// `npm run bench`: builds the embed bundle, then measures on this machine, in one run, what issue 7 budgets:
// the bundle's size, each element's first render and time to interactive, the full rule check, the time from a
// keystroke to the updated rule panel, and the JS heap with both forms on the page. Prints one table.
//
// A benchmark, never a test: nothing here fails on a slow machine. Method and results: docs/performance.md.
// Run with tsx (the rules core and the fixtures are TypeScript): `tsx scripts/bench.ts [--no-build]`.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import {
  checkNotification, checkOutcomeReview, resolveConfig,
} from '../src/schema/index.ts';
import { exampleToday, extensionReview, maintainedWithEhcp, reviewToday } from '../test/fixtures/examples.ts';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const ROOT = new URL('../', import.meta.url);
const BUNDLE = new URL('dist/offsite-direction-forms.js', ROOT);
const RUNS = 30;
const CHECK_RUNS = 1000;
const KEYSTROKES = 100;

const TARGETS = {
  gzip: 30 * 1024,
  firstRenderMs: 20,
  checkP95Ms: 0.5,
  keystrokeP95Ms: 16,
};

// ------------------------------------------------------------------------------------------------- statistics

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the smallest sample with at least q of all samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
const median = (samples: readonly number[]) => quantile(samples, 0.5);
const p95 = (samples: readonly number[]) => quantile(samples, 0.95);

// ------------------------------------------------------------------------------------------------------ sizes

async function bundleSize(file: URL = BUNDLE) {
  const code = await readFile(file);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The one-form bundles (built beside the main one by scripts/build-embed.ts): sizes only. */
const ONE_FORM_BUNDLES = {
  'notification alone': new URL('dist/offsite-direction-notification.js', ROOT),
  'outcome review alone': new URL('dist/offsite-direction-outcome-review.js', ROOT),
};

// ------------------------------------------------------------------------------------------------ node checks

/** Times `run` `runs` times, each on its own, after as many untimed runs to let the JIT settle. */
function timeInNode(run: () => unknown, runs: number): number[] {
  for (let i = 0; i < runs; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

function nodeChecks() {
  const { calendar } = resolveConfig();
  return {
    notification: timeInNode(() => checkNotification(maintainedWithEhcp, { today: exampleToday }), CHECK_RUNS),
    review: timeInNode(() => checkOutcomeReview(extensionReview, { today: reviewToday }), CHECK_RUNS),
    empty: timeInNode(() => checkNotification({}, { today: exampleToday }), CHECK_RUNS),
    schoolYear: timeInNode(() => calendar.countSchoolDays('2025-09-01', '2026-08-31'), CHECK_RUNS),
  };
}

// ---------------------------------------------------------------------------------------------------- browser

const pageFiles: Record<string, URL> = {
  '/': new URL('scripts/bench/page.html', ROOT),
  '/bench/page.js': new URL('scripts/bench/page.js', ROOT),
  '/offsite-direction-forms.js': BUNDLE,
};

/** Serves the bench page and the bundle on 127.0.0.1 under a strict policy, as a host page would. */
function startServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = Object.hasOwn(pageFiles, path) ? pageFiles[path] : undefined;
    if (!file) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': path === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
          'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'",
          'Cache-Control': 'no-store',
        });
        response.end(body);
      },
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface InsertSample {
  render: number;
  interactive: number;
}

interface BenchWindow {
  bench: {
    ready: boolean;
    bundleLoad: number;
    timeInsertions(tag: string, props: object, runs: number): Promise<InsertSample[]>;
    renderBoth(input: { notification: unknown; review: unknown; today: string }): Promise<void>;
    setUpKeystrokes(props: object): Promise<void>;
    armKeystroke(): void;
    keystrokeResult(): Promise<number | null>;
  };
}

async function openPage(newPage: () => Promise<Page>, base: string): Promise<Page> {
  const page = await newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.goto(base);
  await page.waitForFunction(() => (window as unknown as BenchWindow).bench?.ready === true);
  if (problems.length > 0) throw new Error(`the bench page reported: ${problems.join('; ')}`);
  return page;
}

async function browserFigures(base: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
  try {
    const context = await browser.newContext();
    const newPage = () => context.newPage();

    // Insertions: one page per element, so each element's first insertion is a cold one.
    const insertions: Record<string, { cold: InsertSample; warm: InsertSample[] }> = {};
    const elements = [
      ['notification', 'offsite-direction-notification', { today: exampleToday }],
      ['notification, complete draft', 'offsite-direction-notification', { today: exampleToday, value: maintainedWithEhcp }],
      ['outcome review', 'offsite-direction-outcome-review', { today: reviewToday }],
      ['outcome review, complete draft', 'offsite-direction-outcome-review', { today: reviewToday, value: extensionReview }],
    ] as const;
    let bundleLoad = 0;
    for (const [name, tag, props] of elements) {
      const page = await openPage(newPage, base);
      bundleLoad = await page.evaluate(() => (window as unknown as BenchWindow).bench.bundleLoad);
      const samples = await page.evaluate(
        ({ tag, props, runs }) => (window as unknown as BenchWindow).bench.timeInsertions(tag, props, runs),
        { tag, props, runs: RUNS + 1 },
      );
      insertions[name] = { cold: samples[0]!, warm: samples.slice(1) };
      await page.close();
    }

    // Keystroke to rule panel: a complete notification; the "hours at your school" box (0) is emptied and
    // refilled, one key at a time, and every key changes the total in the panel.
    const page = await openPage(newPage, base);
    await page.evaluate(
      (props) => (window as unknown as BenchWindow).bench.setUpKeystrokes(props),
      { value: maintainedWithEhcp, today: exampleToday },
    );
    const field = page.locator('offsite-direction-notification input[name="timetable.homeSchoolHoursPerWeek"]');
    await field.click();
    await page.keyboard.press('End');
    const keystrokes: number[] = [];
    let unchanged = 0;
    const warmUp = 10;
    for (let i = 0; i < KEYSTROKES + warmUp; i++) {
      const key = i % 2 === 0 ? 'Backspace' : String((i % 9) + 1);
      await page.evaluate(() => (window as unknown as BenchWindow).bench.armKeystroke());
      await page.keyboard.press(key);
      const ms = await page.evaluate(() => (window as unknown as BenchWindow).bench.keystrokeResult());
      if (i < warmUp) continue;
      if (ms === null) unchanged++;
      else keystrokes.push(ms);
    }
    await page.close();

    // Heap: a fresh page with the bundle loaded, then with both forms rendered; garbage collected before each.
    const heapPage = await openPage(newPage, base);
    const cdp = await context.newCDPSession(heapPage);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const heapLoaded = await heap();
    await heapPage.evaluate(
      (input) => (window as unknown as BenchWindow).bench.renderBoth(input),
      { notification: maintainedWithEhcp, review: extensionReview, today: exampleToday },
    );
    const heapBoth = await heap();
    await heapPage.close();

    return { bundleLoad, insertions, keystrokes, unchanged, heap: { loaded: heapLoaded, both: heapBoth } };
  } finally {
    await browser.close();
  }
}

// ------------------------------------------------------------------------------------------------------ table

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (value: number, target: number) => (value <= target ? 'met' : 'NOT MET');

function printTable(rows: (readonly [string, string, string?, string?])[]) {
  const widths = [0, 0, 0, 0];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index]!, (cell ?? '').length)));
  const line = (row: readonly (string | undefined)[]) =>
    row.map((cell, index) => (index === 0 ? (cell ?? '').padEnd(widths[0]!) : (cell ?? '').padStart(widths[index]!))).join('  ');
  console.log(line(['measure', 'result', 'target', 'status']));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) {
    console.log('Building the embed bundles…');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-embed.ts'], { cwd: fileURLToPath(ROOT), stdio: 'inherit' });
  }
  const size = await bundleSize();
  const oneFormSizes = await Promise.all(
    Object.entries(ONE_FORM_BUNDLES).map(async ([name, file]) => [name, await bundleSize(file)] as const),
  );

  console.log(`Rule checks in Node ${process.version} (${CHECK_RUNS} runs each after warm-up)…`);
  const checks = nodeChecks();

  console.log(`Browser figures in headless Chromium (${RUNS} insertions per element, ${KEYSTROKES} keystrokes)…`);
  const server = await startServer();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  let browser: Awaited<ReturnType<typeof browserFigures>>;
  try {
    browser = await browserFigures(base);
  } finally {
    server.close();
  }

  const rows: (readonly [string, string, string?, string?])[] = [
    ['embed bundle, minified', `${size.min.toLocaleString('en-GB')} B (${kb(size.min)})`],
    ['embed bundle, gzip -9', `${size.gzip.toLocaleString('en-GB')} B (${kb(size.gzip)})`, `≤ ${kb(TARGETS.gzip)}`, verdict(size.gzip, TARGETS.gzip)],
    ...oneFormSizes.map(
      ([name, one]) => [`one-form bundle, ${name}, min / gzip -9`, `${one.min.toLocaleString('en-GB')} B / ${one.gzip.toLocaleString('en-GB')} B (${kb(one.gzip)})`] as const,
    ),
    ['bundle fetch + evaluate (page load)', ms(browser.bundleLoad)],
  ];
  for (const [name, { cold, warm }] of Object.entries(browser.insertions)) {
    const render = median(warm.map((sample) => sample.render));
    rows.push([`${name}: first render, median of ${RUNS}`, ms(render), `≤ ${TARGETS.firstRenderMs} ms`, verdict(render, TARGETS.firstRenderMs)]);
    rows.push([`${name}: interactive, median of ${RUNS}`, ms(median(warm.map((sample) => sample.interactive)))]);
    rows.push([`${name}: first insertion on the page (render / interactive)`, `${ms(cold.render)} / ${ms(cold.interactive)}`]);
  }
  rows.push(
    ['checkNotification, complete draft: median', ms(median(checks.notification))],
    ['checkNotification, complete draft: p95', ms(p95(checks.notification)), `≤ ${TARGETS.checkP95Ms} ms`, verdict(p95(checks.notification), TARGETS.checkP95Ms)],
    ['checkNotification, empty draft: median / p95', `${ms(median(checks.empty))} / ${ms(p95(checks.empty))}`],
    ['checkOutcomeReview, extension: median / p95', `${ms(median(checks.review))} / ${ms(p95(checks.review))}`],
    ['countSchoolDays over a school year: median / p95', `${ms(median(checks.schoolYear))} / ${ms(p95(checks.schoolYear))}`],
    ['keystroke to rule panel: median', ms(median(browser.keystrokes))],
    ['keystroke to rule panel: p95', ms(p95(browser.keystrokes)), `≤ ${TARGETS.keystrokeP95Ms} ms`, verdict(p95(browser.keystrokes), TARGETS.keystrokeP95Ms)],
    ['JS heap, bundle loaded', kb(browser.heap.loaded)],
    ['JS heap, both forms rendered', kb(browser.heap.both)],
    ['JS heap, added by the two forms', kb(browser.heap.both - browser.heap.loaded)],
  );
  console.log('');
  printTable(rows);
  if (browser.unchanged > 0) console.log(`\nNote: ${browser.unchanged} keystroke(s) left the panel unchanged and were not counted.`);
}

await main();
