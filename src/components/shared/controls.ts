import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { hoursText } from '../../schema/plural.js';
import {
  checkboxField,
  dateField,
  emailField,
  formSection,
  hoursField,
  radiosField,
  telField,
  textareaField,
  textField,
  timeField,
  yesNoField,
  type ChoiceOption,
  type HintContent,
  type TextFieldOptions,
} from './fields.js';
import {
  applies,
  isQuestion,
  walkAsked,
  type ControlKind,
  type FormDefinition,
  type Item,
  type Question,
  type QuestionView,
  type Section,
  type TextQuestion,
} from './questions.js';
import { dateText, yesNoText, type SummaryRow } from './summary-list.js';

/*
 * The registry of control kinds: for each kind of question, how it is drawn (with the field templates of
 * fields.ts) and how its answer reads on check your answers. A form's definition says what to ask; this says how.
 */

type QuestionOf<K extends ControlKind, V> = K extends TextQuestion<V>['kind'] ? TextQuestion<V> : Extract<Question<V>, { kind: K }>;

interface ControlKindSpec<K extends ControlKind> {
  render<V extends QuestionView>(question: QuestionOf<K, V>, view: V): TemplateResult;
  answer<V extends QuestionView>(question: QuestionOf<K, V>, view: V): SummaryRow['value'];
}

/** The hint as the field template takes it, and only when there is one (the templates tell "none" by absence). */
function hintOf<V>(question: Question<V>, view: V): { hint?: HintContent } {
  const hint = typeof question.hint === 'function' ? question.hint(view) : question.hint;
  return hint === undefined ? {} : { hint };
}

function labelSize<V>(question: Question<V>): { labelSize?: 'm' } {
  return question.labelSize ? { labelSize: question.labelSize } : {};
}

function legendSize<V>(question: Question<V>): { legendSize?: 'm' } {
  return question.labelSize ? { legendSize: question.labelSize } : {};
}

