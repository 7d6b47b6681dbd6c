// A managed move from an empty form to the confirmation with the keyboard alone: Tab, arrows, Space, typing
// and Enter through sendKeys. Nothing here clicks or focuses a control by script.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkOutcomeReview } from '../../../src/schema/index.js';
import { reviewToday } from '../../fixtures/examples.js';
import { $, active, collectSubmits, root, textOf, type Review } from './helpers.js';

describe('<offsite-direction-outcome-review> with the keyboard only', () => {
  it('completes and sends a managed move', async function () {
    // Some hundred keys, each a round trip to the browser (WebKit takes them one at a time).
    this.timeout(60_000);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button type="button">Before</button>
        <offsite-direction-outcome-review today=${reviewToday}></offsite-direction-outcome-review>
      </div>`,
    );
    const el = wrapper.querySelector('offsite-direction-outcome-review') as Review;
    const submits = collectSubmits(el);
    const focused = () => active(el) as HTMLInputElement | HTMLButtonElement | null;
    const focusedName = () => (focused() as HTMLInputElement | null)?.getAttribute('name') ?? undefined;
    // The space bar is ' ': Firefox's WebDriver BiDi keyboard has no key named "Space".
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
    };
    /** Tabs forward until the control named `name` has focus; a radio group is one tab stop. */
    const tabTo = async (name: string) => {
      for (let i = 0; i < 40 && focusedName() !== name; i++) await press('Tab');
      expect(focusedName(), `tabbing to ${name}`).to.equal(name);
    };
    const typeAt = async (name: string, typed: string) => {
      await tabTo(name);
      await sendKeys({ type: typed });
      await el.updateComplete;
    };
    const dateAt = async (path: string, day: string, month: string, year: string) => {
      await typeAt(`${path}-day`, day);
      await typeAt(`${path}-month`, month);
      await typeAt(`${path}-year`, year);
    };
    /** Into the group, then the arrow keys (which also select) to the option, or Space on the first. */
    const pick = async (name: string, value: string) => {
      await tabTo(name);
      const radio = () => focused() as HTMLInputElement;
      for (let i = 0; i < 6 && radio().value !== value; i++) await press('ArrowDown');
      if (!radio().checked) await press(' ');
      expect(radio().value).to.equal(value);
      expect(radio().checked).to.equal(true);
    };
    const tabToButton = async (label: RegExp) => {
      for (let i = 0; i < 120 && !label.test(textOf(focused() ?? wrapper)); i++) await press('Tab');
      expect(textOf(focused()!)).to.match(label);
    };

    (wrapper.querySelector('button') as HTMLButtonElement).focus();
    await press('Tab');
    // The optional first question: start from the notification's saved copy (a file box), then its reference.
    expect(focusedName()).to.equal('notificationFile');
    await press('Tab');
    expect(focusedName()).to.equal('notificationId');

    await typeAt('homeSchool.name', 'Hillside Community School');
    await typeAt('homeSchool.laestab', '830/4001');
    await pick('homeSchool.governance', 'academy');
    await typeAt('submittedBy.name', 'Sam Carter');
    await typeAt('submittedBy.role', 'Deputy headteacher');
    await typeAt('submittedBy.email', 'sam.carter@hillside.example.org');
    await typeAt('submittedBy.phone', '01629 533190');
    await typeAt('pupil.firstName', 'Alex');
    await typeAt('pupil.lastName', 'Morgan');
    await dateAt('pupil.dateOfBirth', '14', '5', '2012');
    await typeAt('pupil.upn', 'q830200024001');
    await pick('pupil.hasEhcp', 'yes');
    await typeAt('provision.name', 'Valley Academy');
    await pick('provision.kind', 'mainstream-school');
    await typeAt('provision.laestab', '830/4002');
    await dateAt('placement.startDate', '9', '3', '2026');
    await dateAt('placement.estimatedEndDate', '22', '5', '2026');
    await dateAt('review.date', '20', '4', '2026');
    await pick('review.requestedBy', 'scheduled');
    await pick('outcome.kind', 'managed-move');
    await dateAt('outcome.startDate', '27', '4', '2026');
    // The provision was a mainstream school, so it is already the suggested new school: Tab past it.
    await pick('outcome.newSchool.kind', 'mainstream-school');
    await pick('outcome.parentsAgreed', 'yes');
    await pick('outcome.admissionAuthorityAgreed', 'yes');
    await pick('outcome.inBestInterests', 'yes');
    await pick('outcome.localAuthoritySendConsulted', 'yes');
    await dateAt('notices.parentOutcomeNoticeDate', '21', '4', '2026');
    await tabTo('declarations.accurate');
    await press(' ');
    expect((focused() as HTMLInputElement).checked).to.equal(true);

    await tabToButton(/^Continue$/);
    await press('Enter');
    expect(root(el).querySelector('.error-summary'), 'no errors').to.equal(null);
    expect(textOf($(el, '#step-heading'))).to.equal('Check your answers before sending');

    await tabToButton(/^Submit/);
    expect(textOf(focused()!)).to.equal('Submit outcome review');
    await press('Enter');
    expect(submits.length, 'submit events').to.equal(1);
    const { detail } = submits[0]!;
    expect(checkOutcomeReview(detail.data, { today: reviewToday }).ok).to.equal(true);
    expect(detail.data.pupil.upn).to.equal('Q830200024001');
    expect(detail.data.outcome).to.deep.equal({
      kind: 'managed-move',
      startDate: '2026-04-27',
      newSchool: { name: 'Valley Academy', laestab: '8304002', kind: 'mainstream-school' },
      parentsAgreed: true,
      admissionAuthorityAgreed: true,
      inBestInterests: true,
      localAuthoritySendConsulted: true,
    });
    expect(detail.derived.registration).to.deep.equal({
      change: 'managed-move',
      homeSchool: 'off-roll',
      newSchool: 'main',
      dataReturns: { homeSchool: 'CML', newSchool: 'CMJ' },
    });
    await el.updateComplete;
    expect(textOf($(el, '#reference'))).to.equal(detail.submissionId);
  });
});

