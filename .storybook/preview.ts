import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// custom-elements.json (`npm run analyze`) feeds the docs tables. It is a build output, so it is globbed rather
// than imported: a fresh checkout still starts, just without the tables.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) {
  setCustomElementsManifest(manifest);
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // Any axe violation fails the story's accessibility check (and the test run, when stories are tested).
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
  },
};

export default preview;
