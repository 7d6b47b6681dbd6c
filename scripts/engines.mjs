// @ts-check
// The three browser engines the tests run in, and how each is started on this machine (Debian's builds: tools
// that download their own browser cannot reach the internet here):
// - chromium: Debian's Chromium through puppeteer over CDP (scripts/chromium.mjs);
// - firefox: Debian's Firefox ESR through puppeteer over WebDriver BiDi (no geckodriver needed);
// - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver), on an Xvfb display of its own.
// Xvfb and WebKitWebDriver are started here, on a free display and a free loopback port, and stopped when the
// launcher stops or the process ends for any reason.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */

/** @type {readonly Engine[]} */
export const ENGINES = Object.freeze(['chromium', 'firefox', 'webkit']);

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.WEBKIT_MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/**
 * The engines named in ODF_ENGINES (comma-separated), or all three.
 * @returns {Engine[]}
 */
export function selectedEngines(value = process.env.ODF_ENGINES) {
  if (!value) return [...ENGINES];
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  for (const name of names) {
    if (!ENGINES.includes(/** @type {Engine} */ (name))) {
      throw new Error(`Unknown engine "${name}": choose from ${ENGINES.join(', ')}`);
    }
  }
  return /** @type {Engine[]} */ (names);
}

/** A loopback port nobody is listening on now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Child processes this process started; each is ended when the process exits, however it exits. */
const children = new Set();
let exitHooked = false;
function own(/** @type {import('node:child_process').ChildProcess} */ child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', () => {
      for (const running of children) running.kill('SIGTERM');
    });
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
      process.once(signal, () => {
        for (const running of children) running.kill('SIGTERM');
        process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
      });
    }
  }
  return child;
}

/** Stops a child and waits until it has gone (SIGKILL after two seconds). */
async function end(/** @type {import('node:child_process').ChildProcess | undefined} */ child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await gone;
  clearTimeout(timer);
}

/**
 * Starts Xvfb on the first free display (it writes the number it took to a pipe once it accepts clients).
 * @returns {Promise<{ display: string, process: import('node:child_process').ChildProcess }>}
 */
export async function startXvfb() {
  if (!existsSync(xvfbPath)) throw new Error(`${xvfbPath} is missing: install Debian's xvfb package`);
  const child = own(
    spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((resolve, reject) => {
    let written = '';
    const pipe = /** @type {import('node:stream').Readable} */ (child.stdio[3]);
    pipe.on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it was ready: ${errors.trim()}`)));
    setTimeout(() => reject(new Error(`Xvfb was not ready within 15 s: ${errors.trim()}`)), 15_000).unref();
  });
  return { display, process: child };
}

/**
 * Starts WebKitWebDriver on a free loopback port, with DISPLAY and TZ for the browsers it starts.
 * @param {{ display: string, timeZone: string }} options
 */
export async function startWebKitDriver({ display, timeZone }) {
  if (!existsSync(webkitDriverPath)) {
    throw new Error(`${webkitDriverPath} is missing: install Debian's webkit2gtk-driver package`);
  }
  const port = await freePort();
  const child = own(
    spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: display, TZ: timeZone },
    }),
  );
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += chunk));
  // Ready once /status answers.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped (${child.exitCode}): ${errors.trim()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer within 15 s: ${errors.trim()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, process: child };
}

/** WebDriver's codes for the named keys the tests press (W3C WebDriver, "Keyboard actions"). */
const namedKeys = /** @type {Record<string, string>} */ ({
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
});

/**
 * Whether `engine`'s driver delivers `char` (one code point) as a key press of that very character. Chromium's
 * puppeteer keyboard presses only the keys of a US layout and inserts every other character as text (CDP
 * `Input.insertText`, as an input method or character picker commits it), so there it is always safe to ask. The
 * WebDriver keyboards (Firefox over BiDi, WebKitWebDriver over classic WebDriver) read some characters as keys
 * instead, measured by typing every code point of the BMP's suspect blocks (and a sample of the rest) into a box:
 * - U+E000–U+E05D are WebDriver's own key codes (Null, Backspace U+E003, Tab U+E004, F6 U+E036, which moves focus
 *   out of the page, …), in both engines: "\uE000" arrives as a key named "Unidentified" and types nothing;
 * - WebKitGTK also maps U+FE50–U+FE8F onto the X11 dead keys of the same number (U+FE50 starts a grave accent
 *   composition, and the next key, even a Backspace, goes into it as keyCode 229) and U+FF20–U+FFFF onto X11's
 *   Multi_key, Kanji and function keys (after U+FF20 every key is composed). Outside the BMP it goes by the low
 *   16 bits: U+7FE50 is a dead grave too;
 * - and WebKitGTK reads U+0385 and every code point whose low 16 bits are 07AE (U+07AE, U+107AE…) as the X11
 *   keysym Greek_accentdieresis, which starts a composition: "a\u{107AE}b" arrives as "a" (a sweep of the whole
 *   BMP outside the blocks above found these two and no others).
 * @param {Engine} engine @param {string} char
 */
