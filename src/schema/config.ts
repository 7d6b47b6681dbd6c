import { msg, str } from '@lit/localize';
import { createSchoolCalendar, type SchoolCalendar, type SchoolCalendarData, type TermSpan } from './calendar.js';
import { derbyshireTermDates, englandAndWalesBankHolidays } from './calendar-data.js';
import { isIsoDate } from './dates.js';
import { isEmail } from './identifiers.js';

export interface LocalAuthorityConfig {
  name: string;
  /** The 3-digit DfE local authority code. */
  code: string;
  contactEmail?: string;
  /** Where schools find the LA's part-time timetable notification form. */
  partTimeTimetableFormUrl?: string;
  guidanceUrl?: string;
}

export interface FormsConfig {
  localAuthority: LocalAuthorityConfig;
  /** Total weekly hours below this trigger the part-time timetable notification. */
  partTimeThresholdHours: number;
  /** School days' notice the law asks for before the first day off site. */
  noticeSchoolDays: number;
  calendar: SchoolCalendarData;
  /** Replacement wording for individual texts, keyed by text id (see the README). */
  texts?: Readonly<Record<string, string>>;
}

export interface FormsConfigInput {
  localAuthority?: Partial<LocalAuthorityConfig>;
  partTimeThresholdHours?: number;
  noticeSchoolDays?: number;
  calendar?: Partial<SchoolCalendarData>;
  texts?: Record<string, string>;
}

/** A setting that could not be used; the default stands in its place. */
export interface ConfigProblem {
  setting: string;
  message: string;
}

export interface ResolvedConfig {
  config: FormsConfig;
  calendar: SchoolCalendar;
  problems: readonly ConfigProblem[];
}

