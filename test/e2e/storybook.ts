/**
 * The built Storybook (storybook-static/, from `npm run build-storybook`) as the e2e tools read it: its story
 * index, a loopback server for it, and the wait for a story to finish. The axe sweep (stories-a11y.test.ts) and
 * the screenshot tool (scripts/story-screenshots.ts) share them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const defaultStaticDir = join(root, 'storybook-static');

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

/** The stories (not the docs pages) of a built Storybook's index.json. */
export function readStories(indexFile: string): IndexEntry[] {
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** A built Storybook over HTTP on loopback (ES modules do not load from file:), cached so each story loads fast. */
export function serveStatic(staticDir: string = defaultStaticDir): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(staticDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(staticDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
    });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Waits until Storybook has rendered the story, run its play function and finished; returns its error, if any. */
export async function storyFinished(page: Page): Promise<string | undefined> {
  await page.waitForFunction(
    () => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__;
      return preview?.currentRender?.phase === 'finished';
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'the story failed to render')
      : undefined,
  );
}
