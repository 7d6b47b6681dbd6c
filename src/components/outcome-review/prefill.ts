/*
 * Pure helpers for prefilling a draft from a notification and telling, later, which answers still hold what the
 * notification said. No DOM, no Lit.
 */
import type { Draft } from '../shared/paths.js';

function isPlainObject(value: unknown): value is Draft {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base` with every answer of `overlay` written over it; answers only `base` holds are kept. */
export function mergeDraft(base: Draft, overlay: Draft): Draft {
  const merged: Draft = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (value === undefined) continue;
    merged[key] = isPlainObject(value) && isPlainObject(base[key]) ? mergeDraft(base[key], value) : value;
  }
  return merged;
}

/** The dotted path of every answer (leaf) in a draft. */
export function answerPaths(draft: Draft, prefix = ''): string[] {
  return Object.entries(draft).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value === undefined) return [];
    return isPlainObject(value) ? answerPaths(value, path) : [path];
  });
}

/** A copy without the keys whose value is `undefined` (what JSON would drop). */
export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
