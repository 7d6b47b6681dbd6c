/**
 * A real PostgreSQL server for the tests, from Debian's `postgresql` package (scripts/ensure-postgres.sh installs
 * it): a fresh cluster made by initdb in a temporary folder, listening on a free loopback port only, stopped and
 * removed afterwards. initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
 */
import { execFile as execFileCallback } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

/** The newest PostgreSQL binaries on the machine (POSTGRES_BIN names another folder). */
export function postgresBin(): string {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => join(base, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
  if (!found) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql: run `bash scripts/ensure-postgres.sh`.');
  return found;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  const folder = await mkdtemp(join(tmpdir(), 'odf-postgres-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  let run = (command: string, args: string[]) => execFile(join(bin, command), args);
  if (asRoot) {
    const [uid, gid] = (await execFile('id', ['-u', 'postgres'])).stdout.trim().concat(' ', (await execFile('id', ['-g', 'postgres'])).stdout.trim()).split(' ').map(Number);
    await chown(folder, uid!, gid!);
    run = (command, args) => execFile('runuser', ['-u', 'postgres', '--', join(bin, command), ...args]);
  }
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  await run('pg_ctl', ['-D', data, '-o', options, '-l', join(folder, 'server.log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
