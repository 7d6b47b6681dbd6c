/**
 * The `Intl` objects the forms format with, each made once per locale and options and kept for the locale in use;
 * a call in another locale drops them (a page shows one locale at a time, and a switch re-renders everything).
 * DOM-free: the rules core runs in Node too.
 *
 * Why (docs/performance.md, issue 13): a cold page's first `Intl.NumberFormat` or `Intl.DateTimeFormat` costs
 * 20–50 ms while ICU loads its data, every later one about 0.1 ms; the forms used to build one per number or date
 * written. For the source locale, en-GB, the numbers are written here without ICU at all (see
 * {@link formatNumber}), so the first render need not wait for it.
 */

let cachedLocale: string | undefined;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  locale: string,
  key: string,
  make: () => T,
): T {
  if (locale !== cachedLocale) {
    cache.clear();
    cachedLocale = locale;
  }
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** The one `Intl.NumberFormat` of `locale` with these options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(locale, `number ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** The one `Intl.DateTimeFormat` of `locale` with these options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(locale, `date ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** The one `Intl.PluralRules` (cardinal) of `locale`. */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached(locale, 'plural', () => new Intl.PluralRules(locale));
}

/** Digits as en-GB writes them: "-", the whole part grouped in threes with commas, then "." and the fraction. */
const EN_GB_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A number written for people in `locale`, with up to 3 decimals: rounded half away from zero as `Intl` does by
 * default ("12.346"), or with `truncate`, cut ("12.345"), so a total just under a threshold never reads as the
 * threshold itself.
 *
 * In en-GB it is written from the number's own shortest decimal digits (those `Intl` formats from), and comes out
 * exactly as `Intl.NumberFormat('en-GB')` writes it (test/node/formats.test.ts compares them over many numbers,
 * test/browser/shared/formats.test.ts in the browser's ICU). Anything the short way would have to round
 * (more than 3 decimals, not truncated), an exponent, NaN or an infinity goes to `Intl`.
 */
export function formatNumber(value: number, locale: string, { truncate = false }: { truncate?: boolean } = {}): string {
  if (locale === 'en-GB') {
    const match = EN_GB_NUMBER.exec(String(value));
    if (match && (truncate || (match[3] ?? '').length <= 3)) {
      const [, minus, whole, fraction = ''] = match as unknown as [string, string, string, string | undefined];
      const decimals = fraction.slice(0, 3).replace(/0+$/, '');
      // `String(-0)` is "0", but Intl writes negative zero (and a negative number cut to zero) as "-0".
      const sign = minus || Object.is(value, -0) ? '-' : '';
      return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${decimals ? `.${decimals}` : ''}`;
    }
  }
  return numberFormat(locale, truncate ? { maximumFractionDigits: 3, roundingMode: 'trunc' } : {}).format(value);
}
