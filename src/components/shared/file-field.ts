import { html, type TemplateResult } from 'lit';
import { classNames as classMap } from './class-names.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { describedBy, errorMessage, groupClasses, hintTemplate, labelClasses, startField, type FieldContext, type FieldBase } from './field-parts.js';

/* The file input for a JSON file the school keeps. */
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

const changeHandlers = new WeakMap<(file: File) => void, (event: Event) => void>();

/**
 * The box's change handler, one per `onFile`: the same function at each render, so a question whose answers have
 * not changed draws the same template and is left as it is (section-memo.ts).
 */
function changeHandler(onFile: (file: File) => void): (event: Event) => void {
  let handler = changeHandlers.get(onFile);
  if (!handler) {
    handler = (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) onFile(file);
    };
    changeHandlers.set(onFile, handler);
  }
  return handler;
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
  const onChange = changeHandler(options.onFile);
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

