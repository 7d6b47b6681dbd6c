import { LOCALE_STATUS_EVENT } from '@lit/localize';

/** The locale our messages are written in; `msg()` falls back to it. */
export const SOURCE_LOCALE = 'en-GB';

let activeLocale = SOURCE_LOCALE;

// @lit/localize announces each locale that finishes loading on `window`; the last one is the one rendering.
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') activeLocale = event.detail.readyLocale;
  });
}

/** The locale our elements are rendering in (the envelope's `locale`). */
export function currentLocale(): string {
  return activeLocale;
}