/** An answer as text: what will be sent (trimmed), or nothing. */
function textAnswer(view: QuestionView, path: string): string | undefined {
  const value = view.shown(path);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The items under a chosen option, as the template a conditional reveal draws. */
function followUps<V extends QuestionView>(items: readonly Item<V>[] | undefined, view: V): (() => TemplateResult) | undefined {
  return items?.length ? () => renderItems(items, view) : undefined;
}

function textOptions<V>(question: QuestionOf<'text' | 'email' | 'tel', V>, view: V): TextFieldOptions {
  const options: TextFieldOptions = { path: question.path, label: question.label, ...hintOf(question, view), ...labelSize(question) };
  if (question.width !== undefined) options.width = question.width;
  if (question.autocomplete !== undefined) options.autocomplete = question.autocomplete;
  if (question.spellcheck !== undefined) options.spellcheck = question.spellcheck;
  if (question.inputmode !== undefined) options.inputmode = question.inputmode;
  return options;
}

const textKind: ControlKindSpec<'text'> = {
  render: (question, view) => textField(view.fields, textOptions(question, view)),
  answer: (question, view) => textAnswer(view, question.path),
};

const kinds: { [K in ControlKind]: ControlKindSpec<K> } = {
  text: textKind,
  email: {
    render: (question, view) => emailField(view.fields, textOptions(question, view)),
    answer: (question, view) => textAnswer(view, question.path),
  },
  tel: {
    render: (question, view) => telField(view.fields, textOptions(question, view)),
    answer: (question, view) => textAnswer(view, question.path),
  },
  hours: {
    render: (question, view) =>
      hoursField(view.fields, { path: question.path, label: question.label, ...hintOf(question, view), ...labelSize(question) }),
    answer: (question, view) => {
      const value = view.shown(question.path);
      return typeof value === 'number' ? hoursText(value, view.locale) : textAnswer(view, question.path);
    },
  },
  textarea: {
    render: (question, view) =>
      textareaField(view.fields, { path: question.path, label: question.label, ...hintOf(question, view), ...labelSize(question) }),
    answer: (question, view) => textAnswer(view, question.path),
  },
  date: {
    render: (question, view) =>
      dateField(view.fields, {
        path: question.path,
        legend: question.label,
        ...hintOf(question, view),
        ...legendSize(question),
        ...(question.autocomplete ? { autocomplete: question.autocomplete } : {}),
      }),
    answer: (question, view) => {
      const weekday = question.summary === false ? true : (question.summary.weekday ?? true);
      return dateText(view.shown(question.path), view.locale, weekday);
    },
  },
  time: {
    render: (question, view) =>
      timeField(view.fields, { path: question.path, label: question.label, ...hintOf(question, view), ...labelSize(question) }),
    answer: (question, view) => textAnswer(view, question.path),
  },
  radios: {
    render: (question, view) =>
      radiosField(view.fields, {
        path: question.path,
        legend: question.label,
        ...hintOf(question, view),
        ...legendSize(question),
        ...(question.inline ? { inline: true } : {}),
        options: question.options.map((choice) => {
          const option: ChoiceOption = { value: choice.value, label: choice.label };
          if (choice.hint) option.hint = choice.hint;
          const conditional = followUps(choice.followUps, view);
          if (conditional) option.conditional = conditional;
          return option;
        }),
      }),
    answer: (question, view) => {
      const value = view.value(question.path);
      return question.options.find((option) => option.value === value)?.label ?? textAnswer(view, question.path);
    },
  },
  'yes-no': {
    render: (question, view) => {
      const yes = followUps(question.yes, view);
      const no = followUps(question.no, view);
      return yesNoField(view.fields, {
        path: question.path,
        legend: question.label,
        ...hintOf(question, view),
        ...legendSize(question),
        ...(yes ? { yesConditional: yes } : {}),
        ...(no ? { noConditional: no } : {}),
      });
    },
    answer: (question, view) => yesNoText(view.value(question.path)),
  },
  checkbox: {
    render: (question, view) => {
      const hint = hintOf(question, view).hint;
      return checkboxField(view.fields, {
        path: question.path,
        label: question.label,
        ...(typeof hint === 'string' ? { hint } : {}),
      });
    },
    answer: (question, view) => (view.value(question.path) === true ? msg('Confirmed') : undefined),
  },
};

function spec<V>(question: Question<V>): ControlKindSpec<ControlKind> {
  return kinds[question.kind] as ControlKindSpec<ControlKind>;
}

/** One question, drawn by its control kind. */
export function renderQuestion<V extends QuestionView>(question: Question<V>, view: V): TemplateResult {
  return spec(question).render(question as never, view);
}

/**
 * Draws one item of a section, given how to draw it: the element passes one that keeps an item's DOM while
 * nothing it shows has changed (section-memo.ts).
 */
export type ItemDrawer<V> = (item: Item<V>, view: V, draw: (view: V) => TemplateResult | typeof nothing) => unknown;

function drawItem<V extends QuestionView>(item: Item<V>, view: V): TemplateResult | typeof nothing {
  if (!applies(item, view) || item.kind === 'derived') return nothing;
  return item.kind === 'content' ? item.render(view) : renderQuestion(item, view);
}

/** Items in page order: questions, words and notices; rows of check your answers only are not drawn. */
export function renderItems<V extends QuestionView>(items: readonly Item<V>[], view: V, drawer?: ItemDrawer<V>): TemplateResult {
  return html`${items.map((item) => (drawer ? drawer(item, view, (seen) => drawItem(item, seen)) : drawItem(item, view)))}`;
}

/**
 * A section as a titled group of its questions; without its heading when `titled` is false (a page whose heading
 * is the section's) or the section has none.
 */
export function renderSection<V extends QuestionView>(
  section: Section<V>,
  view: V,
  titled = true,
  drawer?: ItemDrawer<V>,
): TemplateResult | typeof nothing {
  if (!applies(section, view)) return nothing;
  const items = renderItems(section.items, view, drawer);
  return titled && section.heading ? formSection(section.heading, items) : items;
}

/**
 * Check your answers, from the definition: a row for each question asked now, in page order under its section's
 * heading, with a Change link to the question; a row for what the rules worked out where the definition puts one.
 */
export function summaryRows<V extends QuestionView>(definition: FormDefinition<V>, view: V): SummaryRow[] {
  const rows: SummaryRow[] = [];
  walkAsked(definition.sections, view, (item, section) => {
    if (item.kind === 'derived') {
      const value = item.value(view);
      if (value !== undefined) rows.push({ section: section.heading, key: item.key, value });
      return;
    }
    if (!isQuestion(item) || item.summary === false) return;
    const value = item.summary.value ? item.summary.value(view) : spec(item).answer(item as never, view);
    const row: SummaryRow = { section: section.heading, key: item.summary.key, value, path: item.path };
    const tag = value !== undefined ? definition.tag?.(item.path, view) : undefined;
    if (tag) row.tag = tag;
    rows.push(row);
  });
  return rows;
}

