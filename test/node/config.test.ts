// resolveConfig: a host's partial settings over the Derbyshire defaults; a bad setting is named, the default used,
// and nothing ever throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkNotification, defaultConfig, derbyshireTermDates, englandAndWalesBankHolidays, resolveConfig,
  type ConfigProblem,
} from '../../src/schema/index.js';
import { exampleToday, maintainedWithEhcp } from '../fixtures/examples.js';

const settings = (problems: readonly ConfigProblem[]) => problems.map((problem) => problem.setting).sort();

describe('resolveConfig defaults', () => {
  it('are Derbyshire\'s', () => {
    for (const input of [undefined, null, {}]) {
      const { config, problems } = resolveConfig(input);
      assert.deepEqual(problems, []);
      assert.deepEqual(config.localAuthority, { name: 'Derbyshire County Council', code: '830' });
      assert.equal(config.partTimeThresholdHours, 25);
      assert.equal(config.noticeSchoolDays, 2);
      assert.deepEqual(config.calendar.terms, derbyshireTermDates);
      assert.deepEqual(config.calendar.bankHolidays, englandAndWalesBankHolidays);
      assert.deepEqual(config.calendar.closures, []);
    }
    assert.equal(resolveConfig().config, defaultConfig);
  });

  it('come with a calendar built from them', () => {
    const { calendar } = resolveConfig();
    assert.equal(calendar.addSchoolDays('2026-04-13', -2), '2026-03-26');
  });

  it('are replaced, not added to, by a calendar list; the README\'s way of adding a year keeps the shipped terms', () => {
    const autumn2026 = { start: '2026-09-03', end: '2026-10-23' };
    const only = resolveConfig({ calendar: { terms: [autumn2026] } }).calendar;
    assert.equal(only.covers('2026-09-10'), true);
    assert.equal(only.covers('2026-03-10'), false, 'the shipped 2025/26 terms are gone');
    const added = resolveConfig({ calendar: { terms: [...derbyshireTermDates, autumn2026] } }).calendar;
    assert.equal(added.covers('2026-09-10'), true);
    assert.equal(added.covers('2026-03-10'), true);
    assert.equal(added.addSchoolDays('2026-04-13', -2), '2026-03-26');
  });

  it('cannot be changed by a caller', () => {
    assert.ok(Object.isFrozen(defaultConfig));
    assert.ok(Object.isFrozen(defaultConfig.localAuthority));
    assert.throws(() => {
      (defaultConfig as { partTimeThresholdHours: number }).partTimeThresholdHours = 1;
    }, TypeError);
  });
});

