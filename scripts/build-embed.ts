/**
 * `npm run build:embed`, first step: every embed bundle of vite.config.ts (both forms in one file, and each form
 * alone), with the same settings and size cuts; each is one self-contained file in dist/.
 */
import { build, type InlineConfig } from 'vite';
import config, { embedBundles } from '../vite.config.ts';

for (const { entry, fileName } of embedBundles) {
  const bundle: InlineConfig = {
    ...config,
    configFile: false,
    logLevel: 'warn',
    build: { ...config.build, lib: { entry, formats: ['es'], fileName: () => fileName } },
  };
  await build(bundle);
  console.log(`dist/${fileName}`);
}
