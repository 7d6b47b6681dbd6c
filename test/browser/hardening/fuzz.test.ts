/**
 * Break it on purpose: random and hostile text typed into every text box of both forms, random day/month/year
 * triples typed into every date. Whatever goes in, the element must not throw, must keep exactly what was typed,
 * must say clearly what is wrong (inline and in the summary, in words, never a code), must show on check your
 * answers exactly what it will send, and must only ever send an envelope the rules core accepts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkEnvelope,
  checkNotification,
  checkOutcomeReview,
  findingCodes,
  isIsoDate,
  notificationFields,
  outcomeReviewFields,
  type CheckResult,
  type FieldInfo,
  type Finding,
} from '../../../src/schema/index.js';
import { getAt, parseHours, type Draft } from '../../../src/components/shared/paths.js';
import {
  exampleToday,
  extensionReview,
  maintainedWithEhcp,
  managedMoveReview,
  returnReview,
  reviewToday,
} from '../../fixtures/examples.js';
import {
  collectSubmits,
  control,
  datePaths,
  enter,
  enterDate,
  find,
  heading,
  inlineError,
  mount,
  press,
  root,
  shownAnswer,
  summaryEntries,
  textBoxNames,
  textOf,
  watchForFailures,
  type AnyForm,
  type FormTag,
  type TypedDate,
} from './helpers.js';

// ---------------------------------------------------------------------------------------------------------------
// What gets typed

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** 10 000 characters of markup, right-to-left text and an emoji, as one paste. */
const TEN_THOUSAND = '<img src=x onerror=alert(1)> שלום مرحبا 🙂 '.repeat(400).slice(0, 10_000);

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '${alert(1)} {{7*7}} <!-- -->',
  '👩‍👩‍👧‍👦 🏴󠁧󠁢󠁥󠁮󠁧󠁿 🙂',
  'שלום עולם',
  'مدرسة الوادي',
  '\u202Egnp.exe\u202C',
  // Characters WebDriver and X11 use as key codes (Backspace, F6, a dead grave, Multi_key): typed as text.
  'a\uE003b\uE036c \uFE50\uFF20',
  'Zoë Ångström-Ñúñez',
  "O'Brien & Sons",
  '  padded  ',
  '   ',
  '\u200B',
  'null',
  'undefined',
  '-0',
  '+5',
  '.5',
  '1e3',
  'NaN',
  '61',
  ' q830200024001 ',
  '830/4001',
  'de4 3ag',
  'a@b.co',
  '01629 533190',
  TEN_THOUSAND,
);

/** Control characters, as pasted from a word processor or a terminal. */
const controlText = fc.string({
  unit: fc.oneof(fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)), fc.constantFrom('a', ' ', 'é')),
  minLength: 1,
  maxLength: 12,
});

const anyText = fc.oneof(
  { weight: 4, arbitrary: hostile },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 1, arbitrary: controlText },
);

const datePart = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max }).map(String) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max }).map((n) => String(n).padStart(2, '0')) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '0', '00', '-1', '1.5', 'x', '٣', '２', '1e1', ` 7 `) },
  );

