import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { button, buttonGroup } from './buttons.js';
import { fileField, formSection, type FieldContext } from './fields.js';
import { warningText } from './notices.js';

/** The file question's path: the `name` of its input and the `path` of a finding about the file. */
export const DRAFT_FILE_PATH = 'draftFile';

/**
 * "Save your answers to finish later", under the questions: the answers as typed saved to a file, and a file of
 * saved answers loaded back, with or without drafts in web storage. A school passes a half-filled form this way.
 * The file box's label avoids the word "Continue": it would be a second "Continue" button to voice control.
 */
export function saveForLater(
  fields: FieldContext,
  options: { onSave: () => void; onFile: (file: File) => void; status: string },
): TemplateResult {
  return formSection(
    msg('Save your answers to finish later'),
    html`<p class="body">
        ${msg('Save your answers to a file to finish this form later, on this computer or another, or to pass it to a colleague. Saving sends nothing.')}
      </p>
      ${warningText(
        msg('The file holds a child\'s personal data. Keep it where only staff who need it can open it, and delete it once the form has been sent.'),
      )}
      ${buttonGroup(button({ label: msg('Save your answers to a file'), variant: 'secondary', onClick: options.onSave }))}
      ${fileField(fields, {
        path: DRAFT_FILE_PATH,
        label: msg('Carry on from a saved file'),
        hint: msg('Choose a file saved with "Save your answers to a file". Its answers replace the answers on this page.'),
        status: options.status,
        onFile: options.onFile,
      })}`,
  );
}
