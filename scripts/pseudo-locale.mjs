// @ts-check
/**
 * The pseudo-locale `en-XA`: fills every `<target>` of xliff/en-XA.xlf from its `<source>`, mechanically.
 *
 * Each message comes out accented (every ASCII letter swapped for a look-alike outside ASCII), about a third
 * longer (vowels doubled) and in brackets. A string that shows up in plain English under en-XA was therefore never
 * passed through `msg()`; text that overflows its box, or brackets cut short or split up, show where the layout or
 * a concatenation would break a real translation. Placeholders (`<x …/>`, the `${…}` expressions of `str`) and XML
 * entities are copied as they are, so the generated module interpolates the same values.
 *
 * Run by `npm run localize:extract` after `lit-localize extract` and before `lit-localize build`. No one edits
 * en-XA.xlf by hand: the next extract rewrites every target.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥíĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const ACCENT = new Map([...PLAIN].map((letter, index) => [letter, [...ACCENTED][index]]));
const VOWELS = new Set([...'aeiouAEIOU']);

/** Markup and entities: copied unchanged. Everything between them is text to accent. */
const MARKUP = /(<[^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * One run of plain text, accented and lengthened.
 * @param {string} text
 * @returns {string}
 */
export function pseudoText(text) {
  let out = '';
  for (const char of text) {
    const accented = ACCENT.get(char);
    out += accented === undefined ? char : VOWELS.has(char) ? accented + accented : accented;
  }
  return out;
}

/**
 * A message's XLIFF content (text with `<x …/>` placeholders and entities) in the pseudo-locale: text accented and
 * lengthened, placeholders and entities unchanged and in the same order, the whole in brackets.
 * @param {string} content
 * @returns {string}
 */
export function pseudoLocalise(content) {
  const pieces = content.split(MARKUP).map((piece, index) => (index % 2 === 1 ? piece : pseudoText(piece)));
  return `[${pieces.join('')}]`;
}

/**
 * The placeholders and entities of a message, in order: what a target must keep.
 * @param {string} content
 * @returns {string[]}
 */
export function markupOf(content) {
  return content.split(MARKUP).filter((_, index) => index % 2 === 1);
}

/**
 * The whole XLIFF document with every trans-unit's target (re)made from its source. Throws when a source has no
 * text, or a target would lose a placeholder.
 * @param {string} xliff
 * @returns {{ xliff: string, units: number }}
 */
export function fillTargets(xliff) {
  let units = 0;
  const filled = xliff.replace(/<trans-unit\b[^>]*>[\s\S]*?<\/trans-unit>/g, (unit) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit);
    if (!source) throw new Error(`A trans-unit has no <source>: ${unit.slice(0, 120)}`);
    const target = pseudoLocalise(source[1]);
    if (markupOf(target).join('') !== markupOf(source[1]).join('')) {
      throw new Error(`The pseudo-locale would change the placeholders of: ${source[1]}`);
    }
    units += 1;
    const withoutTarget = unit.replace(/\s*<target\b[^>]*>[\s\S]*?<\/target>/, '').replace(/\s*<target\b[^>]*\/>/, '');
    return withoutTarget.replace(/(<source>[\s\S]*?<\/source>)/, `$1\n  <target>${target}</target>`);
  });
  return { xliff: filled, units };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = new URL('../xliff/en-XA.xlf', import.meta.url);
  const { xliff, units } = fillTargets(readFileSync(file, 'utf8'));
  writeFileSync(file, xliff);
  console.log(`Pseudo-locale en-XA: ${units} messages written to xliff/en-XA.xlf`);
}
