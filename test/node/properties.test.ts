// Properties of the rule checks over generated input: they never throw, whatever arrives; a valid answer set
// normalises once and for all (re-checking `data` changes nothing); every finding names a real field and says
// something in words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays, checkEnvelope, checkNotification, checkOutcomeReview, createEnvelope, fromDayNumber, localToday, notificationEnvelopeSchema,
  outcomeReviewEnvelopeSchema, governanceTypes, notificationFields, outcomeKinds,
  outcomeReviewFields, provisionKinds, reviewRequesters, sessionPatterns, toDayNumber, yearGroups, type CheckOptions, type CheckResult,
  type FieldInfo, type Finding,
} from '../../src/schema/index.js';
import {
  academyUnregisteredPartTime, extensionReview, maintainedWithEhcp, managedMoveReview, returnReview,
} from '../fixtures/examples.js';

// ---------------------------------------------------------------------------------------------------------------
// What every result must satisfy.

function assertWellFormed(
  result: CheckResult<unknown, unknown>,
  fields: Readonly<Record<string, FieldInfo>>,
): void {
  assert.equal(typeof result.ok, 'boolean');
  assert.ok(Array.isArray(result.findings));
  const hasError = result.findings.some((item) => item.severity === 'error');
  assert.equal(result.ok, !hasError, 'ok is true exactly when no finding is an error');
  if (result.ok) assert.ok(result.data !== undefined && result.derived !== undefined, 'ok results carry data and derived');
  else assert.equal(result.data, undefined, 'data only travels when ok');
  for (const item of result.findings) assertFinding(item, fields);
}

/** An accepted answer set always makes an envelope that the package's own envelope schema accepts. */
function assertEnvelopeAccepted(
  form: 'offsite-direction-notification' | 'offsite-direction-outcome-review',
  result: CheckResult<unknown, unknown>,
  today: string | undefined,
): void {
  const envelope = createEnvelope({
    form, submissionId: '0b6f4c1e-8d3a-4f2b-9c1d-2e3f4a5b6c7d', today: today ?? localToday(), data: result.data, derived: result.derived,
    findings: result.findings,
  });
  const schema = form === 'offsite-direction-notification' ? notificationEnvelopeSchema : outcomeReviewEnvelopeSchema;
  const parsed = schema.safeParse(envelope);
  assert.ok(parsed.success, `the envelope of an accepted ${form} fails its schema: ${JSON.stringify(parsed.error?.issues)}`);
}

function assertFinding(item: Finding, fields: Readonly<Record<string, FieldInfo>>): void {
  assert.ok(['error', 'warning', 'info'].includes(item.severity), item.severity);
  assert.equal(typeof item.code, 'string');
  assert.ok(item.path !== undefined, `${item.code} has no path`);
  assert.ok(Object.hasOwn(fields, item.path), `${item.code}: path "${item.path}" is not a field`);
  assert.equal(typeof item.message, 'string');
  assert.ok(item.message.trim().length > 0, `${item.code} has an empty message`);
  assert.notEqual(item.message, item.code, `${item.code} has no sentence`);
  if (item.params) {
    for (const value of Object.values(item.params)) assert.ok(typeof value === 'string' || typeof value === 'number');
  }
}

/** ok stays ok, and data, derived and findings are unchanged, when `data` is checked again with the same options. */
function assertIdempotent<T>(
  check: (input: unknown, options: CheckOptions) => CheckResult<T, unknown>,
  result: CheckResult<T, unknown>,
  options: CheckOptions,
): void {
  assert.equal(result.ok, true, JSON.stringify(result.findings));
  const again = check(structuredClone(result.data), options);
  assert.equal(again.ok, true, JSON.stringify(again.findings));
  assert.deepEqual(again.data, result.data);
  assert.deepEqual(again.derived, result.derived);
  assert.deepEqual(again.findings, result.findings);
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile leaves.

const day = (date: string) => toDayNumber(date);
const dateBetween = (from: string, to: string) => fc.integer({ min: day(from), max: day(to) }).map(fromDayNumber);

const nastyStrings = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{constructor.constructor("x")()}}',
  '👩‍👩‍👧‍👦🏴󠁧󠁢󠁥󠁮󠁧󠁿', 'مرحبا بالعالم', 'שלום', '\u202eevil\u202c', '\u0000\u0001\u0007\u001b[31m\u007f',
  '\uD800', '\uFEFFQ830200024001', 'Q830200024001\u200b', '\u00a0 \u2003', 'a'.repeat(10_000), '1'.repeat(10_000) + 'x',
  ' '.repeat(10_000), `${'9'.repeat(5000)}.${'9'.repeat(5000)}`, '__proto__', 'constructor', 'toString', 'NaN',
  'Infinity', '-0', '1e400', '0x10', '2026-02-29', '2026-13-01', '0001-01-01', '9999-12-31', '24:00', '08:60',
  'DROP TABLE pupils;--', '../../etc/passwd', 'null', 'true', '',
];

