/**
 * Localisation for the embed bundles (`dist/offsite-direction-forms.js`, and the one-form bundles beside it). A
 * bundle carries the source locale only; each other locale is a small module built beside it, `dist/locales/<locale>.js`, fetched the first time
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
  /** Switches every form on the page, from any of the embed bundles, to a supported locale; rejects for any other. */
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

/**
 * Every copy of an embed bundle on the page adds its own `setLocale` here: two bundles of one form each (or two
 * copies of one bundle) are separate module instances, each with its own localisation, and one call of the page
 * API must switch them all. Keyed by registered symbols, so every copy from this version on finds the same list,
 * and the locale last chosen through the page API, for a bundle that loads after the choice.
 */
const copiesKey: unique symbol = Symbol.for('offsite-direction-forms.copies');
const chosenKey: unique symbol = Symbol.for('offsite-direction-forms.chosen-locale');
type PageWithCopies = Window & { [copiesKey]?: Array<(locale: string) => Promise<void>>; [chosenKey]?: string };
const page = window as PageWithCopies;
const copies = (page[copiesKey] ??= []);
copies.push(setLocale);

// The first copy on the page makes the page API; later copies join its list instead of replacing it.
if (!window.offsiteDirectionForms) {
  window.offsiteDirectionForms = Object.freeze({
    setLocale: async (locale: string) => {
      await Promise.all(copies.map((switchCopy) => switchCopy(locale)));
      page[chosenKey] = locale;
    },
    getLocale,
    supportedLocales,
  });
}

// Each copy starts in the locale the page chose through the API, or else the one <html lang> names, so a form
// from a bundle loaded later starts in the same language as the forms already there.
const chosen = page[chosenKey];
const pageLocale = chosen !== undefined ? supportedLocale(chosen) : supportedLocale(document.documentElement.lang);
if (pageLocale && pageLocale !== sourceLocale) {
  setLocale(pageLocale).catch((error: unknown) => {
    console.error(
      `offsite-direction-forms: the page asks for ${pageLocale}, but locales/${pageLocale}.js (beside the bundle) did not load, so the forms stay in ${sourceLocale}.`,
      error,
    );
  });
}
