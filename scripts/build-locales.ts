/**
 * The embed bundle's other locales: `dist/locales/<locale>.js`, one small ES module per target locale, built from
 * the generated modules in src/localization/generated/. The bundle itself carries only the source locale and
 * imports these from beside itself when the page chooses one (src/localization/embed.ts).
 *
 * Run by `npm run build:embed` after `vite build`. Vite runs without the project's vite.config.ts: these modules
 * hold strings only, and inline the few bytes of `str` they import from @lit/localize.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { targetLocales } from '../src/localization/generated/locale-codes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const locale of targetLocales) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/locales',
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      minify: 'oxc',
      lib: {
        entry: `src/localization/generated/${locale}.ts`,
        formats: ['es'],
        fileName: () => `${locale}.js`,
      },
      rolldownOptions: {
        output: { codeSplitting: false, minify: { codegen: true }, comments: { annotation: false, jsdoc: false, legal: false } },
      },
    },
  });
  console.log(`dist/locales/${locale}.js`);
}
