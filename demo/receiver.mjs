// The reference receiver: what a local authority's backend does with a posted envelope.
// 1. Parse the JSON (at most 512 KB). 2. Check it again with the same rules the browser ran (never trust the
// browser). 3. Store it exactly once, keyed by its submissionId: the database's primary key decides a repeat,
// so racing retries, or two processes behind one load balancer, still store one row.
// Reading what was stored (GET /api/submissions…) needs a signed-in caseworker, like the inbox's pages.
import { checkEnvelope } from 'offsite-direction-forms/schema';
import { SUBMISSION_ID } from '../server/store.mjs';

export const MAX_BODY_BYTES = 512 * 1024;

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw Object.assign(new Error('too large'), { status: 413 });
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('not JSON'), { status: 400 });
  }
}

/**
 * Handles `POST /api/submissions` (public) and `GET /api/submissions[/<id>]` (signed-in only); answers false for
 * any other request so the caller can serve it. `authenticate(req)` resolves to the caseworker or undefined.
 */
export function createReceiver({ store, authenticate }) {
  async function accept(req, res) {
    let envelope;
    try {
      envelope = await readJson(req);
    } catch (error) {
      // Answer before the rest of an oversized body arrives, and close the connection behind it.
      if (error.status === 413) res.setHeader('Connection', 'close');
      return send(res, error.status ?? 400, { error: error.message });
    }
    // Only a string can be an id (`String()` of an object may throw).
    const id = typeof envelope?.submissionId === 'string' ? envelope.submissionId : '';
    const key = req.headers['idempotency-key'];
    if (!SUBMISSION_ID.test(id)) return send(res, 422, { error: 'submissionId must be a UUID', findings: [] });
    if (key !== undefined && key.toLowerCase() !== id.toLowerCase()) {
      return send(res, 422, { error: 'Idempotency-Key must equal the submissionId', findings: [] });
    }
    const check = checkEnvelope(envelope);
    if (!check.ok) {
      return send(res, 422, { error: 'The envelope did not pass the rule checks', findings: check.findings });
    }
    const { created, receivedAt } = await store.saveSubmission(envelope);
    return send(res, created ? 201 : 200, { submissionId: id, receivedAt, duplicate: !created });
  }

  return async function handle(req, res) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/api/submissions' && !path.startsWith('/api/submissions/')) return false;
    if (req.method === 'POST' && path === '/api/submissions') {
      await accept(req, res);
      return true;
    }
    if (req.method !== 'GET') {
      send(res, 405, { error: 'Use POST to send, GET (signed in) to read' });
      return true;
    }
    if (!(await authenticate(req))) {
      send(res, 401, { error: 'Sign in at /inbox/sign-in to read submissions' });
      return true;
    }
    if (path === '/api/submissions') {
      send(res, 200, { submissions: await store.listSubmissions() });
      return true;
    }
    const record = await store.getSubmission(decodeURIComponent(path.slice('/api/submissions/'.length)));
    if (record) send(res, 200, record);
    else send(res, 404, { error: 'No submission has that id' });
    return true;
  };
}
