/**
 * One small way to drive a page in each engine, for the cross-engine end-to-end subset: Chromium and Firefox
 * through puppeteer (CDP and WebDriver BiDi), WebKitGTK through WebKitWebDriver (classic WebDriver, on an Xvfb
 * display of its own). playwright-core needs its own browser builds for Firefox and WebKit, which cannot be
 * downloaded here, so the full Chromium suite (test/e2e/*.test.ts) keeps playwright and this subset uses this.
 *
 * Functions passed to `evaluate`, `click` and `waitFor` run in the page: they are sent as source text, so they
 * may use only their arguments (no imports, no named inner functions, which tsx would wrap in a helper).
 */
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import {
  firefoxPath,
  miniBrowserPath,
  startWebKitDriver,
  startXvfb,
  typeOneByOne,
  type Engine,
} from '../../../scripts/engines.mjs';

/* eslint-disable @typescript-eslint/no-explicit-any -- page functions take and return whatever the page has */
type PageFunction<T> = (...args: any[]) => T | Promise<T>;

export interface EnginePage {
  readonly engine: Engine;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn(...args)` in the page and returns its (JSON-like) result. */
  evaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T>;
  /** Clicks, with the pointer, the element `locate(...args)` finds in the page. */
  click(locate: PageFunction<Element | null>, ...args: unknown[]): Promise<void>;
  /** Clicks 12 px in from the element's left edge, half-way down: the first part of a time box. */
  clickNearLeft(locate: PageFunction<Element | null>, ...args: unknown[]): Promise<void>;
  /** Types into whatever has focus, one key at a time. */
  type(text: string): Promise<void>;
  press(key: 'Tab' | 'Enter' | 'Backspace' | 'End'): Promise<void>;
  /** Waits until `predicate(...args)` is true in the page. */
  waitFor(predicate: PageFunction<unknown>, ...args: unknown[]): Promise<void>;
  close(): Promise<void>;
}

export interface EngineBrowser {
  readonly engine: Engine;
  /** A page with its own storage. */
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

const WAIT_MS = 15_000;

async function poll(check: () => Promise<unknown>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    // A check that runs while the page navigates (a host form posting) fails: try again on the next page.
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Clicks with the pointer where the element is drawn, once it holds still there: scrolled to the middle of the
 * window, measured twice 100 ms and two frames apart, and clicked only if it has not moved and a hit test at that
 * point, through shadow roots, finds the element or something inside it; else found and tried again until
 * WAIT_MS. After typing, Firefox scrolls the caret back into view a few tens of milliseconds later, now and then
 * after puppeteer's own element click had scrolled to the button: the click then landed on what had moved under
 * the pointer, or was refused as "not clickable". A person's hand on the mouse is slower than that scroll.
 */
async function pointerClick(page: PuppeteerPage, locate: PageFunction<Element | null>, args: unknown[], where: 'centre' | 'left') {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const handle = (await page.evaluateHandle(locate as any, ...args)).asElement();
    if (!handle) throw new Error(`Nothing to click: ${String(locate)}`);
    // Either the point to click at, or why not yet: the last reason is what a timeout reports.
    let point: { x: number; y: number } | string;
    try {
      point = await handle.evaluate(async (target: Node, side: string) => {
        if (!(target instanceof Element)) return 'it is not an element';
        target.scrollIntoView({ block: 'center', inline: 'center' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const before = target.getBoundingClientRect();
        await new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 100));
        const { left, top, width, height } = target.getBoundingClientRect();
        if (left !== before.left || top !== before.top) return `it kept moving (from ${before.left}, ${before.top} to ${left}, ${top})`;
        const x = side === 'left' ? left + 12 : left + width / 2;
        const y = top + height / 2;
        let hit = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        if (hit && (hit === target || target.contains(hit))) return { x, y };
        return `something else is drawn at ${x}, ${y}: ${hit ? hit.outerHTML.slice(0, 80) : 'nothing'}`;
      }, where);
    } finally {
      await handle.dispose();
    }
    if (typeof point !== 'string') {
      await page.mouse.click(point.x, point.y);
      return;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms clicking ${String(locate)}: ${point}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function puppeteerPage(engine: Engine, page: PuppeteerPage, done: () => Promise<void>): EnginePage {
  return {
    engine,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async url() {
      return page.url();
    },
    evaluate: (fn, ...args) => page.evaluate(fn as any, ...args) as Promise<any>,
    click: (locate, ...args) => pointerClick(page, locate, args, 'centre'),
    clickNearLeft: (locate, ...args) => pointerClick(page, locate, args, 'left'),
    async type(text) {
      await page.keyboard.type(text);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    waitFor: (predicate, ...args) => poll(() => page.evaluate(predicate as any, ...args), String(predicate)),
    close: done,
  };
}

async function launchPuppeteer(engine: 'chromium' | 'firefox', timeZone: string): Promise<EngineBrowser> {
  const env = { ...process.env, TZ: timeZone };
  const browser: PuppeteerBrowser =
    engine === 'chromium'
      ? await puppeteer.launch({ executablePath: chromiumPath, args: [...chromiumArgs], env })
      : await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, env });
  return {
    engine,
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return puppeteerPage(engine, page, () => context.close());
    },
    close: () => browser.close(),
  };
}

async function launchWebKit(timeZone: string): Promise<EngineBrowser> {
  const xvfb = await startXvfb();
  const driver = await startWebKitDriver({ display: xvfb.display, timeZone });
  const stopServices = async () => {
    for (const child of [driver.process, xvfb.process]) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
  };
  return {
    engine: 'webkit',
    async newPage() {
      // A WebDriver session is one window with its own storage: one session per page.
      const session: any = await remote({
        hostname: '127.0.0.1',
        port: driver.port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
        } as any,
      });
      const run = <T>(fn: PageFunction<T>, args: unknown[]): Promise<T> => session.execute(fn, ...args);
      const pointerClick = async (locate: PageFunction<Element | null>, args: unknown[], where: 'centre' | 'left') => {
        const found = await run(locate, args);
        if (!found) throw new Error(`Nothing to click: ${String(locate)}`);
        const element = await session.$(found);
        const rect: { x: number; y: number; width: number; height: number } = await session.execute((target: Element) => {
          target.scrollIntoView({ block: 'center', inline: 'center' });
          const { left, top, width, height } = target.getBoundingClientRect();
          return { x: left, y: top, width, height };
        }, element);
        const x = Math.round(where === 'left' ? rect.x + 12 : rect.x + rect.width / 2);
        const y = Math.round(rect.y + rect.height / 2);
        await session.performActions([
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ]);
        await session.releaseActions();
      };
      return {
        engine: 'webkit',
        async goto(url) {
          await session.url(url);
        },
        url: () => session.getUrl(),
        evaluate: (fn, ...args) => run(fn, args),
        // With the pointer at a point of the element, as a person clicks: WebKitWebDriver's element click
        // takes an element inside a shadow root for one hidden behind its host.
        async click(locate, ...args) {
          await pointerClick(locate, args, 'centre');
        },
        async clickNearLeft(locate, ...args) {
          await pointerClick(locate, args, 'left');
        },
        type: (text) => typeOneByOne(session, text),
        press: (key) => typeOneByOne(session, [key]),
        waitFor: (predicate, ...args) => poll(() => run(predicate, args), String(predicate)),
        close: () => session.deleteSession(),
      };
    },
    close: stopServices,
  };
}

/** Starts `engine`, with the browser's clock in `timeZone`. */
export function launch(engine: Engine, timeZone = 'Europe/London'): Promise<EngineBrowser> {
  return engine === 'webkit' ? launchWebKit(timeZone) : launchPuppeteer(engine, timeZone);
}
