// @ts-check
// Size budget for the embed bundles, measured the way a host page receives them: minified, then gzip level 9.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * The budget issue 13 sets for the bundle of both forms (every rule, en-GB and the calendar data): 48 KB gzip.
 * It replaces issue 7's 30 KB, retired as out of reach without breaking the contract (docs/performance.md).
 */
const GZIP_BUDGET_BYTES = 48 * 1024;

/**
 * The ceilings CI enforces today: each a ratchet that stops its bundle growing. Lower it with every cut, to the
 * new size plus a small margin (about half a KB), and never raise it without saying why in docs/performance.md.
 * Where the bytes go and what was cut: docs/performance.md.
 * Both forms, 56 KB → 51 KB: template and CSS minification and compact calendar data (49.7 KB measured then).
 * One form each: set when those bundles were added (45.4 KB and 43.4 KB measured).
 * Both forms, 51 KB → 53 KB (raised at 51.1 KB): two reviews' fixes added about 1.1 KB gzip: the outcome review's
 * live region, the alert banner and Try again placement, printing, GOV.UK date messages, five new rule checks and
 * the approximate-calendar notice on the outcome review (docs/performance.md).
 * Issue 13 (cold path), at 52,754 B / 46,834 B / 45,310 B: both forms 53 → 52 KB, the notification 47 → 46.5 KB;
 * the outcome review stays at 45 KB (0.75 KB over what it is).
 * Issue 11 (host-submit) and when errors show, at 54,454 B / 48,554 B / 46,912 B: +1.7 KB gzip for the Confirm
 * step, the ready state, its three banners, the host-form watch and the leave warning, and the per-press error
 * set; both forms 52 → 53.5 KB, the notification 46.5 → 47.75 KB, the outcome review 45 → 46.25 KB.
 * Issue 14, the school's copy (raised by the same rule, on top of issue 11, at 59,887 B, 50,841 B and 53,483 B: +5.4 KB, +2.3 KB and +6.6 KB): the files a school keeps,
 * and the review's check of a notification file with `checkEnvelope`, which brings the envelope schemas (and into
 * the review's own bundle the notification's rules) with it (docs/performance.md). Ceilings 59 KB, 50 KB, 52.75 KB.
 * Issue 13, the size pass (at 58,004 B, 50,689 B and 50,521 B): the review checks a notification file with
 * `isNotificationCopy` instead of `checkEnvelope` (−1,676 B both, −3,013 B review), a terser pass over oxc's output
 * (−646 B, −617 B, −427 B), then the rule checks' kept section results (+442 B, +465 B, +490 B, for half the
 * check's time per keystroke). Both forms 59 → 57.25 KB; the notification stays at 50 KB (0.5 KB over what it is);
 * the outcome review 52.75 → 49.75 KB.
 * Issue 15, questions as data, the base class as units, the stylesheet as modules, and layout="pages" (raised by
 * the same rule, at 59,417 B, 52,837 B and 53,522 B, on top of the size pass): each question as an object whose
 * keys (`kind`, `path`, `label`, `summary`) no minifier may shorten, the registry of control kinds, the wiring of the
 * base class's units (+739 B both), 13 `css` modules (+83 B) and the paged journey (caption, Back, per-page
 * Continue: about 0.4 KB). Both forms 57.25 → 58.5 KB, the notification 50 → 52.25 KB, the outcome review
 * 49.75 → 52.75 KB (docs/performance.md).
 * Issue 13, the keystroke (raised by the same rule, at 59,845 B, 53,269 B and 53,999 B: +653 B, +652 B, +640 B):
 * each section and question kept while nothing it reads changes (section-memo.ts and Lit's `guard`), for half a
 * keystroke's script (1.7 → 0.8 ms a key, docs/performance.md). Both forms 58.5 → 59 KB, the notification
 * 52.25 → 52.5 KB, the outcome review 52.75 → 53.25 KB.
 */
const bundles = [
  { file: 'offsite-direction-forms.js', what: 'both forms', ceiling: 59 * 1024, budget: GZIP_BUDGET_BYTES },
  { file: 'offsite-direction-notification.js', what: 'the notification alone', ceiling: 52.5 * 1024 },
  { file: 'offsite-direction-outcome-review.js', what: 'the outcome review alone', ceiling: 53.25 * 1024 },
];

const bytes = (/** @type {number} */ n) => `${n.toLocaleString('en-GB')} bytes`;
let failed = false;

for (const { file, what, ceiling, budget } of bundles) {
  const path = new URL(`../dist/${file}`, import.meta.url);
  if (!existsSync(path)) {
    console.error(`dist/${file} is missing: run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const minified = readFileSync(path);
  const gzipped = gzipSync(minified, { level: 9 }).length;
  console.log(`dist/${file} (${what})`);
  console.log(`  min:  ${bytes(minified.length)}`);
  console.log(`  gzip: ${bytes(gzipped)} (${((gzipped / ceiling) * 100).toFixed(1)}% of the ${bytes(ceiling)} ceiling)`);
  if (budget !== undefined) {
    console.log(
      gzipped <= budget
        ? `  budget: ${bytes(budget)} gzip, met`
        : `  budget: ${bytes(budget)} gzip, not met (over by ${bytes(gzipped - budget)}; see docs/performance.md)`,
    );
  }
  if (gzipped > ceiling) {
    console.error(`  Over its ceiling by ${bytes(gzipped - ceiling)} gzip.`);
    failed = true;
  }
}

if (failed) process.exit(1);
