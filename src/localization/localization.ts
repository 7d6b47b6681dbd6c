import { configureLocalization, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

/*
 * The one `configureLocalization` of the library (@lit/localize, runtime mode). Every element imports this
 * module, so it runs before any element renders. Where a locale's messages come from depends on how the library
 * was loaded, so the entry point supplies the loader: the npm package imports the generated modules (a bundler
 * splits them out), the embed bundle fetches `locales/<locale>.js` from beside itself.
 */

/** A locale the forms are written in: the source locale `en-GB`, or one of the generated target locales. */
export type SupportedLocale = (typeof allLocales)[number];

/** A locale other than the source locale, whose messages are loaded on demand. */
export type TargetLocale = (typeof targetLocales)[number];

/** Loads the generated messages of one target locale. */
export type LocaleLoader = (locale: TargetLocale) => Promise<LocaleModule>;

export { allLocales as supportedLocales, sourceLocale };

let loadTargetLocale: LocaleLoader | undefined;

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => {
    if (!loadTargetLocale) {
      return Promise.reject(new Error(`offsite-direction-forms: no loader for the "${locale}" messages was set up`));
    }
    return loadTargetLocale(locale as TargetLocale);
  },
});

/** Sets where target locales' messages come from. Called once by the package or embed entry. */
export function provideLocaleLoader(loader: LocaleLoader): void {
  loadTargetLocale = loader;
}

/** The supported locale a language tag names (matched ignoring case, `en-gb` → `en-GB`), or `undefined`. */
export function supportedLocale(tag: unknown): SupportedLocale | undefined {
  if (typeof tag !== 'string') return undefined;
  const wanted = tag.trim().toLowerCase();
  return allLocales.find((locale) => locale.toLowerCase() === wanted);
}

/**
 * Switches every offsite direction form on the page to `locale` (`'en-GB'` or `'en-XA'`), loading its messages
 * first. Resolves once the elements can render in it; they re-render, and re-run their checks so the findings'
 * sentences and dates follow. Rejects, changing nothing, for a locale the forms are not written in.
 */
export async function setLocale(locale: string): Promise<void> {
  const supported = supportedLocale(locale);
  if (!supported) {
    throw new RangeError(
      `offsite-direction-forms: "${locale}" is not a supported locale; use one of ${allLocales.join(', ')}`,
    );
  }
  await localization.setLocale(supported);
}

/** The locale the forms render in now (it changes once a `setLocale` has loaded its messages). */
export function getLocale(): SupportedLocale {
  return localization.getLocale() as SupportedLocale;
}