const realisticStrings = [
  ...governanceTypes, ...provisionKinds, ...yearGroups, ...sessionPatterns, ...outcomeKinds, ...reviewRequesters,
  'Q830200024001', 'B83020002400A', 'Q207000016049', 'X00180001701A', '830/4001', '8304002', '112233', 'DE4 3AG',
  'de43ag', 'sam@example.org', '01629 533190', '+44 7700 900982', '08:45', '12:15', '13:00', '15:15', '12.5', 'abc',
  '2026-03-09', '2026-04-13', '2026-05-22', '2026-03-02',
];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.constantFrom(...nastyStrings), weight: 3 },
  { arbitrary: fc.constantFrom(...realisticStrings), weight: 4 },
  { arbitrary: dateBetween('2010-01-01', '2030-12-31'), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -100, max: 100 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 3 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
);

/** The different answers the examples give at one path. */
class Answers {
  constructor(readonly values: readonly unknown[]) {}
}

/** Every path the examples use, with every answer they give there (both session patterns, all three outcomes). */
function mergeShapes(...shapes: unknown[]): unknown {
  const present = shapes.filter((shape) => shape !== undefined);
  const objects = present.filter((shape) => typeof shape === 'object' && shape !== null && !Array.isArray(shape)) as Record<string, unknown>[];
  if (objects.length === 0) return new Answers([...new Set(present)]);
  const keys = new Set(objects.flatMap((shape) => Object.keys(shape)));
  return Object.fromEntries([...keys].map((key) => [key, mergeShapes(...objects.map((shape) => shape[key]))]));
}

/** Objects shaped like `template`: any value kept, missing, replaced by a hostile leaf, or recursed into. */
function shaped(template: unknown): fc.Arbitrary<unknown> {
  if (template instanceof Answers) {
    return fc.oneof({ arbitrary: fc.constantFrom(...template.values), weight: 3 }, { arbitrary: leaf, weight: 1 });
  }
  const model = Object.fromEntries(
    Object.entries(template as Record<string, unknown>).map(([key, value]) => [
      key,
      fc.oneof(
        { arbitrary: shaped(value), weight: 8 },
        { arbitrary: leaf, weight: 1 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      ),
    ]),
  );
  return fc.record(model);
}

/** Every dotted path in a shape, groups included. */
function pathsOf(shape: unknown, prefix = ''): string[] {
  if (shape instanceof Answers || typeof shape !== 'object' || shape === null) return [];
  return Object.entries(shape).flatMap(([key, value]) => [`${prefix}${key}`, ...pathsOf(value, `${prefix}${key}.`)]);
}

/** A copy of `base` with the value at each dotted path replaced (undefined removes it). */
function withValues(base: unknown, changes: readonly (readonly [string, unknown])[]): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let parent = copy;
    for (const key of keys) {
      if (typeof parent[key] !== 'object' || parent[key] === null || Array.isArray(parent[key])) parent[key] = {};
      parent = parent[key] as Record<string, unknown>;
    }
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return copy;
}

/** A valid example with up to five answers replaced by hostile leaves or removed: near-valid drafts. */
function mutated(bases: readonly unknown[], shape: unknown): fc.Arbitrary<unknown> {
  const change = fc.tuple(fc.constantFrom(...pathsOf(shape)), fc.oneof({ arbitrary: leaf, weight: 4 }, { arbitrary: fc.constant(undefined), weight: 1 }));
  return fc.tuple(fc.constantFrom(...bases), fc.array(change, { maxLength: 5 })).map(([base, changes]) => withValues(base, changes));
}

const notificationShape = mergeShapes(maintainedWithEhcp, academyUnregisteredPartTime, {
  pupil: { isLookedAfter: true, hasSocialWorker: true },
  informed: { virtualSchool: false, socialWorker: false },
  provision: { address: { line2: 'Off the square' }, reportTo: { email: 'jo@example.org' } },
});
const reviewShape = mergeShapes(extensionReview, returnReview, managedMoveReview, {
  review: { requestedBy: 'parent', requestDate: '2026-04-15', previousReviewDate: '2026-02-04' },
});

