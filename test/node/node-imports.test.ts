// "./schema runs in Node" as a test: the DOM-free core imports and works with no browser globals at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('src/schema in plain Node', () => {
  it('runs without a DOM', () => {
    assert.equal(typeof document, 'undefined');
    assert.equal(typeof window, 'undefined');
    assert.equal(typeof customElements, 'undefined');
    assert.equal(typeof HTMLElement, 'undefined');
  });

  it('imports, and every export is defined', async () => {
    const schema = await import('../../src/schema/index.ts');
    const exports = Object.entries(schema);
    assert.ok(exports.length > 0, 'src/schema/index.ts exports nothing');
    for (const [name, value] of exports) {
      assert.notEqual(value, undefined, `export ${name} is undefined`);
    }
    // Importing must not have installed browser globals either.
    assert.equal(typeof document, 'undefined');
    assert.equal(typeof window, 'undefined');
  });

  it('exports the rule checks, the school calendar and the UPN validator as functions', async () => {
    const schema = await import('../../src/schema/index.ts');
    for (const name of ['checkNotification', 'checkOutcomeReview', 'createSchoolCalendar', 'validateUpn'] as const) {
      assert.equal(typeof schema[name], 'function', `${name} is not a function`);
    }
  });

  it('exports the envelope schemas the JSON Schema build uses', async () => {
    const schema = await import('../../src/schema/index.ts');
    assert.ok(schema.notificationEnvelopeSchema, 'notificationEnvelopeSchema missing');
    assert.ok(schema.outcomeReviewEnvelopeSchema, 'outcomeReviewEnvelopeSchema missing');
  });
});
