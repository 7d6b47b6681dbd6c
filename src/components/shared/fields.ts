import { html, nothing, type TemplateResult } from 'lit';
import { classNames as classMap } from './class-names.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { Finding } from '../../schema/result.js';
import {
  composeDate,
  DATE_PARTS,
  fieldId,
  parseHours,
  parseText,
  splitDate,
  type DatePart,
  type DateParts,
} from './paths.js';

/*
 * Field templates. Each is a function that renders into the calling element's own shadow root, so every
 * `<label for>` and `aria-describedby` resolves inside one root. Values are bound as text or properties only;
 * nothing the user typed is ever parsed as HTML.
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

interface FieldBase {
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

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? list.join(' ') : undefined;
}

function hintTemplate(hint: HintContent | undefined, id: string, extraClass = '') {
  return hint === undefined || hint === ''
    ? nothing
    : html`<div class="hint ${extraClass}" id=${id} part="hint">${hint}</div>`;
}

/** Notes the field for the error summary's page order and names the ids its control, hint and error use. */
function startField(ctx: FieldContext, path: string) {
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

function groupClasses(error: Finding | undefined) {
  return classMap({ 'form-group': true, 'form-group--error': Boolean(error) });
}

function labelClasses(size: 'm' | undefined) {
  return classMap({ label: true, 'label--m': size === 'm' });
}

function legendClasses(size: 'm' | undefined) {
  return classMap({ legend: true, 'legend--m': size === 'm' });
}

function displayText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

// ---------------------------------------------------------------------------------------------------------------
// Text-like inputs

/** A text input (also `email` and `tel`, with their `autocomplete`). Blank text removes the answer. */
export function textField(ctx: FieldContext, options: TextFieldOptions): TemplateResult {
  return textLike(ctx, options, parseText);
}

/** An email address input: `type="email"`, `autocomplete="email"`, no spellcheck. */
export function emailField(ctx: FieldContext, options: Omit<TextFieldOptions, 'type'>): TemplateResult {
  return textLike(
    ctx,
    { autocomplete: 'email', spellcheck: false, ...options, type: 'email' },
    parseText,
  );
}

/** A telephone number input: `type="tel"`, `autocomplete="tel"`. */
export function telField(ctx: FieldContext, options: Omit<TextFieldOptions, 'type'>): TemplateResult {
  return textLike(ctx, { autocomplete: 'tel', width: 20, ...options, type: 'tel' }, parseText);
}

/**
 * Hours per week: a text input with `inputmode="decimal"`. The draft gets a number when the text is a plain
 * decimal, otherwise the text (the rules core reports it); the box keeps exactly what was typed.
 */
export function hoursField(ctx: FieldContext, options: HoursFieldOptions): TemplateResult {
  return textLike(
    ctx,
    { ...options, type: 'text', inputmode: 'decimal', width: 4, spellcheck: false, autocomplete: 'off' },
    parseHours,
  );
}

function textLike(
  ctx: FieldContext,
  options: TextFieldOptions,
  parse: (text: string) => unknown,
): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  const text = ctx.rawText(path) ?? displayText(ctx.value(path));
  const onInput = (event: Event) => {
    const typed = (event.target as HTMLInputElement).value;
    ctx.update(path, parse(typed), typed);
  };
  const input = html`<input
    class=${classMap({
      input: true,
      'input--error': Boolean(error),
      [`input--width-${options.width}`]: options.width !== undefined,
    })}
    id=${id}
    name=${path}
    type=${options.type ?? 'text'}
    part="input"
    .value=${live(text)}
    autocomplete=${ifDefined(options.autocomplete)}
    inputmode=${ifDefined(options.inputmode)}
    spellcheck=${ifDefined(options.spellcheck === undefined ? undefined : String(options.spellcheck))}
    aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, error && errorId))}
    aria-invalid=${ifDefined(error ? 'true' : undefined)}
    @input=${onInput}
  />`;
  return html`<div class=${groupClasses(error)} part="field">
    <label class=${labelClasses(options.labelSize)} for=${id} part="label">${options.label}</label>
    ${hintTemplate(options.hint, hintId)} ${errorMessage(error, errorId)}
    ${options.suffix
      ? html`<div class="input-with-suffix">
          ${input}<span class="input-suffix" aria-hidden="true">${options.suffix}</span>
        </div>`
      : input}
  </div>`;
}

