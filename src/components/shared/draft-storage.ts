import type { DateParts, Draft } from './paths.js';

/** Which web storage keeps an unsent draft. */
export type DraftStorageKind = 'session' | 'local';

/** What is kept of an unsent draft: enough to show every box exactly as typed and to retry with the same id. */
export interface SavedDraft {
  form: string;
  submissionId: string;
  value: Draft;
  rawTexts: Record<string, string>;
  rawDates: Record<string, DateParts>;
  savedAt: string;
  /** Set once these answers were handed over under `submissionId`: the JSON of the data sent. */
  attempt?: { id: string; data: string };
  /** With `layout="pages"`: the section whose page showed, to come back to. */
  page?: string;
}

const RECORD_VERSION = 1;
const warned = new Set<string>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDateParts(value: unknown): value is DateParts {
  return isRecord(value) && ['day', 'month', 'year'].every((part) => typeof value[part] === 'string');
}

/** Web storage can be missing, disabled (a SecurityError on access) or full; none of that may break the form. */
function warnOnce(what: string, error: unknown): void {
  if (warned.has(what)) return;
  warned.add(what);
  console.warn(`offsite-direction-forms: could not ${what} the unsent draft; the form works without it.`, error);
}

function storageArea(kind: DraftStorageKind): Storage | undefined {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch (error) {
    warnOnce('use web storage for', error);
    return undefined;
  }
}

/** Reads the draft kept under `key` for `form`; anything malformed, or another form's draft, counts as none. */
export function readDraft(kind: DraftStorageKind, key: string, form: string): SavedDraft | undefined {
  let text: string | null = null;
  try {
    text = storageArea(kind)?.getItem(key) ?? null;
  } catch (error) {
    warnOnce('read', error);
  }
  if (text === null) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(record) || record.version !== RECORD_VERSION || record.form !== form) return undefined;
  const { submissionId, value, rawTexts, rawDates, savedAt, attempt, page } = record;
  if (typeof submissionId !== 'string' || !isRecord(value)) return undefined;
  const texts = Object.entries(isRecord(rawTexts) ? rawTexts : {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  const dates = Object.entries(isRecord(rawDates) ? rawDates : {}).filter((entry): entry is [string, DateParts] =>
    isDateParts(entry[1]),
  );
  const saved: SavedDraft = {
    form,
    submissionId,
    value,
    rawTexts: Object.fromEntries(texts),
    rawDates: Object.fromEntries(dates),
    savedAt: typeof savedAt === 'string' ? savedAt : '',
  };
  if (isRecord(attempt) && attempt.id === submissionId && typeof attempt.data === 'string') {
    saved.attempt = { id: attempt.id, data: attempt.data };
  }
  if (typeof page === 'string') saved.page = page;
  return saved;
}

/** Keeps the draft under `key`. Returns false (after one console warning) when storage refused it. */
export function writeDraft(kind: DraftStorageKind, key: string, draft: SavedDraft): boolean {
  try {
    const area = storageArea(kind);
    if (!area) return false;
    area.setItem(key, JSON.stringify({ version: RECORD_VERSION, ...draft }));
    return true;
  } catch (error) {
    warnOnce('save', error);
    return false;
  }
}

/** Forgets the draft under `key`. */
export function removeDraft(kind: DraftStorageKind, key: string): void {
  try {
    storageArea(kind)?.removeItem(key);
  } catch (error) {
    warnOnce('remove', error);
  }
}
