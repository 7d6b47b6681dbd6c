import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  CHANGE_EVENT,
  INVALID_EVENT,
  SUBMIT_EVENT,
  type ChangeEventDetail,
  type InvalidEventDetail,
  type SubmitEventDetail,
} from '../../../src/events.js';
import {
  OffsiteFormElement,
  type FormCheckOptions,
} from '../../../src/components/shared/offsite-form-element.js';
import { localToday, type Draft } from '../../../src/components/shared/paths.js';
import { baseView, type FormDefinition, type QuestionView } from '../../../src/components/shared/questions.js';
import type { CheckResult, Finding } from '../../../src/schema/result.js';

// ---------------------------------------------------------------------------------------------------------------
// A toy form, for these tests only: one of each kind of field and a tiny rule check.

interface ToyData {
  person: { name: string; dateOfBirth: string; hasPet: boolean; petName?: string };
  hours: { perWeek: number };
}
interface ToyDerived {
  petOwner: boolean;
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkToy(value: Draft, options: FormCheckOptions): CheckResult<ToyData, ToyDerived> {
  const findings: Finding[] = [];
  const error = (code: string, path: string, message: string) =>
    findings.push({ code, severity: 'error', path, message });
  const person = (value.person ?? {}) as Record<string, unknown>;
  const hours = (value.hours ?? {}) as Record<string, unknown>;
  const name = typeof person.name === 'string' ? person.name.trim() : '';
  if (!name) error('required', 'person.name', 'Enter the full name');
  const dateOfBirth = person.dateOfBirth;
  if (typeof dateOfBirth !== 'string') error('required', 'person.dateOfBirth', 'Enter the date of birth');
  else if (!isRealDate(dateOfBirth)) error('date-invalid', 'person.dateOfBirth', 'Date of birth must be a real date');
  else if (dateOfBirth >= options.today) error('date-not-past', 'person.dateOfBirth', 'Date of birth must be in the past');
  if (typeof person.hasPet !== 'boolean') error('required', 'person.hasPet', 'Select yes if they have a pet');
  const petName = typeof person.petName === 'string' ? person.petName.trim() : '';
  if (person.hasPet === true && !petName) error('required', 'person.petName', 'Enter the pet’s name');
  const perWeek = hours.perWeek;
  if (perWeek === undefined) error('required', 'hours.perWeek', 'Enter the hours per week');
  else if (typeof perWeek !== 'number') error('hours-invalid', 'hours.perWeek', 'Hours per week must be a number');
  else if (perWeek < 0 || perWeek > 60) error('hours-out-of-range', 'hours.perWeek', 'Hours per week must be between 0 and 60');
  else if (perWeek < 10) {
    findings.push({ code: 'few-hours', severity: 'warning', path: 'hours.perWeek', message: 'Fewer than 10 hours a week' });
  }
  findings.push({ code: 'toy-notice', severity: 'info', message: 'This is a toy form' });
  if (findings.some((finding) => finding.severity === 'error')) return { ok: false, findings };
  const data: ToyData = {
    person: { name, dateOfBirth: dateOfBirth as string, hasPet: person.hasPet as boolean },
    hours: { perWeek: perWeek as number },
  };
  if (person.hasPet === true) data.person.petName = petName;
  return { ok: true, data, derived: { petOwner: person.hasPet === true }, findings };
}

/** The answer as the draft holds it, as text. */
const asTyped = (path: string) => (view: QuestionView) => {
  const answer = view.value(path);
  return answer === undefined ? undefined : String(answer);
};

const toyDefinition: FormDefinition<QuestionView> = {
  sections: [
    {
      id: 'person',
      heading: 'Person',
      items: [
        {
          kind: 'text',
          path: 'person.name',
          label: 'Full name',
          autocomplete: 'name',
          hint: 'As on their birth certificate',
          summary: { key: 'Full name', value: asTyped('person.name') },
        },
        {
          kind: 'date',
          path: 'person.dateOfBirth',
          label: 'Date of birth',
          autocomplete: 'bday',
          summary: { key: 'Date of birth', value: asTyped('person.dateOfBirth') },
        },
        {
          kind: 'yes-no',
          path: 'person.hasPet',
          label: 'Do they have a pet?',
          yes: [{ kind: 'text', path: 'person.petName', label: 'Pet’s name', summary: { key: 'Pet’s name', value: asTyped('person.petName') } }],
          summary: { key: 'Has a pet' },
        },
      ],
    },
    {
      id: 'hours',
      heading: 'Hours',
      items: [{ kind: 'hours', path: 'hours.perWeek', label: 'Hours per week', summary: { key: 'Hours per week', value: asTyped('hours.perWeek') } }],
    },
  ],
};

class ToyForm extends OffsiteFormElement<ToyData, ToyDerived> {
  readonly formName = 'offsite-direction-notification' as const;