describe('resolveConfig with good settings', () => {
  it('merges them over the defaults', () => {
    const { config, problems, calendar } = resolveConfig({
      localAuthority: { name: ' Test Borough Council ', code: '999', contactEmail: 'access@test.example.gov.uk', guidanceUrl: 'https://example.org/guide' },
      partTimeThresholdHours: 20,
      noticeSchoolDays: 5,
      calendar: { terms: [{ start: '2026-09-02', end: '2026-10-23' }], closures: ['2026-09-02'] },
      texts: { 'submit-button': 'Send' },
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(config.localAuthority, {
      name: 'Test Borough Council', code: '999', contactEmail: 'access@test.example.gov.uk', guidanceUrl: 'https://example.org/guide',
    });
    assert.equal(config.partTimeThresholdHours, 20);
    assert.equal(config.noticeSchoolDays, 5);
    assert.deepEqual(config.calendar.terms, [{ start: '2026-09-02', end: '2026-10-23' }]);
    assert.deepEqual(config.calendar.bankHolidays, englandAndWalesBankHolidays, 'unset parts keep their defaults');
    assert.deepEqual(config.texts, { 'submit-button': 'Send' });
    assert.equal(calendar.isSchoolDay('2026-09-02'), false, 'the closure');
    assert.equal(calendar.isSchoolDay('2026-09-03'), true);
    assert.equal(calendar.covers('2026-10-01'), true);
  });

  it('accepts zero thresholds and notice days', () => {
    const { config, problems } = resolveConfig({ partTimeThresholdHours: 0, noticeSchoolDays: 0 });
    assert.deepEqual(problems, []);
    assert.equal(config.partTimeThresholdHours, 0);
    assert.equal(config.noticeSchoolDays, 0);
  });
});

describe('resolveConfig with bad settings', () => {
  it('names an unknown key and ignores it', () => {
    const { config, problems } = resolveConfig({ partTimeThreshold: 20, localAuthority: { telephone: '01629' }, calendar: { inset: [] } });
    assert.deepEqual(settings(problems), ['calendar.inset', 'localAuthority.telephone', 'partTimeThreshold']);
    assert.equal(config.partTimeThresholdHours, 25);
    for (const problem of problems) assert.match(problem.message, /not a setting/);
  });

  it('names bad calendar dates and uses the default calendar part', () => {
    const { config, problems } = resolveConfig({
      calendar: { bankHolidays: ['2026-02-30'], closures: '2026-03-02', terms: [{ start: '2026-05-01', end: '2026-04-01' }] },
    });
    assert.deepEqual(settings(problems), ['calendar.bankHolidays', 'calendar.closures', 'calendar.terms']);
    assert.deepEqual(config.calendar.bankHolidays, englandAndWalesBankHolidays);
    assert.deepEqual(config.calendar.closures, []);
    assert.deepEqual(config.calendar.terms, derbyshireTermDates);
    const terms = resolveConfig({ calendar: { terms: [{ start: '2026-09-01' }] } });
    assert.deepEqual(settings(terms.problems), ['calendar.terms']);
    assert.equal(resolveConfig({ calendar: 'derbyshire' }).problems[0]?.setting, 'calendar');
  });

  it('names negative, too large, fractional and non-numeric thresholds and uses the defaults', () => {
    const table: [Record<string, unknown>, string, number][] = [
      [{ partTimeThresholdHours: -1 }, 'partTimeThresholdHours', 25],
      [{ partTimeThresholdHours: 61 }, 'partTimeThresholdHours', 25],
      [{ partTimeThresholdHours: '20' }, 'partTimeThresholdHours', 25],
      [{ partTimeThresholdHours: Number.NaN }, 'partTimeThresholdHours', 25],
      [{ noticeSchoolDays: -2 }, 'noticeSchoolDays', 2],
      [{ noticeSchoolDays: 2.5 }, 'noticeSchoolDays', 2],
      [{ noticeSchoolDays: 31 }, 'noticeSchoolDays', 2],
      [{ noticeSchoolDays: Number.POSITIVE_INFINITY }, 'noticeSchoolDays', 2],
    ];
    for (const [input, setting, fallback] of table) {
      const { config, problems } = resolveConfig(input);
      assert.deepEqual(settings(problems), [setting], JSON.stringify(input));
      assert.equal(config[setting as 'noticeSchoolDays'], fallback);
      assert.match(problems[0]?.message ?? '', new RegExp(setting));
    }
  });

  it('names bad local authority details', () => {
    const { config, problems } = resolveConfig({
      localAuthority: { name: '  ', code: '83', contactEmail: 'not an email', partTimeTimetableFormUrl: 'javascript:alert(1)' },
    });
    assert.deepEqual(settings(problems), [
      'localAuthority.code', 'localAuthority.contactEmail', 'localAuthority.name', 'localAuthority.partTimeTimetableFormUrl',
    ]);
    assert.deepEqual(config.localAuthority, { name: 'Derbyshire County Council', code: '830' });
    assert.equal(resolveConfig({ localAuthority: 'Derbyshire' }).problems[0]?.setting, 'localAuthority');
    assert.equal(resolveConfig({ texts: { a: 1 } }).problems[0]?.setting, 'texts');
  });

  it('keeps the good settings next to a bad one', () => {
    const { config, problems } = resolveConfig({ partTimeThresholdHours: 20, noticeSchoolDays: -1 });
    assert.deepEqual(settings(problems), ['noticeSchoolDays']);
    assert.equal(config.partTimeThresholdHours, 20);
    assert.equal(config.noticeSchoolDays, 2);
  });

  it('names a configuration that is not an object', () => {
    for (const input of ['derbyshire', 42, true, [], [{ partTimeThresholdHours: 20 }]]) {
      const { config, problems } = resolveConfig(input);
      assert.deepEqual(settings(problems), ['config'], JSON.stringify(input));
      assert.match(problems[0]?.message ?? '', /object/);
      assert.deepEqual(config, defaultConfig);
    }
  });

  it('never throws, and the checks still run on the defaults', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }), (input) => {
        const { config, problems, calendar } = resolveConfig(input);
        assert.ok(Array.isArray(problems));
        for (const problem of problems) {
          assert.equal(typeof problem.setting, 'string');
          assert.ok(problem.message.length > 0);
        }
        assert.equal(typeof config.partTimeThresholdHours, 'number');
        assert.equal(typeof calendar.isSchoolDay('2026-03-26'), 'boolean');
      }),
      { numRuns: 300 },
    );
    const result = checkNotification(maintainedWithEhcp, { today: exampleToday, config: { noticeSchoolDays: -1 } as never });
    assert.equal(result.ok, true);
    assert.equal(result.derived?.noticeDeadline, '2026-03-05', 'the default two school days');
  });
});
