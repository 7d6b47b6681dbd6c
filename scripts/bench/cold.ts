// One cold page load on a fresh page: a new browser context (so no compiled code, no cache and no renderer
// process is shared with a load before it) opens the bench page with `?case=<id>`, which fetches the bundle and
// renders that case at once (scripts/bench/page.js), or with `?static=<id>` or `?lit=<id>`, which show one of
// the case's copies instead. Used by `npm run bench`, `npm run bench:compare` and `npm run bench:profile`.
import type { Browser, CDPSession } from 'playwright-core';
import type { BenchCase } from './cases.ts';

/** What the page measured (ms): see `cold` in scripts/bench/page.js. */
export interface ColdFigures {
  /** Fetching and evaluating the bundle. */
  bundleLoad: number;
  /** Appending the element → its first update complete. */
  render: number;
  /** Appending the element → the task after the frame that painted it. */
  interactive: number;
  /** Navigation start → that same moment: the form is on screen and the page can take input. */
  painted: number;
  /** Navigation start → the browser's first contentful paint (the form's text: the page has nothing else). */
  firstContentfulPaint: number;
  /**
   * CPU time (ms) of the page's main thread from its start to "painted": its tasks, and the script, style and
   * layout within them (CDP Performance.getMetrics in thread time). Unlike the wall-clock figures above, other
   * programs busy on the machine hardly move these.
   */
  thread: { tasks: number; script: number; style: number; layout: number };
  /**
   * Main-thread CPU time (ms) of the render alone (appending → first update complete) and of what follows it up
   * to interactive (the frame's style, layout and paint, and the wait for it): thread timestamps of the page's
   * `odf-*` marks in a trace of only the `blink.user_timing` category. The wall-clock `render` above is this plus
   * the time the thread waited for a core.
   */
  cpu: { render: number; frame: number };
}

/** A trace event as CDP's Tracing domain reports it (the fields read here). */
interface TraceEvent {
  name: string;
  /** Wall-clock and thread-clock timestamps, µs. */
  ts: number;
  tts?: number;
}

export interface ColdLoadOptions {
  /** CPU slowdown (CDP `Emulation.setCPUThrottlingRate`); 1 for none. */
  throttle?: number;
  /** Runs in the page with the CDP session, before the navigation (e.g. to start the profiler). */
  before?: (cdp: CDPSession) => Promise<void>;
  /** Runs once the case is rendered, before the page closes; its result is returned as `after`. */
  after?: (cdp: CDPSession) => Promise<unknown>;
  /**
   * Load one of the case's copies instead of the form: `static`, the same DOM as HTML with no script (the server's
   * `statics`); `lit`, Lit alone drawing the same DOM from one template with no bindings (`litCopies`).
   */
  copy?: 'static' | 'lit';
}

export async function coldLoad<T = undefined>(
  browser: Browser,
  base: string,
  benchCase: BenchCase,
  options: ColdLoadOptions = {},
): Promise<{ cold: ColdFigures; after: T }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    // An empty page of the bench's origin first, so the settings below are made in a renderer of that origin,
    // not in about:blank's (which the navigation may leave). It runs no script, so nothing is compiled or cached
    // for the case. CDP's CPU throttle suspends the main thread in slices, so now and then a short task slips
    // between them: about one throttled render in a dozen comes in near its unthrottled time. Read the medians.
    await page.goto(`${base}blank`);
    const cdp = await context.newCDPSession(page);
    const throttle = options.throttle ?? 1;
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await options.before?.(cdp);
    const marks: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => marks.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'blink.user_timing', transferMode: 'ReportEvents' });
    await page.goto(`${base}?${options.copy ?? 'case'}=${benchCase.id}`);
    // Awaits the page's own promise: polling (waitForFunction) would run Playwright's code in the page mid-load.
    await page.evaluate(() => (window as unknown as { benchReady: Promise<void> }).benchReady);
    const after = (await options.after?.(cdp)) as T;
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await traced;
    const threadTime = (name: string) => {
      const mark = marks.find((event) => event.name === name);
      if (mark?.tts === undefined) throw new Error(`the trace of ${benchCase.id} has no thread time for the mark ${name}`);
      return mark.tts / 1000;
    };
    const cpu = {
      render: threadTime('odf-rendered') - threadTime('odf-insert'),
      frame: threadTime('odf-interactive') - threadTime('odf-rendered'),
    };
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (key: string) => (metrics.find((entry) => entry.name === key)?.value ?? 0) * 1000;
    const thread = {
      tasks: metric('TaskDuration'),
      script: metric('ScriptDuration'),
      style: metric('RecalcStyleDuration'),
      layout: metric('LayoutDuration'),
    };
    const cold = await page.evaluate(async () => {
      const measured = (window as unknown as { bench: { cold: Omit<ColdFigures, 'firstContentfulPaint' | 'thread'> } }).bench.cold;
      // The paint entry is queued after the frame; wait for it (a page that never paints would time out here).
      const paint = await new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      });
      return { ...measured, firstContentfulPaint: paint };
    });
    if (problems.length > 0) throw new Error(`the bench page (${benchCase.id}) reported: ${problems.join('; ')}`);
    return { cold: { ...cold, thread, cpu }, after };
  } finally {
    await context.close();
  }
}
