/**
 * The building blocks both forms share: field schemas, the preparation of a raw draft, and the translation of
 * schema issues into findings worded for the field they are about.
 */
import './zod.js';
import * as z from 'zod/mini';
import { EARLIEST_YEAR, isIsoDate, isSupportedDate, LATEST_YEAR } from './dates.js';
import {
  isEmail, isLaestab, isPostcode, isUkPhone, isUrn, normaliseLaestab, normalisePostcode, normaliseUpn, validateUpn,
} from './identifiers.js';
import type { LocalAuthorityConfig } from './config.js';
import type { FieldInfo } from './fields.js';
import { fieldMessage, ruleMessage, type FindingParams } from './messages.js';
import type { Finding, Severity } from './result.js';

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 5000;
export const MAX_HOURS_PER_WEEK = 60;

const nonEmpty = () => z.minLength(1);

export const fieldSchemas = {
  shortText: () => z.string().check(z.trim(), nonEmpty(), z.maxLength(SHORT_TEXT_MAX)),
  longText: () => z.string().check(z.trim(), nonEmpty(), z.maxLength(LONG_TEXT_MAX)),
  date: () => z.iso.date().check(z.refine(isIsoDate), z.refine(isSupportedDate)),
  upn: () =>
    z.string().check(z.overwrite(normaliseUpn), nonEmpty(), z.regex(/^[A-HJ-NP-RT-Z]\d{11}[\dA-HJ-NP-RT-Z]$/),
      z.refine((upn) => validateUpn(upn).valid)),
  laestab: () => z.string().check(z.overwrite(normaliseLaestab), nonEmpty(), z.regex(/^\d{7}$/), z.refine(isLaestab)),
  urn: () => z.string().check(z.trim(), nonEmpty(), z.regex(/^\d{6}$/), z.refine(isUrn)),
  postcode: () =>
    z.string().check(z.overwrite(normalisePostcode), nonEmpty(),
      z.regex(/^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})$/), z.refine(isPostcode)),
  email: () => z.string().check(z.trim(), nonEmpty(), z.maxLength(254), z.refine(isEmail)),
  phone: () => z.string().check(z.trim(), nonEmpty(), z.maxLength(30), z.refine(isUkPhone)),
  hours: () => z.number().check(z.gte(0), z.lte(MAX_HOURS_PER_WEEK)),
  time: () => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  confirmed: () => z.literal(true),
};

export type PlainObject = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted path, or undefined. */
export function getAt(source: unknown, path: string | readonly PropertyKey[]): unknown {
  const keys = typeof path === 'string' ? path.split('.') : path;
  let current: unknown = source;
  for (const key of keys) {
    if (!isPlainObject(current)) return undefined;
    current = current[key as string];
  }
  return current;
}

/**
 * A clean copy of a raw draft: blank strings and nulls dropped (so they read as "missing"), decimal strings
 * turned into numbers on the numeric paths, and the named groups present so every missing field is reported
 * by its own path rather than once for its whole group.
 */
export function prepareDraft(input: unknown, groups: readonly string[], numericPaths: readonly string[]): PlainObject {
  const draft = isPlainObject(input) ? (clean(input) as PlainObject) : {};
  for (const group of groups) {
    const keys = group.split('.');
    let parent: PlainObject = draft;
    for (const key of keys) {
      if (parent[key] === undefined) parent[key] = {};
      const next = parent[key];
      if (!isPlainObject(next)) break;
      parent = next;
    }
  }
  for (const path of numericPaths) {
    const keys = path.split('.');
    const parent = getAt(draft, keys.slice(0, -1));
    const key = keys.at(-1) as string;
    if (isPlainObject(parent) && typeof parent[key] === 'string') {
      const text = (parent[key] as string).trim();
      if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) parent[key] = Number(text);
    }
  }
  return draft;
}

function clean(value: unknown, depth = 0): unknown {
  if (depth > 20) return undefined;
  if (Array.isArray(value)) return value.map((item) => clean(item, depth + 1));
  if (isPlainObject(value)) {
    const copy: PlainObject = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = clean(item, depth + 1);
      if (cleaned !== undefined) copy[key] = cleaned;
    }
    return copy;
  }
  if (value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** Removes the answer at a path: questions that do not apply are never submitted. */
export function dropAt(draft: PlainObject, path: string): void {
  const keys = path.split('.');
  const parent = getAt(draft, keys.slice(0, -1));
  if (isPlainObject(parent)) delete parent[keys.at(-1) as string];
}

/** What a schema check reports about one answer: all `issuesToFindings` reads. */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  maximum?: unknown;
}

