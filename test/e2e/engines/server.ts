/**
 * The server for the cross-engine end-to-end subset: the demo server of the Chromium suite (the built bundle,
 * the host pages of test/e2e/pages under the strict CSP, the reference receiver on a temporary data directory),
 * behind a small loopback proxy that does, on the server side, what playwright's request routing does for the
 * Chromium suite and no WebDriver can do in every engine:
 * - fails the next POSTs to the receiver after the receiver has stored them (a lost answer: the browser sees 500);
 * - answers a host page's own native form POST to /e2e/received, and keeps the fields it sent;
 * - asks every page for reports of Content Security Policy violations (`report-uri`, which all three engines
 *   send), and keeps them. The policy itself is the demo's, unchanged.
 */
import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDemoServer } from '../../../demo/server.mjs';
import { freshDataDir } from '../../inbox/data-dir.ts';
import { extraRoutes, type StoredSubmission } from '../harness.js';

export interface EngineServer {
  /** `http://127.0.0.1:<port>`, the proxy. */
  base: string;
  /** How many of the next POSTs to the receiver get a 500 back (each is stored all the same). */
  failNextSubmissions: number;
  /** Every POST to the receiver: the status the browser got, the receiver's own, and the Idempotency-Key. */
  readonly submissionPosts: { status: number; stored: number; key: string | null }[];
  /** The fields of every native form POST to /e2e/received. */
  readonly hostPosts: URLSearchParams[];
  /** The CSP violation reports the pages sent. */
  readonly cspReports: unknown[];
  submissions(): Promise<StoredSubmission[]>;
  close(): Promise<void>;
}

const REPORT_PATH = '/e2e/csp-report';

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

export async function startEngineServer(): Promise<EngineServer> {
  const dataDir = await freshDataDir('odf-e2e-engines-');
  const demo: Server = await startDemoServer({ listenPort: 0, submissionsDir: dataDir, extraRoutes });
  const store = (demo as Server & { store: { listSubmissions(): Promise<StoredSubmission[]>; close(): Promise<void> } }).store;
  const demoBase = `http://127.0.0.1:${(demo.address() as AddressInfo).port}`;

  const state: EngineServer = {
    base: '',
    failNextSubmissions: 0,
    submissionPosts: [],
    hostPosts: [],
    cspReports: [],
    // Read from the store itself: over HTTP, stored submissions are for signed-in caseworkers only.
    submissions: () => store.listSubmissions(),
    async close() {
      proxy.closeAllConnections();
      await closeServer(proxy);
      await closeServer(demo);
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  const proxy = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const body = await bodyOf(req);
      if (req.method === 'POST' && path === REPORT_PATH) {
        state.cspReports.push(JSON.parse(body.toString('utf8') || 'null'));
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'POST' && path === '/e2e/received') {
        state.hostPosts.push(new URLSearchParams(body.toString('utf8')));
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="en"><title>Received</title><h1>Received</h1></html>');
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0]),
        ),
      );
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const answer = await fetch(`${demoBase}${req.url}`, {
        method: req.method!,
        headers,
        ...(hasBody ? { body: new Uint8Array(body) } : {}),
      });
      const answerBody = Buffer.from(await answer.arrayBuffer());
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)) out[name] = value;
      });
      if (out['content-security-policy']) out['content-security-policy'] += `; report-uri ${REPORT_PATH}`;
      if (req.method === 'POST' && path === '/api/submissions') {
        const header = req.headers['idempotency-key'];
        const key = typeof header === 'string' ? header : null;
        if (state.failNextSubmissions > 0) {
          state.failNextSubmissions -= 1;
          state.submissionPosts.push({ status: 500, stored: answer.status, key });
          res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"proxy failure"}');
          return;
        }
        state.submissionPosts.push({ status: answer.status, stored: answer.status, key });
      }
      res.writeHead(answer.status, out).end(answerBody);
    } catch (error) {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  state.base = await listen(proxy);
  return state;
}
