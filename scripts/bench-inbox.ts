/**
 * `npm run bench:inbox`: the receiver under load, on loopback only, against the embedded PGlite database (what
 * `npm start` uses) and against a PostgreSQL server started for the run (skipped with --pglite-only).
 *
 * 1. Throughput: 20 concurrent posters send 5,000 envelopes, 10% of them repeats of ids already sent, to one
 *    `node demo/server.mjs`; prints requests a second and p50/p95/max latency, and checks that exactly 4,500 rows
 *    exist and 4,500 posts were answered 201.
 * 2. Crash: the same load against a fresh database, the server killed with SIGKILL part-way; restarted on the same
 *    database, every submission that had been answered 2xx is read back (signed in, GET /api/submissions/<id>)
 *    and the table holds each id once. The posters then re-send what was never acknowledged (as the forms' "Try
 *    again" does) and the total is again exactly 4,500.
 * Every loop is bounded by the 5,000 envelopes; a poster stops at its first network error.
 */
import { rm } from 'node:fs/promises';
import { createAuth } from '../server/auth.mjs';
import { openStore } from '../server/store.mjs';
import { freshDataDir } from '../test/inbox/data-dir.ts';
import { notificationEnvelope, otherPupil, upnFor, type Envelope } from '../test/inbox/envelopes.ts';
import { signIn } from '../test/inbox/harness.ts';
import { startPostgres } from '../test/inbox/postgres.ts';
import { startServerProcess, type ServerProcess } from '../test/inbox/server-process.ts';

const TOTAL = 5_000;
const UNIQUE = 4_500;
const POSTERS = 20;
const PASSWORD = 'bench caseworker password';

/** 4,500 distinct envelopes, then 500 repeats each placed somewhere after its original, in a fixed order. */
function workload(): Envelope[] {
  const unique = Array.from({ length: UNIQUE }, (_, index) => notificationEnvelope(otherPupil(`Bench${index}`, upnFor(10_000 + index))));
  const list = [...unique];
  let seed = 20_260_302;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let repeat = 0; repeat < TOTAL - UNIQUE; repeat++) {
    const original = Math.floor(random() * UNIQUE);
    const at = list.indexOf(unique[original]!) + 1 + Math.floor(random() * (list.length - list.indexOf(unique[original]!)));
    list.splice(at, 0, unique[original]!);
  }
  return list;
}

interface Outcome { id: string; status: number; ms: number }

