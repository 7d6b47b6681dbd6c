import { html, type TemplateResult } from 'lit';
import { classNames as classMap } from './class-names.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { composeDate, DATE_PARTS, fieldId, splitDate, type DatePart, type DateParts } from './paths.js';

import { describedBy, errorMessage, groupClasses, hintTemplate, legendClasses, startField, type DateFieldOptions, type FieldContext } from './field-parts.js';

/* The GOV.UK date input: three boxes in a fieldset, and which of them an error marks. */
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

