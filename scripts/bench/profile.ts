// `npm run bench:profile`: a CPU profile of one cold page load of each form (Chromium's `Profiler` over CDP), and
// where its time goes. Each load is a fresh page in a fresh browser context (so nothing is compiled or cached
// from a load before it) that fetches the built bundle and renders one case of scripts/bench/cases.ts at once.
//
//   tsx scripts/bench/profile.ts [--build] [--case <id>] [--runs <n>] [--throttle <rate>] [--focus <text>]
//                                [--top <n>] [--out <dir>]
//
// --runs sums the samples of n loads per case (default 1); --throttle slows the CPU (CDP
// Emulation.setCPUThrottlingRate, e.g. 4); --focus <text> keeps only the samples with a function whose name
// contains <text> on their stack (e.g. `performUpdate`: the element's updates alone); --keystrokes profiles 60
// keystrokes in a complete notification instead of page loads. Each load's profile is written to <dir>/<case>-<n>.cpuprofile (default
// profiles/, git-ignored), which Chromium's DevTools (Performance → Load profile) opens. The tables name each
// function by the source line it starts on, through the bundle's source map.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { parseMappings, segmentAt, type Segment } from '../source-map.mjs';
import { benchCases, type BenchCase } from './cases.ts';
import { coldLoad, type ColdFigures } from './cold.ts';
import { exampleToday, maintainedWithEhcp } from '../../test/fixtures/examples.ts';
import { BUNDLE, startServer } from './server.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}
// ------------------------------------------------------------------------------------------ naming functions

interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  mappings: string;
}

/** Names a profile's call frames: bundle frames by their source file and line, others by their own names. */
async function frameNamer() {
  const map = JSON.parse(await readFile(new URL(`${BUNDLE.href}.map`), 'utf8')) as SourceMap;
  const lines = parseMappings(map.mappings);
  // Sources the map does not hold (Lit's own minified files) are read from disk, so their functions can be named.
  const sourceLines = await Promise.all(
    map.sources.map(async (source, index) => {
      const content = map.sourcesContent?.[index] ?? (await readFile(new URL(source, BUNDLE), 'utf8').catch(() => ''));
      return content.split('\n');
    }),
  );
  const shortPath = (source: string) => source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  return (frame: CallFrame): string => {
    const name = frame.functionName || '(anonymous)';
    if (!frame.url) return name.startsWith('(') ? name : `${name} (native)`;
    if (!frame.url.endsWith(BUNDLE.pathname.slice(BUNDLE.pathname.lastIndexOf('/')))) {
      return `${name} ${frame.url.replace(/^https?:\/\/[^/]+/, '')}:${frame.lineNumber + 1}`;
    }
    const segment: Segment | undefined = segmentAt(lines, frame.lineNumber, frame.columnNumber);
    if (!segment || segment.source < 0) return `${name} (bundle, unmapped)`;
    const line = sourceLines[segment.source]?.[segment.line] ?? '';
    const where = `${shortPath(map.sources[segment.source] ?? '?')}:${segment.line + 1}`;
    // A library that ships minified (Lit) is one long line: name its function by V8's name and column instead.
    if (line.length > 300) {
      const at = segment.originalColumn;
      return `${where}:${at + 1} ${name} (minified) ${line.slice(at, at + 48).replace(/\s+/g, ' ')}`;
    }
    return `${where} ${line.trim().replace(/\s+/g, ' ').slice(0, 72)}`;
  };
}

// ------------------------------------------------------------------------------------------------- analysis

export interface Costs {
  /** ms of samples whose leaf is each name. */
  self: Map<string, number>;
  /** ms of samples with each name anywhere on their stack (counted once per sample). */
  total: Map<string, number>;
  /** ms of all samples. */
  sampled: number;
}

function addProfile(costs: Costs, profile: Profile, name: (frame: CallFrame) => string, focus?: string) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map(profile.nodes.map((node) => [node.id, name(node.callFrame)]));
  const stackHas = (id: number, text: string) => {
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      if (names.get(node)?.includes(text)) return true;
    }
    return false;
  };
  profile.samples.forEach((id, index) => {
    if (focus !== undefined && !stackHas(id, focus)) return;
    // A sample lasts until the next one.
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    costs.sampled += ms;
    const leaf = names.get(id)!;
    costs.self.set(leaf, (costs.self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined && byId.has(node); node = parent.get(node)) {
      const label = names.get(node)!;
      if (label === '(root)' || seen.has(label)) continue;
      seen.add(label);
      costs.total.set(label, (costs.total.get(label) ?? 0) + ms);
    }
  });
}

function topRows(costs: Map<string, number>, top: number, runs: number): string[] {
  return [...costs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([label, ms]) => `${(ms / runs).toFixed(1).padStart(7)} ms  ${label}`);
}

// ---------------------------------------------------------------------------------------------- profiling