/** POSTERS workers share one queue; each stops at its first network error (the server gone). */
async function send(base: string, envelopes: Envelope[], { onProgress }: { onProgress?: (done: number) => void } = {}) {
  let next = 0;
  let done = 0;
  const outcomes: Outcome[] = [];
  const failed: string[] = [];
  const worker = async () => {
    while (next < envelopes.length) {
      const envelope = envelopes[next++]!;
      const started = performance.now();
      try {
        const response = await fetch(`${base}/api/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.submissionId },
          body: JSON.stringify(envelope),
        });
        await response.arrayBuffer();
        outcomes.push({ id: envelope.submissionId, status: response.status, ms: performance.now() - started });
      } catch {
        failed.push(envelope.submissionId);
        return;
      }
      onProgress?.(++done);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: POSTERS }, worker));
  return { outcomes, failed, seconds: (performance.now() - started) / 1000 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function assertThat(ok: boolean, message: string) {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) process.exitCode = 1;
}

async function countRows(storage: Storage): Promise<{ rows: number; ids: number }> {
  const store = await openStore(storage.open);
  try {
    const { rows } = await store.db.query('SELECT count(*)::int AS rows, count(DISTINCT submission_id)::int AS ids FROM submissions');
    return rows[0];
  } finally {
    await store.close();
  }
}

interface Storage { name: string; env: Record<string, string>; open: { databaseUrl?: string; dataDir?: string }; reset(): Promise<void>; done(): Promise<void> }

async function pgliteStorage(): Promise<Storage> {
  let dataDir = '';
  const storage: Storage = {
    name: 'PGlite (embedded, DATA_DIR)',
    env: {},
    open: {},
    async reset() {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      dataDir = await freshDataDir('odf-bench-');
      storage.env = { DATA_DIR: dataDir };
      storage.open = { dataDir };
    },
    done: () => rm(dataDir, { recursive: true, force: true }),
  };
  return storage;
}

async function postgresStorage(): Promise<Storage> {
  const postgres = await startPostgres();
  return {
    name: 'PostgreSQL 15 (DATABASE_URL, loopback)',
    env: { DATABASE_URL: postgres.url },
    open: { databaseUrl: postgres.url },
    async reset() {
      const store = await openStore({ databaseUrl: postgres.url });
      await store.db.query('TRUNCATE submissions');
      await store.close();
    },
    done: () => postgres.stop(),
  };
}

async function throughput(storage: Storage, envelopes: Envelope[]) {
  await storage.reset();
  const server = await startServerProcess(storage.env);
  // Warm-up outside the figures: the first request compiles the rule checks.
  await send(server.base, [notificationEnvelope(otherPupil('Warm', upnFor(99_999)))]);
  const { outcomes, failed, seconds } = await send(server.base, envelopes);
  await server.stop();
  const latencies = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
  const created = outcomes.filter((outcome) => outcome.status === 201).length;
  const repeats = outcomes.filter((outcome) => outcome.status === 200).length;
  console.log(`  ${envelopes.length} posts by ${POSTERS} posters in ${seconds.toFixed(1)} s: ${(envelopes.length / seconds).toFixed(0)} a second`);
  console.log(`  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
  const { rows, ids } = await countRows(storage);
  assertThat(failed.length === 0 && created + repeats === envelopes.length, `every post answered 2xx (201: ${created}, 200: ${repeats}, other: ${envelopes.length - created - repeats - failed.length}, network errors: ${failed.length})`);
  assertThat(created === UNIQUE, `exactly ${UNIQUE} answered 201`);
  assertThat(rows === UNIQUE + 1 && ids === rows, `exactly ${UNIQUE} rows from the run (${rows - 1} rows, plus the warm-up), each id once`);
}

async function crash(storage: Storage, envelopes: Envelope[]) {
  await storage.reset();
  let server: ServerProcess = await startServerProcess(storage.env);
  const killAt = Math.floor(envelopes.length * 0.4);
  let killed = false;
  const first = await send(server.base, envelopes, {
    onProgress: (done) => {
      if (done >= killAt && !killed) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    },
  });
  await server.stop('SIGKILL');
  const acknowledged = [...new Set(first.outcomes.filter((outcome) => outcome.status >= 200 && outcome.status < 300).map((outcome) => outcome.id))];
  console.log(`  SIGKILL after ${killAt} answers: ${first.outcomes.length} answered (${acknowledged.length} distinct ids acknowledged), ${first.failed.length} posts cut off`);
  // A caseworker to read with, made while no server holds the database.
  const store = await openStore(storage.open);
  await createAuth(store.db).setPassword('bench', PASSWORD);
  await store.close();
  server = await startServerProcess(storage.env);
  const { cookie } = await signIn(server.base, 'bench', PASSWORD);
  let missing = 0;
  for (let index = 0; index < acknowledged.length; index += POSTERS) {
    const batch = acknowledged.slice(index, index + POSTERS);
    const statuses = await Promise.all(batch.map((id) => fetch(`${server.base}/api/submissions/${id}`, { headers: { Cookie: cookie } }).then((response) => response.status)));
    missing += statuses.filter((status) => status !== 200).length;
  }
  assertThat(missing === 0, `after the restart, all ${acknowledged.length} acknowledged submissions are there (${missing} missing)`);
  const afterCrash = await (async () => { await server.stop(); return countRows(storage); })();
  assertThat(afterCrash.rows === afterCrash.ids, `each stored once: ${afterCrash.rows} rows, ${afterCrash.ids} distinct ids (${afterCrash.rows - acknowledged.length} stored but never acknowledged)`);
  server = await startServerProcess(storage.env);
  const unanswered = new Set(envelopes.map((envelope) => envelope.submissionId));
  for (const id of acknowledged) unanswered.delete(id);
  // Each unacknowledged id once, as each form would retry it: 200 means it had been stored after all.
  const resend = [...new Map(envelopes.filter((envelope) => unanswered.has(envelope.submissionId)).map((envelope) => [envelope.submissionId, envelope])).values()];
  const retry = await send(server.base, resend);
  await server.stop();
  const total = await countRows(storage);
  assertThat(retry.failed.length === 0 && retry.outcomes.every((outcome) => outcome.status === 200 || outcome.status === 201), `the ${retry.outcomes.length} re-sent posts answered 2xx (${retry.outcomes.filter((outcome) => outcome.status === 200).length} of them 200: stored before the kill, never acknowledged)`);
  assertThat(total.rows === UNIQUE && total.ids === UNIQUE, `after the re-sends: exactly ${UNIQUE} rows (${total.rows})`);
}

const envelopes = workload();
console.log(`Workload: ${envelopes.length} envelopes, ${UNIQUE} distinct submission ids, ${POSTERS} concurrent posters, loopback only.`);
const storages = [await pgliteStorage(), ...(process.argv.includes('--pglite-only') ? [] : [await postgresStorage()])];
for (const storage of storages) {
  try {
    console.log(`\n${storage.name}: throughput`);
    await throughput(storage, envelopes);
    console.log(`${storage.name}: SIGKILL mid-run, restart`);
    await crash(storage, envelopes);
  } finally {
    await storage.done();
  }
}
console.log(process.exitCode ? '\nThe inbox bench found a problem.' : '\nThe inbox bench passed.');
