/**
 * The inbox over HTTP, as a browser or an attacker meets it: what is public and what needs a signed-in
 * caseworker; the sign-in form with wrong passwords, missing and forged CSRF tokens and another session's token;
 * sign-out; SQL, markup and spreadsheet formulas typed into every text field; bodies too large or not JSON.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SLOW_AFTER } from '../../server/auth.mjs';
import { maintainedWithEhcp, returnReview } from '../fixtures/examples.js';
import type { NotificationDraft, OutcomeReviewDraft } from '../../src/schema/index.js';
import { notificationEnvelope, reviewEnvelope, upnFor } from './envelopes.ts';
import { csrfIn, getAs, openSignIn, parseCsv, PASSWORD, postForm, setCookie, signIn, startInbox, type TestInbox } from './harness.ts';

/** Every free-text answer of the notification (identifiers, dates and choices are checked by the rules). */
const notificationTextPaths = [
  'homeSchool.name', 'submittedBy.name', 'submittedBy.role', 'pupil.firstName', 'pupil.lastName', 'provision.name',
  'provision.address.line1', 'provision.address.line2', 'provision.address.town', 'provision.reportTo.name',
  'provision.reportTo.role', 'placement.reasons', 'placement.objectives', 'placement.interventionsTried',
];
const reviewTextPaths = ['homeSchool.name', 'submittedBy.name', 'submittedBy.role', 'pupil.firstName', 'pupil.lastName', 'provision.name', 'outcome.reason'];

function withText<T>(draft: T, paths: string[], text: string): T {
  const copy = structuredClone(draft) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys.at(-1)!] = text;
  }
  return copy as T;
}

const payloads = [
  `<script>alert("x")</script>`,
  `"><img src=x onerror=alert(1)>`,
  `Robert'); DROP TABLE submissions; --`,
  `' OR '1'='1`,
  `=HYPERLINK("http://evil.example/","Click")`,
  `+SUM(1,1)`,
  `-2+3`,
  `@SUM(A1:A2)`,
];

