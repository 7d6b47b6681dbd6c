// The inbox's HTTP side: sign-in and sign-out, the register, one direction, an unmatched review, the CSV
// export. Every page but the sign-in page (and its stylesheet) needs a signed-in caseworker.
import { readFile } from 'node:fs/promises';
import { randomToken, sameToken, SESSION_COOKIE, SESSION_HOURS, SIGN_IN_CSRF_COOKIE } from './auth.mjs';
import { registerCsv } from './csv.mjs';
import { applyFilters, buildRegister, readFilters, schoolsOf } from './register.mjs';
import { directionPage, messagePage, registerPage, reviewPage, signInPage } from './views.mjs';

export const INBOX_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const MAX_FORM_BYTES = 8 * 1024;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const stylesheet = readFile(new URL('./inbox.css', import.meta.url));

/** The first value of each cookie in the request (a later one of the same name cannot shadow it). */
export function readCookies(req) {
  const cookies = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    if (!Object.hasOwn(cookies, name)) cookies[name] = part.slice(at + 1).trim();
  }
  return cookies;
}

/** Over HTTPS (or behind a proxy that says so, when INBOX_TRUST_PROXY=1) cookies are marked Secure. */
const isHttps = (req) =>
  Boolean(req.socket.encrypted) || (process.env.INBOX_TRUST_PROXY === '1' && req.headers['x-forwarded-proto'] === 'https');

