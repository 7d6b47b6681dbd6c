// Each section is drawn again only when something it shows has changed (src/components/shared/section-memo.ts).
// What matters to a person is that nothing shown goes stale: an answer in one section that another section shows
// (a hint, a question asked only after it, an inline error, the error summary's order) still reaches it.
import { expect, fixture } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { DrawMemo, sameValue } from '../../../src/components/shared/section-memo.js';
import type { FieldContext } from '../../../src/components/shared/field-parts.js';
import type { QuestionView } from '../../../src/components/shared/questions.js';
import { exampleToday, maintainedWithEhcp } from '../../fixtures/examples.js';
import * as notification from '../notification/helpers.js';
import * as review from '../outcome-review/helpers.js';

describe('sections drawn again only when what they show changes', () => {
  it('shows a date typed in one section in the hint of a question in another', async () => {
    const el = await review.makeReview({ value: { placement: { startDate: '2026-03-09', estimatedEndDate: '2026-05-22' } } });
    await review.choose(el, 'outcome.kind', 'extension');
    const hint = () => review.textOf(review.$(el, '#f-outcome-newEstimatedEndDate-hint'));
    expect(hint()).to.equal('It must be after the notified estimated end date, Friday 22 May 2026. For example, 17 7 2026');

    await review.retype(el, 'placement.estimatedEndDate-day', '19');
    await review.retype(el, 'placement.estimatedEndDate-month', '6');
    expect(hint()).to.equal('It must be after the notified estimated end date, Friday 19 June 2026. For example, 17 7 2026');
    await review.retype(el, 'placement.estimatedEndDate-day', '');
    expect(hint()).to.equal('It must be after the estimated end date given in the notification. For example, 17 7 2026');
  });

  it('asks a later section\'s question once an earlier answer calls for it, and drops it again', async () => {
    const el = await review.makeReview();
    await review.choose(el, 'outcome.kind', 'managed-move');
    const asked = () => review.has(el, '[name="outcome.localAuthoritySendConsulted"]');
    expect(asked()).to.equal(false);
    await review.choose(el, 'pupil.hasEhcp', 'yes');
    expect(asked()).to.equal(true);
    await review.typeInto(el, 'pupil.firstName', 'Alex');
    expect(asked(), 'still asked after typing elsewhere').to.equal(true);
    await review.choose(el, 'pupil.hasEhcp', 'no');
    expect(asked()).to.equal(false);
  });

  it('keeps the error summary in page order after typing in one section, and clears only the fixed error', async function () {
    this.timeout(30_000);
    const el = await notification.makeForm();
    await notification.press(el, 'Continue');
    const before = notification.summaryEntries(el);
    expect(before.length, 'errors in many sections').to.be.above(10);
    // The last section's answer: were the sections not drawn again remembered in their places, the drawn one's
    // errors would jump to the top of the summary.
    const fixedMessage = notification.inlineError(el, 'submittedBy.name');
    expect(fixedMessage).to.equal(before.find((entry) => entry === fixedMessage));
    expect(notification.inlineError(el, 'pupil.firstName')).to.equal('Enter the pupil\'s legal first name');

    await notification.typeInto(el, 'submittedBy.name', 'Jo Head');
    expect(notification.inlineError(el, 'submittedBy.name'), 'fixed').to.equal(undefined);
    expect(notification.inlineError(el, 'pupil.firstName'), 'another section\'s error stays').to.equal('Enter the pupil\'s legal first name');
    expect(notification.summaryEntries(el), 'the summary as the key left it').to.deep.equal(before.filter((entry) => entry !== fixedMessage));

    await notification.press(el, 'Continue');
    expect(notification.summaryEntries(el)).to.deep.equal(before.filter((entry) => entry !== fixedMessage));
  });

  it('draws every section again with its answers after check your answers and Change', async function () {
    this.timeout(60_000);
    const el = await notification.makeForm({ value: maintainedWithEhcp, today: exampleToday });
    await notification.press(el, 'Continue');
    expect(notification.maybe(el, 'form'), 'on check your answers').to.equal(null);
    await notification.press(el, 'Back');
    expect(notification.control(el, 'pupil.upn').value).to.equal(maintainedWithEhcp.pupil!.upn);
    expect(notification.control(el, 'provision.name').value).to.equal(maintainedWithEhcp.provision!.name);
    expect(notification.control(el, 'placement.startDate-day').value).to.equal(String(Number(maintainedWithEhcp.placement!.startDate!.slice(8))));
  });
});

