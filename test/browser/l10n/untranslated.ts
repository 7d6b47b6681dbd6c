/**
 * Finds text an element shows (or gives assistive technology) that is still plain English under the pseudo-locale
 * en-XA. scripts/pseudo-locale.mjs accents every ASCII letter of every message, so any ASCII letter left in the
 * shadow root came from somewhere other than msg(): a gap. What is not ours to translate is taken out first: the
 * user's and the configuration's own strings, the reference number, dates (month and weekday names), setting
 * names in quotes, and ALLOWED_WORDS.
 */

/**
 * Words that stay as they are in every locale, because they come from data, not from msg(): the DfE's codes the
 * rules core puts into sentences as values (CML and CMJ are the data-return files of `derived.registration`).
 * Keep this list short; every entry is a word a translator will never see.
 */
export const ALLOWED_WORDS = ['CML', 'CMJ'] as const;

/** Month and weekday names: `Intl.DateTimeFormat` writes dates for the locale (Chromium has no en-XA names). */
const DATE_WORDS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** Attributes that give an element its accessible name or description, or show text. */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/** Every string of user data in a draft or config: names, addresses, emails, free text (not enum values). */
export function userStrings(...sources: unknown[]): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      // Enum values (`two-sessions`, `maintained`) never reach the page as they are; leaving them out keeps a
      // stray English word from hiding behind them.
      if (!/^[a-z]+(-[a-z]+)*$/.test(value)) found.push(value);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(visit);
    }
  };
  sources.forEach(visit);
  return found;
}

/** The texts of a shadow root (and any shadow roots inside it): text nodes and naming attributes. */
export function shownTexts(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (candidate) => {
        if (candidate.nodeType === Node.TEXT_NODE) {
          const parent = candidate.parentElement?.localName;
          return parent === 'style' || parent === 'script' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
        // The reference number is the submission id, and the short reference its first 8 hex digits: data, not words.
        const id = (candidate as Element).id;
        return id === 'reference' || id === 'short-reference' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let current = walker.nextNode(); current; current = walker.nextNode()) {
      if (current.nodeType === Node.TEXT_NODE) {
        texts.push(current.textContent ?? '');
        continue;
      }
      const element = current as Element;
      for (const attribute of TEXT_ATTRIBUTES) {
        const value = element.getAttribute(attribute);
        if (value) texts.push(value);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * The texts under `root` with a plain ASCII letter left once user data, dates and the allowed words are taken out:
 * each one is a string that did not go through msg().
 */
export function untranslated(root: ShadowRoot, data: readonly string[]): string[] {
  const ignored = [...new Set(data)].filter(Boolean).sort((a, b) => b.length - a.length);
  const allowed = new RegExp(`\\b(${ALLOWED_WORDS.join('|')})\\b`, 'g');
  return shownTexts(root).filter((text) => {
    let rest = text;
    for (const value of ignored) rest = rest.split(value).join(' ');
    // A UUID (the notification reference) is data too.
    rest = rest.replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' ');
    // A setting's name in quotes ("calendar.bankHolidays") is code: the sentences take it as a value.
    rest = rest.replace(/"[A-Za-z][\w.-]*"/g, ' ');
    rest = rest.replace(DATE_WORDS, ' ').replace(allowed, ' ');
    return /[A-Za-z]/.test(rest);
  });
}