const identifierCodes: Partial<Record<FieldInfo['kind'], string>> = {
  date: 'date-invalid', laestab: 'laestab-invalid', urn: 'urn-invalid', postcode: 'postcode-invalid',
  email: 'email-invalid', phone: 'phone-invalid', time: 'time-invalid', choice: 'option-invalid', confirm: 'required',
};

/**
 * Why a date string (as the three boxes make it, `year-month-day`) is not a real date, in the order the GOV.UK
 * date pattern asks: the parts left empty (`missing-day`, `missing-day-month`, …), then a year not written with
 * 4 digits (`year-digits`); `undefined` when every part is there and the date still does not exist.
 */
export function dateProblem(raw: string): string | undefined {
  const parts = /^([^-]*)-([^-]*)-([^-]*)$/.exec(raw.trim());
  if (!parts) return undefined;
  const [, year, month, day] = parts.map((part) => part.trim()) as [string, string, string, string];
  const missing = (['day', 'month', 'year'] as const).filter((name) => ({ day, month, year })[name] === '');
  if (missing.length > 0 && missing.length < 3) return `missing-${missing.join('-')}`;
  if (/^\d{1,3}$|^\d{5,}$/.test(year)) return 'year-digits';
  return undefined;
}

/** A section's input as last checked, and what its schema said: its issues (paths from the top) and its output. */
interface SectionResult {
  input: unknown;
  issues: readonly SchemaIssue[];
  output: unknown;
}

/** True when two answers are the same: the same primitives (`Object.is`), and arrays and objects alike all through. */
function sameAnswers(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key) || !sameAnswers((a as PlainObject)[key], (b as PlainObject)[key])) return false;
  }
  return true;
}

/** A copy of schema output (plain objects, arrays and primitives), so no caller shares a kept one. */
function copyOutput(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOutput);
  if (typeof value !== 'object' || value === null) return value;
  const copy: PlainObject = {};
  for (const key of Object.keys(value)) copy[key] = copyOutput((value as PlainObject)[key]);
  return copy;
}

/** How many inputs each section keeps results for (a page shows one or two forms, each re-checked per edit). */
const SECTION_RESULTS_KEPT = 4;

/**
 * `schema.safeParse(draft)` one top-level section at a time, each section's result kept for the inputs it last
 * saw (issue 13): a keystroke changes one section, so the other sections' schema checks (about half of a check's
 * time in the browser) are not run again. The sections' field checks depend on their own answers alone (no
 * `today`, no configuration), so a kept result is the one a new parse would give: the same issues in the same
 * order, and output equal to the whole schema's (test/node/section-parse.test.ts compares them). Each call gets
 * output objects of its own. It keeps the section values it is given: pass a draft of its own (`prepareDraft`
 * makes one) and do not change it afterwards.
 */
export function sectionParser<TOutput>(schema: { shape: Record<string, { safeParse(value: unknown): unknown }> }) {
  const sections = Object.entries(schema.shape);
  const kept = new Map<string, SectionResult[]>(sections.map(([name]) => [name, []]));
  const parseSection = (name: string, section: { safeParse(value: unknown): unknown }, input: unknown): SectionResult => {
    const result = section.safeParse(input) as
      | { success: true; data: unknown }
      | { success: false; error: { issues: readonly SchemaIssue[] } };
    if (result.success) return { input, issues: [], output: result.data };
    const issues = result.error.issues.map(({ code, path, origin, maximum }) => ({ code, path: [name, ...path], origin, maximum }));
    return { input, issues, output: undefined };
  };
  return (draft: PlainObject): { success: true; data: TOutput } | { success: false; issues: SchemaIssue[] } => {
    const issues: SchemaIssue[] = [];
    const data: PlainObject = {};
    for (const [name, section] of sections) {
      const input = draft[name];
      const results = kept.get(name) as SectionResult[];
      let result = results.find((known) => sameAnswers(known.input, input));
      if (!result) {
        result = parseSection(name, section, input);
        if (results.unshift(result) > SECTION_RESULTS_KEPT) results.pop();
      }
      issues.push(...result.issues);
      if (result.output !== undefined) data[name] = copyOutput(result.output);
    }
    return issues.length === 0 ? { success: true, data: data as TOutput } : { success: false, issues };
  };
}