export function driverKeysAsItself(engine, char) {
  if (engine === 'chromium') return true;
  const code = /** @type {number} */ (char.codePointAt(0));
  if (code >= 0xe000 && code <= 0xe05d) return false;
  const low = code & 0xffff;
  if (engine !== 'webkit') return true;
  if ((low >= 0xfe50 && low <= 0xfe8f) || low >= 0xff20) return false;
  return code !== 0x0385 && low !== 0x07ae;
}

/**
 * `text` cut into runs a driver types key by key (`keyed`) and runs it cannot, which are inserted as text the
 * way Chromium's keyboard inserts every character off a US layout (an `insertText` input event, no key events).
 * @param {Engine} engine @param {string} text
 * @returns {{ keyed: boolean, text: string }[]}
 */
export function deliveryRuns(engine, text) {
  /** @type {{ keyed: boolean, text: string }[]} */
  const runs = [];
  for (const char of text) {
    const keyed = driverKeysAsItself(engine, char);
    const last = runs.at(-1);
    if (last && last.keyed === keyed) last.text += char;
    else runs.push({ keyed, text: char });
  }
  return runs;
}

/**
 * WebKit through WebKitWebDriver. Starts its own Xvfb and driver on first use and stops them when it stops. Keys
 * go one at a time, each down then up, as a person types them: the stock launcher sends all keys down and then
 * all up, and WebKit drops a repeated letter that way (and a character outside the BMP arrives as two halves).
 * Characters the driver would read as keys (`driverKeysAsItself`) are inserted as text instead.
 * @param {{ timeZone: string }} options
 */
function webkitLauncher({ timeZone }) {
  /** @type {any} */
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
    },
  };
  /** @type {any} */
  const launcher = new WebdriverLauncher(options);
  /** @type {Promise<void> | undefined} */
  let services;
  /** @type {import('node:child_process').ChildProcess[]} */
  let processes = [];
  const ensureManagerInitialized = launcher.ensureManagerInitialized.bind(launcher);
  launcher.ensureManagerInitialized = async () => {
    services ??= (async () => {
      const xvfb = await startXvfb();
      processes.push(xvfb.process);
      const driver = await startWebKitDriver({ display: xvfb.display, timeZone });
      processes.push(driver.process);
      options.port = driver.port;
    })();
    await services;
    return ensureManagerInitialized();
  };
  // Ending a test file's session navigates to about:blank; once in a while WebKitWebDriver leaves that request
  // unanswered until the client's timeout (UND_ERR_HEADERS_TIMEOUT), after the file's results are all in. The
  // next file's session navigates to its own page anyway, and a driver that is really gone fails there, so a
  // failed stop is reported and the run goes on.
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (/** @type {string} */ id) => {
    try {
      return await stopSession(id);
    } catch (error) {
      console.warn(`WebKit: ending a test file's session failed, after its results were in: ${error}`);
      return { testCoverage: undefined };
    }
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    for (const child of processes.reverse()) await end(child);
    processes = [];
    services = undefined;
  };
  // The sendKeys command splits a typed string into UTF-16 units (typeOneByOne puts pairs back together) and
  // passes a pressed key by its name.
  launcher.sendKeys = async (/** @type {string} */ _sessionId, /** @type {string[]} */ keys) => {
    const single = keys.length === 1 && namedKeys[/** @type {string} */ (keys[0])] !== undefined;
    if (single) await typeOneByOne(launcher.driver, [/** @type {string} */ (keys[0])]);
    else {
      for (const run of deliveryRuns('webkit', keys.join(''))) {
        if (run.keyed) await typeOneByOne(launcher.driver, run.text);
        else await insertText(launcher.driver, run.text);
      }
    }
    // The request can return before the page has handled the last keys: wait for a frame and a task there.
    await launcher.driver.executeAsync(
      'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done));',
    );
  };
  return tagged(launcher, 'webkit');
}

/**
 * Marks a launcher with its engine, for `odf-engine` and the CDP-only commands.
 * @template T @param {T} launcher @param {Engine} engine @returns {T}
 */
function tagged(launcher, engine) {
  /** @type {any} */ (launcher).odfEngine = engine;
  return launcher;
}

