// `npm start`: on one local port, the demo page (both forms, an event log), the reference receiver
// (POST /api/submissions) and the local authority's inbox (/inbox/). Storage is PostgreSQL at DATABASE_URL, or
// without it an embedded PGlite database under DATA_DIR (default demo/data/inbox). The demo page is served with
// the strict Content Security Policy the README asks hosts to allow, so it also shows the embed working without
// eval or inline styles.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAdminSocket } from '../server/admin-socket.mjs';
import { createAuth } from '../server/auth.mjs';
import { createInbox } from '../server/inbox.mjs';
import { inboxToday } from '../server/register.mjs';
import { defaultDataDir, openStore } from '../server/store.mjs';
import { createReceiver } from './receiver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** URL path → file, only inside the folders the demo needs. */
const routes = {
  '/': 'demo/index.html',
  '/index.html': 'demo/index.html',
  '/demo.js': 'demo/demo.js',
  '/demo.css': 'demo/demo.css',
  '/offsite-direction-forms.js': 'dist/offsite-direction-forms.js',
  // The one-form bundles, for a page that shows only one of the forms.
  '/offsite-direction-notification.js': 'dist/offsite-direction-notification.js',
  '/offsite-direction-outcome-review.js': 'dist/offsite-direction-outcome-review.js',
  // Other locales than en-GB, loaded by the bundle from beside itself when the page chooses one.
  '/locales/en-XA.js': 'dist/locales/en-XA.js',
};
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * Starts the demo, the receiver and the inbox on 127.0.0.1 (`host` changes that). `extraRoutes` adds URL path →
 * file (relative to the repository) entries, served like the demo's own files and under the same policy: the
 * end-to-end tests add their host pages this way. The returned server has the `store` it opened, closed with it.
 */
/**
 * @param {{
 *   listenPort?: number, host?: string, databaseUrl?: string, dataDir?: string,
 *   submissionsDir?: string, today?: () => string, extraRoutes?: Record<string, string>,
 * }} [options] `submissionsDir` is the older name of `dataDir`.
 * @returns {Promise<import('node:http').Server & { store: Awaited<ReturnType<typeof openStore>>, shutdown(): Promise<void> }>}
 */
export async function startDemoServer({
  listenPort = Number(process.env.PORT ?? 8080),
  host = '127.0.0.1',
  databaseUrl = process.env.DATABASE_URL,
  dataDir = process.env.DATA_DIR || defaultDataDir,
  submissionsDir,
  today = () => inboxToday(),
  extraRoutes = {},
} = {}) {
  const store = await openStore({ databaseUrl, dataDir: submissionsDir ?? dataDir });
  const auth = createAuth(store.db);
  const inbox = createInbox({ store, auth, today });
  const receive = createReceiver({ store, authenticate: inbox.authenticate });
  const served = { ...routes, ...extraRoutes };
  const server = createServer(async (req, res) => {
    try {
      if (await receive(req, res)) return;
      if (await inbox.handle(req, res)) return;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = Object.hasOwn(served, path) ? served[path] : undefined;
      if (!file || req.method !== 'GET') {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      const body = await readFile(normalize(join(root, file)));
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Server error');
    }
  });
  // With the embedded database, `npm run inbox:add-user` reaches it through this server (server/admin-socket.mjs).
  const closeAdminSocket = store.db.kind === 'pglite' ? await startAdminSocket(submissionsDir ?? dataDir, auth) : undefined;
  let closed = Promise.resolve();
  server.on('close', () => {
    closed = Promise.resolve(closeAdminSocket?.())
      .then(() => store.close())
      .catch((error) => console.error(error));
  });
  /** Stops taking requests, finishes those under way, then closes the database. */
  const shutdown = async () => {
    await new Promise((resolve) => server.close(resolve));
    await closed;
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, host, () => resolve(Object.assign(server, { store, shutdown })));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemoServer();
  const { port } = server.address();
  const where = process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `PGlite in ${process.env.DATA_DIR || defaultDataDir}`;
  console.log(`Demo: http://localhost:${port}/  receiver: POST http://localhost:${port}/api/submissions  inbox: http://localhost:${port}/inbox/  (stored in ${where})`);
  const stop = () => server.shutdown().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
