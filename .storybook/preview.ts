import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setLocale, sourceLocale, supportedLocale } from '../src/localization/index.js';

// custom-elements.json (`npm run analyze`) feeds the docs tables. It is a build output, so it is globbed rather
// than imported: a fresh checkout still starts, just without the tables.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) {
  setCustomElementsManifest(manifest);
}

/** The toolbar's locale, or a story's own (`globals: { locale: 'en-XA' }`). */
const localeOf = (globals: Record<string, unknown>) => supportedLocale(globals.locale) ?? sourceLocale;

/**
 * Switches the forms to the chosen locale and marks the story's language for assistive technology. The loader
 * below has already loaded it, so the story renders in it from the first frame; this keeps a toolbar change on a
 * rendered story (and the docs page) in step.
 */
const withLocale: Decorator = (story, { globals }) => {
  const locale = localeOf(globals);
  void setLocale(locale);
  return html`<div lang=${locale}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'The locale the forms render in (setLocale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English (UK), en-GB' },
          { value: 'en-XA', title: 'Pseudo-locale, en-XA' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: sourceLocale },
  // Before each render: the locale's messages are loaded, so play functions and the accessibility check see the
  // story in its locale.
  loaders: [
    async ({ globals }) => {
      await setLocale(localeOf(globals));
      return {};
    },
  ],
  decorators: [withLocale],
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
