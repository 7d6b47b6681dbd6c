import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// Storybook merges the project's vite.config.ts (everything but `build`), so stories compile Lit's legacy
// decorators exactly as the embed bundle does.
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
  },
  // Storybook's own UI and axe are large chunks; the warning is about them, not about our code.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { build: { chunkSizeWarningLimit: 2048 } }),
};

export default config;