export const defaultConfig: FormsConfig = Object.freeze({
  localAuthority: Object.freeze({ name: 'Derbyshire County Council', code: '830' }),
  partTimeThresholdHours: 25,
  noticeSchoolDays: 2,
  calendar: Object.freeze({ bankHolidays: englandAndWalesBankHolidays, terms: derbyshireTermDates, closures: [] }),
  texts: Object.freeze({}),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isUrl = (value: unknown) => typeof value === 'string' && /^(https?:\/\/|\/)\S*$/.test(value);
const isTerm = (value: unknown): value is TermSpan =>
  isRecord(value) && isIsoDate(value.start) && isIsoDate(value.end) && value.start <= value.end;

/** Setting names are code, so each sentence takes the name as a value a translation keeps as it is. */
const unknownSetting = (setting: string) => msg(str`"${setting}" is not a setting this form knows; it is ignored.`);

const cache = new WeakMap<object, ResolvedConfig>();
let defaultResolved: ResolvedConfig | undefined;

/**
 * Merges a host's partial configuration over the defaults. A setting that is malformed is reported and the
 * default used instead, so a typo in one setting never leaves the school with a blank form.
 */
export function resolveConfig(input?: unknown): ResolvedConfig {
  if (input === undefined || input === null) {
    defaultResolved ??= {
      config: defaultConfig,
      calendar: createSchoolCalendar(defaultConfig.calendar),
      problems: [],
    };
    return defaultResolved;
  }
  if (typeof input === 'object') {
    const cached = cache.get(input);
    if (cached) return cached;
  }
  let resolved: ResolvedConfig;
  try {
    resolved = resolveUncached(input);
  } catch {
    // A setting that throws when read (a broken getter, a revoked proxy) must not leave the school a blank form.
    resolved = {
      config: defaultConfig,
      calendar: createSchoolCalendar(defaultConfig.calendar),
      problems: [{ setting: 'config', message: msg('The configuration could not be read; the default settings are used.') }],
    };
  }
  if (typeof input === 'object') cache.set(input, resolved);
  return resolved;
}

function resolveUncached(input: unknown): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const problem = (setting: string, message: string) => problems.push({ setting, message });
  if (!isRecord(input)) {
    problem('config', msg('The configuration must be an object; the default settings are used.'));
    return { config: defaultConfig, calendar: createSchoolCalendar(defaultConfig.calendar), problems };
  }
  const known = ['localAuthority', 'partTimeThresholdHours', 'noticeSchoolDays', 'calendar', 'texts'];
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) problem(key, unknownSetting(key));
  }

  const localAuthority: LocalAuthorityConfig = { ...defaultConfig.localAuthority };
  if (input.localAuthority !== undefined) {
    if (!isRecord(input.localAuthority)) {
      const setting = 'localAuthority';
      problem(setting, msg(str`"${setting}" must be an object; the default authority is used.`));
    } else {
      const la = input.localAuthority;
      if (la.name !== undefined) {
        if (typeof la.name === 'string' && la.name.trim()) localAuthority.name = la.name.trim();
        else problem('localAuthority.name', msg(str`"${'localAuthority.name'}" must be the authority's name.`));
      }
      if (la.code !== undefined) {
        if (typeof la.code === 'string' && /^\d{3}$/.test(la.code)) localAuthority.code = la.code;
        else problem('localAuthority.code', msg(str`"${'localAuthority.code'}" must be the 3-digit DfE code, like "830".`));
      }
      if (la.contactEmail !== undefined) {
        if (typeof la.contactEmail === 'string' && isEmail(la.contactEmail)) localAuthority.contactEmail = la.contactEmail;
        else problem('localAuthority.contactEmail', msg(str`"${'localAuthority.contactEmail'}" must be an email address.`));
      }
      for (const key of ['partTimeTimetableFormUrl', 'guidanceUrl'] as const) {
        if (la[key] === undefined) continue;
        if (isUrl(la[key])) localAuthority[key] = la[key] as string;
        else {
          const setting = `localAuthority.${key}`;
          problem(setting, msg(str`"${setting}" must be a web address starting https://.`));
        }
      }
      for (const key of Object.keys(la)) {
        if (!['name', 'code', 'contactEmail', 'partTimeTimetableFormUrl', 'guidanceUrl'].includes(key)) {
          problem(`localAuthority.${key}`, unknownSetting(`localAuthority.${key}`));
        }
      }
    }
  }

  const number = (key: 'partTimeThresholdHours' | 'noticeSchoolDays', max: number, integer: boolean) => {
    const value = input[key];
    if (value === undefined) return defaultConfig[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max && (!integer || Number.isInteger(value))) {
      return value;
    }
    problem(key, msg(str`"${key}" must be a number from 0 to ${max}; the default of ${defaultConfig[key]} is used.`));
    return defaultConfig[key];
  };
  const partTimeThresholdHours = number('partTimeThresholdHours', 60, false);
  const noticeSchoolDays = number('noticeSchoolDays', 30, true);

  const calendar: { -readonly [K in keyof SchoolCalendarData]: SchoolCalendarData[K] } = { ...defaultConfig.calendar };
  if (input.calendar !== undefined) {
    if (!isRecord(input.calendar)) {
      const setting = 'calendar';
      problem(setting, msg(str`"${setting}" must be an object; the default calendar is used.`));
    } else {
      const given = input.calendar;
      for (const key of ['bankHolidays', 'closures'] as const) {
        if (given[key] === undefined) continue;
        if (Array.isArray(given[key]) && given[key].every(isIsoDate)) calendar[key] = [...given[key]];
        else {
          const setting = `calendar.${key}`;
          problem(setting, msg(str`"${setting}" must be a list of dates written YYYY-MM-DD; the default is used.`));
        }
      }
      if (given.terms !== undefined) {
        if (Array.isArray(given.terms) && given.terms.every(isTerm)) {
          calendar.terms = given.terms.map(({ start, end }) => ({ start, end }));
        } else {
          const setting = 'calendar.terms';
          problem(setting, msg(str`"${setting}" must be a list of { start, end } dates written YYYY-MM-DD, each ending on or after its start; the default term dates are used.`));
        }
      }
      for (const key of Object.keys(given)) {
        if (!['bankHolidays', 'terms', 'closures'].includes(key)) {
          problem(`calendar.${key}`, unknownSetting(`calendar.${key}`));
        }
      }
    }
  }

  let texts = defaultConfig.texts;
  if (input.texts !== undefined) {
    if (isRecord(input.texts) && Object.values(input.texts).every((text) => typeof text === 'string')) {
      texts = Object.freeze({ ...(input.texts as Record<string, string>) });
    } else {
      const setting = 'texts';
      problem(setting, msg(str`"${setting}" must map text ids to replacement wording; it is ignored.`));
    }
  }

  const config: FormsConfig = { localAuthority, partTimeThresholdHours, noticeSchoolDays, calendar, texts };
  return { config, calendar: createSchoolCalendar(calendar), problems };
}
