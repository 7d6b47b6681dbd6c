// Versioned migrations, run at start by every process that opens the database. They run inside one transaction
// under an advisory lock, so two processes starting together against one server apply each version once; a
// version is never edited after it ships: a change is a new version.

export const migrations = [
  {
    version: 1,
    name: 'submissions, caseworkers, sessions, sign-in failures',
    sql: `
      CREATE TABLE submissions (
        submission_id uuid PRIMARY KEY,
        form text NOT NULL CHECK (form IN ('offsite-direction-notification', 'offsite-direction-outcome-review')),
        received_at timestamptz NOT NULL DEFAULT now(),
        envelope jsonb NOT NULL,
        -- Copied out of the envelope so that a review can find its notification by an index.
        upn text,
        placement_start text,
        notification_id uuid
      );
      CREATE INDEX submissions_form_received ON submissions (form, received_at);
      CREATE INDEX submissions_upn_start ON submissions (upn, placement_start);
      CREATE INDEX submissions_notification ON submissions (notification_id);

      CREATE TABLE caseworkers (
        username text PRIMARY KEY,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_set_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE sessions (
        -- The SHA-256 of the cookie's value: a copy of this table signs nobody in.
        id_hash text PRIMARY KEY,
        username text NOT NULL REFERENCES caseworkers (username) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_expires ON sessions (expires_at);

      CREATE TABLE sign_in_failures (
        username text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      );
    `,
  },
];

const LOCK_KEY = 740_316_512; // any constant: the advisory lock the inbox's migrations share

/** Applies every migration the database lacks; returns the versions applied now. */
export async function migrate(db) {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await tx.query('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