const anyToday = fc.option(dateBetween('2024-01-01', '2028-12-31'), { nil: undefined });
const anyConfig = fc.constantFrom<unknown>(
  undefined, { calendar: { terms: [] } }, { partTimeThresholdHours: 20, noticeSchoolDays: 5 }, { noticeSchoolDays: -1 },
  'nonsense', { calendar: { closures: ['2026-03-26'] } },
);

const runs = { numRuns: 150 };

describe('the checks never throw', () => {
  it('checkNotification on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyToday, (input, today) => {
        assertWellFormed(checkNotification(input, { today }), notificationFields);
      }),
      runs,
    );
  });

  it('checkOutcomeReview on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyToday, (input, today) => {
        assertWellFormed(checkOutcomeReview(input, { today }), outcomeReviewFields);
      }),
      runs,
    );
  });

  it('checkNotification on any JSON value under each group', () => {
    const groups = Object.keys(notificationShape as object);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...groups), fc.jsonValue({ maxDepth: 3 })), (input) => {
        assertWellFormed(checkNotification(input, { today: '2026-03-02' }), notificationFields);
      }),
      runs,
    );
  });

  const forms = [
    {
      name: 'checkNotification', form: 'offsite-direction-notification', check: checkNotification, fields: notificationFields,
      shape: notificationShape, bases: [maintainedWithEhcp, academyUnregisteredPartTime],
    },
    {
      name: 'checkOutcomeReview', form: 'offsite-direction-outcome-review', check: checkOutcomeReview, fields: outcomeReviewFields,
      shape: reviewShape, bases: [extensionReview, returnReview, managedMoveReview],
    },
  ] as const;

  for (const form of forms) {
    const check = form.check as (input: unknown, options: CheckOptions) => CheckResult<unknown, unknown>;
    /** What every generated input must give: a well-formed result and, when accepted, a stable, sendable one. */
    const sound = (input: unknown, today: string | undefined, config: unknown) => {
      const options: CheckOptions = { today, config: config as never };
      const result = check(input, options);
      assertWellFormed(result, form.fields);
      if (result.ok) {
        assertIdempotent(check, result, options);
        assertEnvelopeAccepted(form.form, result, today);
      }
    };

    it(`${form.name} on objects shaped like the data, with hostile leaves`, () => {
      fc.assert(
        fc.property(shaped(form.shape), anyToday, anyConfig, sound),
        { numRuns: 250 },
      );
    });

    it(`${form.name} on the examples with a few answers broken`, () => {
      fc.assert(
        fc.property(mutated(form.bases, form.shape), anyToday, anyConfig, sound),
        { numRuns: 250 },
      );
    });
  }

  it('a JSON object that cannot become text, at any path, gives findings and not a crash', () => {
    // `{"toString":0}` parses to an object that `String()` cannot convert (its own toString is not a function);
    // CI's random leaves once put one at pupil.upn, and the check threw a TypeError.
    const unprintable = ['{"toString":0}', '{"valueOf":0,"toString":0}', '[{"toString":0}]'].map((text) => JSON.parse(text) as unknown);
    for (const form of forms) {
      const check = form.check as (input: unknown, options: CheckOptions) => CheckResult<unknown, unknown>;
      for (const base of form.bases) {
        const envelope = createEnvelope({
          form: form.form, submissionId: '0b6f4c1e-8d3a-4f2b-9c1d-2e3f4a5b6c7d', today: '2026-03-02', data: base as never,
          derived: {} as never, findings: [],
        });
        for (const path of pathsOf(form.shape)) {
          for (const value of unprintable) {
            const input = withValues(base, [[path, value]]);
            const result = check(input, { today: '2026-03-02' });
            assertWellFormed(result, form.fields);
            const whole = checkEnvelope({ ...envelope, data: input });
            assert.equal(typeof whole.ok, 'boolean');
            if (path === 'pupil.upn') {
              assert.deepEqual(result.findings.filter((item) => item.path === path).map((item) => item.code), ['upn-invalid']);
              assert.equal(whole.ok, false);
            }
          }
        }
      }
    }
  });

  it('a pasted run of 50 000 digits in an hours field is checked in linear time', () => {
    const input = structuredClone(maintainedWithEhcp) as { timetable: Record<string, unknown> };
    input.timetable.homeSchoolHoursPerWeek = `${'1'.repeat(50_000)}x`;
    input.timetable.otherHoursPerWeek = `${'2'.repeat(50_000)}.5.`;
    const started = performance.now();
    const result = checkNotification(input, { today: '2026-03-02' });
    const elapsed = performance.now() - started;
    assert.deepEqual(
      result.findings.filter((item) => item.code === 'number-invalid').map((item) => item.path),
      ['timetable.homeSchoolHoursPerWeek', 'timetable.otherHoursPerWeek'],
    );
    assert.ok(elapsed < 250, `took ${Math.round(elapsed)} ms: the number pattern backtracks`);
  });

  it('a 10 000-character answer in every text field is too long, not a crash', () => {
    const long = 'a'.repeat(10_000);
    const input = structuredClone(maintainedWithEhcp) as Record<string, Record<string, unknown>>;
    for (const [path, info] of Object.entries(notificationFields)) {
      if (info.kind !== 'text') continue;
      const [group, key, sub] = path.split('.') as [string, string, string?];
      if (sub) (input[group]![key] as Record<string, unknown>)[sub] = long;
      else input[group]![key] = long;
    }
    const result = checkNotification(input, { today: '2026-03-02' });
    assert.equal(result.ok, false);
    const tooLong = result.findings.filter((item) => item.code === 'too-long').map((item) => item.path).sort();
    const textPaths = Object.entries(notificationFields).filter(([, info]) => info.kind === 'text').map(([path]) => path).sort();
    assert.deepEqual(tooLong, textPaths);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Valid variations of the examples.

const whitespace = fc.constantFrom('', '', ' ', '  ', '\t', '\n', ' \u00a0');
const padded = (text: fc.Arbitrary<string>) => fc.tuple(whitespace, text, whitespace).map(([a, b, c]) => a + b + c);

/** Text the forms accept: something left after trimming, at most `max` UTF-16 units. */
const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.constantFrom('<b>Bold</b> & "quoted"', '👩‍👩‍👧 family', 'مرحبا', 'Zoë O\'Brien-Łukasz', 'line one\nline two', 'tab\there'),
  ).filter((value) => value.trim().length > 0 && value.trim().length <= max);

/** Random upper/lower case and spaces inserted anywhere. */
const scrambled = (value: string) =>
  fc.tuple(
    fc.array(fc.boolean(), { minLength: value.length, maxLength: value.length }),
    fc.uniqueArray(fc.integer({ min: 1, max: value.length - 1 }), { maxLength: 3 }),
  ).map(([lower, spaces]) => {
    const chars = [...value].map((char, index) => (lower[index] ? char.toLowerCase() : char));
    for (const position of [...spaces].sort((a, b) => b - a)) chars.splice(position, 0, ' ');
    return chars.join('');
  });

const upn = fc.constantFrom('Q830200024001', 'B83020002400A', 'B801200005001', 'X00180001701A', 'P207000016049').chain(scrambled);
const postcode = fc.constantFrom('DE4 3AG', 'DE45 1GE', 'SW1A 1AA', 'M1 1AE', 'GIR 0AA')
  .chain((value) => fc.oneof(scrambled(value.replace(' ', '')), fc.constant(value)));
const laestabForm = (digits: string) =>
  fc.constantFrom(digits, `${digits.slice(0, 3)}/${digits.slice(3)}`, `${digits.slice(0, 3)} ${digits.slice(3)}`, `${digits.slice(0, 3)}-${digits.slice(3)}`);
const email = padded(fc.constantFrom('sam.carter@hillside.example.org', 'a+b@x.co.uk', 'Head.Teacher@school.sch.uk'));
const phone = padded(fc.constantFrom('01629 533190', '07700 900982', '+44 7700 900982', '+44 (0)1629 533190', '0044 1629 533190'));
const hours = (min: number) =>
  fc.integer({ min, max: 6000 }).chain((hundredths) => {
    const value = hundredths / 100;
    return fc.constantFrom<number | string>(value, String(value), ` ${value} `);
  });
const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const sessions = fc.oneof(
  fc.uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 4, maxLength: 4 }).map((values) => {
    const [morningStart, breakStart, breakEnd, afternoonEnd] = values.sort((a, b) => a - b).map(time) as [string, string, string, string];
    return { pattern: 'two-sessions', morningStart, breakStart, breakEnd, afternoonEnd };
  }),
  fc.uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 2, maxLength: 2 }).map((values) => {
    const [start, end] = values.sort((a, b) => a - b).map(time) as [string, string];
    return { pattern: 'one-session', start, end, morningStart: '08:45' };
  }),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** A notification that passes, with `today` to check it on. */
