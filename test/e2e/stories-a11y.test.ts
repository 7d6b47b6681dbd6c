/**
 * The accessibility sweep: axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) over every story of the built Storybook,
 * in headless Chromium, once each story has rendered and its play function has finished (errors shown, check your
 * answers, the confirmation…). Any violation fails, with the rule, the element and axe's help link.
 *
 * It reads storybook-static/, which `npm run build-storybook` writes (CI builds it before `npm test`). A missing or
 * out-of-date build fails here with what to run: a sweep over nothing, or over last week's stories, proves nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { defaultStaticDir, readStories, root, serveStatic, storyFinished, type IndexEntry } from './storybook.ts';

const indexFile = join(defaultStaticDir, 'index.json');

/** What the stories are made of: a build older than any of these is out of date. */
const storySources = ['src', 'stories', '.storybook', 'test/fixtures'];

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

function newestSource(): { path: string; mtimeMs: number } {
  let newest = { path: '', mtimeMs: 0 };
  for (const dir of storySources) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
    for (const file of files) {
      const path = join(root, dir, file);
      const { mtimeMs } = statSync(path);
      if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
    }
  }
  return newest;
}

/** Why the built Storybook cannot be swept, or `undefined` when it can. */
function buildProblem(): string | undefined {
  if (!existsSync(indexFile)) {
    return 'storybook-static/index.json is missing: run `npm run build-storybook` before `npm test` (CI does).';
  }
  const built = statSync(indexFile).mtimeMs;
  const newest = newestSource();
  if (newest.mtimeMs > built) {
    return `storybook-static is older than ${relative(root, newest.path)}: run \`npm run build-storybook\` again.`;
  }
  return undefined;
}

const problem = buildProblem();
const stories: IndexEntry[] = problem ? [] : readStories(indexFile);

function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n    ${violation.helpUrl}\n` +
        violation.nodes
          .map((node) => `    at ${JSON.stringify(node.target)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

describe('axe, WCAG 2.2 AA, over every story', () => {
  if (problem) {
    it('has a built, up-to-date Storybook to sweep', () => assert.fail(problem));
    return;
  }

  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  let axeSource: string;
  const pageErrors: string[] = [];

  before(async () => {
    // axe-core comes with the test tooling (@open-wc/testing's chai-a11y-axe) and with Storybook's a11y addon.
    axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    server = await serveStatic();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('finds the stories', () => {
    assert.ok(stories.length > 0, 'storybook-static/index.json lists no stories');
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      pageErrors.length = 0;
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      const failed = await storyFinished(page);
      assert.equal(failed, undefined, `the story did not render: ${failed}`);
      assert.deepEqual(pageErrors, [], 'the story threw');
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: unknown[] }> } }).axe;
        const results = await axe.run(document.querySelector('#storybook-root')!, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return results.violations;
      }, WCAG_22_AA);
      assert.equal(violations.length, 0, `axe found:\n${describeViolations(violations as Violation[])}`);
    });
  }
});