describe('DrawMemo', () => {
  function viewOf(answers: Record<string, unknown>, order: string[], extra: Record<string, unknown> = {}): QuestionView {
    const fields: FieldContext = {
      value: (path) => answers[path],
      rawText: () => undefined,
      rawDate: () => undefined,
      error: () => undefined,
      update: () => {},
      noteField: (path) => order.push(path),
    };
    return { fields, value: (path) => answers[path], shown: (path) => answers[path], locale: 'en-GB', ...extra };
  }

  it('draws a section again only when one of its reads gives something else, and notes its fields each time', async () => {
    const memo = new DrawMemo();
    const section = {};
    let draws = 0;
    const draw = (view: QuestionView) => {
      draws += 1;
      view.fields.noteField('a');
      return html`<p>${String(view.fields.value('a'))} ${String((view as QuestionView & { total?: number }).total)}</p>`;
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const paint = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const order: string[] = [];
      render(memo.render(section, viewOf(answers, order, extra), order, draw), host);
      return order;
    };

    expect(paint({ a: 'one', b: 1 }, { total: 5 })).to.deep.equal(['a']);
    expect(host.textContent).to.equal('one 5');
    // The first drawing is not noted, so the second draws again, noting what it reads.
    expect(paint({ a: 'one', b: 1 }, { total: 5 })).to.deep.equal(['a']);
    expect(draws, 'drawn again once, to note its reads').to.equal(2);
    expect(paint({ a: 'one', b: 2 }, { total: 5 }), 'kept, its field noted again').to.deep.equal(['a']);
    expect(draws, 'an answer it does not show changed').to.equal(2);
    paint({ a: 'two', b: 2 }, { total: 5 });
    expect([draws, host.textContent]).to.deep.equal([3, 'two 5']);
    paint({ a: 'two', b: 2 }, { total: 6 });
    expect([draws, host.textContent]).to.deep.equal([4, 'two 6']);

    // A new place in the page (another step came between) gets the kept drawing, not an empty part.
    render(nothing, host);
    expect(host.textContent).to.equal('');
    paint({ a: 'two', b: 3 }, { total: 6 });
    expect([draws, host.textContent]).to.deep.equal([4, 'two 6']);
  });

  it('compares answers by value, not by identity', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).to.equal(true);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).to.equal(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(sameValue([1, 2], [1, 2, 3])).to.equal(false);
    expect(sameValue(Number.NaN, Number.NaN)).to.equal(true);
    expect(sameValue(html`<p>${'a'}</p>`, html`<p>${'a'}</p>`), 'the same markup and values').to.equal(true);
    expect(sameValue(html`<p>${'a'}</p>`, html`<b>${'a'}</b>`), 'other markup').to.equal(false);
    const same = (text: string) => html`<p>${text}</p>`;
    expect(sameValue(same('a'), same('a'))).to.equal(true);
    expect(sameValue(same('a'), same('b'))).to.equal(false);
    expect(sameValue(new Date(0), new Date(1)), 'a Date, by identity').to.equal(false);
    expect(sameValue(new Map([[1, 'a']]), new Map([[1, 'b']])), 'a Map, by identity').to.equal(false);
    expect(sameValue(Object.assign(Object.create(null), { a: 1 }), { a: 1 }), 'other prototypes').to.equal(false);
    const handler = () => {};
    expect(sameValue({ onClick: handler }, { onClick: handler })).to.equal(true);
    expect(sameValue({ onClick: () => {} }, { onClick: () => {} })).to.equal(false);
  });
});
