// With the embedded database only one process may open DATA_DIR, so `npm run inbox:add-user` cannot open it
// while the server runs. Instead the server listens on a Unix socket in DATA_DIR (mode 0600: only the user who
// owns the database files can connect), and add-user hands it the caseworker's username and password hash,
// one JSON line each way. The password itself never leaves add-user. (A PostgreSQL server needs none of this.)
import { chmod, unlink } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

export const adminSocketPath = (dataDir) => join(dataDir, 'inbox-admin.sock');
const MAX_LINE = 4096;

/** Serves set-password requests for `auth`; resolves to a close function, or undefined where no socket fits. */
export async function startAdminSocket(dataDir, auth) {
  const path = adminSocketPath(dataDir);
  if (Buffer.byteLength(path) > 100) return undefined; // too long for a socket address: add-user says to stop the server
  await unlink(path).catch(() => undefined); // left by a server that was killed
  const server = createServer((socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', async (chunk) => {
      text += chunk;
      if (text.length > MAX_LINE) return socket.destroy();
      if (!text.includes('\n')) return;
      socket.removeAllListeners('data');
      let answer;
      try {
        const { username, hash } = JSON.parse(text.slice(0, text.indexOf('\n')));
        answer = { ok: true, ...(await auth.setPasswordHash(String(username), String(hash))) };
      } catch (error) {
        answer = { ok: false, error: error.message };
      }
      socket.end(`${JSON.stringify(answer)}\n`);
    });
    socket.on('error', () => undefined);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, resolve);
  });
  await chmod(path, 0o600);
  return () => new Promise((resolve) => server.close(() => unlink(path).catch(() => undefined).then(resolve)));
}

/** add-user's side: sends one request to the running server; resolves to its answer. */
export function sendToAdminSocket(dataDir, request) {
  return new Promise((resolve, reject) => {
    const socket = createConnection(adminSocketPath(dataDir));
    let text = '';
    socket.setEncoding('utf8');
    socket.setTimeout(30_000, () => socket.destroy(new Error('The inbox server did not answer within 30 seconds.')));
    socket.on('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new Error('The inbox server gave no answer.'));
      }
    });
    socket.on('error', reject);
  });
}
