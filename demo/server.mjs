// `npm start`: the demo page (both forms, an event log) and the reference receiver on one local port.
// The page is served with the strict Content Security Policy the README asks hosts to allow, so the demo
// also shows the embed working without eval or inline styles.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver } from './receiver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const dataDir = process.env.DATA_DIR ?? join(root, 'demo', 'data', 'submissions');

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
 * Starts the demo on 127.0.0.1. `extraRoutes` adds URL path → file (relative to the repository) entries, served
 * like the demo's own files and under the same policy: the end-to-end tests add their host pages this way.
 */
export function startDemoServer({ listenPort = port, submissionsDir = dataDir, extraRoutes = {} } = {}) {
  const receive = createReceiver({ dataDir: submissionsDir });
  const served = { ...routes, ...extraRoutes };
  const server = createServer(async (req, res) => {
    try {
      if (await receive(req, res)) return;
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
  return new Promise((resolve) => server.listen(listenPort, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemoServer();
  const { port: actual } = server.address();
  console.log(`Demo: http://localhost:${actual}/  (receiver: POST/GET http://localhost:${actual}/api/submissions, stored in ${dataDir})`);
}
