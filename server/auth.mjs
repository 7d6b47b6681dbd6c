// Caseworkers, their passwords (scrypt from node:crypto), sessions kept in the database (so any number of
// processes can serve one inbox), CSRF tokens, and the slow-down and lock after failed sign-ins.
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback);

/** scrypt cost: N = 2^15, r = 8, p = 1 (about 32 MiB and tens of milliseconds per try). */
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 64;

export const SESSION_COOKIE = 'inbox_session';
export const SIGN_IN_CSRF_COOKIE = 'inbox_sign_in';
export const SESSION_HOURS = 8;
/** After this many failures in a row, each try waits 2^(failures − SLOW_AFTER) seconds (at most 5 minutes)… */
export const SLOW_AFTER = 3;
/** …and from this many, the account is locked for LOCK_MINUTES. */
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;

export const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const PASSWORD_HASH = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;

export async function hashPassword(password) {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_BYTES, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password, stored) {
  const [scheme, N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(N), r: Number(r), p: Number(p), maxmem: COST.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash nobody's password matches: unknown usernames cost the same time as known ones. */
const UNKNOWN_USER_HASH = await hashPassword(randomBytes(16).toString('hex'));

export const randomToken = () => randomBytes(32).toString('base64url');
const sha256 = (value) => createHash('sha256').update(value).digest('hex');

/** Equal strings, compared in constant time; false for anything missing. */
export function sameToken(a, b) {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createAuth(db) {
  const api = {
    /** Creates the caseworker, or sets their password; clears any lock on the name. */
    async setPassword(username, password) {
      if (password.length < 12) throw new Error('A password needs at least 12 characters.');
      return api.setPasswordHash(username, await hashPassword(password));
    },

    /** The same with the hash made already (by `inbox:add-user`, which hands it to a running server). */
    async setPasswordHash(username, hash) {
      if (!USERNAME.test(username)) throw new Error('A username is 1–64 lower-case letters, digits, dots, hyphens or underscores.');
      if (!PASSWORD_HASH.test(hash)) throw new Error('Not a password hash made by hashPassword.');
      const { rows } = await db.query(
        `INSERT INTO caseworkers (username, password_hash) VALUES ($1, $2)
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, password_set_at = now()
         RETURNING (xmax = 0) AS created`,
        [username, hash],
      );
      await db.query('DELETE FROM sign_in_failures WHERE username = $1', [username]);
      // A new password ends the sessions made with the old one.
      if (!rows[0].created) await db.query('DELETE FROM sessions WHERE username = $1', [username]);
      return { created: Boolean(rows[0].created) };
    },

    /**
     * Checks a sign-in. Answers `{ ok: true, session }`, `{ ok: false, reason: 'wrong' }` or
     * `{ ok: false, reason: 'wait', seconds }` while the name is slowed down or locked.
     */
    async signIn(rawUsername, password) {
      const username = String(rawUsername ?? '').trim().toLowerCase().slice(0, 64);
      const { rows: locks } = await db.query(
        `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds
         FROM sign_in_failures WHERE username = $1 AND locked_until > now()`,
        [username],
      );
      if (locks[0]) return { ok: false, reason: 'wait', seconds: Math.max(1, locks[0].seconds) };
      const { rows } = await db.query('SELECT password_hash FROM caseworkers WHERE username = $1', [username]);
      const good = await verifyPassword(String(password ?? ''), rows[0]?.password_hash ?? UNKNOWN_USER_HASH);
      if (!good || !rows[0]) {
        // One statement, so failures from several processes at once all count.
        const { rows: counted } = await db.query(
          `INSERT INTO sign_in_failures (username, failures, last_failure_at) VALUES ($1, 1, now())
           ON CONFLICT (username) DO UPDATE SET failures = sign_in_failures.failures + 1, last_failure_at = now()
           RETURNING failures`,
          [username],
        );
        const failures = counted[0].failures;
        const seconds =
          failures >= LOCK_AFTER ? LOCK_MINUTES * 60 : failures >= SLOW_AFTER ? Math.min(300, 2 ** (failures - SLOW_AFTER)) : 0;
        if (seconds > 0) {
          await db.query(`UPDATE sign_in_failures SET locked_until = now() + make_interval(secs => $2) WHERE username = $1`, [
            username, seconds,
          ]);
        }
        return { ok: false, reason: 'wrong', failures };
      }
      await db.query('DELETE FROM sign_in_failures WHERE username = $1', [username]);
      const id = randomToken();
      const csrf = randomToken();
      await db.query(
        `INSERT INTO sessions (id_hash, username, csrf_token, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
        [sha256(id), username, csrf, SESSION_HOURS],
      );
      return { ok: true, session: { id, username, csrf } };
    },

    /** The signed-in caseworker for a cookie's session id, or undefined. */
    async session(id) {
      if (typeof id !== 'string' || id.length < 20 || id.length > 100) return undefined;
      const { rows } = await db.query(
        'SELECT username, csrf_token FROM sessions WHERE id_hash = $1 AND expires_at > now()',
        [sha256(id)],
      );
      return rows[0] ? { id, username: rows[0].username, csrf: rows[0].csrf_token } : undefined;
    },

    async signOut(id) {
      await db.query('DELETE FROM sessions WHERE id_hash = $1', [sha256(id)]);
      await db.query('DELETE FROM sessions WHERE expires_at < now()');
    },
  };
  return api;
}
