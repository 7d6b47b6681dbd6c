import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SUBMIT_EVENT } from '../../../src/events.js';
import { academyUnregisteredPartTime, maintainedWithEhcp } from '../../fixtures/examples.js';
import { $, active, control, makeForm, press, root, settle, text } from './helpers.js';

const partTimeFormUrl = 'https://forms.example.org/part-time-timetable';

describe('<offsite-direction-notification>: accessibility', () => {
  it('passes axe when empty', async () => {
    const el = await makeForm();
    await expect(el).to.be.accessible();
  });

  it('passes axe with every error showing', async () => {
    const el = await makeForm();
    await press(el, 'Continue');
    expect(root(el).querySelectorAll('.error-message').length).to.be.greaterThan(30);
    await expect(el).to.be.accessible();
  });

  it('passes axe with follow-up questions, warnings and notices showing', async () => {
    const el = await makeForm({
      value: { ...academyUnregisteredPartTime, declarations: {} },
      config: { localAuthority: { partTimeTimetableFormUrl: partTimeFormUrl, contactEmail: 'access@example.org' } },
    });
    await press(el, 'Continue');
    expect(text(el)).to.contain('Have you told the virtual school head?');
    expect(text(el)).to.contain('Part-time timetable notification form');
    await expect(el).to.be.accessible();
  });

  it('passes axe on check your answers', async () => {
    const el = await makeForm({ value: academyUnregisteredPartTime });
    await press(el, 'Continue');
    expect($(el, '#step-heading').textContent!.trim()).to.equal('Check your answers before sending');
    expect(root(el).querySelectorAll('.warning-text').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('passes axe on the confirmation', async () => {
    const el = await makeForm({ value: maintainedWithEhcp, config: { localAuthority: { partTimeTimetableFormUrl: partTimeFormUrl } } });
    await press(el, 'Continue');
    await press(el, 'Submit notification');
    await settle(el);
    expect($(el, '#step-heading').textContent!.trim()).to.equal('Notification sent');
    await expect(el).to.be.accessible();
  });

  it('shows the focus colour on every button and button-styled link of the confirmation, reached by Tab', async () => {
    const el = await makeForm({ value: maintainedWithEhcp });
    await press(el, 'Continue');
    await press(el, /^Submit/);
    await settle(el);
    const buttons = Array.from(root(el).querySelectorAll<HTMLElement>('.button'));
    expect(buttons.map((button) => text(button))).to.include.members(['Print or save a copy', 'Save a copy for the outcome review', 'Start another']);
    buttons[0]!.focus();
    for (const button of buttons) {
      expect(active(el), text(button)).to.equal(button);
      // GOV.UK focus: yellow fill (#ffdd00) with a dark bar below.
      expect(getComputedStyle(button).backgroundColor, text(button)).to.equal('rgb(255, 221, 0)');
      await sendKeys({ press: 'Tab' });
    }
  });

  it('labels every control, and ties hints and errors to it', async () => {
    const el = await makeForm({ value: maintainedWithEhcp });
    const controls = Array.from(root(el).querySelectorAll<HTMLInputElement>('input, select, textarea'));
    expect(controls.length).to.be.greaterThan(50);
    for (const box of controls) {
      expect(root(el).querySelector(`label[for="${box.id}"]`), `label for ${box.name}`).not.to.equal(null);
    }
    expect(control(el, 'pupil.upn').getAttribute('aria-describedby')).to.equal('f-pupil-upn-hint');
    expect(text($(el, '#f-pupil-upn-hint'))).to.contain('management information system');
    const kinds = Array.from(root(el).querySelectorAll<HTMLInputElement>('input[name="provision.kind"]'));
    expect(kinds.map((kind) => kind.value)).to.deep.equal([
      'mainstream-school',
      'special-school',
      'registered-alternative-provision',
      'unregistered-alternative-provision',
    ]);
    for (const kind of kinds) {
      expect(text($(el, `#${kind.getAttribute('aria-describedby')}`)).length, kind.value).to.be.greaterThan(20);
    }
    expect(text($(el, '#f-placement-startDate-hint'))).to.contain('relevant day');
    expect(control(el, 'timetable.offsiteHoursPerWeek').inputMode).to.equal('decimal');
    expect(control(el, 'provision.reportTo.email').autocomplete).to.equal('off');
    expect(control(el, 'submittedBy.email').autocomplete).to.equal('email');
  });

  it('moves through the questions with Tab, and Enter continues to check your answers', async () => {
    const el = await makeForm({ value: maintainedWithEhcp });
    control(el, 'homeSchool.name').focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(control(el, 'homeSchool.laestab'));
    let sent = 0;
    el.addEventListener(SUBMIT_EVENT, () => sent++);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '#step-heading'));
    expect($(el, '#step-heading').textContent!.trim()).to.equal('Check your answers before sending');
    expect(sent).to.equal(0);
  });
});
