/**
 * A fresh folder for an embedded (PGlite) inbox database, ready to open. Creating a PGlite database runs initdb
 * in WebAssembly, seconds of CPU each time; so the first test process makes one empty database in the temporary
 * folder (keyed by the PGlite version) and every test copies it. The copy holds no data and no migrations.
 */
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase } from '../../server/db.mjs';

async function template(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  let folder = dirname(entry);
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  const { version } = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as { version: string };
  const ready = join(tmpdir(), `odf-pglite-template-${version}`);
  if (existsSync(join(ready, 'PG_VERSION'))) return ready;
  const building = await mkdtemp(join(tmpdir(), 'odf-pglite-building-'));
  const db = await openDatabase({ databaseUrl: undefined, dataDir: building });
  await db.close();
  // Another test process may have finished first: then its template stands and this one goes.
  await rename(building, ready).catch(() => rm(building, { recursive: true, force: true }));
  return ready;
}

let made: Promise<string> | undefined;

export async function freshDataDir(prefix = 'odf-inbox-'): Promise<string> {
  made ??= template();
  const folder = await mkdtemp(join(tmpdir(), prefix));
  await cp(await made, folder, { recursive: true });
  return folder;
}
