import { nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FieldContext } from './field-parts.js';
import type { QuestionView } from './questions.js';

/*
 * Each section and each question of a form drawn again only when something it showed has changed. A keystroke
 * changes one answer, and without this every question of the form was drawn again and compared by Lit on every
 * key.
 *
 * What a question shows depends only on what it reads from its view (the definitions are data: their hints,
 * conditions and follow-ups see nothing else). So it is drawn through a view that notes each read (a property,
 * a call and its arguments, each read of the draft, a typed text, a date's boxes, an inline error) with what it
 * gave. On the next render the same reads are made of the new view: if every one gives what it gave before, its
 * DOM stands as it is (Lit's `guard`), and the fields it noted for the error summary's order are noted again.
 */

interface Read {
  /** Makes the same read of another view. */
  again(view: QuestionView): unknown;
  /** What it gave. */
  gave: unknown;
}

interface Drawn {
  /** What the drawing read; none for a first drawing, which is made without noting (see `render`). */
  reads: Read[] | undefined;
  /** The paths the section's controls noted for the error summary's order, in that order. */
  noted: string[];
  result: TemplateResult | typeof nothing;
  /** Changes each time the section is drawn anew: `guard` draws again only when it changes. */
  token: object;
}

const fieldReads = ['value', 'rawText', 'rawDate', 'error'] as const;

/**
 * Same answers, by value: nested plain objects and arrays compared key by key (so templates by their strings and
 * values), anything else by identity.
 */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 8) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index], depth + 1));
  }
  // Only plain objects are compared key by key: a Date, Map or class instance keeps its state out of its keys.
  const prototype: unknown = Object.getPrototypeOf(a);
  if ((prototype !== Object.prototype && prototype !== null) || Object.getPrototypeOf(b) !== prototype) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1),
  );
}

/** `view`, with each of its reads added to `reads` while `open()` says the drawing is under way. */
function notingView<V extends QuestionView>(view: V, reads: Read[], open: () => boolean): V {
  const note = (read: Read) => {
    if (open()) reads.push(read);
  };
  const fields: FieldContext = { ...view.fields };
  for (const name of fieldReads) {
    fields[name] = ((path: string) => {
      const gave = view.fields[name](path);
      note({ again: (next) => next.fields[name](path), gave });
      return gave;
    }) as never;
  }
  return new Proxy(view, {
    get(target, key, receiver) {
      if (key === 'fields') return fields;
      const property: unknown = Reflect.get(target, key, receiver);
      if (typeof property !== 'function') {
        note({ again: (next) => (next as unknown as Record<PropertyKey, unknown>)[key], gave: property });
        return property;
      }
      return (...args: unknown[]) => {
        const gave: unknown = property.apply(target, args);
        note({
          again: (next) => ((next as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>)[key])!(...args),
          gave,
        });
        return gave;
      };
    },
  });
}

/**
 * Keeps the last drawing of each part of a form (a section, a question) and what it read, per the part's object
 * in the definition (a definition is made per locale, so a new locale draws everything anew).
 */
export class DrawMemo {
  private readonly drawn = new WeakMap<object, Drawn>();

  /**
   * Draws `part` with `draw(view)` unless every read of its last drawing gives the same as then (a part is
   * drawn twice before it can be kept: its first drawing is not noted); the result is what to put in the
   * template (a `guard` that keeps the part's DOM when nothing it showed changed). `fieldOrder` is the
   * render's list of the fields drawn, in page order: a part kept adds its fields again. Parts nest: a
   * question kept inside a section drawn anew makes its reads again through the section's view, so the section
   * notes them too.
   */
  render<V extends QuestionView>(
    part: object,
    view: V,
    fieldOrder: string[],
    draw: (view: V) => TemplateResult | typeof nothing,
  ): unknown {
    let last = this.drawn.get(part);
    if (last?.reads && last.reads.every((read) => sameValue(read.again(view), read.gave))) {
      fieldOrder.push(...last.noted);
    } else {
      const before = fieldOrder.length;
      let result: TemplateResult | typeof nothing;
      let reads: Read[] | undefined;
      if (!last) {
        // The first drawing has nothing to be compared with, and noting its reads cost about 3 ms of a form's
        // first render (docs/performance.md): it is drawn as it is, and noted when next drawn.
        result = draw(view);
      } else {
        const made: Read[] = [];
        let drawing = true;
        try {
          result = draw(notingView(view, made, () => drawing));
        } finally {
          drawing = false;
        }
        reads = made;
      }
      last = { reads, noted: fieldOrder.slice(before), result, token: {} };
      this.drawn.set(part, last);
    }
    const { result } = last;
    return guard([last.token], () => result);
  }
}