const typedDate: fc.Arbitrary<TypedDate> = fc.record({
  day: datePart(32),
  month: datePart(13),
  year: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1990, max: 2040 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('', '26', '202', '0202', '0050', '0000', '20266', 'year', '2028', ' 2026 ') },
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// The oracle: what the rules core says about a draft, worked out without the element

interface FormUnderTest {
  tag: FormTag;
  today: string;
  bases: readonly Draft[];
  fields: Readonly<Record<string, FieldInfo>>;
  check(value: unknown, today: string): CheckResult<unknown, unknown>;
}

const forms: FormUnderTest[] = [
  {
    tag: 'offsite-direction-notification',
    today: exampleToday,
    bases: [maintainedWithEhcp as Draft],
    fields: notificationFields,
    check: (value, today) => checkNotification(value, { today }),
  },
  {
    tag: 'offsite-direction-outcome-review',
    today: reviewToday,
    bases: [extensionReview as Draft, returnReview as Draft, managedMoveReview as Draft],
    fields: outcomeReviewFields,
    check: (value, today) => checkOutcomeReview(value, { today }),
  },
];

/** The ISO date three boxes make, when they make a real one. */
function realDate({ day, month, year }: TypedDate): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const knownCodes = new Set<string>(findingCodes.map((entry) => entry.code));

/** A message a person can act on: a sentence, not a code, not a library's default, no leaked values. */
function expectClearMessage(message: string, where: string): void {
  expect(message, `${where}: empty`).to.not.equal('');
  const looksLikeCode = knownCodes.has(message) || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(message);
  expect(looksLikeCode, `${where}: "${message}" is a code`).to.equal(false);
  expect(message, where).to.match(/^[A-Z0-9]/);
  expect(message, where).to.not.match(/Invalid input|undefined|NaN|\[object|Expected /);
}

// ---------------------------------------------------------------------------------------------------------------
// One run: edits through the page, then Continue, then (when allowed) Submit

type Edit = { kind: 'text'; name: string; text: string } | { kind: 'date'; path: string; date: TypedDate };

interface Outcome {
  submitted: boolean;
}

async function applyEdits(el: AnyForm, edits: readonly Edit[]): Promise<Map<string, string>> {
  const typed = new Map<string, string>();
  for (const edit of edits) {
    if (edit.kind === 'text') {
      const how = await enter(el, edit.name, edit.text);
      const box = control<HTMLInputElement | HTMLTextAreaElement>(el, edit.name);
      if (how === 'typed' && box.type !== 'email') {
        // Nothing the user typed was dropped or changed by a re-render under the cursor.
        expect(box.value, `${edit.name} after typing`).to.equal(edit.text);
      }
      typed.set(edit.name, box.value);
    } else {
      await enterDate(el, edit.path, edit.date);
    }
  }
  return typed;
}

/**
 * fast-check reports a failed run by the error's `stack`, and WebKit's stack leaves the message out (the report
 * read only "Got @[native code]"): put the message back in front.
 */
async function withMessageInStack<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && error.stack !== undefined && !error.stack.includes(error.message)) {
      error.stack = `${error.name}: ${error.message}\n${error.stack}`;
    }
    throw error;
  }
}

async function runEdits(form: FormUnderTest, base: Draft, edits: readonly Edit[]): Promise<Outcome> {
  const el = await mount(form.tag, { today: form.today, value: base });
  try {
    const lastText = await applyEdits(el, edits);
    const lastDate = new Map<string, TypedDate>();
    for (const edit of edits) if (edit.kind === 'date') lastDate.set(edit.path, edit.date);

    // The draft holds what was typed, as typed; every box still shows it.
    for (const [name, text] of lastText) {
      const info = form.fields[name];
      const expected = info?.kind === 'hours' ? parseHours(text) : text.trim() === '' ? undefined : text;
      expect(getAt(el.value, name), `draft at ${name}`).to.deep.equal(expected);
      expect(control(el, name).value, `box ${name}`).to.equal(text);
    }

    const verdict = form.check(el.value, form.today);
    await press(el, 'Continue');
    const errors = verdict.findings.filter((finding) => finding.severity === 'error');

    if (errors.length) {
      expect(heading(el), 'stays on the questions').to.not.equal('Check your answers before sending');
      expectErrorsShown(el, errors);
      for (const [path, date] of lastDate) {
        if (realDate(date) === undefined) {
          expect(inlineError(el, path), `a message for the date ${path} ${JSON.stringify(date)}`).to.be.a('string');
          expect(find(el, `[name^="${path}-"][aria-invalid="true"]`), `a box of ${path} marked`).to.not.equal(null);
        }
      }
      for (const [name, text] of lastText) {
        expect(control(el, name).value, `box ${name} after Continue`).to.equal(text);
      }
      return { submitted: false };
    }

    expect(heading(el)).to.equal('Check your answers before sending');
    const data = verdict.data as Draft;
    for (const [name, text] of lastText) expectShownText(el, form, name, text, data);
    for (const [path, date] of lastDate) {
      const iso = realDate(date);
      expect(iso, `${path} ${JSON.stringify(date)} passed, so it is a real date`).to.be.a('string');
      expect(getAt(data, path)).to.equal(iso);
      const [year, month, day] = iso!.split('-').map(Number) as [number, number, number];
      expect(shownAnswer(el, path)?.join(' '), `check answers for ${path}`).to.contain(
        `${day} ${MONTHS[month - 1]} ${year}`,
      );
    }

    const submits = collectSubmits(el);
    await press(el, /^Submit/);
    expect(submits.length, 'one submit event').to.equal(1);
    const envelope = JSON.parse(JSON.stringify(submits[0]));
    const again = form.check(envelope.data, envelope.today);
    expect(again.ok, JSON.stringify(again.findings.filter((f) => f.severity === 'error'))).to.equal(true);
    expect(again.data, 'the envelope is what the rules core makes of it').to.deep.equal(envelope.data);
    const whole = checkEnvelope(envelope);
    expect(whole.ok, JSON.stringify(whole.findings)).to.equal(true);
    for (const [name] of lastText) expect(getAt(envelope.data, name)).to.deep.equal(getAt(data, name));
    return { submitted: true };
  } finally {
    el.remove();
  }
}

