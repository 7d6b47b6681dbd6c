/**
 * `layout="pages"`: one section per page, walked as a person does, in both forms: the caption and heading of each
 * page, a Continue that checks only its page (pressed from the keyboard), Back, check your answers whose Change
 * link opens the page and comes back, a draft that remembers the page, axe and en-XA on every page, and an
 * envelope identical to the single-page journey's.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { OffsiteDirectionNotification } from '../../../src/components/notification/offsite-direction-notification.js';
import type { OffsiteDirectionOutcomeReview } from '../../../src/components/outcome-review/offsite-direction-outcome-review.js';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';
import { setLocale } from '../../../src/localization/index.js';
import { exampleToday, extensionReview, maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';
import { untranslated, userStrings } from '../l10n/untranslated.js';
import { catchDownloads, chooseFile, jsonFile } from '../shared/files-helpers.js';
import { fillForm, leaves, typeInto } from '../notification/helpers.js';

type Form = OffsiteDirectionNotification | OffsiteDirectionOutcomeReview;
type Tag = 'offsite-direction-notification' | 'offsite-direction-outcome-review';

const FORMS: { tag: Tag; today: string; draft: object; headings: string[] }[] = [
  {
    tag: 'offsite-direction-notification',
    today: exampleToday,
    draft: maintainedWithEhcp,
    headings: [
      'Your school',
      'Your details',
      'The pupil',
      'Where the pupil will go',
      'The placement',
      'Hours and sessions',
      'Who has been told',
      'Declarations',
    ],
  },
  {
    tag: 'offsite-direction-outcome-review',
    today: reviewToday,
    draft: extensionReview,
    headings: [
      'The notification this review follows',
      'Your school',
      'Your details',
      'The pupil',
      'The provision',
      'The placement as notified',
      'The review',
      'The outcome',
      'Notices',
      'Declaration',
    ],
  },
];

const DRAFT_KEY = 'odf-pages-test';

async function mount(tag: Tag, today: string, attrs: { layout?: string; draftKey?: string } = {}): Promise<Form> {
  const layout = attrs.layout ?? 'pages';
  const el =
    tag === 'offsite-direction-notification'
      ? await fixture<Form>(html`<offsite-direction-notification today=${today} layout=${layout} draft-key=${attrs.draftKey ?? ''}></offsite-direction-notification>`)
      : await fixture<Form>(html`<offsite-direction-outcome-review today=${today} layout=${layout} draft-key=${attrs.draftKey ?? ''}></offsite-direction-outcome-review>`);
  await el.updateComplete;
  return el;
}

const root = (el: Form) => el.shadowRoot!;
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: Form) => words(root(el).querySelector('#step-heading'));
const caption = (el: Form) => words(root(el).querySelector('#section-caption'));
const summaryLinks = (el: Form) => Array.from(root(el).querySelectorAll('.error-summary a')).map((a) => words(a));

/** Continue from the keyboard: focus on the page's main button, then Enter. */
async function continueByKeyboard(el: Form): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await el.updateComplete;
}

function link(el: Form, text: string): HTMLAnchorElement {
  const found = Array.from(root(el).querySelectorAll<HTMLAnchorElement>('a')).find((a) => words(a) === text);
  if (!found) throw new Error(`No link ${text}`);
  return found;
}

function hasControl(el: Form, path: string): boolean {
  return root(el).querySelector(`[name="${path}"], [name="${path}-day"]`) !== null;
}

/** Answers what this page asks of `draft`; returns the paths answered. */
async function answerPage(el: Form, draft: object, done: Set<string>): Promise<void> {
  const onPage = leaves(draft).filter(([path, value]) => value !== undefined && !done.has(path) && hasControl(el, path));
  // A follow-up appears once its question is answered, so answer in the draft's order and look again.
  for (const [path, value] of onPage) {
    if (!hasControl(el, path)) continue;
    const one = {};
    let node: Record<string, unknown> = one;
    const keys = path.split('.');
    keys.slice(0, -1).forEach((key) => {
      node[key] = {};
      node = node[key] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]!] = value;
    await fillForm(el as OffsiteDirectionNotification, one);
    done.add(path);
  }
  const more = leaves(draft).some(([path, value]) => value !== undefined && !done.has(path) && hasControl(el, path));
  if (more) await answerPage(el, draft, done);
}

