/**
 * The inbox's store, the same tests against both back ends: the embedded PGlite database and a real PostgreSQL
 * server started for the test (initdb in a temporary folder, a loopback port). Migrations, storing each
 * submissionId once whatever the concurrency, caseworkers, sessions and the sign-in lock.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { createAuth, LOCK_AFTER, SLOW_AFTER } from '../../server/auth.mjs';
import { migrate } from '../../server/migrations.mjs';
import { buildRegister } from '../../server/register.mjs';
import { openStore } from '../../server/store.mjs';
import { academyUnregisteredPartTime, returnReview } from '../fixtures/examples.js';
import { freshDataDir } from './data-dir.ts';
import { notificationEnvelope, otherPupil, reviewEnvelope, upnFor } from './envelopes.ts';
import { startPostgres, type TestPostgres } from './postgres.ts';

type Store = Awaited<ReturnType<typeof openStore>>;

function storeSuite(name: string, open: () => Promise<{ store: Store; cleanUp(): Promise<void> }>) {
  describe(`inbox store on ${name}`, () => {
    let store: Store;
    let cleanUp: () => Promise<void>;
    before(async () => {
      ({ store, cleanUp } = await open());
    });
    after(async () => {
      await store?.close();
      await cleanUp?.();
    });

    it('has run migration 1 once, and running the migrations again applies nothing', async () => {
      assert.deepEqual(await migrate(store.db), []);
      const { rows } = await store.db.query('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(rows.map((row: { version: number }) => Number(row.version)), [1]);
    });

    it('stores a submission once: the first save creates it, a repeat reports the first receipt', async () => {
      const envelope = notificationEnvelope();
      const first = await store.saveSubmission(envelope);
      const again = await store.saveSubmission(envelope);
      assert.equal(first.created, true);
      assert.equal(again.created, false);
      assert.equal(again.receivedAt, first.receivedAt);
      const stored = await store.getSubmission(envelope.submissionId.toUpperCase());
      assert.deepEqual(stored?.envelope, envelope);
    });

    it('stores one row when 25 saves of one id race, and exactly one of them is told it created it', async () => {
      const envelope = notificationEnvelope();
      const results = await Promise.all(Array.from({ length: 25 }, () => store.saveSubmission(envelope)));
      assert.equal(results.filter((result) => result.created).length, 1);
      const { rows } = await store.db.query('SELECT count(*)::int AS n FROM submissions WHERE submission_id = $1', [envelope.submissionId]);
      assert.equal(rows[0].n, 1);
    });

    it('answers no record, not an error, for an id that is not a UUID', async () => {
      assert.equal(await store.getSubmission("x' OR '1'='1"), undefined);
    });

    it('keeps text that looks like SQL as text', async () => {
      const sneaky = "Robert'); DROP TABLE submissions; --";
      const envelope = notificationEnvelope(otherPupil(sneaky, upnFor(501)));
      assert.equal((await store.saveSubmission(envelope)).created, true);
      assert.equal((await store.getSubmission(envelope.submissionId))?.envelope.data.pupil.firstName, sneaky);
      assert.ok((await store.countSubmissions()) >= 1);
    });

    it('links reviews to notifications by notificationId, else by UPN and start date, and keeps the rest apart', async () => {
      const notification = notificationEnvelope(otherPupil('Linked', upnFor(601)));
      const byUpn = notificationEnvelope(academyUnregisteredPartTime);
      await store.saveSubmission(notification);
      await store.saveSubmission(byUpn);
      const direct = reviewEnvelope({ ...returnReview, notificationId: notification.submissionId, pupil: { ...returnReview.pupil, upn: upnFor(601) } });
      const { notificationId: _unused, ...withoutId } = returnReview;
      const matched = reviewEnvelope({ ...withoutId, pupil: { ...returnReview.pupil, upn: academyUnregisteredPartTime.pupil!.upn! } });
      const stray = reviewEnvelope({ ...withoutId, pupil: { ...returnReview.pupil, upn: upnFor(602) } });
      for (const review of [direct, matched, stray]) await store.saveSubmission(review);
      const { directions, unlinked } = buildRegister(await store.listSubmissions(), '2026-04-28');
      const row = (id: string) => directions.find((direction) => direction.id === id)!;
      assert.deepEqual(row(notification.submissionId).reviews.map((review) => [review.envelope.submissionId, review.linkedBy]), [[direct.submissionId, 'notificationId']]);
      assert.deepEqual(row(byUpn.submissionId).reviews.map((review) => [review.envelope.submissionId, review.linkedBy]), [[matched.submissionId, 'upn-and-start']]);
      assert.equal(row(byUpn.submissionId).status, 'returned');
      assert.deepEqual(unlinked.map((review) => review.envelope.submissionId), [stray.submissionId]);
    });

    it('creates a caseworker, signs them in to a session kept in the database, and signs them out', async () => {
      const auth = createAuth(store.db);
      assert.deepEqual(await auth.setPassword('casey', 'a long enough password'), { created: true });
      const wrong = await auth.signIn('casey', 'not the password!');
      assert.equal(wrong.ok, false);
      const good = await auth.signIn('Casey ', 'a long enough password');
      assert.equal(good.ok, true);
      const { rows } = await store.db.query('SELECT id_hash, username FROM sessions');
      assert.ok(rows.some((row: { username: string }) => row.username === 'casey'));
      assert.ok(rows.every((row: { id_hash: string }) => row.id_hash !== good.session!.id), 'the table keeps a hash, not the cookie value');
      assert.equal((await auth.session(good.session!.id))?.username, 'casey');
      await auth.signOut(good.session!.id);
      assert.equal(await auth.session(good.session!.id), undefined);
      const { rows: users } = await store.db.query("SELECT password_hash FROM caseworkers WHERE username = 'casey'");
      assert.match(users[0].password_hash, /^scrypt\$32768\$8\$1\$/);
    });

    it('slows a username down after repeated failures and locks it, even for the right password; a new password unlocks it', async () => {
      const auth = createAuth(store.db);
      await auth.setPassword('locky', 'the right password');
      for (let attempt = 1; attempt <= SLOW_AFTER; attempt++) assert.equal((await auth.signIn('locky', 'wrong password')).reason, 'wrong');
      const slowed = await auth.signIn('locky', 'the right password');
      assert.equal(slowed.reason, 'wait');
      assert.ok(slowed.seconds! >= 1);
      // Age the failures as if the waits had passed, then fail up to the lock.
      for (let failures = SLOW_AFTER + 1; failures <= LOCK_AFTER; failures++) {
        await store.db.query("UPDATE sign_in_failures SET locked_until = now() - interval '1 second' WHERE username = 'locky'");
        assert.equal((await auth.signIn('locky', 'wrong password')).reason, 'wrong');
      }
      const locked = await auth.signIn('locky', 'the right password');
      assert.equal(locked.reason, 'wait');
      assert.ok(locked.seconds! > 14 * 60, `locked for ${locked.seconds} s`);
      await auth.setPassword('locky', 'a brand new password');
      assert.equal((await auth.signIn('locky', 'a brand new password')).ok, true);
    });
  });
}

storeSuite('PGlite (embedded)', async () => {
  const dataDir = await freshDataDir('odf-store-');
  return { store: await openStore({ databaseUrl: undefined, dataDir }), cleanUp: () => rm(dataDir, { recursive: true, force: true }) };
});

let postgres: TestPostgres | undefined;
storeSuite('PostgreSQL (a real server)', async () => {
  postgres = await startPostgres();
  return { store: await openStore({ databaseUrl: postgres.url, dataDir: undefined }), cleanUp: () => postgres!.stop() };
});