/** Every error is in the summary and beside its field, in the same words; the summary has focus. */
function expectErrorsShown(el: AnyForm, errors: readonly Finding[]): void {
  const entries = summaryEntries(el);
  expect(root(el).activeElement?.id, 'the summary takes focus').to.equal('error-summary');
  const byPath = new Map<string, Finding>();
  for (const error of errors) if (!byPath.has(error.path ?? error.code)) byPath.set(error.path ?? error.code, error);
  expect(entries.map((entry) => entry.message).sort(), 'one summary entry per field in error').to.deep.equal(
    [...byPath.values()].map((error) => error.message).sort(),
  );
  for (const entry of entries) expectClearMessage(entry.message, 'summary entry');
  for (const [path, error] of byPath) {
    if (!error.path) continue;
    expect(inlineError(el, path), `inline message for ${path}`).to.equal(error.message);
  }
  const shown = textOf(root(el));
  expect(shown).to.not.match(/Invalid input|\[object Object\]/);
}

/** Check your answers shows the text as the schema keeps it: trimmed, identifiers normalised. */
function expectShownText(el: AnyForm, form: FormUnderTest, name: string, typed: string, data: Draft): void {
  const info = form.fields[name];
  const sent = getAt(data, name);
  const shown = shownAnswer(el, name);
  if (sent === undefined) {
    // An optional answer left blank.
    expect(typed.trim(), `${name} is blank`).to.equal('');
    return;
  }
  expect(shown, `a row for ${name}`).to.not.equal(undefined);
  if (info?.kind === 'hours') {
    expect(sent).to.equal(Number(typed.trim()));
    const hours = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(sent as number);
    expect(shown!.join(' ')).to.equal(`${hours} hours`);
    return;
  }
  if (info?.kind === 'text') expect(sent, `${name} is sent trimmed`).to.equal(typed.trim());
  // Shown text is compared as a person sees it: Firefox's innerText leaves out the invisible direction controls
  // (U+202A–U+202E, U+2066–U+2069) that Chromium and WebKit keep. What is sent keeps them (checked above).
  const seen = (value: unknown) => String(value).replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
  if (name.startsWith('provision.address.')) expect(shown!.map(seen), `address lines`).to.include(seen(sent));
  else expect(seen(shown!.join('\n')), `check answers for ${name}`).to.equal(seen(sent));
}

// ---------------------------------------------------------------------------------------------------------------
// The tests

describe('typing characters that no keyboard has a key for', () => {
  // Firefox's and WebKit's WebDriver keyboards read U+E000–U+E05D as their own key codes, and WebKitGTK reads
  // U+FE50–U+FE8F and U+FF20–U+FFFF (by the low 16 bits, so U+7FE50 too) as X11 dead keys and function keys,
  // and U+0385, U+07AE and U+107AE as Greek_accentdieresis, which composes too; the launchers insert those as text
  // (scripts/engines.mjs). Before that, "\uE000" typed nothing in Firefox, and
  // "\uFE50" in WebKit left a dead key composing that swallowed the Backspace typed next into a date box.
  it('keeps each one as typed, and the keys typed after it still arrive', async () => {
    const el = await mount('offsite-direction-notification', { today: exampleToday, value: maintainedWithEhcp as Draft });
    try {
      for (const text of ['\uE000', 'a\uE003b\uE036c', '\uFE50x', '\u{7FE50}y', 'q\uFF20\uFF21\uFF51z', '\u0385\u07AE\u{107AE}b', '\uFE8C🙂é\uE004']) {
        expect(await enter(el, 'homeSchool.name', text)).to.equal('typed');
        expect(control(el, 'homeSchool.name').value, JSON.stringify(text)).to.equal(text);
        await enter(el, 'pupil.dateOfBirth-day', '');
        expect(control(el, 'pupil.dateOfBirth-day').value, `Backspace after ${JSON.stringify(text)}`).to.equal('');
        await enter(el, 'pupil.dateOfBirth-day', '14');
        expect(control(el, 'pupil.dateOfBirth-day').value, `digits after ${JSON.stringify(text)}`).to.equal('14');
      }
      expect(getAt(el.value, 'homeSchool.name')).to.equal('\uFE8C🙂é\uE004');
    } finally {
      el.remove();
    }
  });
});

