import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { OffsiteFormElement, type FormCheckOptions } from '../../../src/components/shared/offsite-form-element.js';
import type { Draft } from '../../../src/components/shared/paths.js';
import {
  baseView,
  requiredFindings,
  type FormDefinition,
  type QuestionView,
} from '../../../src/components/shared/questions.js';
import type { CheckResult } from '../../../src/schema/result.js';

/*
 * The point of questions as data: a form defined only by its definition. The element class below is generic; the
 * test adds one question to a copy of the definition and finds it in the form, in check your answers with a
 * working Change link, and in the error summary, with no other code.
 */

const baseDefinition: FormDefinition<QuestionView> = {
  sections: [
    {
      id: 'person',
      heading: 'The person',
      items: [
        { kind: 'text', path: 'person.name', label: 'Full name', noun: 'their full name', summary: { key: 'Name' } },
        {
          kind: 'yes-no',
          path: 'person.hasPet',
          label: 'Do they have a pet?',
          noun: 'whether they have a pet',
          yes: [{ kind: 'text', path: 'person.petName', label: 'Pet’s name', noun: 'the pet’s name', summary: { key: 'Pet' } }],
          summary: { key: 'Has a pet' },
        },
      ],
    },
    {
      id: 'week',
      heading: 'Their week',
      items: [{ kind: 'hours', path: 'week.hours', label: 'Hours a week', noun: 'the hours a week', summary: { key: 'Hours' } }],
    },
  ],
};

/** The same form with one question more, added to its definition and nowhere else. */
const withColour: FormDefinition<QuestionView> = {
  sections: [
    baseDefinition.sections[0]!,
    {
      ...baseDefinition.sections[1]!,
      items: [
        { kind: 'text', path: 'week.colour', label: 'Favourite colour', noun: 'their favourite colour', width: 10, summary: { key: 'Colour' } },
        ...baseDefinition.sections[1]!.items,
      ],
    },
  ],
};

/** A form made from a definition alone: its check asks for every question asked and not answered. */
function formOf(definition: FormDefinition<QuestionView>) {
  return class extends OffsiteFormElement<Draft, Record<string, never>, QuestionView> {
    readonly formName = 'offsite-direction-notification' as const;
    protected get formTitle() {
      return 'About a person';
    }
    protected get submitLabel() {
      return 'Submit';
    }
    protected get definition() {
      return definition;
    }
    protected questionView(): QuestionView {
      return baseView(this.fields, this.checkResult, this.locale());
    }
    protected check(value: Draft, _options: FormCheckOptions): CheckResult<Draft, Record<string, never>> {
      const view = baseView(this.fields, { ok: false }, this.locale());
      const findings = requiredFindings(definition, view);
      return findings.length ? { ok: false, findings } : { ok: true, data: value, derived: {}, findings };
    }
  };
}
customElements.define('definition-form-base', formOf(baseDefinition));
customElements.define('definition-form-colour', formOf(withColour));

type DefinedForm = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };

async function mount(tag: string): Promise<DefinedForm> {
  return fixture<DefinedForm>(staticHtml`<${unsafeStatic(tag)} today="2026-03-02"></${unsafeStatic(tag)}>`);
}

const root = (el: DefinedForm) => el.shadowRoot;
const words = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

async function press(el: DefinedForm, label: string) {
  const button = Array.from(root(el).querySelectorAll<HTMLElement>('button')).find((b) => words(b) === label);
  if (!button) throw new Error(`No button ${label}`);
  button.click();
  await el.updateComplete;
}

async function typeInto(el: DefinedForm, name: string, text: string) {
  root(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function summaryMessages(el: DefinedForm): string[] {
  return Array.from(root(el).querySelectorAll('.error-summary a')).map(words);
}

function labels(el: DefinedForm): string[] {
  return Array.from(root(el).querySelectorAll('label, legend')).map(words);
}

function answerRows(el: DefinedForm): string[] {
  return Array.from(root(el).querySelectorAll('.summary-list__row')).map(
    (row) => `${words(row.querySelector('dt')!)}: ${words(row.querySelector('.summary-list__value')!)}`,
  );
}

describe('a form defined only as data', () => {
  it('draws each question of its definition, asks follow-ups under their option, and lists the answers', async () => {
    const el = await mount('definition-form-base');
    expect(labels(el)).to.include.members(['Full name', 'Do they have a pet?', 'Hours a week']);
    expect(labels(el)).not.to.include('Pet’s name');
    await typeInto(el, 'person.name', 'Ada');
    root(el).querySelector<HTMLInputElement>('[name="person.hasPet"][value="yes"]')!.click();
    await el.updateComplete;
    expect(labels(el)).to.include('Pet’s name');
    await press(el, 'Continue');
    expect(summaryMessages(el)).to.deep.equal(['Enter the pet’s name', 'Enter the hours a week']);
    await typeInto(el, 'person.petName', 'Rex');
    await typeInto(el, 'week.hours', '12.5');
    await press(el, 'Continue');
    expect(words(root(el).querySelector('#step-heading')!)).to.equal('Check your answers before sending');
    expect(answerRows(el)).to.deep.equal(['Name: Ada', 'Has a pet: Yes', 'Pet: Rex', 'Hours: 12.5 hours']);
  });

  it('a question added to the definition alone is in the form, the error summary, and check your answers with a Change link', async () => {
    const before = await mount('definition-form-base');
    expect(root(before).querySelector('[name="week.colour"]')).to.equal(null);

    const el = await mount('definition-form-colour');
    const box = root(el).querySelector<HTMLInputElement>('[name="week.colour"]');
    expect(box !== null).to.equal(true);
    expect(words(root(el).querySelector(`label[for="${box!.id}"]`)!)).to.equal('Favourite colour');
    expect(box!.classList.contains('input--width-10')).to.equal(true);

    await typeInto(el, 'person.name', 'Ada');
    root(el).querySelector<HTMLInputElement>('[name="person.hasPet"][value="no"]')!.click();
    await typeInto(el, 'week.hours', '20');
    await press(el, 'Continue');
    // In page order: the new question comes before the hours, as the definition puts it.
    expect(summaryMessages(el)).to.deep.equal(['Enter their favourite colour']);
    const link = root(el).querySelector<HTMLAnchorElement>('.error-summary a')!;
    link.click();
    await el.updateComplete;
    expect(root(el).activeElement === box).to.equal(true);
    expect(words(root(el).querySelector('.error-message')!)).to.equal('Error: Enter their favourite colour');

    await sendKeys({ type: 'Teal' });
    await el.updateComplete;
    await press(el, 'Continue');
    expect(answerRows(el)).to.deep.equal(['Name: Ada', 'Has a pet: No', 'Colour: Teal', 'Hours: 20 hours']);

    const change = root(el).querySelector<HTMLAnchorElement>('.summary-list__actions a[data-path="week.colour"]')!;
    expect(words(change)).to.equal('Change Colour');
    change.click();
    await el.updateComplete;
    await el.updateComplete;
    const again = root(el).querySelector<HTMLInputElement>('[name="week.colour"]')!;
    expect(root(el).activeElement === again).to.equal(true);
    expect(again.value).to.equal('Teal');
  });
});