const validNotification = fc
  .record({
    start: dateBetween('2025-09-01', '2026-12-31'),
    decisionBefore: fc.integer({ min: 0, max: 30 }),
    length: fc.integer({ min: 0, max: 200 }),
    reviewAfter: fc.integer({ min: -10, max: 250 }),
    todayOffset: fc.integer({ min: -30, max: 60 }),
    noticeBefore: fc.integer({ min: 0, max: 20 }),
    kind: fc.constantFrom(...provisionKinds),
    governance: fc.constantFrom(...governanceTypes),
    yearGroup: fc.constantFrom(...yearGroups),
    hasEhcp: fc.boolean(),
    isLookedAfter: fc.boolean(),
    hasSocialWorker: fc.boolean(),
    informed: fc.record({ virtualSchool: maybe(fc.boolean()), socialWorker: maybe(fc.boolean()) }, { requiredKeys: [] }),
    upn,
    postcode,
    homeLaestab: laestabForm('8304001'),
    provisionLaestab: fc.constantFrom('8304002', '8312001', '8307005').chain(laestabForm),
    urn: maybe(padded(fc.constantFrom('112233', '145678'))),
    names: fc.tuple(text(200), text(200), text(200), text(200)),
    long: fc.tuple(text(5000), text(5000), text(5000)),
    email,
    phone,
    reportTo: fc.record({ name: text(200), role: maybe(text(200)), phone: maybe(phone), email: maybe(email) }),
    line2: maybe(text(200)),
    offsite: hours(1),
    home: hours(0),
    other: hours(0),
    sessions,
    dualRegistration: fc.boolean(),
  })
  .map((v) => {
    const today = addDays(v.start, v.todayOffset);
    const decision = addDays(v.start, -v.decisionBefore);
    const registered = v.kind !== 'unregistered-alternative-provision';
    const input = {
      homeSchool: { name: v.names[0], laestab: v.homeLaestab, urn: v.urn, governance: v.governance },
      submittedBy: { name: v.names[1], role: v.names[2], email: v.email, phone: v.phone },
      pupil: {
        firstName: v.names[3], lastName: 'Morgan', dateOfBirth: '2012-05-14', upn: v.upn, yearGroup: v.yearGroup,
        hasEhcp: v.hasEhcp, isLookedAfter: v.isLookedAfter, hasSocialWorker: v.hasSocialWorker,
      },
      provision: {
        kind: v.kind, name: 'Valley Academy', laestab: registered ? v.provisionLaestab : 'n/a', urn: '145678',
        address: { line1: '1 Mill Lane', line2: v.line2, town: 'Matlock', postcode: v.postcode },
        reportTo: v.reportTo,
      },
      placement: {
        decisionDate: decision, startDate: v.start, estimatedEndDate: addDays(v.start, v.length),
        reasons: v.long[0], objectives: v.long[1], interventionsTried: v.long[2],
        firstReviewDate: addDays(v.start, v.reviewAfter),
      },
      timetable: { offsiteHoursPerWeek: v.offsite, homeSchoolHoursPerWeek: v.home, otherHoursPerWeek: v.other, sessions: v.sessions },
      notices: { parentNoticeDate: addDays(decision < today ? decision : today, -v.noticeBefore) },
      informed: v.informed,
      declarations: { dualRegistration: registered ? true : v.dualRegistration, accurate: true },
    };
    return { input, today };
  });