/** A multi-line answer. */
export function textareaField(ctx: FieldContext, options: TextareaOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  const text = ctx.rawText(path) ?? displayText(ctx.value(path));
  return html`<div class=${groupClasses(error)} part="field">
    <label class=${labelClasses(options.labelSize)} for=${id} part="label">${options.label}</label>
    ${hintTemplate(options.hint, hintId)} ${errorMessage(error, errorId)}
    <textarea
      class=${classMap({ textarea: true, 'textarea--error': Boolean(error) })}
      id=${id}
      name=${path}
      part="input"
      rows=${options.rows ?? 5}
      spellcheck=${options.spellcheck === false ? 'false' : 'true'}
      .value=${live(text)}
      aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, error && errorId))}
      aria-invalid=${ifDefined(error ? 'true' : undefined)}
      @input=${(event: Event) => {
        const typed = (event.target as HTMLTextAreaElement).value;
        ctx.update(path, parseText(typed), typed);
      }}
    ></textarea>
  </div>`;
}

/**
 * What the draft holds for a time box the user has started but not finished (a missing minute, or AM/PM where the
 * browser shows a 12-hour clock): the box's value is then empty, but "Enter the time" would be wrong. The rules
 * core sees a malformed time and asks for a complete one.
 */
export const INCOMPLETE_TIME = 'incomplete';

/** A time of day, `<input type="time">`, giving `HH:MM`. */
export function timeField(ctx: FieldContext, options: TimeFieldOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  const value = displayText(ctx.value(path));
  const onInput = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const time = box.value === '' ? (box.validity.badInput ? INCOMPLETE_TIME : undefined) : box.value.slice(0, 5);
    if (time !== ctx.value(path)) ctx.update(path, time);
  };
  // An edit that leaves the time unfinished may fire no `input`, so leaving the box says so too; leaving it
  // otherwise changes nothing (a prefilled time the box cannot show stays as it was).
  const onBlur = (event: Event) => {
    const box = event.target as HTMLInputElement;
    if (box.value === '' && box.validity.badInput && ctx.value(path) !== INCOMPLETE_TIME) ctx.update(path, INCOMPLETE_TIME);
  };
  return html`<div class=${groupClasses(error)} part="field">
    <label class=${labelClasses(options.labelSize)} for=${id} part="label">${options.label}</label>
    ${hintTemplate(options.hint, hintId)} ${errorMessage(error, errorId)}
    <input
      class=${classMap({ input: true, 'input--time': true, 'input--error': Boolean(error) })}
      id=${id}
      name=${path}
      type="time"
      part="input"
      .value=${live(/^\d\d:\d\d$/.test(value) ? value : '')}
      aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, error && errorId))}
      aria-invalid=${ifDefined(error ? 'true' : undefined)}
      @input=${onInput}
      @blur=${onBlur}
    />
  </div>`;
}

