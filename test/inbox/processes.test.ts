/**
 * Two receiver processes (two `node demo/server.mjs`, as behind a load balancer) against one PostgreSQL server:
 * the same submissions posted to both at once are stored once each, and exactly one post of each id is told 201.
 * Both run the migrations as they start, at the same moment, under the advisory lock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { notificationEnvelope, otherPupil, upnFor } from './envelopes.ts';
import { createAuth } from '../../server/auth.mjs';
import { openStore } from '../../server/store.mjs';
import { getAs, PASSWORD, signIn } from './harness.ts';
import { startPostgres, type TestPostgres } from './postgres.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

describe('two receiver processes, one PostgreSQL', () => {
  let postgres: TestPostgres;
  let servers: ServerProcess[] = [];
  before(async () => {
    postgres = await startPostgres();
    servers = await Promise.all([
      startServerProcess({ DATABASE_URL: postgres.url, INBOX_TODAY: '2026-04-28' }),
      startServerProcess({ DATABASE_URL: postgres.url, INBOX_TODAY: '2026-03-02' }),
    ]);
  });
  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
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

  it('shares sessions between the processes (kept in the database), and each says the day INBOX_TODAY gives it', async () => {
    const store = await openStore({ databaseUrl: postgres.url });
    await createAuth(store.db).setPassword('casey', PASSWORD);
    await store.close();
    const { cookie } = await signIn(servers[0]!.base, 'casey');
    const days = [];
    for (const server of servers) {
      const response = await getAs(server.base, '/inbox/', cookie);
      assert.equal(response.status, 200, 'a session made by one process opens the other');
      days.push(/Today is ([^<]+)</.exec(await response.text())?.[1]);
    }
    assert.deepEqual(days, ['28 April 2026', '2 March 2026']);
  });
});
