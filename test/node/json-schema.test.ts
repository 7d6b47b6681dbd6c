// The JSON Schema files are for backends not written in JavaScript: a real envelope made by the rules core must
// pass them, and a malformed one must not. Run after `npm run build` (`npm test` builds first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkNotification, checkOutcomeReview, createEnvelope } from '../../src/schema/index.js';
import {
  academyUnregisteredPartTime, exampleToday, extensionReview, maintainedWithEhcp, managedMoveReview, returnReview,
  reviewToday,
} from '../fixtures/examples.js';

function compile(file: string) {
  const schema = JSON.parse(readFileSync(new URL(`../../dist/schema/${file}`, import.meta.url), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv.compile(schema);
}

const envelopeOf = (form: 'offsite-direction-notification' | 'offsite-direction-outcome-review', today: string, result: { ok: boolean; data?: unknown; derived?: unknown; findings: Parameters<typeof createEnvelope>[0]['findings'] }) => {
  assert.equal(result.ok, true, JSON.stringify(result.findings));
  return createEnvelope({ form, submissionId: crypto.randomUUID(), today, data: result.data, derived: result.derived, findings: result.findings });
};

describe('dist/schema/notification.schema.json', () => {
  const validate = compile('notification.schema.json');

  for (const [name, draft] of [['maintained school, EHC plan', maintainedWithEhcp], ['academy, unregistered AP, part time', academyUnregisteredPartTime]] as const) {
    it(`accepts the envelope of a checked notification (${name})`, () => {
      const envelope = envelopeOf('offsite-direction-notification', exampleToday, checkNotification(draft, { today: exampleToday }));
      assert.equal(validate(envelope), true, JSON.stringify(validate.errors));
    });
  }

  it('rejects a missing UPN, a malformed postcode, an error finding and the wrong form', () => {
    const envelope = envelopeOf('offsite-direction-notification', exampleToday, checkNotification(maintainedWithEhcp, { today: exampleToday }));
    const data = envelope.data as { pupil: Record<string, unknown>; provision: { address: Record<string, unknown> } };
    const cases = [
      { ...envelope, data: { ...data, pupil: { ...data.pupil, upn: undefined } } },
      { ...envelope, data: { ...data, provision: { ...data.provision, address: { ...data.provision.address, postcode: 'de43ag' } } } },
      { ...envelope, findings: [{ code: 'required', severity: 'error', message: 'x' }] },
      { ...envelope, form: 'offsite-direction-outcome-review' },
    ];
    for (const bad of cases) assert.equal(validate(JSON.parse(JSON.stringify(bad))), false);
  });
});

describe('dist/schema/outcome-review.schema.json', () => {
  const validate = compile('outcome-review.schema.json');

  for (const [name, draft] of [['extension', extensionReview], ['return', returnReview], ['managed move', managedMoveReview]] as const) {
    it(`accepts the envelope of a checked outcome review (${name})`, () => {
      const envelope = envelopeOf('offsite-direction-outcome-review', reviewToday, checkOutcomeReview(draft, { today: reviewToday }));
      assert.equal(validate(envelope), true, JSON.stringify(validate.errors));
    });
  }

  it('rejects an unknown outcome kind', () => {
    const envelope = envelopeOf('offsite-direction-outcome-review', reviewToday, checkOutcomeReview(extensionReview, { today: reviewToday }));
    const bad = { ...envelope, data: { ...(envelope.data as object), outcome: { kind: 'exclusion' } } };
    assert.equal(validate(bad), false);
  });
});