/** One cold load of `benchCase` on a fresh page, profiled. */
async function profileColdLoad(browser: Browser, base: string, benchCase: BenchCase, throttle: number) {
  let profile: Profile | undefined;
  const { cold } = await coldLoad(browser, base, benchCase, {
    throttle,
    before: async (cdp) => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    },
    after: async (cdp) => {
      profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
    },
  });
  return { profile: profile!, cold };
}

/**
 * 60 keystrokes in the complete notification's "hours at your school" box (as `npm run bench` times them),
 * profiled from the first to the last.
 */
async function profileKeystrokes(browser: Browser, base: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(base);
    await page.evaluate(() => (window as unknown as { benchReady: Promise<void> }).benchReady);
    await page.evaluate(
      (props) => (window as unknown as { bench: { setUpKeystrokes(props: object): Promise<void> } }).bench.setUpKeystrokes(props),
      { value: maintainedWithEhcp, today: exampleToday },
    );
    await page.locator('offsite-direction-notification input[name="timetable.homeSchoolHoursPerWeek"]').click();
    await page.keyboard.press('End');
    for (let i = 0; i < 10; i++) await page.keyboard.press(i % 2 === 0 ? 'Backspace' : '1');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < 60; i++) await page.keyboard.press(i % 2 === 0 ? 'Backspace' : String((i % 9) + 1));
    return ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
  } finally {
    await context.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      case: { type: 'string' },
      runs: { type: 'string', default: '1' },
      throttle: { type: 'string', default: '1' },
      top: { type: 'string', default: '25' },
      out: { type: 'string', default: 'profiles' },
      focus: { type: 'string' },
      keystrokes: { type: 'boolean', default: false },
    },
  });
  const root = new URL('../../', import.meta.url);
  if (values.build) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-embed.ts'], { cwd: fileURLToPath(root), stdio: 'inherit' });
  }
  const cases = values.case ? benchCases.filter((benchCase) => benchCase.id === values.case) : benchCases;
  if (cases.length === 0) throw new Error(`no case "${values.case}"; the cases are ${benchCases.map((c) => c.id).join(', ')}`);
  const runs = Number(values.runs);
  const throttle = Number(values.throttle);
  const top = Number(values.top);
  const out = new URL(`${values.out.replace(/\/$/, '')}/`, root);
  await mkdir(out, { recursive: true });

  const name = await frameNamer();
  const { server, base } = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    if (values.keystrokes) {
      const costs: Costs = { self: new Map(), total: new Map(), sampled: 0 };
      for (let run = 1; run <= runs; run++) {
        const profile = await profileKeystrokes(browser, base);
        await writeFile(new URL(`keystrokes-${run}.cpuprofile`, out), JSON.stringify(profile));
        addProfile(costs, profile, name, values.focus);
      }
      costs.self.delete('(idle)');
      costs.total.delete('(idle)');
      console.log(`\n== 60 keystrokes in the complete notification, ${runs === 1 ? 'one run' : `mean of ${runs} runs`}, idle left out`);
      console.log(`-- self time`);
      for (const row of topRows(costs.self, top, runs)) console.log(row);
      console.log(`-- total time`);
      for (const row of topRows(costs.total, top, runs)) console.log(row);
      return;
    }
    for (const benchCase of cases) {
      const costs: Costs = { self: new Map(), total: new Map(), sampled: 0 };
      const figures: ColdFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        const { profile, cold } = await profileColdLoad(browser, base, benchCase, throttle);
        await writeFile(new URL(`${benchCase.id}-${run}.cpuprofile`, out), JSON.stringify(profile));
        addProfile(costs, profile, name, values.focus);
        figures.push(cold);
      }
      const mean = (pick: (figure: (typeof figures)[number]) => number) =>
        (figures.reduce((sum, figure) => sum + pick(figure), 0) / figures.length).toFixed(1);
      console.log(`\n== ${benchCase.name}: cold page load${throttle !== 1 ? `, CPU ${throttle}× slower` : ''}, ${runs === 1 ? 'one load' : `mean of ${runs} loads`}`);
      console.log(
        `bundle fetch + evaluate ${mean((f) => f.bundleLoad)} ms, first render ${mean((f) => f.render)} ms, ` +
          `interactive ${mean((f) => f.interactive)} ms, navigation start → painted ${mean((f) => f.painted)} ms ` +
          `(first contentful paint ${mean((f) => f.firstContentfulPaint)} ms) ` +
          `(profiling slows these); ${(costs.sampled / runs).toFixed(1)} ms sampled${values.focus ? ` under ${values.focus}` : ''}`,
      );
      console.log(
        `main thread CPU time (Performance.getMetrics): tasks ${mean((f) => f.thread.tasks)} ms, of which script ` +
          `${mean((f) => f.thread.script)} ms, style ${mean((f) => f.thread.style)} ms, layout ${mean((f) => f.thread.layout)} ms`,
      );
      console.log(`-- self time (the function itself, not what it calls)`);
      for (const row of topRows(costs.self, top, runs)) console.log(row);
      console.log(`-- total time (the function and all it calls)`);
      for (const row of topRows(costs.total, top, runs)) console.log(row);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
