// The forms' question definitions against the schema: every question a form asks is a field the rules know (so
// its messages name it), and every field the rules check is asked by some question, so none is left out of the
// form, check your answers or the error summary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notificationFields, outcomeReviewFields, type FieldInfo } from '../../src/schema/index.js';
import { notificationDefinition } from '../../src/components/notification/questions.js';
import { outcomeReviewDefinition } from '../../src/components/outcome-review/questions.js';
import { isQuestion, type FormDefinition, type Item } from '../../src/components/shared/questions.js';

/** Every question of a definition, follow-ups under every option included, whatever the answers. */
function allQuestionPaths(definition: FormDefinition<never>): string[] {
  const paths: string[] = [];
  const visit = (items: readonly Item<never>[]) => {
    for (const item of items) {
      if (!isQuestion(item)) continue;
      paths.push(item.path);
      if (item.kind === 'radios') item.options.forEach((option) => visit(option.followUps ?? []));
      if (item.kind === 'yes-no') visit([...(item.yes ?? []), ...(item.no ?? [])]);
    }
  };
  definition.sections.forEach((section) => visit(section.items));
  return paths;
}

const answerFields = (fields: Readonly<Record<string, FieldInfo>>) =>
  Object.entries(fields)
    .filter(([, info]) => info.kind !== 'group')
    .map(([path]) => path);

for (const [name, definition, fields] of [
  ['notification', notificationDefinition() as FormDefinition<never>, notificationFields],
  ['outcome review', outcomeReviewDefinition() as FormDefinition<never>, outcomeReviewFields],
] as const) {
  describe(`the ${name}'s questions`, () => {
    const asked = allQuestionPaths(definition);

    it('are each a field the rules know', () => {
      assert.deepEqual(asked.filter((path) => !(path in fields)), []);
    });

    it('ask every field the rules check', () => {
      assert.deepEqual(answerFields(fields).filter((path) => !asked.includes(path)), []);
    });

    it('have a unique id and a heading per section', () => {
      const ids = definition.sections.map((section) => section.id);
      assert.equal(new Set(ids).size, ids.length);
      for (const section of definition.sections) assert.ok(section.heading.length > 0, section.id);
    });
  });
}
