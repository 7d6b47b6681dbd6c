// The submissions table: each envelope kept whole (jsonb), once per submissionId. The primary key decides a
// repeat, in the database, so two processes or two racing retries still store one row.
import { fileURLToPath } from 'node:url';
import { openDatabase } from './db.mjs';
import { migrate } from './migrations.mjs';

/** Where `npm start` keeps its embedded database when neither DATABASE_URL nor DATA_DIR is set. */
export const defaultDataDir = fileURLToPath(new URL('../demo/data/inbox', import.meta.url));

export const SUBMISSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const iso = (value) => (value instanceof Date ? value : new Date(value)).toISOString();
const record = (row) => ({ receivedAt: iso(row.received_at), envelope: row.envelope });

/** Opens the database named by the environment (or the options), migrated, with the inbox's queries on it. */
export async function openStore({ databaseUrl = process.env.DATABASE_URL, dataDir = process.env.DATA_DIR } = {}) {
  const db = await openDatabase({ databaseUrl, dataDir });
  await migrate(db);
  return createStore(db);
}

export function createStore(db) {
  let closing;
  return {
    db,
    /**
     * Stores a checked envelope unless its submissionId is already there.
     * @returns {Promise<{ created: boolean, receivedAt: string }>}
     */
    async saveSubmission(envelope) {
      const data = envelope.data ?? {};
      const inserted = await db.query(
        `INSERT INTO submissions (submission_id, form, envelope, upn, placement_start, notification_id)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6)
         ON CONFLICT (submission_id) DO NOTHING
         RETURNING received_at`,
        [
          envelope.submissionId.toLowerCase(), envelope.form, JSON.stringify(envelope),
          data.pupil?.upn ?? null, data.placement?.startDate ?? null, data.notificationId?.toLowerCase() ?? null,
        ],
      );
      if (inserted.rows.length === 1) return { created: true, receivedAt: iso(inserted.rows[0].received_at) };
      const existing = await db.query('SELECT received_at FROM submissions WHERE submission_id = $1', [envelope.submissionId.toLowerCase()]);
      return { created: false, receivedAt: iso(existing.rows[0].received_at) };
    },
    /** Every stored submission, oldest first: `{ receivedAt, envelope }`. */
    async listSubmissions() {
      const { rows } = await db.query('SELECT received_at, envelope FROM submissions ORDER BY received_at, submission_id');
      return rows.map(record);
    },
    async getSubmission(id) {
      if (!SUBMISSION_ID.test(id)) return undefined;
      const { rows } = await db.query('SELECT received_at, envelope FROM submissions WHERE submission_id = $1', [id.toLowerCase()]);
      return rows[0] ? record(rows[0]) : undefined;
    },
    async countSubmissions() {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM submissions');
      return rows[0].n;
    },
    /** Closes the database once, however often it is called. */
    close: () => (closing ??= db.close()),
  };
}