/** A drop-down list; prefer radios for fewer than about eight options. */
export function selectField(ctx: FieldContext, options: SelectOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  const current = displayText(ctx.value(path));
  return html`<div class=${groupClasses(error)} part="field">
    <label class=${labelClasses(options.labelSize)} for=${id} part="label">${options.label}</label>
    ${hintTemplate(options.hint, hintId)} ${errorMessage(error, errorId)}
    <select
      class=${classMap({ select: true, 'select--error': Boolean(error) })}
      id=${id}
      name=${path}
      part="input"
      aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, error && errorId))}
      aria-invalid=${ifDefined(error ? 'true' : undefined)}
      @change=${(event: Event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        ctx.update(path, chosen === '' ? undefined : chosen);
      }}
    >
      <option value="" ?selected=${current === ''}>${options.placeholder ?? ''}</option>
      ${options.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${current === option.value}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Date input

function partLooksWrong(part: DatePart, parts: DateParts): boolean {
  const text = parts[part].trim();
  if (part === 'year') return !/^\d{4}$/.test(text);
  if (!/^\d{1,2}$/.test(text)) return true;
  const n = Number(text);
  return part === 'month' ? n < 1 || n > 12 : n < 1 || n > 31;
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    month - 1
  ]!;
}

/**
 * Which boxes of a date to mark when the date has an error: the boxes that are empty or cannot be right, the
 * day when it is past the month's end, or all three when the date is real but breaks a rule.
 */
export function invalidDateParts(parts: DateParts): DatePart[] {
  const wrong = DATE_PARTS.filter((part) => partLooksWrong(part, parts));
  if (wrong.length) return wrong;
  if (Number(parts.day) > daysInMonth(Number(parts.year), Number(parts.month))) return ['day'];
  return [...DATE_PARTS];
}

/**
 * The GOV.UK date input: a fieldset whose legend is the question, a hint, and three boxes named
 * `<path>-day`, `<path>-month`, `<path>-year`. The draft gets {@link composeDate} of the boxes.
 */
export function dateField(ctx: FieldContext, options: DateFieldOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  const parts = ctx.rawDate(path) ?? splitDate(ctx.value(path));
  const marked = error ? invalidDateParts(parts) : [];
  const hint = options.hint ?? msg('For example, 27 3 2026');
  const labels: Record<DatePart, string> = { day: msg('Day'), month: msg('Month'), year: msg('Year') };
  const autocomplete: Record<DatePart, string> = { day: 'bday-day', month: 'bday-month', year: 'bday-year' };
  const onInput = (part: DatePart) => (event: Event) => {
    const typed = (event.target as HTMLInputElement).value;
    const current = ctx.rawDate(path) ?? splitDate(ctx.value(path));
    const next: DateParts = { ...current, [part]: typed };
    ctx.update(path, composeDate(next), next);
  };
  return html`<div class=${groupClasses(error)} part="field">
    <fieldset
      class="fieldset"
      id=${id}
      aria-describedby=${ifDefined(describedBy(hintId, error && errorId))}
    >
      <legend class=${legendClasses(options.legendSize)} part="label">${options.legend}</legend>
      ${hintTemplate(hint, hintId)} ${errorMessage(error, errorId)}
      <div class="date-input">
        ${DATE_PARTS.map(
          (part) => html`<div class="form-group date-input__item">
            <label class="label" for=${fieldId(path, part)}>${labels[part]}</label>
            <input
              class=${classMap({
                input: true,
                'input--width-2': part !== 'year',
                'input--width-4': part === 'year',
                'input--error': marked.includes(part),
              })}
              id=${fieldId(path, part)}
              name=${`${path}-${part}`}
              type="text"
              inputmode="numeric"
              part="input"
              spellcheck="false"
              autocomplete=${ifDefined(options.autocomplete === 'bday' ? autocomplete[part] : undefined)}
              .value=${live(parts[part])}
              aria-invalid=${ifDefined(marked.includes(part) ? 'true' : undefined)}
              @input=${onInput(part)}
            />
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Radios and checkboxes

/**
 * Radios in a fieldset. Each option may carry follow-up questions, shown under it while it is chosen.
 * The first radio has the field's id, so an error summary link lands on the question.
 */
export function radiosField(ctx: FieldContext, options: RadiosOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  const fromValue = options.fromValue ?? ((value: unknown) => (typeof value === 'string' ? value : undefined));
  const toValue = options.toValue ?? ((option: string) => option);
  const chosen = fromValue(ctx.value(path));
  const hasConditional = options.options.some((option) => option.conditional);
  return html`<div class=${groupClasses(error)} part="field">
    <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, error && errorId))}>
      <legend class=${legendClasses(options.legendSize)} part="label">${options.legend}</legend>
      ${hintTemplate(options.hint, hintId)} ${errorMessage(error, errorId)}
      <div
        class=${classMap({
          choices: true,
          'choices--radio': true,
          'choices--inline': Boolean(options.inline) && !hasConditional,
          // A long inline list (the year groups) lines up in columns instead of wrapping raggedly.
          'choices--columns': Boolean(options.inline) && !hasConditional && options.options.length > 3,
        })}
      >
        ${options.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          const optionHintId = `${optionId}-item-hint`;
          const conditionalId = `conditional-${optionId}`;
          const checked = chosen === option.value;
          return html`${option.dividerBefore ? html`<div class="choices__divider">${msg('or')}</div>` : nothing}
            <div class="choices__item">
              <input
                class="choices__input"
                id=${optionId}
                name=${path}
                type="radio"
                part="input"
                value=${option.value}
                .checked=${live(checked)}
                aria-describedby=${ifDefined(option.hint ? optionHintId : undefined)}
                aria-invalid=${ifDefined(error ? 'true' : undefined)}
                aria-controls=${ifDefined(option.conditional ? conditionalId : undefined)}
                @change=${() => ctx.update(path, toValue(option.value))}
              />
              <label class="label choices__label" for=${optionId} part="label">${option.label}</label>
              ${option.hint
                ? html`<div class="hint choices__hint" id=${optionHintId} part="hint">${option.hint}</div>`
                : nothing}
            </div>
            ${option.conditional
              ? html`<div class="choices__conditional" id=${conditionalId} ?hidden=${!checked}>
                  ${checked ? option.conditional() : nothing}
                </div>`
              : nothing}`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** A yes/no question: radios with values `yes` and `no`, stored as `true` / `false`. */
export function yesNoField(ctx: FieldContext, options: YesNoOptions): TemplateResult {
  const yes: ChoiceOption = { value: 'yes', label: options.yesLabel ?? msg('Yes') };
  const no: ChoiceOption = { value: 'no', label: options.noLabel ?? msg('No') };
  if (options.yesConditional) yes.conditional = options.yesConditional;
  if (options.noConditional) no.conditional = options.noConditional;
  const radios: RadiosOptions = {
    path: options.path,
    legend: options.legend,
    options: [yes, no],
    inline: true,
    fromValue: (value) => (value === true ? 'yes' : value === false ? 'no' : undefined),
    toValue: (option) => option === 'yes',
  };
  if (options.hint !== undefined) radios.hint = options.hint;
  if (options.legendSize) radios.legendSize = options.legendSize;
  return radiosField(ctx, radios);
}

function checkboxItem(ctx: FieldContext, item: CheckboxItem, groupError: Finding | undefined) {
  ctx.noteField(item.path);
  const id = fieldId(item.path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = ctx.error(item.path);
  return html`${errorMessage(error, errorId)}
    <div class="choices__item">
      <input
        class="choices__input"
        id=${id}
        name=${item.path}
        type="checkbox"
        part="input"
        value="true"
        .checked=${live(ctx.value(item.path) === true)}
        aria-describedby=${ifDefined(describedBy(item.hint && hintId, error && errorId))}
        aria-invalid=${ifDefined(error || groupError ? 'true' : undefined)}
        @change=${(event: Event) => ctx.update(item.path, (event.target as HTMLInputElement).checked)}
      />
      <label class="label choices__label" for=${id} part="label">${item.label}</label>
      ${item.hint ? html`<div class="hint choices__hint" id=${hintId} part="hint">${item.hint}</div>` : nothing}
    </div>`;
}

/** One checkbox for a yes-or-nothing answer such as a declaration: `true` when ticked, `false` when cleared. */
export function checkboxField(ctx: FieldContext, options: CheckboxOptions): TemplateResult {
  const error = ctx.error(options.path);
  const item: CheckboxItem = { path: options.path, label: options.label };
  if (typeof options.hint === 'string') item.hint = options.hint;
  return html`<div class=${groupClasses(error)} part="field">
    <div class="choices choices--checkbox">${checkboxItem(ctx, item, undefined)}</div>
  </div>`;
}

/** Several checkboxes under one question; each box is its own boolean answer. */
export function checkboxesField(ctx: FieldContext, options: CheckboxesOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error: groupError } = startField(ctx, path);
  const anyError = groupError ?? options.items.map((item) => ctx.error(item.path)).find(Boolean);
  return html`<div class=${groupClasses(anyError)} part="field">
    <fieldset
      class="fieldset"
      id=${id}
      aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, groupError && errorId))}
    >
      <legend class=${legendClasses(options.legendSize)} part="label">${options.legend}</legend>
      ${hintTemplate(options.hint, hintId)} ${errorMessage(groupError, errorId)}
      <div class="choices choices--checkbox">
        ${options.items.map((item) => checkboxItem(ctx, item, groupError))}
      </div>
    </fieldset>
  </div>`;
}

/**
 * A fieldset around several questions, carrying the error for the group's own path
 * (for example `timetable.sessions` when the session times are out of order).
 */
export function fieldGroup(ctx: FieldContext, options: FieldGroupOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  return html`<div class=${groupClasses(error)} part="field">
    <fieldset
      class="fieldset"
      id=${id}
      aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, error && errorId))}
    >
      <legend class=${legendClasses(options.legendSize ?? 'm')} part="label">${options.legend}</legend>
      ${hintTemplate(options.hint, hintId)} ${errorMessage(error, errorId)} ${options.content}
    </fieldset>
  </div>`;
}

/** A titled part of a long form. */
export function formSection(heading: string, content: TemplateResult): TemplateResult {
  return html`<section class="section" part="section">
    <h3 class="heading-m">${heading}</h3>
    ${content}
  </section>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Files

export interface FileFieldOptions extends FieldBase {
  label: string;
  labelSize?: 'm';
  /** What a file just chosen filled in, said by a polite live region under the box. */
  status?: string;
  /** Called with the file the user chose (or dropped on the box). The box is emptied, so the same file can be chosen again. */
  onFile: (file: File) => void;
}

/**
 * A file input for a JSON file the school keeps (GOV.UK file upload): the browser's own control, so it works from
 * the keyboard, with a screen reader, and with a file dropped on it. The file is read in the page; it is never
 * uploaded, and the input has no `name` in any host form (the element's shadow root keeps it out).
 */
export function fileField(ctx: FieldContext, options: FileFieldOptions): TemplateResult {
  const { path } = options;
  const { id, hintId, errorId, error } = startField(ctx, path);
  const statusId = `${id}-status`;
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) options.onFile(file);
  };
  return html`<div class=${groupClasses(error)} part="field">
    <label class=${labelClasses(options.labelSize)} for=${id} part="label">${options.label}</label>
    ${hintTemplate(options.hint, hintId)} ${errorMessage(error, errorId)}
    <input
      class=${classMap({ 'file-upload': true, 'file-upload--error': Boolean(error) })}
      id=${id}
      name=${path}
      type="file"
      accept=".json,application/json"
      part="input"
      aria-describedby=${ifDefined(describedBy(options.hint !== undefined && hintId, error && errorId, statusId))}
      aria-invalid=${ifDefined(error ? 'true' : undefined)}
      @change=${onChange}
    />
    <p class="body file-upload__status" id=${statusId} role="status">${options.status ?? ''}</p>
  </div>`;
}
