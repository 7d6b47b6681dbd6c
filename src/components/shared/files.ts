/*
 * The files a school keeps (CONTRACT §8.2): the copy of what it sent, and its answers saved to finish later.
 * Files are made and read in the page; nothing here sends anything anywhere.
 */
import { msg, str } from '@lit/localize';
import type { FormName } from '../../events.js';
import { shortReference } from '../../schema/reference.js';
import { localToday, type Draft } from './paths.js';

/*
 * Not imported from the schema's envelope module: that builds every envelope schema as it loads, which would put
 * the other form's schemas into a one-form bundle.
 */
const SCHEMA_VERSION = 1;
const formNames: readonly FormName[] = ['offsite-direction-notification', 'offsite-direction-outcome-review'];

/** The largest file either file question reads: a notification or a draft is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Why a chosen file could not be read as JSON. */
export type FileReadProblem = 'empty' | 'too-large' | 'unreadable' | 'not-json';

export type JsonFileRead = { ok: true; json: unknown } | { ok: false; problem: FileReadProblem };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a chosen file as JSON; an empty file, or one over 1 MB, is refused before it is read. */
export async function readJsonFile(file: Blob): Promise<JsonFileRead> {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/** The sentence for a file that could not be read, in the GOV.UK file upload's words. */
export function fileReadMessage(problem: FileReadProblem, wanted: string): string {
  switch (problem) {
    case 'empty':
      return msg('The selected file is empty');
    case 'too-large':
      return msg('The selected file must be smaller than 1 MB');
    case 'unreadable':
      return msg('The selected file could not be read. Choose it again');
    case 'not-json':
      return wanted;
  }
}

/**
 * Offers `data` to the person as a JSON file called `fileName`, made in the page from a Blob (a download, not an
 * upload). The object URL is revoked once the browser has had time to start the download.
 */
export function saveJsonFile(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The person's own calendar date of an ISO time: the day they saw on the clock, in any time zone. */
export function localDateOf(isoTime: string): string {
  const time = new Date(isoTime);
  return Number.isNaN(time.getTime()) ? localToday() : localToday(time);
}

/**
 * The name of the saved copy of a sent form: `offsite-direction-notification-2026-03-02-0E40E4D5.json` (the form,
 * the day it was sent, the short reference). Never a pupil's name: file names show in lists and e-mails.
 */
export function copyFileName(envelope: { form: string; submittedAt: string; submissionId: string }): string {
  return `${envelope.form}-${localDateOf(envelope.submittedAt)}-${shortReference(envelope.submissionId)}.json`;
}

/** The name of a file of saved answers: `offsite-direction-notification-draft-2026-03-02-1405.json`. */
export function draftFileName(form: FormName, savedAt: Date): string {
  const time = `${String(savedAt.getHours()).padStart(2, '0')}${String(savedAt.getMinutes()).padStart(2, '0')}`;
  return `${form}-draft-${localToday(savedAt)}-${time}.json`;
}

/** A file of saved answers, exactly as CONTRACT §8.2 gives it. */
export interface DraftFile {
  form: FormName;
  schemaVersion: typeof SCHEMA_VERSION;
  kind: 'draft';
  savedAt: string;
  /** Only while no send was ever tried under it, so the form sent from the file is the same submission. */
  submissionId?: string;
  /** The answers as typed, malformed ones included. */
  value: Draft;
  /** With `layout="pages"`: the section whose page showed (an addition to §8.2 that readers may ignore). */
  page?: string;
}

export function draftFile(
  form: FormName,
  value: Draft,
  submissionId: string | undefined,
  savedAt: Date,
  page?: string,
): DraftFile {
  return {
    form,
    schemaVersion: SCHEMA_VERSION,
    kind: 'draft',
    savedAt: savedAt.toISOString(),
    ...(submissionId ? { submissionId } : {}),
    value,
    ...(page ? { page } : {}),
  };
}

/** Why a JSON file is not answers this form can continue from. */
export type DraftFileProblem = 'not-a-draft' | 'other-form' | 'sent-form' | 'notification-copy' | 'unknown-version';

export type DraftFileRead =
  | { ok: true; value: Draft; submissionId?: string; page?: string }
  | { ok: false; problem: DraftFileProblem; form?: FormName };

/** Only what a draft can hold: nested plain objects with string, finite number and boolean answers. */
export function answersOnly(value: Record<string, unknown>): Draft {
  const answers: Draft = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item))) {
      answers[key] = item;
    } else if (isRecord(item)) {
      const inner = answersOnly(item);
      if (Object.keys(inner).length) answers[key] = inner;
    }
  }
  return answers;
}

/**
 * Reads a file of saved answers for `form`: it must name this form, be a draft, and be of a version this page
 * knows. Keys it does not know are left out; a submission id comes back only when it is one.
 */
export function readDraftFile(json: unknown, form: FormName): DraftFileRead {
  if (!isRecord(json) || !formNames.includes(json.form as FormName)) return { ok: false, problem: 'not-a-draft' };
  const named = json.form as FormName;
  const sent = json.kind !== 'draft' && 'data' in json && 'submissionId' in json;
  // The notification's copy, chosen in the review's box for saved answers: it belongs in the question above.
  if (sent && named === 'offsite-direction-notification' && form === 'offsite-direction-outcome-review') {
    return { ok: false, problem: 'notification-copy', form: named };
  }
  if (named !== form) return { ok: false, problem: 'other-form', form: named };
  if (json.kind !== 'draft') return { ok: false, problem: sent ? 'sent-form' : 'not-a-draft', form: named };
  if (json.schemaVersion !== SCHEMA_VERSION) return { ok: false, problem: 'unknown-version', form: named };
  if (!isRecord(json.value)) return { ok: false, problem: 'not-a-draft', form: named };
  const read: DraftFileRead = { ok: true, value: answersOnly(json.value) };
  if (typeof json.submissionId === 'string' && UUID.test(json.submissionId)) read.submissionId = json.submissionId;
  if (typeof json.page === 'string') read.page = json.page;
  return read;
}

/** What each form is called in a sentence about a file. */
export function formInSentence(form: FormName): string {
  return form === 'offsite-direction-notification'
    ? msg('the offsite direction notification')
    : msg('the offsite direction outcome review');
}

/** The sentence for a file of saved answers this form cannot continue from. */
export function draftFileMessage(read: Extract<DraftFileRead, { ok: false }> | { problem: FileReadProblem }): string {
  const wanted = msg('The selected file must be a file of answers saved from this form');
  switch (read.problem) {
    case 'empty':
    case 'too-large':
    case 'unreadable':
    case 'not-json':
      return fileReadMessage(read.problem, wanted);
    case 'not-a-draft':
      return wanted;
    case 'other-form':
      return 'form' in read && read.form
        ? msg(str`The selected file holds answers to ${formInSentence(read.form)}, not to this form`)
        : wanted;
    case 'sent-form':
      return msg('The selected file is a copy of a form that was sent, not answers saved to finish later');
    case 'notification-copy':
      return msg('The selected file is the copy of a notification that was sent. To start the review from it, choose it under "Start from the notification you sent"');
    case 'unknown-version':
      return msg('The selected file was saved by a version of this form that this page cannot read');
  }
}
