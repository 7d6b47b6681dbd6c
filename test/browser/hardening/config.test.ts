/**
 * A malformed `config` (CONTRACT §7): one console error naming the bad setting, a visible message in the element
 * naming it, and a form that still renders with the defaults and still sends.
 */
import { expect } from '@open-wc/testing';
import { checkEnvelope, checkNotification, checkOutcomeReview } from '../../../src/schema/index.js';
import { exampleToday, extensionReview, maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';
import { collectSubmits, find, heading, mount, press, root, textOf, type AnyForm, type FormTag } from './helpers.js';

interface Case {
  what: string;
  config: unknown;
  /** What the message must name. */
  names: string[];
}

const cases: Case[] = [
  { what: 'an unknown key (a typo)', config: { localAuthorty: { name: 'Example Council' } }, names: ['localAuthorty'] },
  { what: 'an unknown key inside a group', config: { calendar: { holidays: ['2026-04-03'] } }, names: ['calendar.holidays'] },
  {
    what: 'impossible and wrongly written bank holidays',
    config: { calendar: { bankHolidays: ['2026-02-30', '25/12/2026'] } },
    names: ['calendar.bankHolidays'],
  },
  {
    what: 'a term that ends before it starts',
    config: { calendar: { terms: [{ start: '2026-09-01', end: '2026-07-20' }] } },
    names: ['calendar.terms'],
  },
  { what: 'closures as one string', config: { calendar: { closures: '2026-04-01' } }, names: ['calendar.closures'] },
  { what: 'a negative threshold', config: { partTimeThresholdHours: -5 }, names: ['partTimeThresholdHours'] },
  { what: 'negative and fractional notice days', config: { noticeSchoolDays: -1.5 }, names: ['noticeSchoolDays'] },
  { what: 'a number given as text', config: { noticeSchoolDays: '3' }, names: ['noticeSchoolDays'] },
  { what: 'a bad LA code beside a good name', config: { localAuthority: { name: 'Example Council', code: 'eight' } }, names: ['localAuthority.code'] },
  { what: 'a string instead of an object', config: 'Derbyshire', names: ['configuration'] },
  { what: 'a number instead of an object', config: 42, names: ['configuration'] },
  { what: 'a list instead of an object', config: [{ noticeSchoolDays: 3 }], names: ['configuration'] },
  {
    what: 'a setting that throws when read (a broken getter or proxy)',
    config: {
      get noticeSchoolDays(): number {
        throw new Error('store not ready');
      },
    },
    names: ['configuration'],
  },
];

const elements: { tag: FormTag; today: string; value: object; check: (value: unknown, today: string) => { derived?: unknown } }[] = [
  {
    tag: 'offsite-direction-notification',
    today: exampleToday,
    value: maintainedWithEhcp,
    check: (value, today) => checkNotification(value, { today }),
  },
  {
    tag: 'offsite-direction-outcome-review',
    today: reviewToday,
    value: extensionReview,
    check: (value, today) => checkOutcomeReview(value, { today }),
  },
];

/** Replaces console.error while `run` runs; returns what was logged. */
async function consoleErrors(run: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return logged;
}

function banner(el: AnyForm): HTMLElement | null {
  return find(el, '#config-problems[role="region"]');
}

for (const { tag, today, value, check } of elements) {
  describe(`<${tag}> with a malformed config`, () => {
    afterEach(() => document.querySelectorAll(tag).forEach((el) => el.remove()));

    for (const { what, config, names } of cases) {
      it(`${what}: logs it once, shows it, and works with the defaults`, async () => {
        let el!: AnyForm;
        const logged = await consoleErrors(async () => {
          el = await mount(tag, { today, config });
          el.value = structuredClone(value) as Record<string, unknown>;
          await el.updateComplete;
          // Re-renders and re-reading the same config do not log it again.
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(logged.length, logged.join('\n')).to.equal(1);
        for (const name of names) expect(logged[0]).to.contain(name);

        const region = banner(el);
        expect(region, 'a visible message').to.not.equal(null);
        expect(region!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(textOf(region)).to.contain('This form is not set up correctly');
        for (const name of names) expect(textOf(region)).to.contain(name);

        // The form is all there, and sends with the defaults in place of the bad setting.
        expect(root(el).querySelectorAll('input[name]').length).to.be.greaterThan(10);
        const submits = collectSubmits(el);
        await press(el, 'Continue');
        expect(heading(el)).to.equal('Check your answers before sending');
        expect(textOf(banner(el)), 'still said on check your answers').to.contain(names[0]!);
        await press(el, /^Submit/);
        expect(submits.length).to.equal(1);
        const envelope = JSON.parse(JSON.stringify(submits[0]));
        expect(checkEnvelope(envelope).ok).to.equal(true);
        const expectedName = what.includes('beside a good name') ? 'Example Council' : 'Derbyshire County Council';
        expect(envelope.localAuthority).to.deep.equal({ name: expectedName, code: '830' });
        expect(envelope.derived, 'the rules ran with the defaults').to.deep.equal(
          JSON.parse(JSON.stringify(check(value, today).derived)),
        );
      });
    }

    it('drops the message once the config is corrected, and says nothing for a good one', async () => {
      const logged = await consoleErrors(async () => {
        const el = await mount(tag, { today, config: { noticeSchoolDays: -1 } });
        expect(banner(el)).to.not.equal(null);
        el.config = { noticeSchoolDays: 3 };
        await el.updateComplete;
        expect(banner(el)).to.equal(null);
        const good = await mount(tag, { today, config: { localAuthority: { name: 'Example Council', code: '999' } } });
        expect(banner(good)).to.equal(null);
      });
      expect(logged.length).to.equal(1);
    });
  });
}
