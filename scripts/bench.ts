// `npm run bench`: builds the embed bundles, then measures on this machine, in one run, and prints one table:
//
// 1. COLD, what people feel: each form's first render and time to interactive on a fresh page (a new browser
//    context per load, so nothing is compiled, cached or warmed by a load before it), and navigation start →
//    form painted. Medians of several fresh pages, with their spread. Each load is paired with cold loads of the
//    form's two copies, the same DOM pixel for pixel (scripts/bench/page.js, `drawnParts`): as static HTML with no
//    script, the browser's floor under the form's figures, and as one Lit template with no bindings, Lit's floor
//    under its first render. The rows under each form give those floors and the form's own share over them; time
//    to interactive is judged on the share over the static copy, and the summary names the budgets a floor misses
//    too.
// 2. The same cold figures with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), a stand-in for an old
//    school laptop.
// 3. WARM figures: re-inserting a form on a page that has drawn it before, a keystroke to the updated rule panel.
// 4. The bundles' size, the rule checks in Node, and the JS heap.
//
// Every budget is printed beside its figure with pass or FAIL. A benchmark, never a test: the run always exits 0,
// since a busy or slow machine is not a defect. Method and results: docs/performance.md.
// Run with tsx (the rules core and the fixtures are TypeScript):
//   tsx scripts/bench.ts [--no-build] [--cold-runs <n>] [--slow-runs <n>]
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  checkNotification, checkOutcomeReview, resolveConfig,
} from '../src/schema/index.ts';
import { exampleToday, extensionReview, maintainedWithEhcp, reviewToday } from '../test/fixtures/examples.ts';
import { benchCases } from './bench/cases.ts';
import { coldLoad, type ColdFigures } from './bench/cold.ts';
import { BUNDLE, startServer } from './bench/server.ts';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const ROOT = new URL('../', import.meta.url);
const RUNS = 30;
const CHECK_RUNS = 1000;
const KEYSTROKES = 100;
/** The CPU slowdown that stands in for an old school laptop. */
const SLOWDOWN = 4;

/**
 * The budgets (issue 13; the rule check's from issue 7). Each is printed beside its figure.
 *
 * Two of issue 13's figures are judged on the form's own share, since the browser alone, showing the same page
 * with none of the form's code, is over them on this machine (docs/performance.md, "Session 7: the budgets
 * decided"): time to interactive (the static copy alone took 40–151 ms in full runs, 203–445 ms at 4×) and the
 * keystroke (a lone text box alone took 3.4–16.1 ms at p95 to deliver a key). The whole figures are still printed.
 */