/** One finding per field from the schema's issues, in the order the schema met them. */
export function issuesToFindings(
  issues: readonly SchemaIssue[],
  draft: PlainObject,
  fields: Readonly<Record<string, FieldInfo>>,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    const info = fields[path];
    const raw = getAt(draft, issue.path);
    let code = 'required';
    const params: FindingParams = {};
    if (raw !== undefined) {
      if (issue.code === 'too_big' && issue.origin === 'string') {
        code = 'too-long';
        params.max = Number(issue.maximum);
      } else if (info?.kind === 'date' && isIsoDate(raw)) {
        code = 'date-invalid';
        Object.assign(params, { problem: 'year-range', earliest: EARLIEST_YEAR, latest: LATEST_YEAR });
      } else if (info?.kind === 'date' && typeof raw === 'string') {
        code = 'date-invalid';
        const problem = dateProblem(raw);
        if (problem) params.problem = problem;
      } else if (info?.kind === 'upn') {
        code = 'upn-invalid';
        params.problem = validateUpn(typeof raw === 'string' ? raw : '').problem ?? 'format';
      } else if (info?.kind === 'hours') {
        if (typeof raw !== 'number') code = 'number-invalid';
        else {
          const rangeParams: FindingParams = raw === 0 ? { offsiteZero: 1 } : {};
          findings.push(finding('hours-out-of-range', 'error', path, fieldMessage('hours-out-of-range', info, rangeParams), rangeParams));
          continue;
        }
      } else if (info?.kind === 'text' || info?.kind === 'group') {
        code = typeof raw === 'string' || isPlainObject(raw) ? 'required' : 'option-invalid';
      } else {
        code = (info && identifierCodes[info.kind]) ?? 'option-invalid';
      }
    }
    findings.push(finding(code, 'error', path, fieldMessage(code, info, params), params));
  }
  return findings;
}

export function finding(code: string, severity: Severity, path: string | undefined, message: string, params?: FindingParams): Finding {
  const result: Finding = { code, severity, message };
  if (path !== undefined) result.path = path;
  if (params && Object.keys(params).length > 0) result.params = params;
  return result;
}

/** Adds rule findings with their sentence made from the params. */
export function ruleFindings(locale: string) {
  const findings: Finding[] = [];
  const add = (code: string, severity: Severity, path: string, params: FindingParams = {}) => {
    findings.push(finding(code, severity, path, ruleMessage(code, params, locale), params));
  };
  return { findings, add };
}

/** Reads a typed value from a draft only when it is well formed, so rules fire on what can be trusted. */
export const read = {
  date: (draft: PlainObject, path: string): string | undefined => {
    const value = getAt(draft, path);
    return isSupportedDate(value) ? value : undefined;
  },
  number: (draft: PlainObject, path: string): number | undefined => {
    const value = getAt(draft, path);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  },
  boolean: (draft: PlainObject, path: string): boolean | undefined => {
    const value = getAt(draft, path);
    return typeof value === 'boolean' ? value : undefined;
  },
  string: (draft: PlainObject, path: string): string | undefined => {
    const value = getAt(draft, path);
    return typeof value === 'string' ? value.trim() : undefined;
  },
  laestab: (draft: PlainObject, path: string): string | undefined => {
    const value = getAt(draft, path);
    if (typeof value !== 'string') return undefined;
    const normalised = normaliseLaestab(value);
    return isLaestab(normalised) ? normalised : undefined;
  },
};

/**
 * A home school whose DfE number carries another authority's LA code (Derby City's 831 on a form for Derbyshire,
 * 830) is probably telling the wrong local authority: a warning, so a cross-border arrangement can still be sent.
 */
export function homeSchoolInAnotherLa(
  draft: PlainObject,
  localAuthority: LocalAuthorityConfig,
  add: (code: string, severity: Severity, path: string, params?: FindingParams) => void,
): void {
  const laestab = read.laestab(draft, 'homeSchool.laestab');
  const laCode = laestab?.slice(0, 3);
  if (laCode && laCode !== localAuthority.code) {
    add('home-school-other-la', 'warning', 'homeSchool.laestab', {
      laCode, localAuthorityCode: localAuthority.code, localAuthority: localAuthority.name,
    });
  }
}
