/** The inbox on a loopback port for the tests: its own embedded database (or DATABASE_URL), a caseworker, and a
 * caseworker's way in over HTTP (the sign-in form, its CSRF cookie and token, the session cookie). */
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDemoServer } from '../../demo/server.mjs';
import { createAuth } from '../../server/auth.mjs';
import { freshDataDir } from './data-dir.ts';

export const PASSWORD = 'a caseworker password';

export interface TestInbox {
  base: string;
  server: Server & { store: Awaited<ReturnType<typeof startDemoServer>>['store'] };
  addUser(username: string, password?: string): Promise<void>;
  post(envelope: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startInbox({ databaseUrl, today }: { databaseUrl?: string; today?: () => string } = {}): Promise<TestInbox> {
  const dataDir = await freshDataDir();
  const server = await startDemoServer({ listenPort: 0, databaseUrl, dataDir, ...(today ? { today } : {}) });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    server,
    async addUser(username, password = PASSWORD) {
      await createAuth(server.store.db).setPassword(username, password);
    },
    post: (envelope) =>
      fetch(`${base}/api/submissions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(envelope) }),
    async close() {
      await server.shutdown();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `name=value` of one Set-Cookie header of a response, and the whole header for its attributes. */
export function setCookie(response: Response, name: string): { pair: string; header: string } | undefined {
  const header = response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
  return header ? { pair: header.split(';')[0]!, header } : undefined;
}

/** The value of the hidden `csrf` input in a page. */
export const csrfIn = (page: string) => /name="csrf" value="([^"]*)"/.exec(page)?.[1];

/** Opens the sign-in form as a browser would: its CSRF cookie and the token in the form. */
export async function openSignIn(base: string): Promise<{ cookie: string; token: string }> {
  const response = await fetch(`${base}/inbox/sign-in`);
  return { cookie: setCookie(response, 'inbox_sign_in')!.pair, token: csrfIn(await response.text())! };
}

export function postForm(base: string, path: string, fields: Record<string, string>, cookie = ''): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Signs in through the form; returns the session cookie and the session's CSRF token (from the register page). */
export async function signIn(base: string, username: string, password = PASSWORD): Promise<{ cookie: string; csrf: string }> {
  const form = await openSignIn(base);
  const response = await postForm(base, '/inbox/sign-in', { csrf: form.token, username, password }, form.cookie);
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const cookie = setCookie(response, 'inbox_session')!.pair;
  const page = await (await fetch(`${base}/inbox/`, { headers: { Cookie: cookie } })).text();
  return { cookie, csrf: csrfIn(page)! };
}

export const getAs = (base: string, path: string, cookie?: string) =>
  fetch(`${base}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });

/** A small RFC 4180 reader for the export: quoted cells, doubled quotes, CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') { cell += '"'; index++; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; }
    else if (char === '\r' && text[index + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; index++; }
    else cell += char;
  }
  return rows;
}
