import { html, type TemplateResult } from 'lit';
import { classNames as classMap } from './class-names.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { parseHours, parseText } from './paths.js';

import { describedBy, displayText, errorMessage, groupClasses, hintTemplate, labelClasses, startField, type FieldContext, type HoursFieldOptions, type SelectOptions, type TextareaOptions, type TextFieldOptions, type TimeFieldOptions } from './field-parts.js';

/*
 * Field templates. Each is a function that renders into the calling element's own shadow root, so every
 * `<label for>` and `aria-describedby` resolves inside one root. Values are bound as text or properties only;
 * nothing the user typed is ever parsed as HTML. The text-like inputs are here; the date input, the choices and
 * the file input are in their own modules, re-exported here, with the pieces they share in field-parts.ts.
 */
export * from './field-parts.js';
export * from './date-field.js';
export * from './choice-fields.js';
export * from './file-field.js';

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

