// The files a school keeps (CONTRACT §8.2), the parts that are plain data: the short reference a receiver can
// search by, and reading a file of saved answers. (The browser tests act the files out through the forms.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupedShortReference, shortReference } from '../../src/schema/index.js';
import { answersOnly, draftFile, readDraftFile } from '../../src/components/shared/files.js';

describe('the short reference', () => {
  it('is the first 8 hex digits of the submission id, upper case, shown in two groups of four', () => {
    assert.equal(shortReference('0e40e4d5-1b2c-4d3e-8f40-5a6b7c8d9e0f'), '0E40E4D5');
    assert.equal(groupedShortReference('0e40e4d5-1b2c-4d3e-8f40-5a6b7c8d9e0f'), '0E40 E4D5');
  });

  it('is empty for an id that does not start with 8 hex digits', () => {
    assert.equal(shortReference('not-an-id'), '');
    assert.equal(groupedShortReference(''), '');
  });
});

describe('a file of saved answers', () => {
  const savedAt = new Date('2026-03-02T09:14:05.123Z');
  const id = '0e40e4d5-1b2c-4d3e-8f40-5a6b7c8d9e0f';

  it('has exactly the shape of CONTRACT §8.2, and reads back as it was saved', () => {
    const file = draftFile('offsite-direction-notification', { pupil: { upn: 'q830200024001' } }, id, savedAt);
    assert.deepEqual(file, {
      form: 'offsite-direction-notification',
      schemaVersion: 1,
      kind: 'draft',
      savedAt: '2026-03-02T09:14:05.123Z',
      submissionId: id,
      value: { pupil: { upn: 'q830200024001' } },
    });
    assert.deepEqual(readDraftFile(JSON.parse(JSON.stringify(file)), 'offsite-direction-notification'), {
      ok: true,
      value: { pupil: { upn: 'q830200024001' } },
      submissionId: id,
    });
    assert.equal('submissionId' in draftFile('offsite-direction-notification', {}, undefined, savedAt), false);
  });

  it('refuses another form, an unknown version, a sent copy and anything else, saying which', () => {
    const file = draftFile('offsite-direction-outcome-review', {}, undefined, savedAt);
    const problem = (json: unknown, form: 'offsite-direction-notification' | 'offsite-direction-outcome-review') => {
      const read = readDraftFile(json, form);
      return read.ok ? 'ok' : read.problem;
    };
    assert.equal(problem(file, 'offsite-direction-notification'), 'other-form');
    assert.equal(problem({ ...file, schemaVersion: 2 }, 'offsite-direction-outcome-review'), 'unknown-version');
    const sent = { form: 'offsite-direction-notification', schemaVersion: 1, submissionId: id, data: {} };
    assert.equal(problem(sent, 'offsite-direction-notification'), 'sent-form');
    assert.equal(problem(sent, 'offsite-direction-outcome-review'), 'notification-copy');
    assert.equal(problem({ ...file, value: [] }, 'offsite-direction-outcome-review'), 'not-a-draft');
    assert.equal(problem([file], 'offsite-direction-outcome-review'), 'not-a-draft');
    assert.equal(problem(null, 'offsite-direction-outcome-review'), 'not-a-draft');
  });

  it('keeps only what a draft can hold, and a submission id only when it is one', () => {
    assert.deepEqual(answersOnly({ a: 'x', b: 2, c: true, d: null, e: [1], f: { g: NaN, h: {} }, i: { j: 'y' } }), {
      a: 'x',
      b: 2,
      c: true,
      i: { j: 'y' },
    });
    const read = readDraftFile({ ...draftFile('offsite-direction-notification', {}, undefined, savedAt), submissionId: 'typed' }, 'offsite-direction-notification');
    assert.deepEqual(read, { ok: true, value: {} });
  });
});
