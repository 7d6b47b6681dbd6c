// @ts-check
// Where the embed's bytes go: every byte of dist/offsite-direction-forms.js is attributed to the source its
// source map points at, then each group is weighed twice: its minified bytes, and its share of the gzip (the
// gzip size of the whole bundle minus the gzip size of the bundle without that group's bytes; the shares add
// up to a little less than the whole, since text compresses against other groups' text too).
//
// Usage: `npm run build:embed && node scripts/size-report.mjs [--files]` (--files: one row per file, not group).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseMappings } from './source-map.mjs';

const BUNDLE = new URL('../dist/offsite-direction-forms.js', import.meta.url);
const MAP = new URL('../dist/offsite-direction-forms.js.map', import.meta.url);
if (!existsSync(BUNDLE) || !existsSync(MAP)) {
  console.error('dist/offsite-direction-forms.js(.map) is missing: run `npm run build:embed` first.');
  process.exit(1);
}
const perFile = process.argv.includes('--files');

const code = readFileSync(BUNDLE, 'utf8');
/** @type {{ sources: string[], mappings: string }} */
const map = JSON.parse(readFileSync(MAP, 'utf8'));

/** @param {string} source */
function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  if (perFile) return path;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1] === 'zod' ? `zod/${path.split('/zod/')[1]?.split('/').slice(0, 2).join('/')}` : pkg[1];
  return path;
}

// Source index for every character of the bundle (-1: no mapping, e.g. the banner).
const owner = new Int32Array(code.length).fill(-1);
const lines = code.split('\n');
let offset = 0;
parseMappings(map.mappings).forEach((segments, lineIndex) => {
  const length = lines[lineIndex]?.length ?? 0;
  segments.forEach(({ column: start, source }, index) => {
    const end = segments[index + 1]?.column ?? length;
    owner.fill(source, offset + start, offset + end);
  });
  offset += length + 1;
});

const groups = new Map();
owner.forEach((src, index) => {
  const name = src < 0 ? '(banner, glue)' : groupOf(map.sources[src] ?? '?');
  let group = groups.get(name);
  if (!group) groups.set(name, (group = []));
  group.push(index);
});

const gzip = (/** @type {string} */ text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const total = { min: Buffer.byteLength(code), gzip: gzip(code) };
const rows = [...groups].map(([name, indexes]) => {
  const drop = new Uint8Array(code.length);
  for (const index of indexes) drop[index] = 1;
  let without = '';
  for (let i = 0; i < code.length; i++) if (!drop[i]) without += code[i];
  return { name, min: indexes.length, gzip: total.gzip - gzip(without) };
});
rows.sort((a, b) => b.gzip - a.gzip);

const pad = (/** @type {string | number} */ value, /** @type {number} */ width) => String(value).padStart(width);
console.log(`${'source'.padEnd(60)} ${pad('min', 8)} ${pad('gzip share', 11)}`);
for (const row of rows) console.log(`${row.name.padEnd(60)} ${pad(row.min, 8)} ${pad(row.gzip, 11)}`);
console.log(`${'total'.padEnd(60)} ${pad(total.min, 8)} ${pad(total.gzip, 11)}`);
