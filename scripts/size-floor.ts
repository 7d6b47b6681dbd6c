/**
 * `npm run size:floor`: how small the embed bundle could be, measured rather than guessed. Builds probe bundles
 * with the embed's own settings and size cuts (vite.config.ts) into a temporary folder, and prints each one's
 * minified and gzip -9 size beside the real bundle of both forms:
 *
 * - **libraries**: Lit (element, html, css, the two directives the forms use) and @lit/localize, nothing of ours;
 * - **libraries + rules**: the above and the whole rules core the elements run (both checks with their en-GB
 *   findings, the configuration, the school calendar and its data, zod/mini): what the forms need before a single
 *   question, style or step is drawn;
 * - **full zod**: the real bundle with `zod` in place of `zod/mini`, the choice the brief asks us to weigh.
 *
 * Method and what the numbers mean: docs/performance.md.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Plugin } from 'vite';
import config, { embedBundles } from '../vite.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaIndex = join(root, 'src/schema/index.ts');

const libraries = `
import { LitElement, html, css } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { configureLocalization, msg, str, updateWhenLocaleChanges } from '@lit/localize';
export const kept = [LitElement, html, css, classMap, live, configureLocalization, msg, str, updateWhenLocaleChanges];
`;
const rules = `${libraries}
import { checkNotification, checkOutcomeReview, createSchoolCalendar, resolveConfig } from ${JSON.stringify(schemaIndex)};
export const rules = [checkNotification, checkOutcomeReview, createSchoolCalendar, resolveConfig];
`;

/** Serves the probe entry (Vite makes the entry an absolute path) as the given source: no file in the tree. */
const PROBE = join(root, 'size-floor-probe.ts');
function probe(source: string): Plugin {
  return {
    name: 'size-floor-probe',
    enforce: 'pre',
    resolveId: (id) => (id === PROBE ? PROBE : undefined),
    load: (id) => (id === PROBE ? source : undefined),
  };
}

async function sizeOf(name: string, entry: string, extra: Partial<InlineConfig> = {}, source?: string) {
  const outDir = await mkdtemp(join(tmpdir(), 'odf-size-floor-'));
  try {
    const plugins = config.build?.rolldownOptions?.plugins;
    await build({
      ...config,
      ...extra,
      root,
      configFile: false,
      logLevel: 'warn',
      plugins: source ? [probe(source)] : [],
      build: {
        ...config.build,
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        lib: { entry, formats: ['es'], fileName: () => 'probe.js' },
        rolldownOptions: { ...config.build?.rolldownOptions, plugins },
      },
    });
    const code = await readFile(join(outDir, 'probe.js'));
    return { name, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const both = embedBundles[0].entry;
const results = [
  await sizeOf('libraries (Lit, @lit/localize)', PROBE, {}, libraries),
  await sizeOf('libraries + rules core (zod/mini, en-GB findings, calendar)', PROBE, {}, rules),
  await sizeOf('both forms (the embed bundle)', both),
  await sizeOf('both forms with full zod instead of zod/mini', both, {
    resolve: { alias: [{ find: /^zod\/mini$/, replacement: 'zod' }] },
  }),
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(...results.map((result) => result.name.length));
console.log(`${'probe'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
for (const { name, min, gzip } of results) {
  console.log(`${name.padEnd(width)}  ${kb(min).padStart(10)}  ${kb(gzip).padStart(10)}`);
}
