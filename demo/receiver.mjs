// The reference receiver: what a local authority's backend does with a posted envelope.
// 1. Parse the JSON. 2. Check it again with the same rules the browser ran (never trust the browser).
// 3. Store it exactly once, keyed by its submissionId, so a retried send never makes a second record.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkEnvelope } from 'offsite-direction-forms/schema';

const MAX_BODY_BYTES = 512 * 1024;
const SUBMISSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A file store: one JSON file per submission under `dataDir`. Written to a temporary name and renamed, so
 * a crash never leaves half a record, and a restart finds everything that was accepted.
 */
export function createStore(dataDir) {
  const fileFor = (id) => join(dataDir, `${id.toLowerCase()}.json`);
  return {
    async get(id) {
      try {
        return JSON.parse(await readFile(fileFor(id), 'utf8'));
      } catch (error) {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async put(id, record) {
      await mkdir(dataDir, { recursive: true });
      const temporary = `${fileFor(id)}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, JSON.stringify(record, null, 2));
      await rename(temporary, fileFor(id));
    },
    async list() {
      let names = [];
      try {
        names = (await readdir(dataDir)).filter((name) => name.endsWith('.json'));
      } catch (error) {
        if (error.code !== 'ENOENT') throw error;
      }
      const records = await Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dataDir, name), 'utf8'))));
      return records.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },
  };
}

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
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
 * Handles `POST /api/submissions` and `GET /api/submissions`; answers false for any other request so the
 * caller can serve it. Envelopes to the same id are queued so two racing retries still store one record.
 */
export function createReceiver({ dataDir }) {
  const store = createStore(dataDir);
  let queue = Promise.resolve();
  const serially = (task) => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function accept(req, res) {
    let envelope;
    try {
      envelope = await readJson(req);
    } catch (error) {
      return send(res, error.status ?? 400, { error: error.message });
    }
    const id = String(envelope?.submissionId ?? '');
    const key = req.headers['idempotency-key'];
    if (!SUBMISSION_ID.test(id)) return send(res, 422, { error: 'submissionId must be a UUID', findings: [] });
    if (key !== undefined && key !== id) {
      return send(res, 422, { error: 'Idempotency-Key must equal the submissionId', findings: [] });
    }
    const check = checkEnvelope(envelope);
    if (!check.ok) {
      return send(res, 422, { error: 'The envelope did not pass the rule checks', findings: check.findings });
    }
    return serially(async () => {
      const existing = await store.get(id);
      if (existing) return send(res, 200, { submissionId: id, receivedAt: existing.receivedAt, duplicate: true });
      const record = { receivedAt: new Date().toISOString(), envelope };
      await store.put(id, record);
      return send(res, 201, { submissionId: id, receivedAt: record.receivedAt, duplicate: false });
    });
  }

  return async function handle(req, res) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/api/submissions') return false;
    if (req.method === 'POST') await accept(req, res);
    else if (req.method === 'GET') send(res, 200, { submissions: await store.list() });
    else send(res, 405, { error: 'Use GET or POST' });
    return true;
  };
}
