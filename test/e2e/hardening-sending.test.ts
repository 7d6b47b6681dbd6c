// Sending through `action` when the network and the user misbehave: a server slower than the timeout, a first
// attempt that reaches the receiver only after the retry, "Start another" while that attempt is still on its way,
// a reload in the middle of a send. The reference receiver must end up with exactly one record of what was typed.
//
// The pages are served through a small proxy in front of the demo server (same origin, so the strict CSP still
// holds) that can hold a POST to /api/submissions: either storing it at once and answering late (the answer is
// what is slow), or holding it and storing it late (the request is what is slow).
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { maintainedWithEhcp } from '../fixtures/examples.js';
import {
  confirmedReference,
  openPage,
  prefill,
  pressButton,
  startHarness,
  toCheckAnswers,
  typeAtEnd,
  type Harness,
} from './harness.js';

const SUBMISSIONS = '/api/submissions';

interface Hold {
  ms: number;
  /** `answer-late`: stored at once, answered after `ms`. `store-late`: passed to the receiver only after `ms`. */
  order: 'answer-late' | 'store-late';
}

interface Forwarded {
  key: string | undefined;
  status: number;
}

interface SlowProxy {
  base: string;
  /** The holds the next POSTs get, in order; a POST with none left goes straight through. */
  holds: Hold[];
  /** Every POST the receiver has answered, in the order it answered them. */
  forwarded: Forwarded[];
  /** Resolves once the receiver has answered `count` POSTs. */
  forwardedCount(count: number): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function startSlowProxy(target: string): Promise<SlowProxy> {
  const holds: Hold[] = [];
  const forwarded: Forwarded[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const isPost = req.method === 'POST' && req.url === SUBMISSIONS;
    const hold = isPost ? holds.shift() : undefined;
    const key = req.headers['idempotency-key'] as string | undefined;
    const forward = async () => {
      const headers: Record<string, string> = {};
      if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
      if (key) headers['idempotency-key'] = key;
      const answer = await fetch(`${target}${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body),
      });
      const payload = Buffer.from(await answer.arrayBuffer());
      if (isPost) forwarded.push({ key, status: answer.status });
      return { answer, payload };
    };
    const reply = ({ answer, payload }: Awaited<ReturnType<typeof forward>>) => {
      // The browser may have given up and closed the connection; the receiver's work stands either way.
      if (res.destroyed) return;
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'content-security-policy', 'cache-control']) {
        const value = answer.headers.get(name);
        if (value) headers[name] = value;
      }
      res.writeHead(answer.status, headers).end(payload);
    };
    try {
      if (hold?.order === 'store-late') await sleep(hold.ms);
      const result = await forward();
      if (hold?.order === 'answer-late') await sleep(hold.ms);
      reply(result);
    } catch (error) {
      if (!res.headersSent) res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    holds,
    forwarded,
    async forwardedCount(count) {
      const started = Date.now();
      while (forwarded.length < count) {
        if (Date.now() - started > 15_000) throw new Error(`only ${forwarded.length} of ${count} POSTs reached the receiver`);
        await sleep(50);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sets the documented `send-timeout` attribute, as a host page would. */
async function setSendTimeout(form: Locator, ms: number): Promise<void> {
  await form.evaluate((element, value) => element.setAttribute('send-timeout', String(value)), ms);
}

function draftOf(form: Locator): Promise<unknown> {
  return form.evaluate((element) => (element as HTMLElement & { value: unknown }).value);
}

async function sendErrorText(form: Locator): Promise<string> {
  await form.getByRole('heading', { name: 'Your form has not been sent' }).waitFor();
  return (await form.locator('#send-error').textContent())!.replace(/\s+/g, ' ').trim();
}

async function sendingShows(form: Locator): Promise<void> {
  await form.getByRole('button', { name: /Sending/ }).waitFor();
}

describe('sending through action, broken on purpose', () => {
  let harness: Harness;
  let proxy: SlowProxy;
  before(async () => {
    harness = await startHarness();
    proxy = await startSlowProxy(harness.base);
  });
  after(async () => {
    await proxy.close();
    await harness.close();
  });

  const open = (path: string) => openPage({ ...harness, base: proxy.base }, path);
  const records = async (id: string) =>
    (await harness.submissions()).filter((record) => record.envelope.submissionId === id);

  async function readyToSubmit(page: Page): Promise<Locator> {
    const form = page.locator('offsite-direction-notification');
    await prefill(form, maintainedWithEhcp);
    await toCheckAnswers(form);
    return form;
  }

  it('a server slower than the timeout: the answers stay, "Try again" confirms, one record', async () => {
    const { page, context, log } = await open('/e2e/plain.html');
    const form = await readyToSubmit(page);
    await setSendTimeout(form, 1000);
    // The receiver stores the first attempt at once but its answer takes far longer than the timeout.
    proxy.holds.push({ ms: 4000, order: 'answer-late' });
    const before = await draftOf(form);
    const started = Date.now();
    await pressButton(form, /^Submit/);
    await sendingShows(form);
    // A second press while sending does nothing.
    await form.getByRole('button', { name: /Sending/ }).click({ force: true });
    assert.match(await sendErrorText(form), /did not answer in time.*try again/i);
    const waited = Date.now() - started;
    assert.ok(waited >= 900 && waited < 3500, `the timeout came after ${waited} ms`);
    assert.deepEqual(await draftOf(form), before, 'nothing typed is lost');

    await pressButton(form, 'Try again');
    const id = await confirmedReference(form);
    await proxy.forwardedCount(2);
    const mine = proxy.forwarded.filter((request) => request.key === id);
    assert.deepEqual(
      mine.map((request) => request.status),
      [201, 200],
      'the retry carries the same Idempotency-Key and is recognised as a duplicate',
    );
    const stored = await records(id);
    assert.equal(stored.length, 1);
    assert.equal((stored[0]!.envelope.data.submittedBy as { name: string }).name, 'Sam Carter');
    // The only errors are the browser's own report of the aborted request, if any.
    assert.ok(log.errors.every((error) => /Failed to load resource|aborted/i.test(error)), JSON.stringify(log.errors));
    await context.close();
  });

  it('a default timeout of 30 s rides out a slow answer: "Sending…" until it comes, then one record', async () => {
    const { page, context } = await open('/e2e/plain.html');
    const form = await readyToSubmit(page);
    proxy.holds.push({ ms: 2500, order: 'answer-late' });
    await pressButton(form, /^Submit/);
    await sendingShows(form);
    assert.equal(await form.getByRole('status').textContent(), 'Sending…');
    const id = await confirmedReference(form);
    assert.equal((await records(id)).length, 1);
    await context.close();
  });

  it('the first attempt lands after the retry, and after "Start another": still one record, new form untouched', async () => {
    const { page, context } = await open('/e2e/plain.html');
    const form = await readyToSubmit(page);
    await setSendTimeout(form, 800);
    // The first attempt is held on the way and reaches the receiver only after the user has retried and moved on.
    proxy.holds.push({ ms: 3500, order: 'store-late' });
    const sentBefore = proxy.forwarded.length;
    await pressButton(form, /^Submit/);
    assert.match(await sendErrorText(form), /did not answer in time/);
    await pressButton(form, 'Try again');
    const id = await confirmedReference(form);
    assert.equal(proxy.forwarded.length, sentBefore + 1, 'the first attempt is still on its way');

    await pressButton(form, 'Start another');
    await typeAtEnd(form, 'pupil.firstName', 'Riley');
    await proxy.forwardedCount(sentBefore + 2);
    assert.deepEqual(
      proxy.forwarded.slice(sentBefore).map((request) => [request.key, request.status]),
      [
        [id, 201],
        [id, 200],
      ],
    );
    assert.equal((await records(id)).length, 1);
    assert.deepEqual(await draftOf(form), { pupil: { firstName: 'Riley' } }, 'the new form is as the user left it');
    assert.equal(await form.locator('#reference').count(), 0);
    await context.close();
  });

  it('a correction after a timed-out send is sent as its own record, never dropped as a duplicate', async () => {
    const { page, context } = await open('/e2e/plain.html');
    const form = await readyToSubmit(page);
    await setSendTimeout(form, 800);
    // Stored at once, but the answer never arrives in time: the user cannot know the first attempt got through.
    proxy.holds.push({ ms: 3000, order: 'answer-late' });
    const sentBefore = proxy.forwarded.length;
    await pressButton(form, /^Submit/);
    assert.match(await sendErrorText(form), /did not answer in time/);
    const firstKey = proxy.forwarded[sentBefore]!.key!;

    // The user spots a mistake, changes it, and sends again.
    await form.getByRole('link', { name: 'Back' }).click();
    await typeAtEnd(form, 'submittedBy.name', ' Jr');
    await toCheckAnswers(form);
    await pressButton(form, /^(Submit|Try again)/);
    const id = await confirmedReference(form);
    const stored = await records(id);
    assert.equal(stored.length, 1, 'the corrected answers are stored');
    assert.equal((stored[0]!.envelope.data.submittedBy as { name: string }).name, 'Sam Carter Jr');
    assert.notEqual(id, firstKey, 'different answers are a different submission');

    // Sending the same answers again is still a retry: same key, one record.
    assert.equal((await records(firstKey)).length, 1);
    await context.close();
  });

  it('after a reload mid-send, a correction is sent as its own record', async () => {
    const { page, context } = await open('/e2e/drafts.html');
    const form = page.locator('offsite-direction-notification');
    await prefill(form, maintainedWithEhcp);
    await typeAtEnd(form, 'submittedBy.name', ' Jr');
    await toCheckAnswers(form);
    proxy.holds.push({ ms: 3000, order: 'answer-late' });
    const sentBefore = proxy.forwarded.length;
    await pressButton(form, /^Submit/);
    await proxy.forwardedCount(sentBefore + 1);
    const firstKey = proxy.forwarded[sentBefore]!.key!;
    await page.reload();

    await form.getByRole('heading', { name: 'We restored your unsent answers' }).waitFor();
    await typeAtEnd(form, 'submittedBy.role', ' (acting)');
    await toCheckAnswers(form);
    await pressButton(form, /^Submit/);
    const id = await confirmedReference(form);
    assert.notEqual(id, firstKey);
    const stored = await records(id);
    assert.equal(stored.length, 1);
    assert.equal((stored[0]!.envelope.data.submittedBy as { role: string }).role, 'Deputy headteacher (acting)');
    await context.close();
  });

  for (const order of ['answer-late', 'store-late'] as const) {
    it(`a reload mid-send (${order === 'answer-late' ? 'stored, answer lost' : 'not yet stored'}) restores the draft; sending again makes one record`, async () => {
      const { page, context } = await open('/e2e/drafts.html');
      const form = page.locator('offsite-direction-notification');
      await prefill(form, maintainedWithEhcp);
      await typeAtEnd(form, 'submittedBy.name', ' Jr');
      await toCheckAnswers(form);
      proxy.holds.push({ ms: 3000, order });
      const sentBefore = proxy.forwarded.length;
      await pressButton(form, /^Submit/);
      await sendingShows(form);
      await page.reload();

      await form.getByRole('heading', { name: 'We restored your unsent answers' }).waitFor();
      assert.equal(await form.locator('[name="submittedBy.name"]').inputValue(), 'Sam Carter Jr');
      await toCheckAnswers(form);
      await pressButton(form, /^Submit/);
      const id = await confirmedReference(form);
      await proxy.forwardedCount(sentBefore + 2);
      const statuses = proxy.forwarded
        .slice(sentBefore)
        .filter((request) => request.key === id)
        .map((request) => request.status)
        .sort();
      assert.deepEqual(statuses, [200, 201], 'both attempts carried the same key; one was stored');
      const stored = await records(id);
      assert.equal(stored.length, 1);
      assert.equal((stored[0]!.envelope.data.submittedBy as { name: string }).name, 'Sam Carter Jr');
      await context.close();
    });
  }
});
