import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkNotification, createEnvelope } from '../../src/schema/index.js';
import { exampleToday, maintainedWithEhcp } from '../fixtures/examples.js';
// The demo server is plain JavaScript so that a backend developer can run and copy it without a build step.

import { startDemoServer } from '../../demo/server.mjs';
import { freshDataDir } from '../inbox/data-dir.ts';

function validEnvelope(submissionId = crypto.randomUUID()) {
  const result = checkNotification(maintainedWithEhcp, { today: exampleToday });
  assert.equal(result.ok, true);
  return createEnvelope({
    form: 'offsite-direction-notification', submissionId, today: exampleToday,
    data: result.data, derived: result.derived, findings: result.findings,
  });
}

describe('reference receiver', () => {
  let dataDir: string;
  let server: Server;
  let base: string;

  const start = async () => {
    server = await startDemoServer({ listenPort: 0, submissionsDir: dataDir });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await (server as Server & { store: { close(): Promise<void> } }).store.close();
  };
  const post = (body: unknown, key?: string) =>
    fetch(`${base}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  // Over HTTP the stored submissions are for signed-in caseworkers (test/inbox); here the store is read directly.
  const list = () =>
    (server as Server & { store: { listSubmissions(): Promise<{ envelope: { submissionId: string } }[]> } }).store.listSubmissions();

  before(async () => {
    dataDir = await freshDataDir('odf-receiver-');
    await start();
  });
  after(async () => {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('accepts a valid envelope with 201 and lists it', async () => {
    const envelope = validEnvelope();
    const response = await post(envelope, envelope.submissionId);
    assert.equal(response.status, 201);
    const ids = (await list()).map((record) => record.envelope.submissionId);
    assert.ok(ids.includes(envelope.submissionId));
  });

  it('stores the same submissionId once, even when two sends race', async () => {
    const envelope = validEnvelope();
    const answers = await Promise.all([post(envelope, envelope.submissionId), post(envelope, envelope.submissionId)]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 201]);
    const again = await post(envelope, envelope.submissionId);
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { duplicate: boolean }).duplicate, true);
    assert.equal((await list()).filter((record) => record.envelope.submissionId === envelope.submissionId).length, 1);
  });

  it('answers 422 with the findings for an envelope whose data breaks a rule', async () => {
    const envelope = validEnvelope();
    const tampered = { ...envelope, data: { ...envelope.data, placement: { ...envelope.data!.placement, estimatedEndDate: '2026-03-01' } } };
    const response = await post(tampered, envelope.submissionId);
    assert.equal(response.status, 422);
    const body = (await response.json()) as { findings: { code: string; path?: string }[] };
    assert.ok(body.findings.some((item) => item.code === 'end-before-start' && item.path === 'data.placement.estimatedEndDate'));
    assert.equal((await list()).some((record) => record.envelope.submissionId === envelope.submissionId), false);
  });

  it('refuses bodies that are not JSON, ids that are not UUIDs and mismatched idempotency keys', async () => {
    assert.equal((await post('{not json')).status, 400);
    assert.equal((await post({ ...validEnvelope(), submissionId: 'abc' })).status, 422);
    const envelope = validEnvelope();
    assert.equal((await post(envelope, crypto.randomUUID())).status, 422);
  });

  it('keeps what it stored across a restart', async () => {
    const envelope = validEnvelope();
    assert.equal((await post(envelope, envelope.submissionId)).status, 201);
    await stop();
    await start();
    assert.ok((await list()).some((record) => record.envelope.submissionId === envelope.submissionId));
    assert.equal((await post(envelope, envelope.submissionId)).status, 200);
  });

  it('lists nothing stored to a caller who is not signed in', async () => {
    const response = await fetch(`${base}/api/submissions`);
    assert.equal(response.status, 401);
    assert.doesNotMatch(await response.text(), /submissionId|pupil/);
  });

  it('serves the demo page with a strict Content Security Policy', async () => {
    const response = await fetch(`${base}/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'/);
    assert.match(await response.text(), /<offsite-direction-notification/);
  });
});