/** An outcome review that passes, with `today` to check it on. */
const validReview = fc
  .record({
    start: dateBetween('2025-09-01', '2026-12-31'),
    length: fc.integer({ min: 0, max: 150 }),
    reviewAfter: fc.integer({ min: 0, max: 120 }),
    todayAfterReview: fc.integer({ min: 0, max: 30 }),
    noticeBefore: fc.integer({ min: 0, max: 30 }),
    requestedBy: fc.constantFrom(...reviewRequesters),
    requestBefore: fc.integer({ min: 0, max: 30 }),
    previousBefore: maybe(fc.integer({ min: 0, max: 120 })),
    outcome: fc.constantFrom(...outcomeKinds),
    extendBy: fc.integer({ min: 1, max: 120 }),
    returnAfter: fc.integer({ min: 0, max: 200 }),
    reason: text(5000),
    hasEhcp: fc.boolean(),
    consulted: maybe(fc.boolean()),
    kind: fc.constantFrom(...provisionKinds),
    governance: fc.constantFrom(...governanceTypes),
    upn,
    homeLaestab: laestabForm('8304001'),
    newLaestab: fc.constantFrom('8304002', '8312001').chain(laestabForm),
    names: fc.tuple(text(200), text(200), text(200)),
    email,
    phone,
    notificationId: maybe(fc.uuid()),
  })
  .map((v) => {
    const end = addDays(v.start, v.length);
    const reviewDate = addDays(v.start, v.reviewAfter);
    const today = addDays(reviewDate, v.todayAfterReview);
    const outcomeDate = addDays(v.start, v.returnAfter);
    const outcome =
      v.outcome === 'extension'
        ? { kind: 'extension', newEstimatedEndDate: addDays(end, v.extendBy), reason: v.reason, nextReviewDate: addDays(end, 1), returnDate: 'stale' }
        : v.outcome === 'return'
          ? { kind: 'return', returnDate: outcomeDate, reason: v.reason }
          : {
              kind: 'managed-move', startDate: outcomeDate,
              newSchool: { name: v.names[2], laestab: v.newLaestab, kind: 'mainstream-school' },
              parentsAgreed: true, admissionAuthorityAgreed: true, inBestInterests: true, localAuthoritySendConsulted: v.consulted,
            };
    const input = {
      notificationId: v.notificationId,
      homeSchool: { name: v.names[0], laestab: v.homeLaestab, governance: v.governance },
      submittedBy: { name: v.names[1], role: 'SENCo', email: v.email, phone: v.phone },
      pupil: { firstName: 'Alex', lastName: 'Morgan', dateOfBirth: '2012-05-14', upn: v.upn, hasEhcp: v.hasEhcp },
      provision: { kind: v.kind, name: 'Valley Academy', laestab: v.kind === 'unregistered-alternative-provision' ? undefined : '8304002' },
      placement: { startDate: v.start, estimatedEndDate: end },
      review: {
        date: reviewDate, requestedBy: v.requestedBy, requestDate: addDays(reviewDate, -v.requestBefore),
        previousReviewDate: v.previousBefore === undefined ? undefined : addDays(reviewDate, -v.requestBefore - v.previousBefore),
      },
      outcome,
      notices: { parentOutcomeNoticeDate: addDays(today, -Math.min(v.noticeBefore, v.todayAfterReview)) },
      declarations: { accurate: true },
    };
    return { input, today };
  });

