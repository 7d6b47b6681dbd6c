import { html, nothing, type TemplateResult } from 'lit';
import { classNames as classMap } from './class-names.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { Finding } from '../../schema/result.js';
import { fieldId } from './paths.js';

import { describedBy, errorMessage, groupClasses, hintTemplate, legendClasses, startField, type CheckboxItem, type CheckboxOptions, type CheckboxesOptions, type ChoiceOption, type FieldContext, type FieldGroupOptions, type RadiosOptions, type YesNoOptions } from './field-parts.js';

/* Radios, yes/no, checkboxes, a fieldset around several questions, and a titled section. */
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