describe('inbox over HTTP', () => {
  let inbox: TestInbox;
  let stored: ReturnType<typeof notificationEnvelope>;
  before(async () => {
    inbox = await startInbox({ today: () => '2026-04-28' });
    await inbox.addUser('casey');
    await inbox.addUser('robin');
    stored = notificationEnvelope();
    assert.equal((await inbox.post(stored)).status, 201);
  });
  after(() => inbox?.close());

  describe('without signing in', () => {
    it('sends every inbox page to the sign-in page with 303', async () => {
      for (const path of ['/inbox/', `/inbox/directions/${stored.submissionId}`, `/inbox/reviews/${stored.submissionId}`, '/inbox/nowhere', '/inbox/?status=notified']) {
        const response = await getAs(inbox.base, path);
        assert.equal(response.status, 303, path);
        assert.equal(response.headers.get('location'), '/inbox/sign-in', path);
      }
      assert.equal((await getAs(inbox.base, '/inbox')).headers.get('location'), '/inbox/');
    });

    it('answers 401 for the CSV and for every read of /api/submissions, with nothing stored in the answer', async () => {
      for (const path of ['/inbox/export.csv', '/inbox/export.csv?status=notified', '/api/submissions', `/api/submissions/${stored.submissionId}`, '/api/submissions/anything']) {
        const response = await getAs(inbox.base, path);
        assert.equal(response.status, 401, path);
        assert.doesNotMatch(await response.text(), /Morgan|Q830200024001/, path);
      }
    });

    it('keeps the demo page, its assets and POST /api/submissions public', async () => {
      for (const path of ['/', '/demo.js', '/demo.css', '/offsite-direction-forms.js', '/inbox/sign-in', '/inbox/assets/inbox.css']) {
        assert.equal((await getAs(inbox.base, path)).status, 200, path);
      }
      assert.equal((await inbox.post(notificationEnvelope())).status, 201);
      assert.equal((await inbox.post(stored)).status, 200);
    });
  });

  describe('signing in', () => {
    it('serves the form with a strict policy and sets its CSRF cookie HttpOnly and SameSite=Strict', async () => {
      const response = await fetch(`${inbox.base}/inbox/sign-in`);
      const page = await response.text();
      assert.match(page, /<input[^>]+name="username"/);
      assert.match(page, /<input[^>]+name="password"[^>]+type="password"|<input[^>]+type="password"[^>]+name="password"/);
      assert.match(page, /<button type="submit" class="button">Sign in<\/button>/);
      const policy = response.headers.get('content-security-policy')!;
      assert.match(policy, /default-src 'none'/);
      assert.match(policy, /style-src 'self'/);
      assert.doesNotMatch(policy, /unsafe-inline|script-src/);
      assert.doesNotMatch(page, /<script|style=/);
      const { header } = setCookie(response, 'inbox_sign_in')!;
      assert.match(header, /HttpOnly/);
      assert.match(header, /SameSite=Strict/);
      assert.doesNotMatch(header, /Secure/, 'plain HTTP on loopback: a Secure cookie would never come back');
    });

    it('refuses a wrong password with 401 and no session', async () => {
      const form = await openSignIn(inbox.base);
      const response = await postForm(inbox.base, '/inbox/sign-in', { csrf: form.token, username: 'casey', password: 'not the password' }, form.cookie);
      assert.equal(response.status, 401);
      assert.match(await response.text(), /Enter a correct username and password/);
      assert.equal(setCookie(response, 'inbox_session'), undefined);
    });

    it('refuses a sign-in without a CSRF token, with a forged one, or with a token from another browser’s form', async () => {
      const form = await openSignIn(inbox.base);
      const other = await openSignIn(inbox.base);
      const tries: { fields: Record<string, string>; cookie: string }[] = [
        { fields: { username: 'casey', password: PASSWORD }, cookie: form.cookie },
        { fields: { csrf: 'forged-token-forged-token-forged-token-00', username: 'casey', password: PASSWORD }, cookie: form.cookie },
        { fields: { csrf: other.token, username: 'casey', password: PASSWORD }, cookie: form.cookie },
        { fields: { csrf: form.token, username: 'casey', password: PASSWORD }, cookie: '' },
      ];
      for (const attempt of tries) {
        const response = await postForm(inbox.base, '/inbox/sign-in', attempt.fields, attempt.cookie);
        assert.equal(response.status, 403);
        assert.equal(setCookie(response, 'inbox_session'), undefined);
      }
    });

    it('keeps SQL typed as a username as a username that does not exist', async () => {
      const form = await openSignIn(inbox.base);
      const response = await postForm(inbox.base, '/inbox/sign-in', { csrf: form.token, username: "' OR '1'='1' --", password: "' OR '1'='1" }, form.cookie);
      assert.equal(response.status, 401);
    });

    it('signs in with the right password: a session cookie (HttpOnly, SameSite=Strict), then the register and the API', async () => {
      const form = await openSignIn(inbox.base);
      const response = await postForm(inbox.base, '/inbox/sign-in', { csrf: form.token, username: 'casey', password: PASSWORD }, form.cookie);
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/inbox/');
      const session = setCookie(response, 'inbox_session')!;
      assert.match(session.header, /HttpOnly/);
      assert.match(session.header, /SameSite=Strict/);
      assert.equal((await getAs(inbox.base, '/inbox/', session.pair)).status, 200);
      const api = await getAs(inbox.base, `/api/submissions/${stored.submissionId}`, session.pair);
      assert.equal(api.status, 200);
      assert.equal(((await api.json()) as { envelope: { submissionId: string } }).envelope.submissionId, stored.submissionId);
      const list = (await (await getAs(inbox.base, '/api/submissions', session.pair)).json()) as { submissions: unknown[] };
      assert.ok(list.submissions.length >= 2);
    });

    it('slows a username down after repeated wrong passwords (429), without telling whether the password was right', async () => {
      await inbox.addUser('sam');
      for (let attempt = 0; attempt < SLOW_AFTER; attempt++) {
        const form = await openSignIn(inbox.base);
        assert.equal((await postForm(inbox.base, '/inbox/sign-in', { csrf: form.token, username: 'sam', password: 'wrong wrong wrong' }, form.cookie)).status, 401);
      }
      const form = await openSignIn(inbox.base);
      const response = await postForm(inbox.base, '/inbox/sign-in', { csrf: form.token, username: 'sam', password: PASSWORD }, form.cookie);
      assert.equal(response.status, 429);
      assert.match(await response.text(), /too many failed sign-ins with this username\. Try again in \d+ seconds?\./);
      assert.equal(setCookie(response, 'inbox_session'), undefined);
    });
  });

  describe('sessions and signing out', () => {
    it('never lets a made-up session cookie in', async () => {
      for (const cookie of ['inbox_session=made-up-value-made-up-value-made-up', 'inbox_session=', "inbox_session=' OR '1'='1"]) {
        assert.equal((await getAs(inbox.base, '/inbox/', cookie)).status, 303);
        assert.equal((await getAs(inbox.base, '/api/submissions', cookie)).status, 401);
      }
    });

    it('refuses a sign-out without the session’s own CSRF token (missing, forged, or another session’s), and the session stays', async () => {
      const casey = await signIn(inbox.base, 'casey');
      const robin = await signIn(inbox.base, 'robin');
      assert.notEqual(casey.csrf, robin.csrf);
      for (const fields of [{}, { csrf: 'forged' }, { csrf: robin.csrf }] as Record<string, string>[]) {
        const response = await postForm(inbox.base, '/inbox/sign-out', fields, casey.cookie);
        assert.equal(response.status, 403);
      }
      assert.equal((await getAs(inbox.base, '/inbox/', casey.cookie)).status, 200);
      assert.equal((await getAs(inbox.base, '/inbox/', robin.cookie)).status, 200);
    });

    it('signs out: the cookie is cleared and the old session id no longer opens anything', async () => {
      const casey = await signIn(inbox.base, 'casey');
      const response = await postForm(inbox.base, '/inbox/sign-out', { csrf: casey.csrf }, casey.cookie);
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/inbox/sign-in');
      assert.match(setCookie(response, 'inbox_session')!.header, /Max-Age=0/);
      assert.equal((await getAs(inbox.base, '/inbox/', casey.cookie)).status, 303);
      assert.equal((await getAs(inbox.base, '/inbox/export.csv', casey.cookie)).status, 401);
    });
  });

  describe('hostile answers in every text field', () => {
    let session: { cookie: string; csrf: string };
    const sent: { payload: string; notification: ReturnType<typeof notificationEnvelope>; review: ReturnType<typeof reviewEnvelope> }[] = [];
    before(async () => {
      session = await signIn(inbox.base, 'robin');
      for (const [index, payload] of payloads.entries()) {
        const upn = upnFor(900 + index);
        const draft = withText({ ...maintainedWithEhcp, pupil: { ...maintainedWithEhcp.pupil, upn } }, notificationTextPaths, payload) as NotificationDraft;
        const notification = notificationEnvelope(draft);
        const review = reviewEnvelope(withText({ ...returnReview, notificationId: notification.submissionId, pupil: { ...returnReview.pupil, upn } }, reviewTextPaths, payload) as OutcomeReviewDraft);
        assert.equal((await inbox.post(notification)).status, 201, payload);
        assert.equal((await inbox.post(review)).status, 201, payload);
        sent.push({ payload, notification, review });
      }
    });

    it('stores each answer exactly as typed (SQL is data, not a statement)', async () => {
      for (const { payload, notification } of sent) {
        const record = await inbox.server.store.getSubmission(notification.submissionId);
        assert.equal(record!.envelope.data.placement.reasons, payload);
      }
      const { rows } = await inbox.server.store.db.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'submissions'");
      assert.equal(rows[0].n, 1);
    });

    it('shows every answer escaped in the register and on the direction page: no markup from an answer', async () => {
      const register = await (await getAs(inbox.base, '/inbox/', session.cookie)).text();
      assert.doesNotMatch(register, /<script|<img|onerror=alert\(1\)>/);
      assert.match(register, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
      for (const { payload, notification } of sent) {
        const page = await (await getAs(inbox.base, `/inbox/directions/${notification.submissionId}`, session.cookie)).text();
        assert.doesNotMatch(page, /<script|<img/);
        const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        // Every text answer of the notification and of its review is on the page, escaped.
        const count = page.split(escaped).length - 1;
        assert.ok(count >= notificationTextPaths.length + reviewTextPaths.length - 1, `${payload}: shown ${count} times`);
      }
    });

    it('finds a hostile name by search and never treats the search as SQL', async () => {
      for (const { payload, notification } of sent) {
        const page = await (await getAs(inbox.base, `/inbox/?q=${encodeURIComponent(payload)}`, session.cookie)).text();
        assert.ok(page.includes(`/inbox/directions/${notification.submissionId}`), payload);
      }
    });

    it('exports every hostile cell as text: formula starts get an apostrophe, quotes and commas stay in their cell', async () => {
      const response = await getAs(inbox.base, '/inbox/export.csv', session.cookie);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
      assert.match(response.headers.get('content-disposition')!, /attachment; filename="offsite-directions-2026-04-28\.csv"/);
      const [header, ...rows] = parseCsv(await response.text());
      const column = (name: string) => header!.indexOf(name);
      for (const { payload, notification } of sent) {
        const row = rows.find((cells) => cells[column('submissionId')] === notification.submissionId)!;
        assert.equal(row.length, header!.length, payload);
        const expected = /^[=+\-@]/.test(payload) ? `'${payload}` : payload;
        assert.equal(row[column('schoolName')], expected);
        assert.equal(row[column('pupilName')], /^[=+\-@]/.test(payload) ? `'${payload} ${payload}` : `${payload} ${payload}`);
        assert.equal(row[column('status')], 'returned');
        for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `a cell of ${payload} could run as a formula: ${cell}`);
      }
    });
  });

  describe('bodies that are too large or malformed', () => {
    const send = (body: string | Blob, headers: Record<string, string> = { 'Content-Type': 'application/json' }, path = '/api/submissions') =>
      fetch(`${inbox.base}${path}`, { method: 'POST', headers, body, redirect: 'manual' });

    it('answers 413 for an envelope over 512 KB and stores nothing', async () => {
      const big = notificationEnvelope();
      const response = await send(JSON.stringify({ ...big, padding: 'x'.repeat(600 * 1024) }));
      assert.equal(response.status, 413);
      assert.equal(await inbox.server.store.getSubmission(big.submissionId), undefined);
    });

    it('answers 400 for a body that is not JSON, and 422 for JSON that is not an envelope', async () => {
      assert.equal((await send('{"form": "offsite-direction-notification",')).status, 400);
      assert.equal((await send(new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0x7b])]))).status, 400);
      assert.equal((await send('')).status, 400);
      for (const body of ['[]', 'null', '42', '{}', JSON.stringify({ ...notificationEnvelope(), submissionId: "1' OR '1'='1" })]) {
        const response = await send(body);
        assert.equal(response.status, 422, body);
      }
      const broken = notificationEnvelope();
      const data = broken.data as { pupil: Record<string, unknown> };
      const tampered = { ...broken, data: { ...data, pupil: { ...data.pupil, upn: 'not a upn' } } };
      const answer = await send(JSON.stringify(tampered));
      assert.equal(answer.status, 422);
      assert.ok(((await answer.json()) as { findings: { code: string }[] }).findings.some((item) => item.code === 'upn-invalid'));
      // JSON objects that no `String()` can turn into text (their own `toString` is not a function), where an id or
      // a UPN should be: refused with 422 and a finding, not a server error.
      const unprintable = { toString: 0 };
      const noId = await send(JSON.stringify({ ...notificationEnvelope(), submissionId: unprintable }));
      assert.equal(noId.status, 422);
      const badUpn = await send(JSON.stringify({ ...broken, data: { ...data, pupil: { ...data.pupil, upn: unprintable } } }));
      assert.equal(badUpn.status, 422);
      assert.ok(((await badUpn.json()) as { findings: { code: string }[] }).findings.some((item) => item.code === 'upn-invalid'));
    });

    it('refuses a sign-in form that is too large (413) or not a form (415)', async () => {
      const form = await openSignIn(inbox.base);
      const large = await postForm(inbox.base, '/inbox/sign-in', { csrf: form.token, username: 'casey', password: 'p'.repeat(20_000) }, form.cookie);
      assert.equal(large.status, 413);
      const json = await send(JSON.stringify({ username: 'casey', password: PASSWORD }), { 'Content-Type': 'application/json', Cookie: form.cookie }, '/inbox/sign-in');
      assert.equal(json.status, 415);
    });
  });

  it('shows a 404 page for a direction that does not exist, to a signed-in caseworker', async () => {
    const { cookie } = await signIn(inbox.base, 'robin');
    for (const path of [`/inbox/directions/${crypto.randomUUID()}`, '/inbox/directions/%27%20OR%201%3D1', '/inbox/nowhere']) {
      const response = await getAs(inbox.base, path, cookie);
      assert.equal(response.status, 404, path);
      assert.match(await response.text(), /Page not found/);
    }
    assert.ok(csrfIn(await (await getAs(inbox.base, '/inbox/nowhere', cookie)).text()), 'the sign-out form is there');
  });
});
