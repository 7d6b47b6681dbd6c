/**
 * Full-page screenshots of every story of the built Storybook, and a pixel comparison of two sets of them: the
 * proof that a change meant to look like nothing (a refactor of the stylesheet, say) looks like nothing.
 *
 *   npm run build-storybook && npx tsx scripts/story-screenshots.ts shoot /tmp/before
 *   …change, build Storybook again…
 *   npx tsx scripts/story-screenshots.ts shoot /tmp/after
 *   npx tsx scripts/story-screenshots.ts compare /tmp/before /tmp/after
 *
 * `shoot` serves storybook-static (or `--static <dir>`) on loopback and, in headless Chromium, waits for each
 * story to render and run its play function, then saves one PNG per story at each width below: wide (the
 * 641px-and-up rules of every container query) and a phone (the rules under it). `compare` decodes both sets
 * and counts the pixels that differ; it exits 1 on any difference, size change, or story missing from either set.
 * The clock is fixed and `crypto.randomUUID` counts from one, so a confirmation's reference and time are the same
 * in every run. `--only <text>` shoots only the stories whose id contains it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { defaultStaticDir, readStories, serveStatic, storyFinished } from '../test/e2e/storybook.ts';

const viewports = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
] as const;

async function shoot(outDir: string, staticDir: string, only: string): Promise<void> {
  const stories = readStories(join(staticDir, 'index.json')).filter((story) => story.id.includes(only));
  const server = await serveStatic(staticDir);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  let failures = 0;
  try {
    for (const viewport of viewports) {
      mkdirSync(join(outDir, viewport.name), { recursive: true });
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      await page.clock.setFixedTime(new Date('2026-03-02T10:30:00Z'));
      await page.addInitScript(() => {
        let next = 0;
        crypto.randomUUID = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}` as const;
      });
      for (const story of stories) {
        await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
        const failed = await storyFinished(page);
        if (failed) {
          console.error(`${story.id}: the story did not render: ${failed}`);
          failures++;
          continue;
        }
        await page.evaluate(() => document.fonts.ready);
        const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
        writeFileSync(join(outDir, viewport.name, `${story.id}.png`), png);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
  console.log(`${stories.length} stories × ${viewports.length} widths shot into ${outDir}`);
  if (failures > 0) process.exit(1);
}

interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  rgba: Uint8Array;
}

/** Decodes the PNGs Chromium writes: 8 bits a channel, grey, grey and alpha, RGB or RGBA, not interlaced. */
export function decodePng(file: Buffer): Image {
  if (file.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const interlace = body[12];
      colourType = body[9]!;
      if (depth !== 8 || interlace !== 0 || ![0, 2, 4, 6].includes(colourType)) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType as 0 | 2 | 4 | 6];
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[row + x - channels]! : 0;
      const up = y > 0 ? pixels[row - stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[row - stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`unknown PNG filter ${filter}`);
      pixels[row + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, a] =
      channels === 1 ? [p[0], p[0], p[0], 255] : channels === 2 ? [p[0], p[0], p[0], p[1]] : [p[0], p[1], p[2], channels === 4 ? p[3] : 255];
    rgba.set([r!, g!, b!, a!], i * 4);
  }
  return { width, height, rgba };
}

/** Pixels that differ between two images of one size. */
export function differingPixels(a: Image, b: Image): number {
  let count = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (a.rgba[i] !== b.rgba[i] || a.rgba[i + 1] !== b.rgba[i + 1] || a.rgba[i + 2] !== b.rgba[i + 2] || a.rgba[i + 3] !== b.rgba[i + 3]) {
      count++;
    }
  }
  return count;
}

function compare(beforeDir: string, afterDir: string): void {
  const problems: string[] = [];
  let compared = 0;
  for (const { name } of viewports) {
    const before = existsSync(join(beforeDir, name)) ? readdirSync(join(beforeDir, name)).filter((f) => f.endsWith('.png')) : [];
    const after = new Set(existsSync(join(afterDir, name)) ? readdirSync(join(afterDir, name)).filter((f) => f.endsWith('.png')) : []);
    for (const file of before) {
      if (!after.delete(file)) {
        problems.push(`${name}/${file}: only in ${beforeDir}`);
        continue;
      }
      const [beforeFile, afterFile] = [readFileSync(join(beforeDir, name, file)), readFileSync(join(afterDir, name, file))];
      compared++;
      if (beforeFile.equals(afterFile)) continue; // the same bytes are the same pixels
      const a = decodePng(beforeFile);
      const b = decodePng(afterFile);
      if (a.width !== b.width || a.height !== b.height) {
        problems.push(`${name}/${file}: ${a.width}×${a.height} before, ${b.width}×${b.height} after`);
        continue;
      }
      const differ = differingPixels(a, b);
      if (differ > 0) problems.push(`${name}/${file}: ${differ} of ${a.width * a.height} pixels differ`);
    }
    for (const file of after) problems.push(`${name}/${file}: only in ${afterDir}`);
  }
  console.log(`${compared} screenshots compared (${viewports.map((v) => v.name).join(', ')}), ${problems.length} differ`);
  for (const problem of problems) console.log(`  ${problem}`);
  if (problems.length > 0 || compared === 0) process.exit(1);
}

const [command, first, second] = process.argv.slice(2);
const staticFlag = process.argv.indexOf('--static');
const staticDir = resolve(staticFlag > 0 ? process.argv[staticFlag + 1]! : defaultStaticDir);
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag > 0 ? process.argv[onlyFlag + 1]! : '';

if (command === 'shoot' && first) await shoot(resolve(first), staticDir, only);
else if (command === 'compare' && first && second) compare(resolve(first), resolve(second));
else {
  console.error('usage: tsx scripts/story-screenshots.ts shoot <dir> [--static <storybook-static>] [--only <text>] | compare <before> <after>');
  process.exit(2);
}
