/**
 * Localisation for the embed bundle (`dist/offsite-direction-forms.js`). The bundle carries the source locale
 * only; each other locale is a small module built beside it, `dist/locales/<locale>.js`, fetched the first time
 * it is chosen. The page chooses through `window.offsiteDirectionForms.setLocale(locale)`, and on load the forms
 * follow `<html lang>` when it names a supported locale.
 */
import {
  getLocale,
  provideLocaleLoader,
  setLocale,
  sourceLocale,
  supportedLocale,
  supportedLocales,
  type SupportedLocale,
} from './localization.js';

/** What the embed bundle puts on `window.offsiteDirectionForms` for the host page. */
export interface OffsiteDirectionFormsGlobal {
  /** Switches both forms to a supported locale; rejects for any other. */
  setLocale(locale: string): Promise<void>;
  /** The locale the forms render in now. */
  getLocale(): SupportedLocale;
  /** Every locale the forms can render in, the source locale `en-GB` first. */
  readonly supportedLocales: readonly SupportedLocale[];
}

declare global {
  interface Window {
    offsiteDirectionForms?: OffsiteDirectionFormsGlobal;
  }
}

// Not a literal path, and marked for Vite to leave alone, so the build neither inlines the locale nor rewrites
// the URL: it is resolved at run time against wherever the host page serves the bundle from.
provideLocaleLoader(
  (locale) => import(/* @vite-ignore */ new URL('./locales/' + locale + '.js', import.meta.url).href),
);

// A second copy of the bundle on the page leaves the first copy's elements defined, so it leaves their API too.
if (!window.offsiteDirectionForms) {
  window.offsiteDirectionForms = Object.freeze({ setLocale, getLocale, supportedLocales });
  const pageLocale = supportedLocale(document.documentElement.lang);
  if (pageLocale && pageLocale !== sourceLocale) {
    setLocale(pageLocale).catch((error: unknown) => {
      console.error(
        `offsite-direction-forms: the page is in ${pageLocale}, but locales/${pageLocale}.js (beside the bundle) did not load, so the forms stay in ${sourceLocale}.`,
        error,
      );
    });
  }
}