describe('valid answers normalise once and for all', () => {
  it('checkNotification: ok, and re-checking data gives the same data, derived and findings', () => {
    fc.assert(
      fc.property(validNotification, ({ input, today }) => {
        const result = checkNotification(input, { today });
        assertWellFormed(result, notificationFields);
        assertIdempotent(checkNotification, result, { today });
        const data = result.data!;
        assert.equal(data.pupil.upn, data.pupil.upn.toUpperCase().replace(/\s/g, ''));
        assert.match(data.provision.address.postcode, /^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/);
        assert.equal(data.homeSchool.laestab, '8304001');
        assert.equal(data.submittedBy.name, data.submittedBy.name.trim());
        assert.equal(typeof data.timetable.offsiteHoursPerWeek, 'number');
      }),
      { numRuns: 200 },
    );
  });

  it('checkOutcomeReview: ok, and re-checking data gives the same data, derived and findings', () => {
    fc.assert(
      fc.property(validReview, ({ input, today }) => {
        const result = checkOutcomeReview(input, { today });
        assertWellFormed(result, outcomeReviewFields);
        assertIdempotent(checkOutcomeReview, result, { today });
        const data = result.data!;
        assert.equal(data.outcome.kind, input.outcome.kind);
        assert.equal(data.pupil.upn, data.pupil.upn.toUpperCase().replace(/\s/g, ''));
        if (data.outcome.kind === 'extension') assert.equal('returnDate' in data.outcome, false);
        if (data.review.requestedBy === 'scheduled') assert.deepEqual(Object.keys(data.review).sort(), ['date', 'requestedBy']);
      }),
      { numRuns: 200 },
    );
  });
});