const BUDGETS = {
  /** Cold, on this machine: appending the element → its first render complete. */
  coldRenderMs: 25,
  /**
   * Cold, on this machine: what the form adds to the main thread's work up to interactive (appending → painted,
   * the main thread free) over the browser showing the same DOM from static HTML: CPU time, the median of the
   * paired differences.
   */
  coldInteractiveMs: 40,
  /** Cold, with the CPU 4× slower: first render, and what the form adds to time to interactive. */
  slowMs: 100,
  /** A keystroke's input event → the rule panel showing the new total, p95: the form's own work per key. */
  keystrokeP95Ms: 4,
  /** The embed bundle of both forms, gzip -9. */
  gzipBytes: 48 * 1024,
  /** A full checkNotification in Node, p95. */
  checkP95Ms: 0.5,
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

/**
 * `count` copies of a draft, each with a different number of spaces after the first text answer of every section
 * (the same answers once trimmed): checked in turn, every section is new to the checks each time, so no result
 * they keep (src/schema/parts.ts, `sectionParser`) is used and each check is a full one.
 */
function spacedVariants(draft: object, count: number): object[] {
  const spaced = (value: unknown, spaces: string): [unknown, boolean] => {
    if (typeof value === 'string') return [value + spaces, true];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [value, false];
    const copy: Record<string, unknown> = { ...value };
    for (const [key, item] of Object.entries(copy)) {
      const [next, done] = spaced(item, spaces);
      if (done) return [{ ...copy, [key]: next }, true];
    }
    return [copy, false];
  };
  return Array.from({ length: count }, (_, index) =>
    Object.fromEntries(Object.entries(draft).map(([key, section]) => [key, spaced(section, ' '.repeat(index + 1))[0]])),
  );
}

function nodeChecks() {
  const { calendar } = resolveConfig();
  const full = spacedVariants(maintainedWithEhcp, 10);
  const reviews = spacedVariants(extensionReview, 10);
  // A keystroke: the hours at the pupil's school change, every other answer stays (a new draft each time).
  const timetable = maintainedWithEhcp.timetable!;
  const keystrokes = Array.from({ length: 10 }, (_, index) => ({
    ...maintainedWithEhcp,
    timetable: { ...timetable, homeSchoolHoursPerWeek: index + 1 },
  }));
  // A school year from a different first day each time, so no count the calendar keeps is used.
  const firstDays = Array.from({ length: 100 }, (_, index) => `2025-09-${String((index % 28) + 1).padStart(2, '0')}`);
  const endDays = Array.from({ length: 100 }, (_, index) => `2026-08-${String((index % 3) + 29)}`);
  let run = 0;
  const next = () => run++;
  return {
    notification: timeInNode(() => checkNotification(full[next() % full.length], { today: exampleToday }), CHECK_RUNS),
    keystroke: timeInNode(() => checkNotification(keystrokes[next() % keystrokes.length], { today: exampleToday }), CHECK_RUNS),
    review: timeInNode(() => checkOutcomeReview(reviews[next() % reviews.length], { today: reviewToday }), CHECK_RUNS),
    empty: timeInNode(() => checkNotification({}, { today: exampleToday }), CHECK_RUNS),
    schoolYear: timeInNode(() => {
      const index = next();
      return calendar.countSchoolDays(firstDays[index % 100]!, endDays[index % 97]!);
    }, CHECK_RUNS),
  };
}

// ----------------------------------------------------------------------------------------------- cold loads

interface ColdSet {
  /** Case id → its cold loads. */
  forms: Record<string, ColdFigures[]>;
  /** Case id → the cold loads of its static copy, the n-th made right after the form's n-th. */
  statics: Record<string, ColdFigures[]>;
  /** Case id → the cold loads of its Lit copy, the n-th made right after the static copy's n-th. */
  lits: Record<string, ColdFigures[]>;
}

/**
 * `runs` cold loads of every case, each on a fresh page, the CPU slowed `throttle` times; each followed by cold
 * loads of the case's static copy (the same DOM as HTML, no bundle) and its Lit copy (the same DOM as one Lit
 * template), so each three meet the same machine.
 */
async function coldFigures(browser: Browser, base: string, runs: number, throttle: number): Promise<ColdSet> {
  const set: ColdSet = { forms: {}, statics: {}, lits: {} };
  // Round robin over the cases, so a busy spell on the machine lands on all of them rather than on one.
  for (let run = 0; run < runs; run++) {
    for (const benchCase of benchCases) {
      (set.forms[benchCase.id] ??= []).push((await coldLoad(browser, base, benchCase, { throttle })).cold);
      (set.statics[benchCase.id] ??= []).push((await coldLoad(browser, base, benchCase, { throttle, copy: 'static' })).cold);
      (set.lits[benchCase.id] ??= []).push((await coldLoad(browser, base, benchCase, { throttle, copy: 'lit' })).cold);
    }
  }
  return set;
}

/** The module of a case's Lit copy: one element, Lit's own, whose one template is the case's DOM as drawn. */
async function litCopyModule(tag: string, css: string, html: string): Promise<string> {
  const source = `import { LitElement, html, unsafeCSS } from 'lit';
// Lit's tag takes a template strings array: the drawn DOM is its one string, so the template has no bindings.
const drawn = ${JSON.stringify(html)};
const strings = Object.assign([drawn], { raw: [drawn] });
class LitCopy extends LitElement {
  static styles = unsafeCSS(${JSON.stringify(css)});
  render() { return html(strings); }
}
customElements.define(${JSON.stringify(tag)}, LitCopy);
`;
  const built = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(ROOT), loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
  });
  return built.outputFiles[0]!.text;
}

/**
 * Each case's DOM as drawn (scripts/bench/page.js, `drawnParts`), made on one page that has the bundle, into the
 * server's copies: as static HTML with a declarative shadow root (`statics`), and as a module in which Lit alone
 * draws it from one template (`litCopies`). Then each copy is checked against its form: a full-page screenshot of
 * the copy's page must be the form's, byte for byte, or its floor would be the floor of another page.
 */