function cookie(req, name, value, { path = '/', maxAge }) {
  return [`${name}=${value}`, `Path=${path}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict', ...(isHttps(req) ? ['Secure'] : [])].join('; ');
}

const securityHeaders = {
  'Content-Security-Policy': INBOX_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function sendPage(res, status, markup, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...securityHeaders, ...headers });
  res.end(String(markup));
}

function redirect(res, location, headers = {}) {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...headers }).end();
}

async function readForm(req) {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
    throw Object.assign(new Error('A form is sent as application/x-www-form-urlencoded.'), { status: 415 });
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw Object.assign(new Error('The form is too large.'), { status: 413 });
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const waitSentence = (seconds) =>
  seconds >= 120 ? `Try again in ${Math.ceil(seconds / 60)} minutes.` : `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;

/**
 * @param {{ store: ReturnType<import('./store.mjs').createStore>, auth: ReturnType<import('./auth.mjs').createAuth>, today: () => string }} options
 */
export function createInbox({ store, auth, today }) {
  /** The signed-in caseworker of a request, or undefined. */
  const authenticate = (req) => auth.session(readCookies(req)[SESSION_COOKIE]);

  async function signIn(req, res, session) {
    if (session) return redirect(res, '/inbox/');
    const fresh = () => {
      const token = randomToken();
      return { token, header: cookie(req, SIGN_IN_CSRF_COOKIE, token, { path: '/inbox/sign-in', maxAge: 3600 }) };
    };
    if (req.method === 'GET') {
      const { token, header } = fresh();
      return sendPage(res, 200, signInPage({ csrf: token }), { 'Set-Cookie': header });
    }
    if (req.method !== 'POST') return sendPage(res, 405, messagePage({ title: 'Not allowed', message: 'Use the sign-in form.' }), { Allow: 'GET, POST' });
    const form = await readForm(req);
    const username = (form.get('username') ?? '').slice(0, 64);
    const answer = (status, message, field = 'username') => {
      const { token, header } = fresh();
      return sendPage(res, status, signInPage({ csrf: token, username, errors: [{ field, message }] }), { 'Set-Cookie': header });
    };
    if (!sameToken(form.get('csrf') ?? undefined, readCookies(req)[SIGN_IN_CSRF_COOKIE])) {
      return answer(403, 'The sign-in form had expired. Sign in again.');
    }
    if (!username.trim()) return answer(400, 'Enter your username');
    if (!form.get('password')) return answer(400, 'Enter your password', 'password');
    const result = await auth.signIn(username, form.get('password'));
    if (result.reason === 'wait') {
      return answer(429, `There have been too many failed sign-ins with this username. ${waitSentence(result.seconds)}`);
    }
    if (!result.ok) return answer(401, 'Enter a correct username and password');
    res.writeHead(303, {
      Location: '/inbox/',
      'Cache-Control': 'no-store',
      'Set-Cookie': [
        cookie(req, SESSION_COOKIE, result.session.id, { maxAge: SESSION_HOURS * 3600 }),
        cookie(req, SIGN_IN_CSRF_COOKIE, '', { path: '/inbox/sign-in', maxAge: 0 }),
      ],
    });
    return res.end();
  }

  async function signOut(req, res, session) {
    if (req.method !== 'POST') return sendPage(res, 405, messagePage({ ...session, title: 'Not allowed', message: 'Use the Sign out button.' }), { Allow: 'POST' });
    const form = await readForm(req);
    if (!sameToken(form.get('csrf') ?? undefined, session.csrf)) {
      return sendPage(res, 403, messagePage({ user: session.username, csrf: session.csrf, title: 'You are still signed in', message: 'The sign-out form was not this session’s. Use the Sign out button on this page.' }));
    }
    await auth.signOut(session.id);
    return redirect(res, '/inbox/sign-in', { 'Set-Cookie': cookie(req, SESSION_COOKIE, '', { maxAge: 0 }) });
  }

  async function register(url) {
    const day = today();
    const { directions, unlinked } = buildRegister(await store.listSubmissions(), day);
    const filters = readFilters(url.searchParams);
    return { day, directions, unlinked, filters, shown: applyFilters(directions, filters) };
  }

  /** One inbox request, answered whole; every branch ends by writing the response. */
  async function serve(req, res, url) {
    const path = url.pathname;
    if (path === '/inbox') return redirect(res, '/inbox/');
    if (path === '/inbox/assets/inbox.css') {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
      return res.end(await stylesheet);
    }
    const session = await authenticate(req);
    if (path === '/inbox/sign-in') return signIn(req, res, session);
    if (!session) {
      if (path !== '/inbox/export.csv') return redirect(res, '/inbox/sign-in');
      return res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Sign in first.');
    }
    const signedIn = { user: session.username, csrf: session.csrf };
    if (path === '/inbox/sign-out') return signOut(req, res, session);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendPage(res, 405, messagePage({ ...signedIn, title: 'Not allowed', message: 'These pages are only read.' }), { Allow: 'GET' });
    }
    if (path === '/inbox/') {
      const { day, directions, unlinked, filters, shown } = await register(url);
      return sendPage(res, 200, registerPage({ ...signedIn, today: day, directions: shown, total: directions.length, unlinked, filters, schools: schoolsOf(directions) }));
    }
    if (path === '/inbox/export.csv') {
      const { day, shown } = await register(url);
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="offsite-directions-${day}.csv"`,
        ...securityHeaders,
      });
      return res.end(registerCsv(shown));
    }
    const direction = /^\/inbox\/directions\/([^/]+)$/.exec(path)?.[1]?.toLowerCase();
    if (direction && ID.test(direction)) {
      const found = (await register(url)).directions.find((item) => item.id === direction);
      if (found) return sendPage(res, 200, directionPage({ ...signedIn, direction: found }));
    }
    const review = /^\/inbox\/reviews\/([^/]+)$/.exec(path)?.[1]?.toLowerCase();
    if (review && ID.test(review)) {
      const { directions, unlinked } = await register(url);
      const alone = unlinked.find((item) => item.envelope.submissionId.toLowerCase() === review);
      if (alone) return sendPage(res, 200, reviewPage({ ...signedIn, review: alone }));
      // A review that is linked lives on its direction's page.
      const owner = directions.find((item) => item.reviews.some((entry) => entry.envelope.submissionId.toLowerCase() === review));
      if (owner) return redirect(res, `/inbox/directions/${owner.id}`);
    }
    return sendPage(res, 404, messagePage({ ...signedIn, title: 'Page not found', message: 'There is no direction or page at this address.' }));
  }

  return {
    authenticate,
    /** Answers the request if it is the inbox's (its path is /inbox or under /inbox/), and says whether it did. */
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/inbox' && !url.pathname.startsWith('/inbox/')) return false;
      try {
        await serve(req, res, url);
      } catch (error) {
        if (!error.status) throw error;
        res.writeHead(error.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(error.message);
      }
      return true;
    },
  };
}