/** The engine a test runner launcher was made for. @returns {Engine} */
export function engineOf(/** @type {any} */ launcher) {
  return launcher.odfEngine ?? 'chromium';
}

/**
 * Types through a WebDriver session one key at a time, each down then up: a string character by character
 * (by code point), or an array of key names (`Tab`, `Enter`…) and characters.
 * @param {any} driver a WebdriverIO browser
 * @param {string | string[]} keys
 */
export async function typeOneByOne(driver, keys) {
  const values = typeof keys === 'string' ? Array.from(keys) : keys.map((key) => namedKeys[key] ?? key);
  // One request for the whole string, each key released before the next goes down.
  const actions = values.flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  if (actions.length) await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  await driver.releaseActions();
}

/**
 * Inserts `text` where the focus is, as an input method commits it (`beforeinput` and `input` of type
 * `insertText`, no key events): for the characters WebKitWebDriver would read as keys.
 * @param {any} driver a WebdriverIO browser
 * @param {string} text
 */
async function insertText(driver, text) {
  const inserted = await driver.execute("return document.execCommand('insertText', false, arguments[0]);", text);
  if (!inserted) throw new Error(`WebKit would not insert ${JSON.stringify(text)} where the focus is`);
}

/**
 * Firefox's puppeteer keyboard (WebDriver BiDi) types every character as a key action, so the characters
 * WebDriver reserves for keys turned into key presses. Its `type` now presses what the driver keys as itself and
 * hands the rest to `sendCharacter` (an `insertText` input event, as Chromium's keyboard does off a US layout).
 * @param {import('@web/test-runner').BrowserLauncher} launcher
 */
function firefoxTypesEveryCharacter(launcher) {
  /** @type {any} */
  const puppeteer = launcher;
  const getPage = puppeteer.getPage.bind(puppeteer);
  const adapted = new WeakSet();
  puppeteer.getPage = (/** @type {string} */ sessionId) => {
    const page = getPage(sessionId);
    if (page && !adapted.has(page)) {
      adapted.add(page);
      const keyboard = page.keyboard;
      const type = keyboard.type.bind(keyboard);
      keyboard.type = async (/** @type {string} */ text, /** @type {object | undefined} */ options) => {
        for (const run of deliveryRuns('firefox', text)) {
          if (run.keyed) await type(run.text, options);
          else for (const char of run.text) await keyboard.sendCharacter(char);
        }
      };
    }
    return page;
  };
  return launcher;
}

/**
 * Gives every test file a new tab. The stock launcher hands the next file the tab the last one used; in Firefox
 * a Tab past a page's last control moves focus into the browser's own UI, and that tab then ignores keys typed
 * into time boxes, so one file's keyboard test would break the next file's typing. The new tab opens first (a
 * browser left with no tab may quit), then the old one closes.
 * @param {import('@web/test-runner').BrowserLauncher} launcher
 */
function freshPagePerFile(launcher) {
  /** @type {any} */
  const chrome = launcher;
  const startSession = chrome.startSession.bind(chrome);
  chrome.startSession = async (/** @type {string} */ sessionId, /** @type {string} */ url) => {
    const used = chrome.inactivePages.splice(0);
    await startSession(sessionId, url);
    for (const page of used) await page.puppeteerPage.close();
  };
  return launcher;
}

/**
 * The test runner's launcher for `engine`, with the browser's clock in `timeZone`.
 * @param {Engine} engine
 * @param {{ timeZone: string }} options
 * @returns {import('@web/test-runner').BrowserLauncher}
 */
export function launcherFor(engine, { timeZone }) {
  const env = { ...process.env, TZ: timeZone };
  if (engine === 'chromium') {
    return tagged(chromeLauncher({ launchOptions: { executablePath: chromiumPath, env, args: [...chromiumArgs] } }), 'chromium');
  }
  if (engine === 'firefox') {
    if (!existsSync(firefoxPath)) throw new Error(`${firefoxPath} is missing: install Debian's firefox-esr package`);
    return tagged(
      firefoxTypesEveryCharacter(
        freshPagePerFile(
          puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, env } }),
        ),
      ),
      'firefox',
    );
  }
  return webkitLauncher({ timeZone });
}

/**
 * `odf-engine`, a server-side command the page calls with `executeServerCommand`: which engine runs this page
 * (`chromium`, `firefox` or `webkit`; test/browser/engine.ts).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function engineCommands() {
  return {
    name: 'odf-engine-commands',
    async executeCommand({ command, session }) {
      if (command !== 'odf-engine') return undefined;
      return engineOf(session.browser);
    },
  };
}