async function makeCopies(browser: Browser, base: string, statics: Map<string, string>, litCopies: Map<string, string>) {
  const context = await browser.newContext();
  try {
    const page = await openPage(() => context.newPage(), base);
    for (const { id, tag, props } of benchCases) {
      const { attributes, css, html } = await page.evaluate(
        ({ tag, props }) => (window as unknown as BenchWindow).bench.drawnParts(tag, props),
        { tag, props },
      );
      statics.set(id, `<${tag}${attributes}><template shadowrootmode="open"><style>${css}</style>${html}</template></${tag}>`);
      litCopies.set(id, await litCopyModule(tag, css, html));
    }
    const shot = async (query: string) => {
      const shown = await context.newPage();
      await shown.goto(`${base}?${query}`);
      await shown.evaluate(() => (window as unknown as { benchReady: Promise<void> }).benchReady);
      const image = await shown.screenshot({ fullPage: true });
      await shown.close();
      return image;
    };
    for (const { id } of benchCases) {
      const form = await shot(`case=${id}`);
      for (const copy of ['static', 'lit']) {
        if (!form.equals(await shot(`${copy}=${id}`))) {
          throw new Error(`the ${copy} copy of ${id} does not look like the form (full-page screenshots differ)`);
        }
      }
    }
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------- warm figures

interface InsertSample {
  render: number;
  interactive: number;
}

interface BenchWindow {
  bench: {
    ready: boolean;
    bundleLoad: number;
    drawnParts(tag: string, props: object): Promise<{ attributes: string; css: string; html: string }>;
    timeInsertions(tag: string, props: object, runs: number): Promise<InsertSample[]>;
    renderBoth(input: { notification: unknown; review: unknown; today: string }): Promise<void>;
    setUpKeystrokes(props: object): Promise<void>;
    armKeystroke(): void;
    keystrokeResult(): Promise<{ total: number; own: number } | null>;
    startBareInput(): void;
    bareInputTimes(): number[];
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

/** The i-th key of a keystroke run: Backspace and a digit by turns, so every key changes the box. */
const keyAt = (i: number) => (i % 2 === 0 ? 'Backspace' : String((i % 9) + 1));

async function warmFigures(browser: Browser, base: string) {
  const context = await browser.newContext();
  try {
    const newPage = () => context.newPage();

    // Re-insertions: one page per case; the first insertion (the cold one, measured above on fresh pages) is
    // left out, and the next RUNS are the warm figures.
    const insertions: Record<string, InsertSample[]> = {};
    for (const { id, tag, props } of benchCases) {
      const page = await openPage(newPage, base);
      const samples = await page.evaluate(
        ({ tag, props, runs }) => (window as unknown as BenchWindow).bench.timeInsertions(tag, props, runs),
        { tag, props, runs: RUNS + 1 },
      );
      insertions[id] = samples.slice(1);
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
    const ownWork: number[] = [];
    let unchanged = 0;
    const warmUp = 10;
    for (let i = 0; i < KEYSTROKES + warmUp; i++) {
      const key = keyAt(i);
      await page.evaluate(() => (window as unknown as BenchWindow).bench.armKeystroke());
      await page.keyboard.press(key);
      const times = await page.evaluate(() => (window as unknown as BenchWindow).bench.keystrokeResult());
      if (i < warmUp) continue;
      if (times === null) unchanged++;
      else {
        keystrokes.push(times.total);
        ownWork.push(times.own);
      }
    }
    await page.close();

    // The floor: the same keys in a lone text box on a page of its own (key made → its input event).
    const barePage = await openPage(newPage, base);
    await barePage.evaluate(() => (window as unknown as BenchWindow).bench.startBareInput());
    await barePage.locator('#bare-input').click();
    for (let i = 0; i < KEYSTROKES + warmUp; i++) await barePage.keyboard.press(keyAt(i));
    const bare = (await barePage.evaluate(() => (window as unknown as BenchWindow).bench.bareInputTimes())).slice(warmUp);
    await barePage.close();

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

    return { insertions, keystrokes, ownWork, bare, unchanged, heap: { loaded: heapLoaded, both: heapBoth } };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------------------------------------------ table

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The median of a set of samples and its range: "12.3 ms (10.1–15.2)". */
const spread = (samples: readonly number[]) =>
  `${ms(median(samples))} (${Math.min(...samples).toFixed(1)}–${Math.max(...samples).toFixed(1)})`;

type Row = readonly [measure: string, result: string, budget?: string, status?: string];
/** What the browser or Lit alone takes for the same thing, measured in the same run: the floor under a figure. */
interface Floor {
  value: number;
  /** What was measured, for the summary: "Lit alone (the same DOM from one template)". */
  what: string;
}
const budgetsChecked: { measure: string; met: boolean; limit: number; floor?: Floor }[] = [];

/** A row with a budget: `value` (what is judged) against `limit`; `floor`, where there is one, for the summary. */
function judged(measure: string, result: string, value: number, limit: number, unit: (n: number) => string, section = '', floor?: Floor): Row {
  const met = value <= limit;
  budgetsChecked.push({ measure: `${section}${measure}`, met, limit, floor });
  return [measure, result, `≤ ${unit(limit)}`, met ? 'pass' : 'FAIL'];
}
const msUnit = (n: number) => `${n} ms`;

function printTable(rows: (Row | string)[]) {
  const widths = [0, 0, 0, 0];
  const cells = rows.filter((row): row is Row => typeof row !== 'string');
  for (const row of [['measure', 'result', 'budget', 'status'] as Row, ...cells]) {
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index]!, (cell ?? '').length)));
  }
  const line = (row: Row) =>
    row.map((cell, index) => (index === 0 ? (cell ?? '').padEnd(widths[0]!) : (cell ?? '').padStart(widths[index]!))).join('  ');
  console.log(line(['measure', 'result', 'budget', 'status']));
  for (const row of rows) {
    if (typeof row === 'string') console.log(`${widths.map((width) => '-'.repeat(width)).join('  ')}\n${row}`);
    else console.log(line(row));
  }
}

function coldRows({ forms, statics, lits }: ColdSet, renderBudget: number, interactiveBudget: number, section: string): Row[] {
  const rows: Row[] = [];
  for (const { id, name } of benchCases) {
    const samples = forms[id]!;
    const copies = statics[id]!;
    const litCopies = lits[id]!;
    /** The median of the differences form − copy, load by load (each form's load and its copies' ran one after the other). */
    const pairedWith = (others: ColdFigures[], pick: (figures: ColdFigures) => number) =>
      median(samples.map((sample, index) => pick(sample) - pick(others[index]!)));
    const paired = (pick: (figures: ColdFigures) => number) => pairedWith(copies, pick);
    const render = samples.map((sample) => sample.render);
    const interactive = samples.map((sample) => sample.interactive);
    // What the form adds to the main thread's work up to interactive, over the browser showing the same DOM from
    // HTML: CPU time, since the paired difference of two wall-clock waits swings by tens of milliseconds.
    const addedWork = paired((figures) => figures.cpu.render + figures.cpu.frame);
    rows.push(
      // Its floor is Lit's: a Lit element cannot draw this DOM faster than Lit drawing it from one template.
      judged(`${name}: first render`, spread(render), median(render), renderBudget, msUnit, section,
        { value: median(litCopies.map((copy) => copy.render)), what: 'Lit alone (the same DOM from one template)' }),
      // The whole wait, which the static copy alone is over (the budget's row is the form's share, below).
      [`${name}: time to interactive`, spread(interactive)],
      judged(`${name}: time to interactive, the form's own share: main-thread CPU, form − static copy (paired)`, ms(addedWork), addedWork,
        interactiveBudget, msUnit, section),
      [`${name}: navigation start → form painted`, spread(samples.map((sample) => sample.painted))],
      [`${name}: navigation start → first contentful paint`, spread(samples.map((sample) => sample.firstContentfulPaint))],
      [`${name}: bundle fetch + evaluate`, spread(samples.map((sample) => sample.bundleLoad))],
      // CPU time, which other programs on a shared machine hardly move: a check on the wall-clock figures.
      [`${name}: main-thread CPU time, start → painted`, spread(samples.map((sample) => sample.thread.tasks))],
      // The work without the waits: the thread's own clock over the render and over the frame that follows it.
      [`${name}: first render / render → interactive, main-thread CPU`, `${spread(samples.map((sample) => sample.cpu.render))} / ${ms(median(samples.map((sample) => sample.cpu.frame)))}`],
      // The floor: the browser building and showing the same DOM, parsed from HTML, with none of the form's code.
      [`… the same DOM as static HTML, no script: parsed / interactive`, `${ms(median(copies.map((copy) => copy.render)))} / ${ms(median(copies.map((copy) => copy.interactive)))}`],
      [`… the same, main-thread CPU: parsed / parsed → interactive`, `${ms(median(copies.map((copy) => copy.cpu.render)))} / ${ms(median(copies.map((copy) => copy.cpu.frame)))}`],
      [`… the form's own share, wall clock (paired): first render / time to interactive`, `${ms(paired((figures) => figures.render))} / ${ms(paired((figures) => figures.interactive))}`],
      // Lit's floor: the same DOM drawn by a Lit element whose one template is that DOM, with no bindings.
      [`… Lit alone, the same DOM from one template: first render, wall / main-thread CPU`, `${ms(median(litCopies.map((copy) => copy.render)))} / ${ms(median(litCopies.map((copy) => copy.cpu.render)))}`],
      [`… the form's own share over Lit alone (paired): first render, wall / main-thread CPU`, `${ms(pairedWith(litCopies, (figures) => figures.render))} / ${ms(pairedWith(litCopies, (figures) => figures.cpu.render))}`],
    );
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      'cold-runs': { type: 'string', default: '9' },
      'slow-runs': { type: 'string', default: '5' },
    },
  });
  const coldRuns = Number(values['cold-runs']);
  const slowRuns = Number(values['slow-runs']);
  if (!values['no-build']) {
    console.log('Building the embed bundles…');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-embed.ts'], { cwd: fileURLToPath(ROOT), stdio: 'inherit' });
  }
  const size = await bundleSize();
  const oneFormSizes = await Promise.all(
    Object.entries(ONE_FORM_BUNDLES).map(async ([name, file]) => [name, await bundleSize(file)] as const),
  );

  console.log(`Rule checks in Node ${process.version} (${CHECK_RUNS} runs each after warm-up)…`);
  const checks = nodeChecks();

  const { server, base, statics, litCopies } = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  let cold, slow, warm;
  try {
    await makeCopies(browser, base, statics, litCopies);
    console.log(`Cold loads in headless Chromium: ${coldRuns} fresh pages per form and as many of each of its two copies, then ${slowRuns} of each with the CPU ${SLOWDOWN}× slower…`);
    cold = await coldFigures(browser, base, coldRuns, 1);
    slow = await coldFigures(browser, base, slowRuns, SLOWDOWN);
    console.log(`Warm figures: ${RUNS} re-insertions per form, ${KEYSTROKES} keystrokes…`);
    warm = await warmFigures(browser, base);
  } finally {
    await browser.close();
    server.close();
  }

  const rows: (Row | string)[] = [
    `COLD: a fresh page per load, median of ${coldRuns} (range)`,
    ...coldRows(cold, BUDGETS.coldRenderMs, BUDGETS.coldInteractiveMs, 'cold, '),
    `COLD, CPU ${SLOWDOWN}× slower: median of ${slowRuns} (range)`,
    ...coldRows(slow, BUDGETS.slowMs, BUDGETS.slowMs, `cold ${SLOWDOWN}× slower, `),
    `WARM: the form re-inserted on a page that has drawn it, median of ${RUNS}; keystrokes: ${KEYSTROKES}`,
  ];
  for (const { id, name } of benchCases) {
    const samples = warm.insertions[id]!;
    rows.push([
      `${name}: first render / interactive`,
      `${ms(median(samples.map((sample) => sample.render)))} / ${ms(median(samples.map((sample) => sample.interactive)))}`,
    ]);
  }
  rows.push(
    ['keystroke to rule panel (key made → panel): median / p95', `${ms(median(warm.keystrokes))} / ${ms(p95(warm.keystrokes))}`],
    // The same keys from their input event: the form's own work, without the browser delivering the key.
    ['… of which the form\'s own work (input event → panel): median', ms(median(warm.ownWork))],
    judged('… of which the form\'s own work (input event → panel): p95', ms(p95(warm.ownWork)), p95(warm.ownWork), BUDGETS.keystrokeP95Ms, msUnit),
    ['the browser alone: a lone text box, key → input event: median / p95', `${ms(median(warm.bare))} / ${ms(p95(warm.bare))}`],
    'SIZE (the host page receives it minified, gzip -9)',
    judged('embed bundle, both forms, gzip', `${size.gzip.toLocaleString('en-GB')} B (${kb(size.gzip)})`, size.gzip, BUDGETS.gzipBytes, kb),
    ['embed bundle, both forms, minified', `${size.min.toLocaleString('en-GB')} B (${kb(size.min)})`],
    ...oneFormSizes.map(
      ([name, one]) => [`one-form bundle, ${name}, min / gzip`, `${one.min.toLocaleString('en-GB')} B / ${one.gzip.toLocaleString('en-GB')} B (${kb(one.gzip)})`] as const,
    ),
    `RULE CHECKS in Node, ${CHECK_RUNS} runs after warm-up`,
    ['checkNotification, complete draft: median', ms(median(checks.notification))],
    judged('checkNotification, complete draft: p95', ms(p95(checks.notification)), p95(checks.notification), BUDGETS.checkP95Ms, msUnit),
    ['checkNotification, one answer changed (a keystroke): median / p95', `${ms(median(checks.keystroke))} / ${ms(p95(checks.keystroke))}`],
    ['checkNotification, empty draft: median / p95', `${ms(median(checks.empty))} / ${ms(p95(checks.empty))}`],
    ['checkOutcomeReview, extension: median / p95', `${ms(median(checks.review))} / ${ms(p95(checks.review))}`],
    ['countSchoolDays over a school year: median / p95', `${ms(median(checks.schoolYear))} / ${ms(p95(checks.schoolYear))}`],
    'JS HEAP',
    ['bundle loaded / both forms rendered', `${kb(warm.heap.loaded)} / ${kb(warm.heap.both)}`],
    ['added by the two forms', kb(warm.heap.both - warm.heap.loaded)],
  );
  console.log('');
  printTable(rows);
  const failed = budgetsChecked.filter((budget) => !budget.met);
  console.log(`\n${budgetsChecked.length - failed.length} of ${budgetsChecked.length} budgets met.`);
  for (const { measure, limit, floor } of failed) {
    // Where the browser or Lit alone, doing the same without the form's code, is over the budget too, say so: no
    // code of the form's can bring the figure under it on this machine.
    const below = floor !== undefined && floor.value > limit ? ` (${floor.what} is over it too: ${ms(floor.value)})` : '';
    console.log(`  over budget: ${measure}${below}`);
  }
  const belowFloor = failed.filter(({ limit, floor }) => floor !== undefined && floor.value > limit).length;
  if (belowFloor > 0) console.log(`${belowFloor} of the ${failed.length} budgets missed are under what the browser or Lit alone takes here.`);
  // Two budgets are judged on the form's share (see BUDGETS); what the browser alone took for each whole figure.
  const copiesInteractive = (set: ColdSet) => benchCases.map(({ id }) => median(set.statics[id]!.map((copy) => copy.interactive)));
  const litRenders = (set: ColdSet) => benchCases.map(({ id }) => median(set.lits[id]!.map((copy) => copy.render)));
  const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms`;
  console.log(
    `Judged on the form's own share (docs/performance.md, Session 7), beside what the browser alone took for issue 13's ` +
      `whole figures in this run: time to interactive ≤ ${BUDGETS.coldInteractiveMs} / ${BUDGETS.slowMs} ms (the static copies alone, this run: ` +
      `${range(copiesInteractive(cold))}, and ${range(copiesInteractive(slow))} at ${SLOWDOWN}×) and key → panel p95 ≤ ` +
      `${BUDGETS.keystrokeP95Ms} ms (a lone text box alone, key → input event, this run: p95 ${ms(p95(warm.bare))}).`,
  );
  console.log(
    `Judged as issue 13 wrote it: first render ≤ ${BUDGETS.coldRenderMs} / ${BUDGETS.slowMs} ms; Lit alone drawing the same DOM ` +
      `from one template took ${range(litRenders(cold))} this run, and ${range(litRenders(slow))} at ${SLOWDOWN}×.`,
  );
  if (warm.unchanged > 0) console.log(`Note: ${warm.unchanged} keystroke(s) left the panel unchanged and were not counted.`);
}

await main();
