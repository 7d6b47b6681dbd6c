// The bench's web server: the bench page, its script, the built bundle, for a cold page load the case the page
// renders as soon as the bundle is in (`/bench/case.js?case=<id>`, a module made from scripts/bench/cases.ts),
// an empty page of the same origin (`/blank`) to open first, and the copies of the cases' DOM the bench made: as
// static HTML (`/bench/static.html?case=<id>`, from `statics`) and as a module in which Lit alone draws that DOM
// (`/bench/lit-copy.js?case=<id>`, from `litCopies`).
// 127.0.0.1 only, under a strict Content Security Policy, as a host page would serve them; nothing is cached,
// so every page load fetches and compiles the bundle afresh. The one exception: a page showing a static copy
// (`/?static=<id>`) may apply its inline style element, since the copy carries the form's style sheets inline.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchCases } from './cases.ts';

const ROOT = new URL('../../', import.meta.url);
export const BUNDLE = new URL('dist/offsite-direction-forms.js', ROOT);

const pageFiles = (bundle: URL): Record<string, URL> => ({
  '/': new URL('scripts/bench/page.html', ROOT),
  '/bench/page.js': new URL('scripts/bench/page.js', ROOT),
  '/offsite-direction-forms.js': bundle,
});

function caseModule(id: string | null): string | undefined {
  const found = benchCases.find((benchCase) => benchCase.id === id);
  if (!found) return undefined;
  return `export const tag = ${JSON.stringify(found.tag)};\nexport const props = ${JSON.stringify(found.props)};\n`;
}

const headers = (type: string, inlineStyles = false) => ({
  'Content-Type': `${type}; charset=utf-8`,
  'Content-Security-Policy': `default-src 'self'; script-src 'self'; style-src 'self'${inlineStyles ? " 'unsafe-inline'" : ''}; object-src 'none'`,
  'Cache-Control': 'no-store',
});

/**
 * Starts the server on a free loopback port (serving `bundle` as the bundle); resolves to it, its base URL, and
 * the maps of copies it serves (case id → static HTML, case id → the Lit copy's module; filled by the bench).
 */
export function startServer(
  bundle: URL = BUNDLE,
): Promise<{ server: Server; base: string; statics: Map<string, string>; litCopies: Map<string, string> }> {
  const files = pageFiles(bundle);
  const statics = new Map<string, string>();
  const litCopies = new Map<string, string>();
  const copies: Record<string, [Map<string, string>, string]> = {
    '/bench/static.html': [statics, 'text/html'],
    '/bench/lit-copy.js': [litCopies, 'text/javascript'],
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const copy = Object.hasOwn(copies, url.pathname) ? copies[url.pathname] : undefined;
    if (copy) {
      const [served, type] = copy;
      const body = served.get(url.searchParams.get('case') ?? '');
      if (body === undefined) response.writeHead(404).end();
      else response.writeHead(200, headers(type)).end(body);
      return;
    }
    if (url.pathname === '/blank') {
      response.writeHead(200, headers('text/html')).end('<!doctype html><title>blank</title>');
      return;
    }
    if (url.pathname === '/bench/case.js') {
      const body = caseModule(url.searchParams.get('case'));
      if (body === undefined) response.writeHead(404).end();
      else response.writeHead(200, headers('text/javascript')).end(body);
      return;
    }
    const file = Object.hasOwn(files, url.pathname) ? files[url.pathname] : undefined;
    if (!file) {
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, headers(url.pathname === '/' ? 'text/html' : 'text/javascript', url.pathname === '/' && url.searchParams.has('static')))
          .end(body),
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, statics, litCopies }),
    ),
  );
}
