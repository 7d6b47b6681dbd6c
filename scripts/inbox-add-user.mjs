// `npm run inbox:add-user -- <username>`: creates a caseworker for the inbox, or sets a new password for one.
// The password is one line on standard input (typed, or piped from a password manager), never an argument, so
// it stays out of the shell history and the process list. Uses the server's DATABASE_URL / DATA_DIR.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { sendToAdminSocket } from '../server/admin-socket.mjs';
import { createAuth, hashPassword, USERNAME } from '../server/auth.mjs';
import { defaultDataDir, openStore } from '../server/store.mjs';

const username = (process.argv[2] ?? '').trim().toLowerCase();
if (!USERNAME.test(username)) {
  console.error('Usage: npm run inbox:add-user -- <username>   (then type the password, at least 12 characters, and Enter)');
  console.error('A username is 1–64 lower-case letters, digits, dots, hyphens or underscores.');
  process.exit(2);
}

async function readPassword() {
  const terminal = Boolean(process.stdin.isTTY);
  if (terminal) process.stderr.write(`Password for ${username} (at least 12 characters, not shown): `);
  // On a terminal the typed characters go to an output that drops them, so the password is not echoed.
  const output = terminal ? new Writable({ write: (_chunk, _encoding, done) => done() }) : undefined;
  const lines = createInterface({ input: process.stdin, output, terminal });
  try {
    for await (const line of lines) return line.replace(/\r$/, '');
    return '';
  } finally {
    lines.close();
    if (terminal) process.stderr.write('\n');
  }
}

const password = await readPassword();
if (password.length < 12) {
  console.error('No password set: it needs at least 12 characters.');
  process.exit(2);
}
const dataDir = process.env.DATA_DIR || defaultDataDir;
const done = ({ created }) =>
  console.log(created ? `Caseworker ${username} created.` : `Password of ${username} changed; their sessions are ended.`);

let store;
try {
  store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir });
} catch (error) {
  if (error.code !== 'INBOX_DATA_DIR_IN_USE') throw error;
  // The server has the embedded database open: hand it the account (the password stays here, hashed).
  const answer = await sendToAdminSocket(dataDir, { username, hash: await hashPassword(password) }).catch(() => undefined);
  if (!answer) {
    console.error(error.message);
    process.exit(1);
  }
  if (!answer.ok) {
    console.error(answer.error);
    process.exit(1);
  }
  done(answer);
  process.exit(0);
}
try {
  done(await createAuth(store.db).setPassword(username, password));
} finally {
  await store.close();
}