/** Walks every page, answering `draft`; stops on check your answers. Calls `onPage` on each page first. */
async function walk(el: Form, draft: object, onPage: (number: number) => Promise<void> = async () => {}): Promise<void> {
  const done = new Set<string>();
  for (let page = 1; page <= 12; page += 1) {
    await onPage(page);
    await answerPage(el, draft, done);
    await continueByKeyboard(el);
    if (heading(el) === 'Check your answers before sending') {
      const left = leaves(draft).filter(([path, value]) => value !== undefined && !done.has(path)).map(([path]) => path);
      expect(left, 'answers no page asked for').to.deep.equal([]);
      return;
    }
  }
  throw new Error('Never reached check your answers');
}

function collectSubmits(el: Form): SubmitEventDetail[] {
  const events: SubmitEventDetail[] = [];
  el.addEventListener(SUBMIT_EVENT, (event) => events.push((event as CustomEvent<SubmitEventDetail>).detail));
  return events;
}

async function submit(el: Form): Promise<SubmitEventDetail> {
  const events = collectSubmits(el);
  const button = Array.from(root(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => /^Submit/.test(words(b)))!;
  button.click();
  await el.updateComplete;
  expect(events.length).to.equal(1);
  return events[0]!;
}

describe('layout="pages"', function () {
  // Each test answers a whole form through the page, some twice.
  this.timeout(60000);

  afterEach(() => {
    sessionStorage.clear();
  });

  for (const form of FORMS) {
    describe(form.tag, () => {
      it('shows one section per page with "Section N of M", its heading, focus on it, and axe clean on each page', async () => {
        const el = await mount(form.tag, form.today);
        const count = form.headings.length;
        const seen: string[] = [];
        await walk(el, form.draft, async (page) => {
          expect(caption(el)).to.equal(`Section ${page} of ${count}`);
          seen.push(heading(el));
          // Only this page's section: no other section's heading is drawn.
          const drawn = Array.from(root(el).querySelectorAll('h2, h3')).map((node) => words(node));
          expect(form.headings.filter((other) => other !== heading(el) && drawn.includes(other))).to.deep.equal([]);
          if (page > 1) expect(root(el).activeElement?.id).to.equal('step-heading');
          await expect(el).to.be.accessible();
        });
        expect(seen).to.deep.equal(form.headings);
        await expect(el).to.be.accessible();
      });

      it('checks only the page on Continue, lists that page’s errors, and keeps answers on Back', async () => {
        const el = await mount(form.tag, form.today);
        const done = new Set<string>();
        // Page 1 of the notification is the school; of the review, the notification (all optional): skip to the school.
        if (form.tag === 'offsite-direction-outcome-review') await continueByKeyboard(el);
        expect(heading(el)).to.equal('Your school');
        await continueByKeyboard(el);
        expect(heading(el)).to.equal('Your school');
        expect(root(el).activeElement?.id).to.equal('error-summary');
        expect(summaryLinks(el)).to.deep.equal([
          'Enter the name of your school',
          'Enter your school\'s DfE number (LAESTAB)',
          'Select whether your school is a maintained school or an academy',
        ]);
        await answerPage(el, form.draft, done);
        expect(summaryLinks(el)).to.deep.equal([]);
        await continueByKeyboard(el);
        expect(heading(el)).to.equal('Your details');
        // The next page's unanswered questions wait for its own Continue.
        expect(root(el).querySelector('.error-summary')).to.equal(null);
        expect(root(el).querySelector('.error-message')).to.equal(null);
        await typeInto(el as OffsiteDirectionNotification, 'submittedBy.name', 'Robin Shaw');
        link(el, 'Back').click();
        await el.updateComplete;
        expect(heading(el)).to.equal('Your school');
        expect(root(el).querySelector<HTMLInputElement>('[name="homeSchool.name"]')!.value).to.equal('Hillside Community School');
        await continueByKeyboard(el);
        expect(root(el).querySelector<HTMLInputElement>('[name="submittedBy.name"]')!.value).to.equal('Robin Shaw');
      });

      it('sends the same envelope as the single page, and a Change link opens the page and comes back', async () => {
        const single = await mount(form.tag, form.today, { layout: 'single' });
        await fillForm(single as OffsiteDirectionNotification, form.draft);
        await continueByKeyboard(single);
        expect(heading(single)).to.equal('Check your answers before sending');
        const singleRows = Array.from(root(single).querySelectorAll('.summary-list__row')).map((row) => words(row));
        const sentSingle = await submit(single);

        const el = await mount(form.tag, form.today);
        await walk(el, form.draft);
        const rows = Array.from(root(el).querySelectorAll('.summary-list__row')).map((row) => words(row));
        expect(rows).to.deep.equal(singleRows);

        link(el, 'Change Legal last name').click();
        await el.updateComplete;
        await el.updateComplete;
        expect(heading(el)).to.equal('The pupil');
        const box = root(el).querySelector<HTMLInputElement>('[name="pupil.lastName"]')!;
        expect(root(el).activeElement === box).to.equal(true);
        await typeInto(el as OffsiteDirectionNotification, 'pupil.lastName', 'Morgan-Hill');
        await continueByKeyboard(el);
        expect(heading(el)).to.equal('Check your answers before sending');
        const sent = await submit(el);
        const expected = structuredClone(sentSingle.data) as { pupil: { lastName: string } };
        expected.pupil.lastName = 'Morgan-Hill';
        expect(sent.data).to.deep.equal(expected);
        expect(sent.derived).to.deep.equal(sentSingle.derived);
        expect(sent.findings).to.deep.equal(sentSingle.findings);
        expect(sent.form).to.equal(sentSingle.form);
        expect(sent.localAuthority).to.deep.equal(sentSingle.localAuthority);
      });

      it('remembers the page in a kept draft, and never adds to the browser history', async () => {
        const historyLength = history.length;
        const el = await mount(form.tag, form.today, { draftKey: DRAFT_KEY });
        const done = new Set<string>();
        for (let page = 1; page <= 3; page += 1) {
          await answerPage(el, form.draft, done);
          await continueByKeyboard(el);
        }
        const here = heading(el);
        expect(caption(el)).to.equal(`Section 4 of ${form.headings.length}`);
        expect(history.length).to.equal(historyLength);
        el.remove();

        const again = await mount(form.tag, form.today, { draftKey: DRAFT_KEY });
        expect(heading(again)).to.equal(here);
        expect(caption(again)).to.equal(`Section 4 of ${form.headings.length}`);
        link(again, 'Back').click();
        await again.updateComplete;
        // The page before shows what was typed there.
        const typed = leaves(form.draft).filter(([path]) => root(again).querySelector(`input[type="text"][name="${path}"], input[type="email"][name="${path}"]`));
        expect(typed.length).to.be.greaterThan(0);
        for (const [path, value] of typed) {
          expect(root(again).querySelector<HTMLInputElement>(`[name="${path}"]`)!.value, path).to.equal(String(value));
        }
      });

      it('saves the page in a file of saved answers, and a file loaded on another form opens that page', async () => {
        const el = await mount(form.tag, form.today);
        const done = new Set<string>();
        for (let page = 1; page <= 2; page += 1) {
          await answerPage(el, form.draft, done);
          await continueByKeyboard(el);
        }
        const here = heading(el);
        const caught = catchDownloads();
        try {
          const save = Array.from(root(el).querySelectorAll<HTMLButtonElement>('button')).find(
            (button) => words(button) === 'Save your answers to a file',
          )!;
          save.click();
          await el.updateComplete;
        } finally {
          caught.stop();
        }
        expect(caught.downloads.length).to.equal(1);
        const saved = JSON.parse(await caught.downloads[0]!.text()) as { page?: string; kind: string };
        expect(saved.kind).to.equal('draft');
        expect(typeof saved.page).to.equal('string');

        const other = await mount(form.tag, form.today);
        expect(caption(other)).to.equal(`Section 1 of ${form.headings.length}`);
        chooseFile(root(other).querySelector<HTMLInputElement>('input[name="draftFile"]')!, jsonFile('saved.json', saved));
        // Reading the file takes a moment (longer on a busy machine): wait for the page to change, then check it.
        await waitUntil(() => heading(other) !== form.headings[0], 'the saved page opens', { timeout: 5000 });
        await other.updateComplete;
        expect(heading(other)).to.equal(here);
        expect(caption(other)).to.equal(`Section 3 of ${form.headings.length}`);
      });

      it('has no English left under en-XA on any page or on check your answers', async () => {
        await setLocale('en-XA');
        try {
          const el = await mount(form.tag, form.today);
          el.value = form.draft as never;
          await el.updateComplete;
          const data = userStrings(form.draft, ['Derbyshire County Council']);
          for (let page = 1; page <= form.headings.length; page += 1) {
            await el.updateComplete;
            expect(untranslated(root(el), data), `page ${page}`).to.deep.equal([]);
            await continueByKeyboard(el);
          }
          expect(root(el).querySelector('.summary-list') !== null).to.equal(true);
          expect(untranslated(root(el), data)).to.deep.equal([]);
        } finally {
          await setLocale('en-GB');
        }
      });
    });
  }
});
