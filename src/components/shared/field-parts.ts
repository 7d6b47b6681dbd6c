import { html, nothing, type TemplateResult } from 'lit';
import { classNames as classMap } from './class-names.js';
import { msg } from '@lit/localize';
import type { Finding } from '../../schema/result.js';
import { fieldId, type DateParts } from './paths.js';

/*
 * What the field templates share: the context they read and write the draft through, their options, and the
 * pieces of markup every field has (hint, inline error, ids, classes). The templates are in fields.ts (text-like),
 * date-field.ts, choice-fields.ts and file-field.ts.
 */

/** What a field template needs from the element that renders it. The base class makes one; see `this.fields`. */
export interface FieldContext {
  /** The draft's value at a dotted path. */
  value(path: string): unknown;
  /** The text last typed at `path` (text, hours), kept so a re-render never changes it under the cursor. */
  rawText(path: string): string | undefined;
  /** The three date boxes last typed at `path`. */
  rawDate(path: string): DateParts | undefined;
  /** The error to show inline for `path` — `undefined` until errors are shown. */
  error(path: string): Finding | undefined;
  /** Writes a user's answer: `undefined` removes the key. `raw` is what was typed, kept for display. */
  update(path: string, value: unknown, raw?: string | DateParts): void;
  /** Records that a control for `path` was rendered, so the error summary can follow the page order. */
  noteField(path: string): void;
}

/** Hint text; a template is allowed for a hint that holds a link the element itself builds. */
export type HintContent = string | TemplateResult;

export interface FieldBase {
  /** Dotted path in the data: also the control's `name`, and (with `f-` and dashes) its `id`. */
  path: string;
  hint?: HintContent;
}

export interface TextFieldOptions extends FieldBase {
  label: string;
  /** `m` makes the label a medium bold heading-style label, for a page with one question. */
  labelSize?: 'm';
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  /** Width in characters (GOV.UK fixed widths); full width when left out. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  spellcheck?: boolean;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  /** Short unit shown after the box, such as "hours". Hidden from assistive technology: say it in the label. */
  suffix?: string;
}

export interface TextareaOptions extends FieldBase {
  label: string;
  labelSize?: 'm';
  rows?: number;
  spellcheck?: boolean;
}

export interface HoursFieldOptions extends FieldBase {
  label: string;
  labelSize?: 'm';
}

export interface TimeFieldOptions extends FieldBase {
  label: string;
  labelSize?: 'm';
}

export interface DateFieldOptions extends FieldBase {
  legend: string;
  legendSize?: 'm';
  /** Defaults to "For example, 27 3 2026". */
  hint?: HintContent;
  /** `bday` for a date of birth. */
  autocomplete?: 'bday';
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** Follow-up questions shown under this option while it is chosen. */
  conditional?: () => TemplateResult;
  /** Draw the GOV.UK "or" divider before this option. */
  dividerBefore?: boolean;
}

export interface RadiosOptions extends FieldBase {
  legend: string;
  legendSize?: 'm';
  options: readonly ChoiceOption[];
  inline?: boolean;
  /** The draft value → the chosen option's value. Default: the value when it is a string. */
  fromValue?: (value: unknown) => string | undefined;
  /** The chosen option's value → the draft value. Default: the string itself. */
  toValue?: (option: string) => unknown;
}

export interface YesNoOptions extends FieldBase {
  legend: string;
  legendSize?: 'm';
  /** Follow-up questions under "Yes" or "No". */
  yesConditional?: () => TemplateResult;
  noConditional?: () => TemplateResult;
  yesLabel?: string;
  noLabel?: string;
}

export interface CheckboxOptions extends FieldBase {
  label: string;
}

export interface CheckboxItem {
  path: string;
  label: string;
  hint?: string;
}

export interface CheckboxesOptions extends FieldBase {
  /** The group's own path, for findings about the group as a whole (each box has its own `path`). */
  legend: string;
  legendSize?: 'm';
  items: readonly CheckboxItem[];
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptions extends FieldBase {
  label: string;
  labelSize?: 'm';
  options: readonly SelectOption[];
  /** Text of the empty first option, e.g. "Choose a year group". */
  placeholder?: string;
}

export interface FieldGroupOptions extends FieldBase {
  legend: string;
  legendSize?: 'm';
  content: TemplateResult;
}

// ---------------------------------------------------------------------------------------------------------------
// Pieces

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? list.join(' ') : undefined;
}

export function hintTemplate(hint: HintContent | undefined, id: string, extraClass = '') {
  return hint === undefined || hint === ''
    ? nothing
    : html`<div class="hint ${extraClass}" id=${id} part="hint">${hint}</div>`;
}

/** Notes the field for the error summary's page order and names the ids its control, hint and error use. */
export function startField(ctx: FieldContext, path: string) {
  ctx.noteField(path);
  const id = fieldId(path);
  return { id, hintId: `${id}-hint`, errorId: `${id}-error`, error: ctx.error(path) };
}

/** The inline error: `<p class="error-message">` with a visually hidden "Error:" before the message. */
export function errorMessage(error: Finding | undefined, id: string): TemplateResult | typeof nothing {
  return error
    ? html`<p class="error-message" id=${id} part="error">
        <span class="visually-hidden">${msg('Error:')}</span> ${error.message}
      </p>`
    : nothing;
}

export function groupClasses(error: Finding | undefined) {
  return classMap({ 'form-group': true, 'form-group--error': Boolean(error) });
}

export function labelClasses(size: 'm' | undefined) {
  return classMap({ label: true, 'label--m': size === 'm' });
}

export function legendClasses(size: 'm' | undefined) {
  return classMap({ legend: true, 'legend--m': size === 'm' });
}

export function displayText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

