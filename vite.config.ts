import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { compactCalendarDataPlugin } from './scripts/compact-calendar-data.ts';
import { minifyTemplatesPlugin } from './scripts/minify-templates.ts';
import { terserPassPlugin } from './scripts/terser-pass.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  license: string;
};

/**
 * Lit's legacy decorators (`experimentalDecorators`) with `useDefineForClassFields: false`.
 *
 * Vite 8 compiles TypeScript with oxc, which reads these settings from the nearest tsconfig.json, but only for
 * files that tsconfig includes (src/). Stories, tests and the demo sit outside it and would otherwise keep their
 * decorators untransformed and define class fields that shadow Lit's reactive accessors. Stating the options here
 * makes every file compile the same way. Storybook merges this config (minus `build`) into its own.
 */
export const litDecoratorTransform = {
  decorator: { legacy: true },
  assumptions: { setPublicClassFields: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
} satisfies UserConfig['oxc'];

const licenceBanner =
  `/*! offsite-direction-forms ${pkg.version} (${pkg.license}). ` +
  'Includes lit and @lit/localize (BSD-3-Clause, Google LLC) and zod (MIT, Colin McDonnell). */';

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every function of the file as
 * it loads, on a background thread while the rest arrives, instead of one by one on the main thread the first
 * time each is called. Almost all of a bundle runs for the first render, so this took about 11 ms of main-thread
 * time off a cold page load (docs/performance.md, issue 13). It must be the file's first line.
 */
export const compileHint = '//# allFunctionsCalledOnLoad';

/**
 * The embed bundles, each one self-contained ES module for `<script type="module">` on a host page: the first
 * defines both elements (CONTRACT §1); the others one element each, for a page that shows one form.
 * scripts/build-embed.ts builds each in turn with the config below (`vite build` alone makes the first).
 */
export const embedBundles = [
  { entry: 'src/embed.ts', fileName: 'offsite-direction-forms.js' },
  { entry: 'src/embed-notification.ts', fileName: 'offsite-direction-notification.js' },
  { entry: 'src/embed-outcome-review.ts', fileName: 'offsite-direction-outcome-review.js' },
] as const;

export default defineConfig({
  oxc: litDecoratorTransform,
  build: {
    outDir: 'dist',
    // dist/package and dist/schema are written by the other build steps; `npm run clean` empties dist first.
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: true,
    minify: 'oxc',
    lib: {
      entry: embedBundles[0].entry,
      formats: ['es'],
      fileName: () => embedBundles[0].fileName,
    },
    rolldownOptions: {
      // Size cuts for this bundle only (issue 7, docs/performance.md). They sit here, under `build`, so that
      // Storybook, which merges everything but `build`, serves the templates and data as written.
      plugins: [minifyTemplatesPlugin(), compactCalendarDataPlugin(), terserPassPlugin()],
      // Nothing is external: lit, zod and @lit/localize are inlined.
      output: {
        // One file, even if the source lazy-loads something (e.g. locale modules): inline dynamic imports.
        codeSplitting: false,
        // Vite keeps whitespace and /*#__PURE__*/ annotations in ES library builds so that a downstream bundler
        // can tree-shake them. This file goes straight into a browser, so minify it fully.
        minify: { codegen: true },
        comments: { annotation: false, jsdoc: false, legal: false },
        postBanner: `${compileHint}\n${licenceBanner}`,
      },
    },
  },
});
