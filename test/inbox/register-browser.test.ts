/**
 * The inbox in Chromium, as a caseworker uses it: sign in (a wrong password first), read the register, filter it
 * by status, school and flag, search it, download the CSV of what is shown, open a direction and an unmatched
 * review, sign out. axe (WCAG 2.2 AA) on every page and state; no Content Security Policy violation anywhere.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { academyUnregisteredPartTime, extensionReview, maintainedPartTime, returnReview } from '../fixtures/examples.js';
import { notificationEnvelope, otherPupil, reviewEnvelope, upnFor } from './envelopes.ts';
import { parseCsv, PASSWORD, startInbox, type TestInbox } from './harness.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation { id: string; help: string; nodes: { target: unknown }[] }

/** axe over the whole page. Injected through the DevTools protocol, which the page's CSP does not govern. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, WCAG_22_AA);
  return violations.map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

describe('the inbox in Chromium', () => {
  let inbox: TestInbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const hillside = notificationEnvelope(); // EHC plan; first review 20 April has passed: review-due
  const peak = notificationEnvelope(academyUnregisteredPartTime); // academy, part-time: review-due
  const extended = notificationEnvelope(otherPupil('Jamie', upnFor(11)));
  const partTime = notificationEnvelope({ ...maintainedPartTime, pupil: { ...maintainedPartTime.pupil!, firstName: 'Kit', upn: upnFor(12) } });
  const stray = reviewEnvelope({ ...returnReview, notificationId: undefined, pupil: { ...returnReview.pupil, upn: upnFor(13) } });

  const expectAccessible = async (state: string) => assert.deepEqual(await axeViolations(page), [], `axe on ${state}`);
  const rows = () => page.locator('table.table tbody tr');
  const referencesShown = async () => (await page.locator('table.table tbody tr td:first-child a').allTextContents()).sort();
  const referenceOf = (envelope: { submissionId: string }) => envelope.submissionId.slice(0, 8).toUpperCase();

  before(async () => {
    inbox = await startInbox({ today: () => '2026-04-28' });
    await inbox.addUser('casey');
    for (const envelope of [hillside, peak, extended, partTime, stray]) assert.equal((await inbox.post(envelope)).status, 201);
    assert.equal((await inbox.post(reviewEnvelope({ ...extensionReview, notificationId: extended.submissionId, pupil: { ...extensionReview.pupil, upn: upnFor(11) } }))).status, 201);
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`));
    });
    page.on('console', (message) => {
      const { url } = message.location();
      // Chromium asks for /favicon.ico, and reports the sign-in page's own 401 for a wrong password.
      if (url.endsWith('/favicon.ico') || (url.endsWith('/inbox/sign-in') && /status of 401/.test(message.text()))) return;
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  after(async () => {
    await browser?.close();
    await inbox?.close();
  });

  it('sends a caseworker who is not signed in to the sign-in page, which passes axe', async () => {
    await page.goto(`${inbox.base}/inbox/`);
    assert.equal(new URL(page.url()).pathname, '/inbox/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible('the sign-in page');
  });

  it('shows an error summary, focused, for a wrong password, and keeps the username typed', async () => {
    await page.getByLabel('Username').fill('casey');
    await page.getByLabel('Password').fill('not my password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match((await summary.textContent())!, /There is a problem\s*Enter a correct username and password/);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    assert.equal(await page.getByLabel('Username').inputValue(), 'casey');
    assert.equal(await page.getByLabel('Password').inputValue(), '');
    assert.match(await page.title(), /^Error: Sign in/);
    await expectAccessible('the sign-in error');
  });

  it('signs in to the register: a row per direction with its status and flags, unmatched reviews apart', async () => {
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offsite directions' }).waitFor();
    assert.equal(await rows().count(), 4);
    assert.match((await page.getByText('Today is').textContent())!, /28 April 2026/);
    const hillsideRow = page.locator('tr', { has: page.getByRole('link', { name: referenceOf(hillside), exact: true }) });
    assert.match((await hillsideRow.textContent())!, /Alex Morgan.*Review due.*First review was due 20 April 2026.*EHC plan/s);
    const extendedRow = page.locator('tr', { has: page.getByRole('link', { name: referenceOf(extended), exact: true }) });
    assert.match((await extendedRow.textContent())!, /Extended.*Extended to 17 July 2026/s);
    const unmatched = page.locator('h2#unlinked + p + ul');
    assert.match((await unmatched.textContent())!, new RegExp(`${referenceOf(stray)}.*UPN ${upnFor(13)}`, 's'));
    await expectAccessible('the register');
  });

  it('filters by status, by flag, by school and by search, and clears the filters', async () => {
    await page.getByLabel('Status').selectOption({ label: 'Review due' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.deepEqual(await referencesShown(), [hillside, peak, partTime].map(referenceOf).sort());
    assert.equal(await page.getByLabel('Status').inputValue(), 'review-due', 'the chosen filter stays chosen');
    await page.getByLabel('Part-time (under the threshold)').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.deepEqual(await referencesShown(), [peak, partTime].map(referenceOf).sort());
    assert.match((await page.locator('#result-count').textContent())!, /2 of 4 directions/);
    await page.getByLabel('School').selectOption({ label: 'Peak Academy (8304003)' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.deepEqual(await referencesShown(), [referenceOf(peak)]);
    await expectAccessible('the filtered register');
    await page.getByRole('link', { name: 'Clear filters' }).click();
    assert.equal(await rows().count(), 4);
    const short = referenceOf(extended);
    await page.getByLabel('Search by pupil name, UPN or reference').fill(`${short.slice(0, 4)} ${short.slice(4)}`);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.deepEqual(await referencesShown(), [short]);
    await page.getByLabel('Search by pupil name, UPN or reference').fill('riley');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.deepEqual(await referencesShown(), [referenceOf(peak)]);
    await page.getByLabel('Search by pupil name, UPN or reference').fill('nobody by this name');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No directions match.').waitFor();
    await expectAccessible('a search that finds nothing');
  });

  it('downloads the CSV of the filtered list', async () => {
    await page.goto(`${inbox.base}/inbox/?flag=ehcp`);
    assert.deepEqual(await referencesShown(), [hillside, extended, partTime].map(referenceOf).sort());
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these directions as CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'offsite-directions-2026-04-28.csv');
    const [header, ...lines] = parseCsv(await readFile((await download.path())!, 'utf8'));
    const at = (name: string) => header!.indexOf(name);
    assert.deepEqual(lines.map((line) => line[at('reference')]).sort(), [hillside, extended, partTime].map(referenceOf).sort());
    const jamie = lines.find((line) => line[at('submissionId')] === extended.submissionId)!;
    assert.deepEqual([jamie[at('status')], jamie[at('ehcp')], jamie[at('outcome')], jamie[at('outcomeDate')]], ['extended', 'yes', 'extension', '2026-07-17']);
  });

  it('opens a direction: every answer laid out like check your answers, its review, and its history', async () => {
    await page.goto(`${inbox.base}/inbox/`);
    await page.getByRole('link', { name: referenceOf(extended), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Jamie Morgan' }).waitFor();
    const answer = (label: string) => page.locator('.summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).first().locator('dd');
    assert.equal((await answer('Reasons').textContent())!.trim(), 'Repeated disruption in lessons despite support.');
    assert.equal((await answer('UPN').textContent())!.trim(), upnFor(11));
    assert.equal((await answer('Start date').textContent())!.trim(), '9 March 2026');
    assert.equal((await answer('New estimated end date').textContent())!.trim(), '17 July 2026');
    assert.ok(await page.getByRole('heading', { level: 2, name: /^Outcome review 1: 20 April 2026/ }).isVisible());
    const history = await page.locator('ol.timeline li').allTextContents();
    assert.equal(history.length, 2);
    assert.match(history[0]!, /Notification received/);
    assert.match(history[1]!, /Outcome review .* received: Extension, review held 20 April 2026 \(linked by notification reference\)/);
    await expectAccessible('a direction');
  });

  it('opens an outcome review that matches no notification', async () => {
    await page.goto(`${inbox.base}/inbox/`);
    await page.getByRole('link', { name: referenceOf(stray), exact: true }).click();
    await page.getByText('not matched to a notification').waitFor();
    await expectAccessible('an unmatched review');
  });

  it('signs out: back at the sign-in page, and the register is closed again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto(`${inbox.base}/inbox/`);
    assert.equal(new URL(page.url()).pathname, '/inbox/sign-in');
    assert.deepEqual(problems, [], 'console errors or CSP violations');
  });
});
