/**
 * The embed bundle's locales, as a host page meets them: the bundle carries en-GB; `<html lang="en-XA">` or
 * `window.offsiteDirectionForms.setLocale('en-XA')` loads dist/locales/en-XA.js from beside the bundle (under the
 * demo's strict Content Security Policy) and both forms re-render; a missing locale file is reported and the forms
 * stay usable in en-GB.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { chromium, type Page } from 'playwright-core';
import { startDemoServer } from '../../demo/server.mjs';
import { freshDataDir } from '../inbox/data-dir.ts';
import { openPage, type Harness } from './harness.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url);

const extraRoutes = {
  '/e2e/plain.html': 'test/e2e/pages/plain.html',
  '/e2e/pseudo-locale.html': 'test/e2e/pages/pseudo-locale.html',
  '/e2e/locale-missing.html': 'test/e2e/pages/locale-missing.html',
  '/without-locales/offsite-direction-forms.js': 'dist/offsite-direction-forms.js',
};

/** The heading of each form on the page. */
function headings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('offsite-direction-notification, offsite-direction-outcome-review')).map(
      (form) => form.shadowRoot!.querySelector('#step-heading')!.textContent!.trim(),
    ),
  );
}

describe('embed bundle: locales', () => {
  let harness: Harness;
  let server: Server;
  let dataDir: string;

  before(async () => {
    for (const file of ['dist/offsite-direction-forms.js', 'dist/locales/en-XA.js']) {
      assert.ok(existsSync(new URL(file, root)), `${file} is missing: run \`npm run build\` first`);
    }
    dataDir = await freshDataDir('odf-e2e-locale-');
    server = await startDemoServer({ listenPort: 0, submissionsDir: dataDir, extraRoutes });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs],
    });
    harness = {
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      browser,
      submissions: async () => [],
      close: async () => {
        await browser.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await (server as Server & { store: { close(): Promise<void> } }).store.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  });

  after(async () => {
    await harness?.close();
  });

  it('follows <html lang="en-XA">, loading locales/en-XA.js from beside the bundle', async () => {
    const { context, page, log } = await openPage(harness, '/e2e/pseudo-locale.html');
    try {
      await page.waitForFunction(() => window.offsiteDirectionForms?.getLocale() === 'en-XA');
      await page.waitForFunction(() =>
        document.querySelector('offsite-direction-outcome-review')?.shadowRoot?.querySelector('#step-heading')?.textContent?.trim().startsWith('['),
      );
      const [notification, review] = await headings(page);
      assert.match(notification!, /^\[Ţéé/);
      assert.match(review!, /^\[ÖÖƒƒšííţéé/);
      assert.deepEqual(await log.violations(), []);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('starts in en-GB without fetching a locale, and switches with window.offsiteDirectionForms.setLocale', async () => {
    const { context, page, log } = await openPage(harness, '/e2e/plain.html');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    try {
      assert.deepEqual(await headings(page), ['Tell the local authority about an offsite direction', 'Offsite direction outcome review']);
      assert.deepEqual(
        await page.evaluate(() => [window.offsiteDirectionForms!.getLocale(), [...window.offsiteDirectionForms!.supportedLocales]]),
        ['en-GB', ['en-GB', 'en-XA']],
      );
      await page.evaluate(() => window.offsiteDirectionForms!.setLocale('en-XA'));
      assert.deepEqual(requested, ['/locales/en-XA.js']);
      const [notification] = await headings(page);
      assert.match(notification!, /^\[Ţéé/);

      const refused = await page.evaluate(() => window.offsiteDirectionForms!.setLocale('fr-FR').then(() => 'set', (error: Error) => error.name));
      assert.equal(refused, 'RangeError');
      await page.evaluate(() => window.offsiteDirectionForms!.setLocale('en-GB'));
      assert.equal((await headings(page))[0], 'Tell the local authority about an offsite direction');
      assert.deepEqual(await log.violations(), []);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('says so when locales/ was not copied beside the bundle, and stays in en-GB', async () => {
    const { context, page, log } = await openPage(harness, '/e2e/locale-missing.html');
    try {
      await page.waitForFunction(() => document.querySelector('offsite-direction-notification')?.shadowRoot?.querySelector('#step-heading'));
      for (let i = 0; i < 50 && !log.errors.some((error) => error.includes('did not load')); i++) await page.waitForTimeout(100);
      assert.ok(
        log.errors.some((error) => error.includes('locales/en-XA.js (beside the bundle) did not load')),
        `no console error about the missing locale: ${JSON.stringify(log.errors)}`,
      );
      assert.deepEqual(await headings(page), ['Tell the local authority about an offsite direction']);
      assert.equal(await page.evaluate(() => window.offsiteDirectionForms!.getLocale()), 'en-GB');
    } finally {
      await context.close();
    }
  });
});
