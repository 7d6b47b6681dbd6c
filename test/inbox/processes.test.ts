/**
 * Two receiver processes (two `node demo/server.mjs`, as behind a load balancer) against one PostgreSQL server:
 * the same submissions posted to both at once are stored once each, and exactly one post of each id is told 201.
 * Both run the migrations as they start, at the same moment, under the advisory lock.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { notificationEnvelope, otherPupil, upnFor } from './envelopes.ts';
import { startPostgres, type TestPostgres } from './postgres.ts';

const serverScript = fileURLToPath(new URL('../../demo/server.mjs', import.meta.url));

/** Starts one server process on a free port; resolves with its base URL once it says where it listens. */
async function startProcess(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', DATA_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const port = /Demo: http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  return { child, base };
}

describe('two receiver processes, one PostgreSQL', () => {
  let postgres: TestPostgres;
  let servers: { child: ChildProcess; base: string }[] = [];
  before(async () => {
    postgres = await startPostgres();
    servers = await Promise.all([startProcess(postgres.url), startProcess(postgres.url)]);
  });
  after(async () => {
    for (const { child } of servers) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    await postgres?.stop();
  });

  it('stores each of 30 submissions once when both processes receive it three times at once', async () => {
    const envelopes = Array.from({ length: 30 }, (_, index) => notificationEnvelope(otherPupil(`Pupil${index}`, upnFor(2000 + index))));
    const posts = envelopes.flatMap((envelope) =>
      [0, 1, 2, 3, 4, 5].map((copy) =>
        fetch(`${servers[copy % 2]!.base}/api/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.submissionId },
          body: JSON.stringify(envelope),
        }).then((response) => ({ id: envelope.submissionId, status: response.status })),
      ),
    );
    const answers = await Promise.all(posts);
    for (const envelope of envelopes) {
      const statuses = answers.filter((answer) => answer.id === envelope.submissionId).map((answer) => answer.status).sort();
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 201], envelope.submissionId);
    }
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT count(*)::int AS rows, count(DISTINCT submission_id)::int AS ids FROM submissions');
      assert.deepEqual(rows[0], { rows: 30, ids: 30 });
      const { rows: versions } = await client.query('SELECT version FROM schema_migrations');
      assert.deepEqual(versions, [{ version: 1 }]);
    } finally {
      await client.end();
    }
  });
});
