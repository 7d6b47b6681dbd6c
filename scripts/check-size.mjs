// @ts-check
// Size budget for the embed bundle, measured the way a host page receives it: minified, then gzip level 9.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The budget the embed must reach (issue 7): both forms, every rule, en-GB and the calendar data. */
const GZIP_TARGET_BYTES = 30 * 1024;
/**
 * The ceiling CI enforces today. The bundle is over the target, so this ratchet stops it growing while the
 * cuts land; lower it with every cut (to the new size rounded up to the next KB, plus 1 KB), never raise it, and
 * remove it when the target is met. Where the bytes go and what was cut: docs/performance.md.
 * 56 KB → 51 KB: template and CSS minification and compact calendar data in the embed build (49.7 KB measured).
 */
const GZIP_CEILING_BYTES = 51 * 1024;
const GZIP_BUDGET_BYTES = Math.max(GZIP_TARGET_BYTES, GZIP_CEILING_BYTES);
const BUNDLE = new URL('../dist/offsite-direction-forms.js', import.meta.url);

if (!existsSync(BUNDLE)) {
  console.error('dist/offsite-direction-forms.js is missing: run `npm run build` first.');
  process.exit(1);
}

const minified = readFileSync(BUNDLE);
const gzipped = gzipSync(minified, { level: 9 });
const percent = ((gzipped.length / GZIP_BUDGET_BYTES) * 100).toFixed(1);

console.log(`dist/offsite-direction-forms.js`);
console.log(`  min:  ${minified.length.toLocaleString('en-GB')} bytes`);
console.log(`  gzip: ${gzipped.length.toLocaleString('en-GB')} bytes (${percent}% of the ${GZIP_BUDGET_BYTES.toLocaleString('en-GB')}-byte ceiling)`);
if (gzipped.length > GZIP_TARGET_BYTES) {
  console.log(`  target: ${GZIP_TARGET_BYTES.toLocaleString('en-GB')} bytes gzip, not met yet (over by ${(gzipped.length - GZIP_TARGET_BYTES).toLocaleString('en-GB')})`);
}

if (gzipped.length > GZIP_BUDGET_BYTES) {
  console.error(`Over budget by ${(gzipped.length - GZIP_BUDGET_BYTES).toLocaleString('en-GB')} bytes gzip.`);
  process.exit(1);
}
