/**
 * End-to-end harness: the built embed bundle on plain host pages, served by the demo server (strict CSP, the
 * reference receiver on a temporary data directory), driven in headless Chromium like a user.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startDemoServer } from '../../demo/server.mjs';
import { freshDataDir } from '../inbox/data-dir.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const BUNDLE = new URL('../../dist/offsite-direction-forms.js', import.meta.url);

/** The host pages of test/e2e/pages, and the bundle again under a second URL (a second copy on one page). */
export const extraRoutes: Record<string, string> = {
  '/e2e/plain.html': 'test/e2e/pages/plain.html',
  '/e2e/double-load.html': 'test/e2e/pages/double-load.html',
  '/e2e/host-form.html': 'test/e2e/pages/host-form.html',
  '/e2e/target-field.html': 'test/e2e/pages/target-field.html',
  '/e2e/builder-frame.html': 'test/e2e/pages/builder-frame.html',
  '/e2e/builder-frame.css': 'test/e2e/pages/builder-frame.css',
  '/e2e/builder-frame.js': 'test/e2e/pages/builder-frame.js',
  '/e2e/builder.html': 'test/e2e/pages/builder.html',
  '/e2e/builder.js': 'test/e2e/pages/builder.js',
  '/e2e/builder-hostile.css': 'test/e2e/pages/builder-hostile.css',
  '/e2e/drafts.html': 'test/e2e/pages/drafts.html',
  '/e2e/notification-only.html': 'test/e2e/pages/notification-only.html',
  '/e2e/outcome-review-only.html': 'test/e2e/pages/outcome-review-only.html',
  '/e2e/one-form-bundles-en-GB.html': 'test/e2e/pages/one-form-bundles-en-GB.html',
  '/e2e/one-form-bundles-en-XA.html': 'test/e2e/pages/one-form-bundles-en-XA.html',
  '/e2e/print-host.html': 'test/e2e/pages/print-host.html',
  '/e2e/print-host-direct.html': 'test/e2e/pages/print-host-direct.html',
  '/e2e/print-host.css': 'test/e2e/pages/print-host.css',
  '/e2e/print-host-direct.css': 'test/e2e/pages/print-host-direct.css',
  '/copy/offsite-direction-forms.js': 'dist/offsite-direction-forms.js',
};

export interface StoredSubmission {
  receivedAt: string;
  envelope: { form: string; submissionId: string; data: Record<string, unknown> };
}

export interface Harness {
  base: string;
  browser: Browser;
  submissions(): Promise<StoredSubmission[]>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  assert.ok(existsSync(BUNDLE), 'dist/offsite-direction-forms.js is missing: run `npm run build` first');
  const dataDir = await freshDataDir('odf-e2e-');
  const server: Server = await startDemoServer({ listenPort: 0, submissionsDir: dataDir, extraRoutes });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
  return {
    base,
    browser,
    // Read from the store itself: over HTTP, stored submissions are for signed-in caseworkers only.
    submissions: () => (server as Server & { store: { listSubmissions(): Promise<StoredSubmission[]> } }).store.listSubmissions(),
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await (server as Server & { store: { close(): Promise<void> } }).store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What a page said in the console, threw, or had blocked by its Content Security Policy. */
export interface PageLog {
  warnings: string[];
  errors: string[];
  violations(): Promise<string[]>;
}

/** Registered before any page script runs, so a violation during the bundle's first evaluation is caught too. */
function listenForViolations(): void {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

/**
 * A fresh browser context (its own storage) with one page, watched from before its first script. Resolves once
 * `readyElement` is defined (the notification, unless the page loads only the outcome review's bundle).
 */
export async function openPage(
  harness: Harness,
  path: string,
  readyElement: string | null = 'offsite-direction-notification',
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(listenForViolations);
  const log: PageLog = {
    warnings: [],
    errors: [],
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations ?? []),
  };
  page.on('console', (message) => {
    // Chromium asks every page for /favicon.ico; the demo server has none.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'warning') log.warnings.push(message.text());
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`${error.name}: ${error.message}`));
  await page.goto(`${harness.base}${path}`);
  // A page that only frames the form (a builder's) loads no bundle itself: its caller waits inside the frame.
  if (readyElement) await page.waitForFunction((name) => customElements.get(name) !== undefined, readyElement);
  return { context, page, log };
}

/** Sets the element's `value`, as a host script would, to a draft in the data shapes of CONTRACT §5. */
export async function prefill(form: Locator, value: unknown): Promise<void> {
  await form.evaluate((element, draft) => {
    (element as HTMLElement & { value: unknown }).value = draft;
  }, value);
}

/** Types at the end of a text field, key by key. */
export async function typeAtEnd(form: Locator, name: string, text: string): Promise<void> {
  const field = form.locator(`[name="${name}"]`);
  await field.click();
  await field.press('End');
  await field.pressSequentially(text);
}

export async function pressButton(form: Locator, name: string | RegExp): Promise<void> {
  await form.getByRole('button', { name }).click();
}

/** Continue, then wait for check your answers. */
export async function toCheckAnswers(form: Locator): Promise<void> {
  await pressButton(form, 'Continue');
  await form.getByRole('heading', { name: 'Check your answers before sending' }).waitFor();
}

/** The reference number on the confirmation, once it shows. */
export async function confirmedReference(form: Locator): Promise<string> {
  const reference = form.locator('#reference');
  await reference.waitFor();
  return (await reference.textContent())!.trim();
}

/** Elements inside the page and every open shadow root that carry a `style` attribute, and any `<style>`. */
export async function inlineStyles(page: Page): Promise<string[]> {
  // No named inner functions here: tsx would wrap them in a helper that does not exist in the page.
  return page.evaluate(() => {
    const found: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        if (element.hasAttribute('style')) found.push(`${element.localName}[style]`);
        if (element.localName === 'style') found.push('<style>');
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    return found;
  });
}
