import { pathWithin } from './paths.js';

/** Where focus goes after the next render: a step's heading, the error summary, the send error, or a question. */
export type PendingFocus = 'heading' | 'error-summary' | 'send-error' | { path: string };

const DATE_PART_NAME = /^(.+)-(day|month|year)$/;

/** True when a control named `name` answers the question at `path` (itself, a part of a date, or inside it). */
function controlAnswers(name: string, path: string): boolean {
  const datePart = DATE_PART_NAME.exec(name);
  return pathWithin(name, path) || (datePart !== null && pathWithin(datePart[1]!, path));
}

/** The control in `root` that answers `path` — for a date the first box in error, for radios the chosen one. */
export function controlFor(root: ParentNode | undefined | null, path: string): HTMLInputElement | undefined {
  if (!root) return undefined;
  const controls = Array.from(
    root.querySelectorAll<HTMLInputElement>('input[name], textarea[name], select[name]'),
  ).filter((control) => controlAnswers(control.getAttribute('name') ?? '', path));
  if (controls.length === 0) return undefined;
  const invalid = controls.filter((control) => control.getAttribute('aria-invalid') === 'true');
  const first = (invalid.length ? invalid : controls)[0]!;
  if (first.type !== 'radio') return first;
  return controls.find((control) => control.name === first.name && control.checked) ?? first;
}

/**
 * Focuses the control for `path` — for a date the first box in error, for radios the chosen one — after
 * scrolling its label or legend into view. Returns false when no control answers that path.
 */
export function focusField(root: ParentNode, path: string): boolean {
  const target = controlFor(root, path);
  if (!target) return false;
  const inFieldset = target.type === 'radio' || target.type === 'checkbox' || DATE_PART_NAME.test(target.name);
  const anchor =
    (inFieldset ? target.closest('fieldset')?.querySelector('legend') : null) ??
    (target.id ? root.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null) ??
    target;
  anchor.scrollIntoView?.({ block: 'start', inline: 'nearest' });
  target.focus({ preventScroll: true });
  return true;
}

/** Moves focus where a step change or a press asked for it; a question that is not there gives the heading. */
export function applyFocus(root: ShadowRoot, focus: PendingFocus | null, focusQuestion: (path: string) => boolean): void {
  if (!focus) return;
  const heading = () => root.getElementById('step-heading')?.focus();
  if (focus === 'heading') heading();
  else if (focus === 'error-summary') (root.getElementById('error-summary') ?? null)?.focus();
  else if (focus === 'send-error') (root.getElementById('send-error') ?? null)?.focus();
  else if (!focusQuestion(focus.path)) heading();
}
