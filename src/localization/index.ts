/**
 * Localisation for the npm package: the generated locale modules are imported on demand, so an application's
 * bundler splits each into a chunk of its own that loads only when that locale is chosen.
 */
import type { LocaleModule } from '@lit/localize';
import { provideLocaleLoader, type TargetLocale } from './localization.js';

const generatedLocales: Record<TargetLocale, () => Promise<LocaleModule>> = {
  'en-XA': () => import('./generated/en-XA.js'),
};

provideLocaleLoader((locale) => generatedLocales[locale]());

export {
  getLocale,
  setLocale,
  sourceLocale,
  supportedLocale,
  supportedLocales,
  type SupportedLocale,
} from './localization.js';
