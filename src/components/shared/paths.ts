/**
 * Pure helpers for the draft: reading and writing dotted paths immutably, element ids made from paths, and the
 * conversions between what a user types and the draft's data shapes. No DOM, no Lit.
 */

/** A draft: nested plain objects whose leaves are strings, numbers and booleans. */
export type Draft = Record<string, unknown>;

/** The three boxes of a GOV.UK date input exactly as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path, or `undefined` when any step is missing. */
export function getAt(draft: unknown, path: string): unknown {
  let node: unknown = draft;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * A copy of `draft` with `value` at `path`; `undefined` removes the key, and objects left empty by the removal
 * are removed too, so a cleared answer reads as missing (the rules core then reports `required`).
 * Only the objects along the path are copied.
 */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const next: Draft = { ...draft };
  if (rest.length === 0) {
    if (value === undefined) delete next[head];
    else next[head] = value;
    return next;
  }
  const child = isPlainObject(draft[head]) ? (draft[head] as Draft) : {};
  const updated = setAt(child, rest.join('.'), value);
  if (Object.keys(updated).length === 0) delete next[head];
  else next[head] = updated;
  return next;
}

/** A deep copy of plain data, so the host can never mutate our draft through a reference it holds. */
export function cloneDraft<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneDraft(item) as unknown) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = cloneDraft(item);
    return copy as T;
  }
  return value;
}

/** The element id for a control: `pupil.upn` → `f-pupil-upn`; a date part adds `-day`, `-month` or `-year`. */
export function fieldId(path: string, part?: DatePart): string {
  const base = `f-${path.replace(/\./g, '-')}`;
  return part ? `${base}-${part}` : base;
}

/** True when `path` is `prefix` itself or lies inside it (`timetable` contains `timetable.sessions.start`). */
export function pathWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

function padPart(part: string): string {
  return /^\d$/.test(part) ? `0${part}` : part;
}

/**
 * Composes the three boxes into the draft's date string. A real date comes out as `YYYY-MM-DD`; anything else
 * stays as typed between the dashes (`31`/`2`/`2026` → `2026-02-31`, ``/`2`/`2026` → `2026-02-`) for the rules
 * core to report. All three empty → `undefined` (the answer is missing).
 */
export function composeDate(parts: DateParts): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return undefined;
  return `${year}-${padPart(month)}-${padPart(day)}`;
}

/** The boxes to show for a date string from the draft (a prefill, or one made by {@link composeDate}). */
export function splitDate(value: unknown): DateParts {
  if (typeof value !== 'string' || value === '') return { day: '', month: '', year: '' };
  const match = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  if (!match) return { day: '', month: '', year: value };
  const unpad = (part: string) => (/^0\d$/.test(part) ? part.slice(1) : part);
  return { year: match[1]!, month: unpad(match[2]!), day: unpad(match[3]!) };
}

/** Hours as typed: a number when the text is a plain decimal, otherwise the text itself (the rules core reports it). */
export function parseHours(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // "-0" is 0: a negative zero would not survive a copy of the draft (JSON writes it as 0).
  if (/^-?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return Number(trimmed) + 0;
  return text;
}

/** Text as typed; blank text is a missing answer. */
export function parseText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** The browser's local date as `YYYY-MM-DD` (never `toISOString`, which gives the UTC date). */
export function localToday(now: Date = new Date()): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** A version 4 UUID; falls back to `getRandomValues` where `randomUUID` is missing (pages served over http). */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
