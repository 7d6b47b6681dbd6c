import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Finding } from '../../schema/result.js';
import { button, buttonGroup } from './buttons.js';
import type { DraftHolder } from './draft-keeper.js';
import { HostValue } from './host-value.js';
import { fileField, formSection, type FieldContext } from './fields.js';
import { draftFile, draftFileMessage, draftFileName, readDraftFile, readJsonFile, saveJsonFile } from './files.js';
import { warningText } from './notices.js';
import { cloneDraft, newSubmissionId, type Draft } from './paths.js';

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

/**
 * The two handlers of "Save your answers to finish later", and what the last file of saved answers filled in
 * (said beside its question).
 */
export class AnswersFile {
  private readonly said: HostValue<string>;

  constructor(
    host: ReactiveControllerHost,
    private readonly holder: DraftHolder,
    private readonly form: {
      /** Shows (or clears) the problem with the chosen file, beside its question and in the error summary. */
      setFileProblem(path: string, problem: Finding | undefined): void;
      /** Replaces every answer, as a user's edit. */
      loadAnswers(next: Draft): void;
    },
  ) {
    this.said = new HostValue(host, '');
  }

  get status(): string {
    return this.said.value;
  }
  set status(next: string) {
    this.said.value = next;
  }

  /** "Save your answers to a file": the answers as typed, with the submission id only if no send was tried. */
  readonly onSave = (): void => {
    const { formName, draft, submissionId, attempt, page } = this.holder;
    const now = new Date();
    const neverSent = attempt?.id !== submissionId;
    saveJsonFile(
      draftFileName(formName, now),
      draftFile(formName, cloneDraft(draft), neverSent ? submissionId : undefined, now, page),
    );
  };

  /** "Carry on from a saved file": this form's answers, of a version this page knows, replace the answers. */
  readonly onFile = async (file: File): Promise<void> => {
    this.status = '';
    const json = await readJsonFile(file);
    const read = json.ok ? readDraftFile(json.json, this.holder.formName) : json;
    if (!read.ok) {
      this.form.setFileProblem(DRAFT_FILE_PATH, {
        code: 'draft-file-invalid',
        severity: 'error',
        path: DRAFT_FILE_PATH,
        message: draftFileMessage(read),
        params: { problem: read.problem },
      });
      return;
    }
    this.form.setFileProblem(DRAFT_FILE_PATH, undefined);
    // The file's id is kept only while no send was tried under it, so the form sent from it is one submission.
    // Set first: loading the answers keeps the draft under `draft-key`, with this id.
    const attempted = this.holder.attempt?.id;
    this.holder.submissionId = read.submissionId && read.submissionId !== attempted ? read.submissionId : newSubmissionId();
    this.form.loadAnswers(read.value);
    this.holder.page = read.page;
    this.status = msg(str`The answers saved in ${file.name} are filled in. Check them before you continue.`);
  };
}
