import type { nothing, TemplateResult } from 'lit';
import type { FieldKind } from '../../schema/fields.js';
import { fieldMessage } from '../../schema/messages.js';
import type { Finding } from '../../schema/result.js';
import type { FieldContext, HintContent, TextFieldOptions } from './fields.js';
import type { SummaryRow } from './summary-list.js';

/*
 * A form as data: sections of questions, each question defined once, with everything the form, check your answers
 * and the error summary need. The control kinds that draw and show each kind of question are in controls.ts; the
 * rules that decide whether an answer is right stay in `../../schema` (the same code a Node backend runs), which
 * also names each answer in its messages.
 *
 * A definition is made by a function called once per locale, so every text in it is already in that locale
 * (`msg()` runs when the definition is made). What depends on the answers is a function of the form's view.
 */

/** What a definition's functions read. A form extends it with what its own questions need. */
export interface QuestionView {
  /** Reads and writes the element's draft; the field templates take it. */
  readonly fields: FieldContext;
  /** The answer at a dotted path, as the draft holds it. */
  value(path: string): unknown;
  /** The answer as it will be sent once the answers pass the check (trimmed, normalised), else as the draft holds it. */
  shown(path: string): unknown;
  readonly locale: string;
}

/** What check your answers shows for a question. */
export interface SummarySpec<V> {
  /** The short name of the answer: "Date of birth". */
  key: string;
  /** The answer as shown; by default the control kind formats it (controls.ts). */
  value?: (view: V) => SummaryRow['value'];
  /** A date shown with its weekday (default) or without (a date of birth). */
  weekday?: boolean;
}

interface QuestionBase<V> {
  /** Dotted path in the data: the control's name, its id (`f-` and dashes) and the target of its Change link. */
  path: string;
  /** The label, or the legend of a fieldset (dates, radios, yes/no). */
  label: string;
  /** `m`: a medium bold label, for a page with one question. */
  labelSize?: 'm';
  hint?: HintContent | ((view: V) => HintContent);
  /** Asked only while this is true. Follow-up questions are asked only while their option is chosen, too. */
  when?: (view: V) => boolean;
  /** Its row on check your answers, or `false` for none (an answer another row shows, like an address line). */
  summary: SummarySpec<V> | false;
  /** A question the person may leave out. Only {@link requiredFindings} reads it; the schema decides for the forms. */
  optional?: boolean;
  /** The answer named inside a sentence ("the pet's name"); only {@link requiredFindings} reads it. */
  noun?: string;
}

export interface TextQuestion<V> extends QuestionBase<V> {
  kind: 'text' | 'email' | 'tel' | 'hours';
  width?: TextFieldOptions['width'];
  autocomplete?: string;
  spellcheck?: boolean;
  inputmode?: TextFieldOptions['inputmode'];
}

export interface TextareaQuestion<V> extends QuestionBase<V> {
  kind: 'textarea';
}

export interface DateQuestion<V> extends QuestionBase<V> {
  kind: 'date';
  autocomplete?: 'bday';
}

export interface TimeQuestion<V> extends QuestionBase<V> {
  kind: 'time';
}

export interface Choice<V> {
  value: string;
  label: string;
  hint?: string;
  /** Asked under this option while it is chosen. */
  followUps?: readonly Item<V>[];
}

export interface RadiosQuestion<V> extends QuestionBase<V> {
  kind: 'radios';
  options: readonly Choice<V>[];
  inline?: boolean;
}

export interface YesNoQuestion<V> extends QuestionBase<V> {
  kind: 'yes-no';
  /** Asked under "Yes" while it is chosen. */
  yes?: readonly Item<V>[];
  /** Asked under "No" while it is chosen. */
  no?: readonly Item<V>[];
}

export interface CheckboxQuestion<V> extends QuestionBase<V> {
  kind: 'checkbox';
}

export type Question<V> =
  | TextQuestion<V>
  | TextareaQuestion<V>
  | DateQuestion<V>
  | TimeQuestion<V>
  | RadiosQuestion<V>
  | YesNoQuestion<V>
  | CheckboxQuestion<V>;

export type ControlKind = Question<unknown>['kind'];

/** Words, a notice or a sub-heading between questions; not an answer. */
export interface ContentItem<V> {
  kind: 'content';
  render: (view: V) => TemplateResult | typeof nothing;
  when?: (view: V) => boolean;
}

/** A row on check your answers that no question asks: what the rules worked out (the total hours, say). */
export interface DerivedRow<V> {
  kind: 'derived';
  key: string;
  /** `undefined` leaves the row out. */
  value: (view: V) => SummaryRow['value'];
  when?: (view: V) => boolean;
}

