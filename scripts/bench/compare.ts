// `npm run bench:compare -- <a.js> <b.js> [--runs <n>] [--throttle <rate>] [--case <id>]`: two builds of the
// embed bundle side by side, cold. Loads alternate (a, b, a, b…), each on a fresh page, so a busy spell on a
// shared machine lands on both; prints each one's median and the median of the paired differences (b − a).
// Build the two with `npm run build:embed` and copy dist/offsite-direction-forms.js aside between them.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { benchCases } from './cases.ts';
import { coldLoad, type ColdFigures } from './cold.ts';
import { startServer } from './server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '15' },
    throttle: { type: 'string', default: '1' },
    case: { type: 'string' },
  },
});
if (positionals.length !== 2) throw new Error('give two bundle files: a.js b.js');
const bundles = positionals.map((file) => pathToFileURL(resolve(file)));
const cases = values.case ? benchCases.filter((benchCase) => benchCase.id === values.case) : benchCases;
const runs = Number(values.runs);
const throttle = Number(values.throttle);

const median = (samples: number[]) => {
  const sorted = [...samples].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const servers = await Promise.all(bundles.map((bundle) => startServer(bundle)));
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
try {
  const measures = {
    render: (figure: ColdFigures) => figure.render,
    interactive: (figure: ColdFigures) => figure.interactive,
    painted: (figure: ColdFigures) => figure.painted,
    bundleLoad: (figure: ColdFigures) => figure.bundleLoad,
    'CPU: tasks': (figure: ColdFigures) => figure.thread.tasks,
    'CPU: script': (figure: ColdFigures) => figure.thread.script,
    'CPU: render': (figure: ColdFigures) => figure.cpu.render,
    'CPU: frame': (figure: ColdFigures) => figure.cpu.frame,
  };
  for (const benchCase of cases) {
    const samples: ColdFigures[][] = [[], []];
    for (let run = 0; run < runs; run++) {
      // Which goes first alternates too, so neither always follows the other.
      const order = run % 2 ? [1, 0] : [0, 1];
      for (const which of order) samples[which]!.push((await coldLoad(browser, servers[which]!.base, benchCase, { throttle })).cold);
    }
    console.log(`\n${benchCase.name}, ${runs} cold loads each${throttle !== 1 ? `, CPU ${throttle}× slower` : ''}`);
    for (const [measure, pick] of Object.entries(measures)) {
      const [a, b] = samples.map((set) => set.map(pick));
      const differences = a!.map((value, index) => b![index]! - value);
      console.log(
        `  ${measure.padEnd(12)} a ${median(a!).toFixed(1).padStart(7)} ms   b ${median(b!).toFixed(1).padStart(7)} ms   ` +
          `b − a, median of pairs ${median(differences).toFixed(1).padStart(7)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
