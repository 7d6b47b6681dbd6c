/**
 * `npm run inbox:add-user -- <username>` as a person runs it: the password on standard input, against the
 * embedded database when no server has it open, and through the running server's admin socket when one does.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../demo/server.mjs';
import { freshDataDir } from './data-dir.ts';
import { signIn } from './harness.ts';

const script = fileURLToPath(new URL('../../scripts/inbox-add-user.mjs', import.meta.url));

function addUser(dataDir: string, args: string[], input: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(input);
  });
}

describe('npm run inbox:add-user', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await freshDataDir('odf-add-user-');
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses a bad username or a short password, and sets nothing', async () => {
    assert.equal((await addUser(dataDir, [], 'a long enough password\n')).code, 2);
    assert.equal((await addUser(dataDir, ["x' OR 1=1"], 'a long enough password\n')).code, 2);
    const short = await addUser(dataDir, ['jo'], 'short\n');
    assert.equal(short.code, 2);
    assert.match(short.output, /at least 12 characters/);
  });

  it('creates a caseworker in the embedded database when no server has it open', async () => {
    const result = await addUser(dataDir, ['jo'], 'first password here\n');
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /Caseworker jo created\./);
  });

  it('sets a password through the running server, which holds the database: the new one signs in, the old one not', async () => {
    const server = await startDemoServer({ listenPort: 0, dataDir, databaseUrl: undefined });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await signIn(base, 'jo', 'first password here');
      const result = await addUser(dataDir, ['jo'], 'second password here\r\n');
      assert.equal(result.code, 0, result.output);
      assert.match(result.output, /Password of jo changed/);
      await assert.rejects(signIn(base, 'jo', 'first password here'), /answered 401/);
      await signIn(base, 'jo', 'second password here');
      const fresh = await addUser(dataDir, ['sam'], 'sam has a password\n');
      assert.match(fresh.output, /Caseworker sam created\./);
      await signIn(base, 'sam', 'sam has a password');
    } finally {
      await server.shutdown();
    }
  });
});