export type Item<V> = Question<V> | ContentItem<V> | DerivedRow<V>;

export interface Section<V> {
  /** Stable name of the section, for a form's own hooks and a page's place in a draft. */
  id: string;
  heading: string;
  items: readonly Item<V>[];
  when?: (view: V) => boolean;
}

export interface FormDefinition<V> {
  sections: readonly Section<V>[];
  /** A tag under an answer on check your answers ("From the notification"), if any. */
  tag?: (path: string, view: V) => string | undefined;
}

export function isQuestion<V>(item: Item<V>): item is Question<V> {
  return item.kind !== 'content' && item.kind !== 'derived';
}

/** The items under the option a question's answer has chosen, which are asked while it stays chosen. */
export function chosenFollowUps<V extends QuestionView>(question: Question<V>, view: V): readonly Item<V>[] {
  const value = view.value(question.path);
  if (question.kind === 'radios') return question.options.find((option) => option.value === value)?.followUps ?? [];
  if (question.kind === 'yes-no') return (value === true ? question.yes : value === false ? question.no : undefined) ?? [];
  return [];
}

/** Whether an item is asked (or shown) now. */
export function applies<V>(item: { when?: (view: V) => boolean }, view: V): boolean {
  return !item.when || item.when(view);
}

/**
 * Every item asked now, in page order: each in a section that applies, whose own condition holds, and, for a
 * follow-up, whose option is chosen. Calls `visit` with the item and its section.
 */
export function walkAsked<V extends QuestionView>(
  sections: readonly Section<V>[],
  view: V,
  visit: (item: Item<V>, section: Section<V>) => void,
): void {
  const walk = (items: readonly Item<V>[], section: Section<V>) => {
    for (const item of items) {
      if (!applies(item, view)) continue;
      visit(item, section);
      if (isQuestion(item)) walk(chosenFollowUps(item, view), section);
    }
  };
  for (const section of sections) if (applies(section, view)) walk(section.items, section);
}

/** The sections asked now. */
export function askedSections<V extends QuestionView>(definition: FormDefinition<V>, view: V): Section<V>[] {
  return definition.sections.filter((section) => applies(section, view));
}

/** The paths of the questions a section asks now, in page order. */
export function askedPaths<V extends QuestionView>(section: Section<V>, view: V): string[] {
  const paths: string[] = [];
  walkAsked([section], view, (item) => {
    if (isQuestion(item)) paths.push(item.path);
  });
  return paths;
}

/** The kind of sentence a missing answer of each control kind gets. */
const ANSWER_KINDS: Record<ControlKind, FieldKind> = {
  text: 'text',
  email: 'email',
  tel: 'phone',
  hours: 'hours',
  textarea: 'text',
  date: 'date',
  time: 'time',
  radios: 'choice',
  'yes-no': 'choice',
  checkbox: 'confirm',
};

/**
 * A `required` error for each question asked now and left unanswered (a checkbox: left unticked), unless it is
 * optional, worded from its noun ("Enter the pet's name"). For a form defined only as data; the two forms' own
 * rules are in the schema.
 */
export function requiredFindings<V extends QuestionView>(definition: FormDefinition<V>, view: V): Finding[] {
  const findings: Finding[] = [];
  walkAsked(definition.sections, view, (item) => {
    if (!isQuestion(item) || item.optional) return;
    const value = view.value(item.path);
    const missing = item.kind === 'checkbox' ? value !== true : value === undefined;
    if (!missing) return;
    const noun = item.noun ?? item.label;
    findings.push({
      code: 'required',
      severity: 'error',
      path: item.path,
      message: fieldMessage('required', { kind: ANSWER_KINDS[item.kind], noun: () => noun }, {}),
    });
  });
  return findings;
}

/**
 * The view every form's questions read: the answers, and each answer as it will be sent once the check passes
 * (its `data`), else as the draft holds it.
 */
export function baseView(
  fields: FieldContext,
  result: { ok: boolean; data?: unknown },
  locale: string,
): QuestionView {
  return {
    fields,
    value: (path) => fields.value(path),
    shown: (path) => {
      if (result.ok && result.data) {
        let node: unknown = result.data;
        for (const key of path.split('.')) {
          node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
        }
        if (node !== undefined) return node;
      }
      return fields.value(path);
    },
    locale,
  };
}

/** A form's definition, made once per locale (its texts are in that locale) and made again when the locale changes. */
export class DefinitionPerLocale<V> {
  private made: { locale: string; definition: FormDefinition<V> } | undefined;

  constructor(private readonly make: () => FormDefinition<V>) {}

  get(locale: string): FormDefinition<V> {
    if (this.made?.locale !== locale) this.made = { locale, definition: this.make() };
    return this.made.definition;
  }
}
