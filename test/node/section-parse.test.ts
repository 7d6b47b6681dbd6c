// The rule checks parse a draft one section at a time and keep each section's result for the inputs it last saw
// (src/schema/parts.ts, `sectionParser`, issue 13). Whatever the draft, and however often it is checked, the
// answer must be the one the whole schema gives: the same issues in the same order, and the same output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { notificationDataSchema, outcomeReviewDataSchema } from '../../src/schema/index.js';
import { prepareDraft, sectionParser } from '../../src/schema/parts.js';
import {
  academyUnregisteredPartTime, endedEarlyReview, extensionReview, lateNotice, maintainedPartTime, maintainedWithEhcp,
  managedMoveReview, returnReview,
} from '../fixtures/examples.js';

type Schema = typeof notificationDataSchema | typeof outcomeReviewDataSchema;

/** What the whole schema says, in the terms the checks read. */
function whole(schema: Schema, draft: Record<string, unknown>) {
  const result = schema.safeParse(draft);
  return result.success
    ? { success: true, data: JSON.stringify(result.data) }
    : {
        success: false,
        issues: result.error.issues.map((issue) => {
          const { code, path, origin, maximum } = issue as typeof issue & { origin?: string; maximum?: unknown };
          return { code, path, origin, maximum };
        }),
      };
}

function bySection(parse: ReturnType<typeof sectionParser>, draft: Record<string, unknown>) {
  const result = parse(draft);
  return result.success ? { success: true, data: JSON.stringify(result.data) } : { success: false, issues: result.issues };
}

const leaf = fc.oneof(
  fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '2026-02-30', '2026-03-09', 'Q830200024001', '8302001', '12:00', 'x'.repeat(201)),
  fc.double(), fc.constantFrom(-0, 0, 25, NaN, Infinity), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.constant(new Date(0)), fc.jsonValue({ maxDepth: 2 }),
);

/** A copy of `base` with some answers (or whole sections) replaced by other values. */
function mutated(bases: readonly unknown[]) {
  return fc.tuple(fc.constantFrom(...bases), fc.array(fc.tuple(fc.nat(), fc.nat(), leaf), { maxLength: 4 })).map(([base, changes]) => {
    const copy = structuredClone(base) as Record<string, Record<string, unknown> | unknown>;
    for (const [sectionIndex, fieldIndex, value] of changes) {
      const sections = Object.keys(copy);
      const name = sections[sectionIndex % sections.length]!;
      const section = copy[name];
      if (typeof section === 'object' && section !== null && fieldIndex % 5 !== 0) {
        const fields = Object.keys(section);
        if (fields.length > 0) (section as Record<string, unknown>)[fields[fieldIndex % fields.length]!] = value;
      } else copy[name] = value;
    }
    return copy;
  });
}

const forms: { name: string; schema: Schema; bases: unknown[]; groups: string[]; numbers: string[] }[] = [
  {
    name: 'notification',
    schema: notificationDataSchema,
    bases: [maintainedWithEhcp, academyUnregisteredPartTime, maintainedPartTime, lateNotice, {}],
    groups: ['homeSchool', 'submittedBy', 'pupil', 'provision', 'provision.address', 'provision.reportTo', 'placement', 'timetable', 'timetable.sessions', 'notices', 'informed', 'declarations'],
    numbers: ['timetable.offsiteHoursPerWeek', 'timetable.homeSchoolHoursPerWeek', 'timetable.otherHoursPerWeek'],
  },
  {
    name: 'outcome review',
    schema: outcomeReviewDataSchema,
    bases: [extensionReview, returnReview, managedMoveReview, endedEarlyReview, {}],
    groups: ['homeSchool', 'submittedBy', 'pupil', 'provision', 'placement', 'review', 'outcome', 'notices', 'declarations'],
    numbers: [],
  },
];

for (const form of forms) {
  describe(`the ${form.name}'s schema, one section at a time`, () => {
    it('says what the whole schema says, on every example and on near-valid and hostile drafts, checked again and again', () => {
      const parse = sectionParser(form.schema);
      fc.assert(
        fc.property(mutated(form.bases), fc.boolean(), (input, prepared) => {
          const draft = (prepared ? prepareDraft(input, form.groups, form.numbers) : input) as Record<string, unknown>;
          const expected = whole(form.schema, draft);
          // Twice: the first may parse, the second reads what was kept.
          assert.deepEqual(bySection(parse, draft), expected);
          assert.deepEqual(bySection(parse, structuredClone(draft)), expected);
        }),
        { numRuns: 400 },
      );
    });

    it('gives each call output of its own, so changing one result never changes the next', () => {
      const parse = sectionParser(form.schema);
      const draft = prepareDraft(form.bases[0], form.groups, form.numbers);
      const first = parse(draft);
      assert.equal(first.success, true);
      if (!first.success) return;
      const before = JSON.stringify(first.data);
      (first.data as { pupil: { firstName: string } }).pupil.firstName = 'Changed';
      const second = parse(draft);
      assert.equal(second.success && JSON.stringify(second.data), before);
    });
  });
}
