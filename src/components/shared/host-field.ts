/**
 * `target-field`: the host page's own input that receives the envelope JSON, for form builders (Granicus and the
 * like) that only submit their own fields.
 */

const reported = new Set<string>();

function reportOnce(key: string, message: string, error?: unknown): void {
  if (reported.has(key)) return;
  reported.add(key);
  console.error(message, ...(error === undefined ? [] : [error]));
}

/**
 * The element `selector` names, looked for first in the element's own tree (its shadow root when it is inside
 * another component), then in the document. Logs once and gives `null` for a bad selector or no match.
 */
export function findHostField(from: Element, selector: string): HTMLInputElement | HTMLTextAreaElement | null {
  const roots: (Document | ShadowRoot)[] = [];
  const root = from.getRootNode();
  if (root instanceof ShadowRoot || root instanceof Document) roots.push(root);
  if (root !== document) roots.push(document);
  for (const scope of roots) {
    let found: Element | null;
    try {
      found = scope.querySelector(selector);
    } catch (error) {
      reportOnce(`selector:${selector}`, `offsite-direction-forms: target-field "${selector}" is not a valid CSS selector.`, error);
      return null;
    }
    if (found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement) return found;
    if (found) {
      reportOnce(`kind:${selector}`, `offsite-direction-forms: target-field "${selector}" must be an <input> or <textarea>.`);
      return null;
    }
  }
  reportOnce(`missing:${selector}`, `offsite-direction-forms: no field on the page matches target-field "${selector}".`);
  return null;
}

/**
 * Puts `text` in the field as if typed, then fires `input` and `change` like a user edit. The value goes through
 * the prototype's setter, so frameworks that watch the instance's own `value` (React) see the change too.
 * Does nothing when the field already holds `text`.
 */
export function writeHostField(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  if (field.value === text) return;
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, text);
  else field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
