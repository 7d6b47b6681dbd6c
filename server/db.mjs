// One small interface over the two ways the inbox keeps its data, so every query is written once in plain SQL:
// a PostgreSQL server at DATABASE_URL (through the `pg` driver and its connection pool), or, without one, an
// embedded PGlite database (PostgreSQL compiled to WebAssembly) in a folder, so `npm start` needs no set-up.
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {{ rows: any[], rowCount: number }} Result
 * @typedef {{ query(sql: string, params?: unknown[]): Promise<Result>, exec(sql: string): Promise<void> }} Queryable
 * @typedef {Queryable & {
 *   kind: 'postgres' | 'pglite',
 *   transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>,
 *   close(): Promise<void>,
 * }} Database
 */

/** @returns {Promise<Database>} */
export async function openDatabase({ databaseUrl, dataDir }) {
  if (databaseUrl) return openPostgres(databaseUrl);
  if (!dataDir) throw new Error('Set DATABASE_URL (a PostgreSQL server) or DATA_DIR (a folder for the embedded database).');
  return openPglite(dataDir);
}

async function openPostgres(connectionString) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle client that loses its server (a restart, a failover) is dropped from the pool, not thrown.
  pool.on('error', (error) => console.error('PostgreSQL pool:', error.message));
  const normalise = (result) => ({ rows: result.rows, rowCount: result.rowCount ?? 0 });
  return {
    kind: 'postgres',
    query: async (sql, params = []) => normalise(await pool.query(sql, params)),
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (sql, params = []) => normalise(await client.query(sql, params)),
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const isRunning = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it. The process that
 * opens it writes its pid to `inbox.pid` in the folder; another live process there is refused with a clear
 * message, and a file left by a process that died (even by SIGKILL) is taken over.
 */
async function lockFolder(dataDir) {
  const file = join(dataDir, 'inbox.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return async () => {
        if ((await readFile(file, 'utf8').catch(() => '')) === String(process.pid)) await unlink(file).catch(() => undefined);
      };
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(await readFile(file, 'utf8').catch(() => ''));
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw Object.assign(
          new Error(`The embedded database in ${dataDir} is open in process ${holder} (the inbox server?). Stop that process first, or use a PostgreSQL server (DATABASE_URL), which any number of processes can share.`),
          { code: 'INBOX_DATA_DIR_IN_USE' },
        );
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new Error(`Could not take ${file}`);
}

async function openPglite(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockFolder(dataDir);
  let db;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  const normalise = (result) => ({ rows: result.rows, rowCount: result.affectedRows ?? result.rows.length });
  return {
    kind: 'pglite',
    query: async (sql, params = []) => normalise(await db.query(sql, params)),
    exec: async (sql) => void (await db.exec(sql)),
    // PGlite has one connection: its transaction() holds it, so other queries wait rather than interleave.
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async (sql, params = []) => normalise(await tx.query(sql, params)), exec: async (sql) => void (await tx.exec(sql)) }),
      ),
    close: async () => {
      await db.close();
      await unlock();
    },
  };
}