for (const form of forms) {
  describe(`fuzzing <${form.tag}>`, function () {
    this.timeout(120_000);
    const watch = watchForFailures();
    beforeEach(() => watch.start());
    afterEach(() => {
      watch.stop();
      expect(watch.failures, 'nothing thrown, rejected or logged').to.deep.equal([]);
    });

    it('takes 10 000 pasted characters and markup typed into every text box, with a message for each', async () => {
      const covered = new Set<string>();
      for (const base of form.bases) {
        const el = await mount(form.tag, { today: form.today, value: base });
        // Each box once: the outcome review's bases differ only in the outcome's own questions.
        const names = textBoxNames(el).filter((name) => !covered.has(name));
        el.remove();
        names.forEach((name) => covered.add(name));
        if (!names.length) continue;
        const pasteAll: Edit[] = names.map((name) => ({ kind: 'text', name, text: TEN_THOUSAND }));
        const outcome = await runEdits(form, base, pasteAll);
        expect(outcome.submitted, '10 000 characters are too long for every box').to.equal(false);
        const markupAll: Edit[] = names.map((name) => ({ kind: 'text', name, text: '<img src=x onerror=alert(1)></textarea>' }));
        await runEdits(form, base, markupAll);
      }
      expect(covered.size).to.be.greaterThan(10);
      expect(document.querySelector('img'), 'no markup was ever parsed').to.equal(null);
    });

    it('types random text into random boxes and random dates into random dates', async () => {
      const names = new Set<string>();
      const dates = new Set<string>();
      for (const base of form.bases) {
        const el = await mount(form.tag, { today: form.today, value: base });
        textBoxNames(el).forEach((name) => names.add(name));
        datePaths(el).forEach((path) => dates.add(path));
        el.remove();
      }
      // Besides random text and dates, a box retyped with the answer it held: enough runs keep every answer
      // acceptable to reach Submit, however the seed falls (with only random edits, as few as 5 in 60 did).
      type Retype = { kind: 'retype'; name: string };
      const edit: fc.Arbitrary<Edit | Retype> = fc.oneof(
        { weight: 3, arbitrary: fc.record({ kind: fc.constant('text' as const), name: fc.constantFrom(...names), text: anyText }) },
        { weight: 2, arbitrary: fc.record({ kind: fc.constant('date' as const), path: fc.constantFrom(...dates), date: typedDate }) },
        { weight: 4, arbitrary: fc.record({ kind: fc.constant('retype' as const), name: fc.constantFrom(...names) }) },
      );
      const asTyped = (base: Draft, item: Edit | Retype): Edit => {
        if (item.kind !== 'retype') return item;
        const held = getAt(base, item.name);
        return { kind: 'text', name: item.name, text: held === undefined ? '' : String(held) };
      };
      let submitted = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...form.bases), fc.array(edit, { minLength: 1, maxLength: 3 }), async (base, edits) => {
          // Only boxes this base shows can be typed into (an outcome's own questions differ).
          const probe = await mount(form.tag, { today: form.today, value: base });
          const present = new Set([...textBoxNames(probe), ...datePaths(probe)]);
          probe.remove();
          const usable = edits
            .map((item) => asTyped(base, item))
            .filter((item) => present.has(item.kind === 'text' ? item.name : item.path));
          if (!usable.length) return;
          if ((await withMessageInStack(() => runEdits(form, base, usable))).submitted) submitted += 1;
        }),
        { numRuns: 60, includeErrorInReport: true },
      );
      // The runs are only worth something if some answers got through to an envelope.
      expect(submitted, 'runs that reached Submit').to.be.greaterThan(5);
    });
  });
}
