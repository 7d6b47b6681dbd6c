/**
 * A local authority's own wording through `config.texts`: each text id replaces the library's wording where it
 * appears, `{localAuthority}` and `{contactEmail}` are filled in, the wording is shown as text (never HTML), and an
 * id no form knows is reported like any other configuration problem.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { OffsiteDirectionNotification } from '../../../src/components/notification/offsite-direction-notification.js';
import type { OffsiteDirectionOutcomeReview } from '../../../src/components/outcome-review/offsite-direction-outcome-review.js';
import { textIds } from '../../../src/components/shared/texts.js';
import type { FormsConfigInput } from '../../../src/schema/index.js';
import { exampleToday, extensionReview, maintainedPartTime, reviewToday } from '../../fixtures/examples.js';

type Form = OffsiteDirectionNotification | OffsiteDirectionOutcomeReview;

const links = {
  contactEmail: 'exclusion.access@example.org',
  partTimeTimetableFormUrl: 'https://forms.example.org/part-time-timetable',
  guidanceUrl: 'https://schools.example.org/offsite-directions',
};

const reworded: FormsConfigInput = {
  localAuthority: { name: 'Peak District Council', code: '831', ...links },
  texts: {
    'contact-line': 'Ring the Exclusion and Access Team on 01629 533190, or write to {contactEmail}:',
    'guidance-link': 'How {localAuthority} handles offsite directions',
    'part-time-timetable-link': 'Form PT1: part-time timetable',
    'notification.next-steps': '<b>We</b> will reply within 5 school days.',
    'outcome-review.next-steps': '{localAuthority} will update the pupil’s record within 5 school days.',
  },
};

function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function settle(el: Form): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

async function sent(el: Form): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await settle(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button-primary"]')!.click();
  await settle(el);
  await settle(el);
}

async function notification(config: FormsConfigInput | undefined, value?: object): Promise<OffsiteDirectionNotification> {
  const el = await fixture<OffsiteDirectionNotification>(
    html`<offsite-direction-notification today=${exampleToday} .config=${config}></offsite-direction-notification>`,
  );
  if (value) el.value = structuredClone(value) as Record<string, unknown>;
  await el.updateComplete;
  return el;
}

async function review(config: FormsConfigInput | undefined, value?: object): Promise<OffsiteDirectionOutcomeReview> {
  const el = await fixture<OffsiteDirectionOutcomeReview>(
    html`<offsite-direction-outcome-review today=${reviewToday} .config=${config}></offsite-direction-outcome-review>`,
  );
  if (value) el.value = structuredClone(value) as Record<string, unknown>;
  await el.updateComplete;
  return el;
}

describe('config.texts: a local authority’s own wording', () => {
  it('names five texts', () => {
    expect([...textIds]).to.deep.equal([
      'contact-line',
      'guidance-link',
      'part-time-timetable-link',
      'notification.next-steps',
      'outcome-review.next-steps',
    ]);
  });

  it('keeps the library’s wording without texts', async () => {
    const el = await notification({ localAuthority: links }, maintainedPartTime);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[data-text="contact-line"]'))).to.equal(
      'Questions about this form: exclusion.access@example.org',
    );
    expect(text(root.querySelector('[data-text="guidance-link"]'))).to.equal(
      'Derbyshire County Council guidance (opens in new tab)',
    );
    expect(text(root.querySelector('[data-notice="part-time"] a'))).to.equal(
      'Part-time timetable notification form (opens in new tab)',
    );
  });

  it('rewords the contact line, the guidance link and the part-time timetable link on the notification', async () => {
    const el = await notification(reworded, maintainedPartTime);
    const root = el.shadowRoot!;
    const contact = root.querySelector('[data-text="contact-line"]')!;
    expect(text(contact)).to.equal(
      'Ring the Exclusion and Access Team on 01629 533190, or write to exclusion.access@example.org: exclusion.access@example.org',
    );
    expect(contact.querySelector('a')!.getAttribute('href')).to.equal('mailto:exclusion.access@example.org');
    const guidance = root.querySelector<HTMLAnchorElement>('[data-text="guidance-link"] a')!;
    expect(text(guidance)).to.equal('How Peak District Council handles offsite directions (opens in new tab)');
    expect(guidance.href).to.equal(links.guidanceUrl);
    expect(text(root.querySelector('[data-notice="part-time"] a'))).to.equal('Form PT1: part-time timetable (opens in new tab)');
  });

  it('rewords the notification’s next steps and part-time link on the confirmation, as text only', async () => {
    const el = await notification(reworded, maintainedPartTime);
    await sent(el);
    const root = el.shadowRoot!;
    const next = root.querySelector('[data-text="notification.next-steps"]')!;
    expect(text(next)).to.equal('<b>We</b> will reply within 5 school days.');
    expect(next.querySelector('b')).to.equal(null);
    expect(text(root)).to.contain('Form PT1: part-time timetable (opens in new tab)');
    expect(text(root)).not.to.contain('will record the direction');
  });

  it('shows a contact line with no contact email when the authority words one', async () => {
    const el = await notification({ texts: { 'contact-line': 'Questions? Call 01629 533190.' } });
    expect(text(el.shadowRoot!.querySelector('[data-text="contact-line"]'))).to.equal('Questions? Call 01629 533190.');
    expect(el.shadowRoot!.querySelector('[data-text="contact-line"] a')).to.equal(null);
  });

  it('rewords the outcome review’s contact line, guidance link and next steps', async () => {
    const el = await review(reworded, extensionReview);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[data-text="contact-line"]'))).to.contain('Ring the Exclusion and Access Team');
    expect(text(root.querySelector('[data-text="guidance-link"]'))).to.equal(
      'How Peak District Council handles offsite directions (opens in new tab)',
    );
    await sent(el);
    expect(text(root.querySelector('[data-text="outcome-review.next-steps"]'))).to.equal(
      'Peak District Council will update the pupil’s record within 5 school days.',
    );
  });

  it('ignores a blank replacement', async () => {
    const el = await notification({ localAuthority: links, texts: { 'contact-line': '   ' } });
    expect(text(el.shadowRoot!.querySelector('[data-text="contact-line"]'))).to.equal(
      'Questions about this form: exclusion.access@example.org',
    );
  });

  it('reports a text id no form knows, and shows the form', async () => {
    const realError = console.error;
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await review({ texts: { 'contact-lines': 'Call us.' } });
      const banner = text(el.shadowRoot!.querySelector('#config-problems'));
      expect(banner).to.contain('"texts.contact-lines" is not a text this form can reword; it is ignored.');
      expect(el.shadowRoot!.querySelector('form')).not.to.equal(null);
    } finally {
      console.error = realError;
    }
    expect(String(logged[0]?.[0])).to.contain('texts.contact-lines');
  });
});