  protected get formTitle() {
    return 'Tell us about a person';
  }

  protected get submitLabel() {
    return 'Submit details';
  }

  protected check(value: Draft, options: FormCheckOptions) {
    return checkToy(value, options);
  }

  protected get definition(): FormDefinition<QuestionView> {
    return toyDefinition;
  }

  protected questionView(): QuestionView {
    return baseView(this.fields, this.checkResult, this.locale());
  }
}
customElements.define('toy-offsite-form', ToyForm);

declare global {
  interface HTMLElementTagNameMap {
    'toy-offsite-form': ToyForm;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers that act like a user

const TODAY = '2026-03-02';

async function makeForm(): Promise<ToyForm> {
  return fixture<ToyForm>(html`<toy-offsite-form today=${TODAY}></toy-offsite-form>`);
}

function root(el: ToyForm): ShadowRoot {
  return el.shadowRoot!;
}

function $<T extends Element = HTMLElement>(el: ToyForm, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

function control(el: ToyForm, name: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `[name="${name}"]`);
}

function buttonNamed(el: ToyForm, text: RegExp | string): HTMLElement {
  const found = Array.from(root(el).querySelectorAll<HTMLElement>('button, a')).find((candidate) =>
    typeof text === 'string' ? candidate.textContent!.trim() === text : text.test(candidate.textContent!.trim()),
  );
  if (!found) throw new Error(`No button or link named ${text}`);
  return found;
}

function active(el: ToyForm): Element | null {
  return root(el).activeElement;
}

function text(el: ToyForm): string {
  return root(el).textContent!.replace(/\s+/g, ' ');
}

async function typeInto(el: ToyForm, name: string, typed: string): Promise<void> {
  control(el, name).focus();
  await sendKeys({ type: typed });
  await el.updateComplete;
}

async function chooseRadio(el: ToyForm, name: string, value: string): Promise<void> {
  $<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`).click();
  await el.updateComplete;
}

async function press(el: ToyForm, label: RegExp | string): Promise<void> {
  buttonNamed(el, label).click();
  await el.updateComplete;
}

async function fillValid(el: ToyForm): Promise<void> {
  await typeInto(el, 'person.name', 'Ada Lovelace');
  await typeInto(el, 'person.dateOfBirth-day', '10');
  await typeInto(el, 'person.dateOfBirth-month', '12');
  await typeInto(el, 'person.dateOfBirth-year', '2015');
  await chooseRadio(el, 'person.hasPet', 'yes');
  await typeInto(el, 'person.petName', 'Babbage');
  await typeInto(el, 'hours.perWeek', '7.5');
}

async function toCheckStep(el: ToyForm): Promise<void> {
  await fillValid(el);
  await press(el, 'Continue');
}

/** A host whose store rejects every submission until `succeed()`; it records each submission id it is given. */
/**
 * A host whose store refuses the first send ("The server said no"); afterwards it does what the test says:
 * `succeed()` stores at once, `hold()` keeps the send pending until `release()`, `cancel()` calls preventDefault.
 */
function failingHost(el: ToyForm): { ids: string[]; succeed(): void; hold(): void; release(): void; cancel(): void } {
  const ids: string[] = [];
  let next: 'fail' | 'succeed' | 'hold' | 'cancel' = 'fail';
  let release = () => {};
  el.addEventListener(SUBMIT_EVENT, (event) => {
    ids.push(event.detail.submissionId);
    if (next === 'cancel') event.preventDefault();
    else if (next === 'hold') event.detail.waitUntil(new Promise<void>((resolve) => (release = resolve)));
    else event.detail.waitUntil(next === 'fail' ? Promise.reject(new Error('The server said no')) : Promise.resolve());
  });
  return {
    ids,
    succeed: () => { next = 'succeed'; },
    hold: () => { next = 'hold'; },
    release: () => release(),
    cancel: () => { next = 'cancel'; },
  };
}

/** Lets a settled waitUntil promise reach the element, then waits for its render. */
async function settle(el: ToyForm): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

function noInlineStyles(el: ToyForm): void {
  expect(root(el).querySelectorAll('[style]').length, 'elements with a style attribute').to.equal(0);
}

// ---------------------------------------------------------------------------------------------------------------

describe('OffsiteFormElement (through a toy form)', () => {
  describe('the questions step', () => {
    it('names every control by its path and links every label', async () => {
      const el = await makeForm();
      expect(control(el, 'person.name').id).to.equal('f-person-name');
      expect($(el, 'label[for="f-person-name"]').textContent!.trim()).to.equal('Full name');
      for (const part of ['day', 'month', 'year']) {
        const box = control(el, `person.dateOfBirth-${part}`);
        expect(box.id).to.equal(`f-person-dateOfBirth-${part}`);
        expect(box.inputMode).to.equal('numeric');
        expect($(el, `label[for="${box.id}"]`).textContent!.trim()).to.equal(part[0]!.toUpperCase() + part.slice(1));
      }
      expect($(el, '#f-person-dateOfBirth legend').textContent!.trim()).to.equal('Date of birth');
      expect($(el, '#f-person-dateOfBirth-hint').textContent!.trim()).to.equal('For example, 27 3 2026');
      const radios = Array.from(root(el).querySelectorAll<HTMLInputElement>('[name="person.hasPet"]'));
      expect(radios.map((radio) => radio.value)).to.deep.equal(['yes', 'no']);
      expect(radios.every((radio) => radio.type === 'radio')).to.equal(true);
      expect(control(el, 'hours.perWeek').inputMode).to.equal('decimal');
      expect(control(el, 'person.name').getAttribute('aria-describedby')).to.equal('f-person-name-hint');
      expect(control(el, 'person.name').hasAttribute('aria-invalid')).to.equal(false);
      noInlineStyles(el);
    });

    it('shows no errors before the first Continue, however the fields are used', async () => {
      const el = await makeForm();
      await typeInto(el, 'person.name', 'A');
      control(el, 'person.name').select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(root(el).querySelector('.error-summary')).to.equal(null);
      expect(root(el).querySelector('.error-message')).to.equal(null);
    });

    it('is accessible when empty', async () => {
      const el = await makeForm();
      await expect(el).to.be.accessible();
    });

    it('fires a change event on each user edit, with the draft and findings', async () => {
      const el = await makeForm();
      const seen: ChangeEventDetail[] = [];
      el.addEventListener(CHANGE_EVENT, (event) => seen.push(event.detail));
      await typeInto(el, 'person.name', 'Al');
      expect(seen.length).to.equal(2);
      expect(seen[1]!.form).to.equal('offsite-direction-notification');
      expect(seen[1]!.value).to.deep.equal({ person: { name: 'Al' } });
      expect(seen[1]!.findings.some((finding) => finding.path === 'person.dateOfBirth')).to.equal(true);
    });

    it('fires no change event when value is set programmatically, and shows the prefill', async () => {
      const el = await makeForm();
      let changes = 0;
      el.addEventListener(CHANGE_EVENT, () => changes++);
      el.value = { person: { name: 'Grace', dateOfBirth: '2014-03-07', hasPet: false }, hours: { perWeek: 12.5 } };
      await el.updateComplete;
      expect(changes).to.equal(0);
      expect(control(el, 'person.name').value).to.equal('Grace');
      expect(control(el, 'person.dateOfBirth-day').value).to.equal('7');
      expect(control(el, 'person.dateOfBirth-month').value).to.equal('3');
      expect(control(el, 'person.dateOfBirth-year').value).to.equal('2014');
      expect($<HTMLInputElement>(el, '[name="person.hasPet"][value="no"]').checked).to.equal(true);
      expect(control(el, 'hours.perWeek').value).to.equal('12.5');
    });

    it('gives a copy of the draft, so the host cannot change it by reference', async () => {
      const el = await makeForm();
      const prefill = { person: { name: 'Grace' } };
      el.value = prefill;
      prefill.person.name = 'Changed';
      (el.value.person as { name: string }).name = 'Changed again';
      expect(el.value).to.deep.equal({ person: { name: 'Grace' } });
    });

    it('composes a date from its three boxes and keeps exactly what was typed', async () => {
      const el = await makeForm();
      await typeInto(el, 'person.dateOfBirth-day', '31');
      await typeInto(el, 'person.dateOfBirth-month', '2');
      await typeInto(el, 'person.dateOfBirth-year', '2016');
      expect(el.value).to.deep.equal({ person: { dateOfBirth: '2016-02-31' } });
      expect(control(el, 'person.dateOfBirth-month').value).to.equal('2');
      control(el, 'person.dateOfBirth-day').select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.value).to.deep.equal({ person: { dateOfBirth: '2016-02-' } });
      for (const name of ['person.dateOfBirth-month', 'person.dateOfBirth-year']) {
        control(el, name).select();
        await sendKeys({ press: 'Backspace' });
        await el.updateComplete;
      }
      expect(el.value).to.deep.equal({});
    });

    it('keeps the hours text as typed while storing a number', async () => {
      const el = await makeForm();
      await typeInto(el, 'hours.perWeek', '7.');
      expect(control(el, 'hours.perWeek').value).to.equal('7.');
      expect(el.value).to.deep.equal({ hours: { perWeek: 7 } });
      await sendKeys({ type: '25' });
      await el.updateComplete;
      expect(control(el, 'hours.perWeek').value).to.equal('7.25');
      expect(el.value).to.deep.equal({ hours: { perWeek: 7.25 } });
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(el.value).to.deep.equal({ hours: { perWeek: '7.25x' } });
    });

    it('reveals follow-up questions under the chosen option only', async () => {
      const el = await makeForm();
      expect(root(el).querySelector('[name="person.petName"]')).to.equal(null);
      await chooseRadio(el, 'person.hasPet', 'yes');
      expect(control(el, 'person.petName')).to.be.instanceOf(HTMLElement);
      const yes = $<HTMLInputElement>(el, '[name="person.hasPet"][value="yes"]');
      expect($(el, `#${yes.getAttribute('aria-controls')}`).hidden).to.equal(false);
      await chooseRadio(el, 'person.hasPet', 'no');
      expect(root(el).querySelector('[name="person.petName"]')).to.equal(null);
      expect(el.value).to.deep.equal({ person: { hasPet: false } });
    });

    it('validate() runs the check without showing errors', async () => {
      const el = await makeForm();
      const findings = el.validate();
      expect(findings.map((finding) => finding.path)).to.include.members(['person.name', 'hours.perWeek']);
      await el.updateComplete;
      expect(root(el).querySelector('.error-summary')).to.equal(null);
    });

    it('defaults today to the local date', async () => {
      const el = await fixture<ToyForm>(html`<toy-offsite-form></toy-offsite-form>`);
      const now = new Date();
      const local = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
        .join('-');
      expect(el.today).to.equal(local);
    });
  });

  describe('errors', () => {
    it('shows a focused error summary, in page order, and fires invalid', async () => {
      const el = await makeForm();
      setTimeout(() => buttonNamed(el, 'Continue').click());
      const event = (await oneEvent(el, INVALID_EVENT)) as CustomEvent<InvalidEventDetail>;
      await el.updateComplete;
      expect(event.detail.form).to.equal('offsite-direction-notification');
      expect(event.detail.findings.filter((finding) => finding.severity === 'error').length).to.equal(4);
      const summary = $(el, '.error-summary');
      expect(active(el)).to.equal(summary);
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      expect(summary.hasAttribute('role')).to.equal(false);
      expect(summary.querySelector('h2')!.textContent!.trim()).to.equal('There is a problem');
      const links = Array.from(summary.querySelectorAll('a'));
      expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
        'Enter the full name',
        'Enter the date of birth',
        'Select yes if they have a pet',
        'Enter the hours per week',
      ]);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        '#f-person-name',
        '#f-person-dateOfBirth',
        '#f-person-hasPet',
        '#f-hours-perWeek',
      ]);
      noInlineStyles(el);
    });

    it('marks each field inline: message, aria-invalid, aria-describedby', async () => {
      const el = await makeForm();
      await press(el, 'Continue');
      const name = control(el, 'person.name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('f-person-name-hint f-person-name-error');
      const message = $(el, '#f-person-name-error');
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter the full name');
      expect(message.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
      expect(name.closest('.form-group')!.classList.contains('form-group--error')).to.equal(true);
      expect($(el, '#f-person-dateOfBirth').getAttribute('aria-describedby')).to.equal(
        'f-person-dateOfBirth-hint f-person-dateOfBirth-error',
      );
      expect(control(el, 'person.dateOfBirth-day').getAttribute('aria-invalid')).to.equal('true');
    });

    it('is accessible with errors showing', async () => {
      const el = await makeForm();
      await press(el, 'Continue');
      await expect(el).to.be.accessible();
    });

    it('focuses the field when its summary link is used; for a date, the first box in error', async () => {
      const el = await makeForm();
      await typeInto(el, 'person.dateOfBirth-day', '3');
      await press(el, 'Continue');
      const dateLink = $<HTMLAnchorElement>(el, '.error-summary a[href="#f-person-dateOfBirth"]');
      expect(dateLink.textContent!.trim()).to.equal('Date of birth must be a real date');
      dateLink.click();
      expect(active(el)).to.equal(control(el, 'person.dateOfBirth-month'));
      expect(control(el, 'person.dateOfBirth-day').hasAttribute('aria-invalid')).to.equal(false);
      $<HTMLAnchorElement>(el, '.error-summary a[href="#f-person-name"]').click();
      expect(active(el)).to.equal(control(el, 'person.name'));
      $<HTMLAnchorElement>(el, '.error-summary a[href="#f-person-hasPet"]').click();
      expect(active(el)).to.equal($(el, '[name="person.hasPet"][value="yes"]'));
      expect(location.hash).to.equal('');
    });

    it('once shown, an error goes as soon as its field is fixed; a new one waits for the next Continue', async () => {
      const el = await makeForm();
      await typeInto(el, 'hours.perWeek', '7');
      await press(el, 'Continue');
      expect(text(el)).to.contain('Enter the full name');
      await typeInto(el, 'person.name', 'Ada');
      expect(root(el).querySelector('#f-person-name-error')).to.equal(null);
      expect(control(el, 'person.name').hasAttribute('aria-invalid')).to.equal(false);
      expect(text(el)).not.to.contain('Enter the full name');
      await typeInto(el, 'hours.perWeek', '1');
      expect(root(el).querySelector('#f-hours-perWeek-error') === null, 'not while typing').to.equal(true);
      await chooseRadio(el, 'person.hasPet', 'yes');
      expect(root(el).querySelector('#f-person-petName-error') === null, 'a question just revealed').to.equal(true);
      expect(text(el)).not.to.contain('Hours per week must be between 0 and 60');
      await press(el, 'Continue');
      expect($(el, '#f-hours-perWeek-error').textContent).to.contain('Hours per week must be between 0 and 60');
      expect($(el, '#f-person-petName-error').textContent).to.contain('Enter the pet’s name');
      expect(text(el)).to.contain('There is a problem');
    });
  });

  describe('check your answers and submitting', () => {
    it('moves to check your answers, focusing its heading, with answers, warnings and notices', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const heading = $(el, '#step-heading');
      expect(heading.textContent!.trim()).to.equal('Check your answers before sending');
      expect(active(el)).to.equal(heading);
      const rows = Array.from(root(el).querySelectorAll('.summary-list__row')).map((row) =>
        [row.querySelector('dt')!.textContent!.trim(), row.querySelector('.summary-list__value')!.textContent!.trim()],
      );
      expect(rows).to.deep.equal([
        ['Full name', 'Ada Lovelace'],
        ['Date of birth', '2015-12-10'],
        ['Has a pet', 'Yes'],
        ['Pet’s name', 'Babbage'],
        ['Hours per week', '7.5'],
      ]);
      expect($(el, '.warning-text').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '! Warning Fewer than 10 hours a week',
      );
      expect($(el, '.inset-text').textContent!.trim()).to.equal('This is a toy form');
      const change = $(el, '.summary-list__actions a');
      expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change Full name');
      expect(buttonNamed(el, /^Submit/).textContent!.trim()).to.equal('Submit details');
      noInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('returns to the field from a Change link', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      $<HTMLAnchorElement>(el, '.summary-list__actions a[data-path="hours.perWeek"]').click();
      await el.updateComplete;
      expect(active(el)).to.equal(control(el, 'hours.perWeek'));
      expect(control(el, 'hours.perWeek').value).to.equal('7.5');
      expect(control(el, 'person.dateOfBirth-day').value).to.equal('10');
    });

    it('fires one submit event with the envelope, then confirms with the reference', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const events: CustomEvent<SubmitEventDetail>[] = [];
      el.addEventListener(SUBMIT_EVENT, (event) => events.push(event));
      await press(el, /^Submit/);
      expect(events.length).to.equal(1);
      const event = events[0]!;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      const detail = event.detail;
      expect(detail.form).to.equal('offsite-direction-notification');
      expect(detail.schemaVersion).to.equal(1);
      expect(detail.submissionId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Date(detail.submittedAt).toISOString()).to.equal(detail.submittedAt);
      expect(detail.today).to.equal(TODAY);
      expect(detail.locale).to.equal('en-GB');
      expect(detail.localAuthority).to.deep.equal({ name: 'Derbyshire County Council', code: '830' });
      expect(detail.data).to.deep.equal({
        person: { name: 'Ada Lovelace', dateOfBirth: '2015-12-10', hasPet: true, petName: 'Babbage' },
        hours: { perWeek: 7.5 },
      });
      expect(detail.derived).to.deep.equal({ petOwner: true });
      expect(detail.findings.map((finding) => finding.code)).to.deep.equal(['few-hours', 'toy-notice']);
      expect(typeof detail.waitUntil).to.equal('function');
      expect(Object.keys(JSON.parse(JSON.stringify(detail)))).not.to.include('waitUntil');

      await el.updateComplete;
      const heading = $(el, '#step-heading');
      expect(active(el)).to.equal(heading);
      expect($(el, '#reference').textContent!.trim()).to.equal(detail.submissionId);
      // The short reference leads; the full id follows it, and names nothing about the pupil.
      const shortReference = detail.submissionId.slice(0, 8).toUpperCase();
      expect($(el, '#short-reference').textContent!.trim()).to.equal(`${shortReference.slice(0, 4)} ${shortReference.slice(4)}`);
      const download = buttonNamed(el, 'Save a copy of what you sent') as HTMLAnchorElement;
      const sentOn = localToday(new Date(detail.submittedAt));
      expect(download.getAttribute('download')).to.equal(`offsite-direction-notification-${sentOn}-${shortReference}.json`);
      const saved = await (await fetch(download.href)).json();
      expect(saved.submissionId).to.equal(detail.submissionId);
      expect(saved.waitUntil).to.equal(undefined);
      expect(buttonNamed(el, 'Print or save a copy')).to.be.instanceOf(HTMLElement);
      // The printed copy says when it was sent, and its answer sections sit under "Your answers".
      expect(text(el)).to.match(/Sent at \d{2}:\d{2} on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}/);
      const answersHeading = Array.from(root(el).querySelectorAll('h3')).find((h) => h.textContent!.trim() === 'Your answers');
      expect(answersHeading, 'the "Your answers" heading').to.be.instanceOf(HTMLElement);
      expect(Array.from(root(el).querySelectorAll('h4')).map((h) => h.textContent!.trim())).to.include('Person');
      noInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('marks itself [printing] while it prints, so a host page can print this form alone', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      await press(el, /^Submit/);
      await el.updateComplete;
      const print = window.print;
      let markedWhilePrinting: boolean | undefined;
      window.print = () => {
        markedWhilePrinting = el.hasAttribute('printing');
      };
      try {
        buttonNamed(el, 'Print or save a copy').click();
      } finally {
        window.print = print;
      }
      expect(markedWhilePrinting).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('printing')).to.equal(false);
    });

    it('sends one event for a double click, even when the host answers at once', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      let count = 0;
      el.addEventListener(SUBMIT_EVENT, () => count++);
      const submit = buttonNamed(el, /^Submit/);
      submit.click();
      submit.click();
      await el.updateComplete;
      expect(count).to.equal(1);
    });

    it('sends one event for a double click while the host is storing it, showing "Sending…"', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      let count = 0;
      let finish!: () => void;
      el.addEventListener(SUBMIT_EVENT, (event) => {
        count++;
        event.detail.waitUntil(new Promise<void>((resolve) => (finish = resolve)));
      });
      const submit = buttonNamed(el, /^Submit/);
      submit.focus();
      submit.click();
      submit.click();
      await el.updateComplete;
      const busy = $<HTMLButtonElement>(el, 'button.button');
      expect(busy.textContent!.trim()).to.equal('Sending…');
      expect(busy.getAttribute('aria-disabled')).to.equal('true');
      // Not `disabled`: a disabled button would drop the keyboard focus to the page's body while it sends.
      expect(busy.disabled).to.equal(false);
      expect(active(el)).to.equal(busy);
      busy.click();
      expect(count).to.equal(1);
      finish();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect($(el, '#reference')).to.be.instanceOf(HTMLElement);
      expect(count).to.equal(1);
    });

    it('stays on check your answers when the host calls preventDefault', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      el.addEventListener(SUBMIT_EVENT, (event) => event.preventDefault());
      await press(el, /^Submit/);
      await el.updateComplete;
      expect($(el, '#step-heading').textContent!.trim()).to.equal('Check your answers before sending');
      expect(buttonNamed(el, /^Submit/)).to.be.instanceOf(HTMLElement);
    });

    it('shows "Try again" when waitUntil rejects, keeps every answer, and retries with the same id', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const host = failingHost(el);
      await press(el, /^Submit/);
      await settle(el);
      expect(text(el)).to.contain('Your form has not been sent');
      expect(text(el)).to.contain('The server said no');
      expect(active(el)).to.equal($(el, '#send-error'));
      const retry = buttonNamed(el, 'Try again');
      expect(retry).to.be.instanceOf(HTMLElement);
      expect(el.value).to.deep.equal({
        person: { name: 'Ada Lovelace', dateOfBirth: '2015-12-10', hasPet: true, petName: 'Babbage' },
        hours: { perWeek: 7.5 },
      });
      await expect(el).to.be.accessible();
      host.succeed();
      retry.click();
      await settle(el);
      expect(host.ids.length).to.equal(2);
      expect(host.ids[1]).to.equal(host.ids[0]);
      expect($(el, '#reference').textContent!.trim()).to.equal(host.ids[0]);
    });

    it('says a failed send as an alert, with Try again straight after it, which keeps focus while the retry sends', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const host = failingHost(el);
      await press(el, /^Submit/);
      await settle(el);
      host.hold();
      const banner = $(el, '#send-error');
      expect(banner.getAttribute('role')).to.equal('alert');
      expect(active(el)).to.equal(banner);
      // The banner's title is inside what takes focus, so it is read with the message.
      expect(banner.textContent!.trim()).to.match(/^Your form has not been sent/);
      const retry = buttonNamed(el, 'Try again');
      expect(banner.compareDocumentPosition(retry) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(retry.compareDocumentPosition($(el, '#step-heading')) & Node.DOCUMENT_POSITION_FOLLOWING, 'Try again comes before the answers').to.not.equal(0);
      retry.focus();
      retry.click();
      await el.updateComplete;
      expect(root(el).querySelector('#send-error')).to.equal(null);
      expect(retry.textContent!.trim()).to.equal('Sending…');
      expect(active(el), 'the pressed button keeps focus while it sends').to.equal(retry);
      host.release();
      await settle(el);
      expect($(el, '#reference')).to.be.instanceOf(HTMLElement);
    });

    it('keeps focus on the button when the host cancels a retry after a failed send', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const host = failingHost(el);
      await press(el, /^Submit/);
      await settle(el);
      host.cancel();
      const retry = buttonNamed(el, 'Try again');
      retry.focus();
      retry.click();
      await settle(el);
      expect(host.ids).to.have.length(2);
      expect($(el, '#step-heading').textContent!.trim()).to.equal('Check your answers before sending');
      expect(active(el), 'the same button, still focused').to.equal(retry);
    });

    it('after a failed send, going back and continuing shows Submit again, and an unchanged retry keeps the id', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const host = failingHost(el);
      await press(el, /^Submit/);
      await settle(el);
      expect(text(el)).to.contain('Your form has not been sent');
      await press(el, /^Change/);
      await press(el, 'Continue');
      expect(text(el)).not.to.contain('Your form has not been sent');
      expect(() => buttonNamed(el, 'Try again')).to.throw();
      host.succeed();
      await press(el, /^Submit/);
      await settle(el);
      expect(host.ids).to.have.length(2);
      expect(host.ids[1]).to.equal(host.ids[0]);
      expect($(el, '#reference').textContent!.trim()).to.equal(host.ids[0]);
    });

    it('re-checks on Submit and never sends with errors', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      let submits = 0;
      el.addEventListener(SUBMIT_EVENT, () => submits++);
      el.value = { ...el.value, hours: { perWeek: 99 } };
      setTimeout(() => buttonNamed(el, /^Submit/).click());
      await oneEvent(el, INVALID_EVENT);
      await el.updateComplete;
      expect(submits).to.equal(0);
      expect(active(el)).to.equal($(el, '.error-summary'));
      expect($(el, '.error-summary').textContent).to.contain('Hours per week must be between 0 and 60');
    });

    it('"Start another" clears the draft and makes a new submission id', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const ids: string[] = [];
      el.addEventListener(SUBMIT_EVENT, (event) => ids.push(event.detail.submissionId));
      await press(el, /^Submit/);
      await el.updateComplete;
      await press(el, 'Start another');
      expect(el.value).to.deep.equal({});
      expect($(el, '#step-heading').textContent!.trim()).to.equal('Tell us about a person');
      expect(active(el)).to.equal($(el, '#step-heading'));
      expect(control(el, 'person.name').value).to.equal('');
      expect(control(el, 'person.dateOfBirth-day').value).to.equal('');
      expect(root(el).querySelector('.error-summary')).to.equal(null);
      await toCheckStep(el);
      expect(root(el).querySelector('.error-summary')).to.equal(null);
      await press(el, /^Submit/);
      expect(ids.length).to.equal(2);
      expect(ids[1]).not.to.equal(ids[0]);
    });

    it('reset() goes back to an empty form with errors hidden', async () => {
      const el = await makeForm();
      await press(el, 'Continue');
      el.reset();
      await el.updateComplete;
      expect(root(el).querySelector('.error-summary')).to.equal(null);
      expect(root(el).querySelector('.error-message')).to.equal(null);
    });
  });

  describe('configuration', () => {
    it('shows a malformed config at the top, logs it once, and still renders the form', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = await fixture<ToyForm>(
          html`<toy-offsite-form today=${TODAY} .config=${{ localAuthority: { code: 'eight' } }}></toy-offsite-form>`,
        );
        expect($(el, '#config-problems').textContent).to.contain('localAuthority.code');
        expect(control(el, 'person.name')).to.be.instanceOf(HTMLInputElement);
        el.requestUpdate();
        await el.updateComplete;
        expect(logged.length).to.equal(1);
        await toCheckStep(el);
        const events: CustomEvent<SubmitEventDetail>[] = [];
        el.addEventListener(SUBMIT_EVENT, (event) => events.push(event));
        await press(el, /^Submit/);
        expect(events[0]!.detail.localAuthority).to.deep.equal({ name: 'Derbyshire County Council', code: '830' });
      } finally {
        console.error = original;
      }
    });

    it('names the configured local authority in the envelope', async () => {
      const el = await fixture<ToyForm>(
        html`<toy-offsite-form
          today=${TODAY}
          .config=${{ localAuthority: { name: 'Example Council', code: '999' } }}
        ></toy-offsite-form>`,
      );
      await toCheckStep(el);
      const events: CustomEvent<SubmitEventDetail>[] = [];
      el.addEventListener(SUBMIT_EVENT, (event) => events.push(event));
      await press(el, /^Submit/);
      expect(events[0]!.detail.localAuthority).to.deep.equal({ name: 'Example Council', code: '999' });
    });
  });

  describe('safety', () => {
    it('shows markup typed into a field as text, and sends it as text', async () => {
      const el = await makeForm();
      const markup = '<img src=x onerror=alert(1)>';
      await fillValid(el);
      control(el, 'person.name').select();
      await sendKeys({ type: markup });
      await el.updateComplete;
      await press(el, 'Continue');
      const row = $(el, '.summary-list__value');
      expect(row.textContent!.trim()).to.equal(markup);
      expect(root(el).querySelector('img')).to.equal(null);
      setTimeout(() => buttonNamed(el, /^Submit/).click());
      const event = (await oneEvent(el, SUBMIT_EVENT)) as CustomEvent<SubmitEventDetail<ToyData>>;
      expect(event.detail.data.person.name).to.equal(markup);
      await el.updateComplete;
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(el)).to.contain(markup);
    });
  });

  describe('keyboard only', () => {
    it('can be completed and sent with Tab, Space, typing and Enter', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button type="button">Before</button><toy-offsite-form today=${TODAY}></toy-offsite-form></div>`,
      );
      const el = wrapper.querySelector('toy-offsite-form')!;
      const tab = async () => {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
      };
      const submitted: CustomEvent<SubmitEventDetail<ToyData>>[] = [];
      el.addEventListener(SUBMIT_EVENT, (event) => submitted.push(event as CustomEvent<SubmitEventDetail<ToyData>>));
      wrapper.querySelector('button')!.focus();
      await tab();
      expect(active(el)).to.equal(control(el, 'person.name'));
      await sendKeys({ type: 'Ada Lovelace' });
      await tab();
      await sendKeys({ type: '10' });
      await tab();
      await sendKeys({ type: '12' });
      await tab();
      await sendKeys({ type: '2015' });
      await tab();
      expect(active(el)).to.equal($(el, '[name="person.hasPet"][value="yes"]'));
      await sendKeys({ press: ' ' /* the space bar; Firefox over BiDi knows no "Space" */ });
      await el.updateComplete;
      await tab();
      expect(active(el)).to.equal(control(el, 'person.petName'));
      await sendKeys({ type: 'Babbage' });
      await tab();
      expect(active(el)).to.equal(control(el, 'hours.perWeek'));
      await sendKeys({ type: '20' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '#step-heading').textContent!.trim()).to.equal('Check your answers before sending');
      for (let i = 0; i < 20 && !/^Submit/.test(active(el)?.textContent?.trim() ?? ''); i++) await tab();
      expect(active(el)!.textContent!.trim()).to.equal('Submit details');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(submitted.length, 'submit events').to.equal(1);
      const event = submitted[0]!;
      expect(event.detail.data).to.deep.equal({
        person: { name: 'Ada Lovelace', dateOfBirth: '2015-12-10', hasPet: true, petName: 'Babbage' },
        hours: { perWeek: 20 },
      });
      await el.updateComplete;
      expect($(el, '#reference').textContent!.trim()).to.equal(event.detail.submissionId);
    });
  });
});
