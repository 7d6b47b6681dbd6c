/*
 * "Start from the notification you sent": the outcome review reads the copy the notification's confirmation saved
 * (CONTRACT §8.2) and prefills from it as the `notification` property does. The file is read in the page and
 * checked as a receiver would check it; it is never sent anywhere.
 */
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SCHEMA_VERSION } from '../../schema/envelope.js';
import { isNotificationCopy, type NotificationCopy } from '../../schema/notification-copy.js';
import type { CheckOptions, Finding } from '../../schema/result.js';
import { fileField, type FieldContext } from '../shared/fields.js';
import { fileReadMessage, readJsonFile, type FileReadProblem } from '../shared/files.js';

/** The file question's path: its input's `name`, and the `path` of a finding about the file. */
export const NOTIFICATION_FILE_PATH = 'notificationFile';

/** Why a file is not a notification this review can start from (`params.problem` of `notification-file-invalid`). */
export type NotificationFileProblem =
  | FileReadProblem
  | 'not-a-notification'
  | 'draft'
  | 'other-form'
  | 'unknown-version'
  | 'checks-failed';

export type NotificationFileRead = { ok: true; envelope: NotificationCopy } | { ok: false; finding: Finding };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemMessage(problem: NotificationFileProblem): string {
  const wanted = msg('The selected file must be the copy saved when the notification was sent');
  switch (problem) {
    case 'empty':
    case 'too-large':
    case 'unreadable':
    case 'not-json':
      return fileReadMessage(problem, wanted);
    case 'not-a-notification':
      return wanted;
    case 'draft':
      return msg('The selected file holds answers saved before the notification was sent. Choose the copy saved when it was sent');
    case 'other-form':
      return msg('The selected file is an outcome review, not a notification. Choose the copy saved when the notification was sent');
    case 'unknown-version':
      return msg('The selected file was saved by a version of the notification form that this page cannot read');
    case 'checks-failed':
      return msg('The selected file has been changed since the notification was sent, or is damaged, so it cannot be used. Choose the file as it was saved, or type the answers');
  }
}

function refuse(problem: NotificationFileProblem): NotificationFileRead {
  return {
    ok: false,
    finding: {
      code: 'notification-file-invalid',
      severity: 'error',
      path: NOTIFICATION_FILE_PATH,
      message: problemMessage(problem),
      params: { problem },
    },
  };
}

/**
 * Reads a chosen file as a notification envelope of schema version 1 and checks the parts the review takes from
 * it, with the review's own schemas and the notification's rules on them (`isNotificationCopy`). No rule on those
 * parts depends on the configuration, so `_config` is not read; it stays for the caller.
 */
export async function readNotificationFile(file: Blob, _config: CheckOptions['config']): Promise<NotificationFileRead> {
  const read = await readJsonFile(file);
  if (!read.ok) return refuse(read.problem);
  const json = read.json;
  if (!isRecord(json)) return refuse('not-a-notification');
  if (json.kind === 'draft') return refuse('draft');
  if (json.form === 'offsite-direction-outcome-review') return refuse('other-form');
  if (json.form !== 'offsite-direction-notification') return refuse('not-a-notification');
  if (json.schemaVersion !== SCHEMA_VERSION) return refuse('unknown-version');
  if (!isNotificationCopy(json)) return refuse('checks-failed');
  return { ok: true, envelope: json };
}

/** The review's first, optional question. */
export function notificationFileQuestion(
  fields: FieldContext,
  options: { status: string; onFile: (file: File) => void },
): TemplateResult {
  return fileField(fields, {
    path: NOTIFICATION_FILE_PATH,
    label: msg('Start from the notification you sent (optional)'),
    hint: msg('Choose the copy saved with "Save a copy for the outcome review" when the notification was sent, named like offsite-direction-notification-2026-03-02-0E40E4D5.json. It fills in your school, the pupil, the provision and the placement dates. The file is read on this computer and is not sent anywhere.'),
    status: options.status,
    onFile: options.onFile,
  });
}
