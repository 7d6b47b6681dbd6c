// scripts/wtr-output.mjs: which test files scripts/test-browser.mjs runs again, read from web-test-runner's output.
// The outputs below are shaped like real runs: the progress lines' escape codes, the driver's error lines, and a
// file heading followed by its ❌ lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disconnectedFiles } from '../../scripts/wtr-output.mjs';

const bar = (done: number, passed: number) =>
  `\u001b[2K\u001b[1A\u001b[2K\u001b[GMiniBrowser: |███████| ${done}/27 test files | ${passed} passed, 0 failed, 2 skipped\n\nRunning tests...\n`;

const disconnected = [
  bar(12, 169),
  '\u001b[2K\u001b[1A\u001b[2K\u001b[G2026-12-02T06:23:39.007Z ERROR webdriver: WebDriverError: Could not parse script result when running "execute/sync" with method "POST"',
  "WebKit: ending a test file's session failed, after its results were in: unknown error: WebDriverError: Could not parse script result",
  'test/browser/notification/errors.test.ts:',
  '',
  ' ❌ Tests were interrupted because the browser disconnected. ',
  '',
  bar(27, 323),
  'Error while running tests.',
].join('\n');

const assertionFailed = [
  bar(4, 40),
  '\u001b[2K\u001b[1A\u001b[2K\u001b[Gtest/browser/hardening/fuzz.test.ts:',
  ' ❌ fuzzing <offsite-direction-notification> > types random text into random boxes and random dates into random dates',
  '      Error: Property failed after 50 tests',
  bar(27, 341),
].join('\n');

describe('disconnectedFiles', () => {
  it('names the file the browser disconnected under, escape codes and all', () => {
    assert.deepEqual(disconnectedFiles(disconnected), ['test/browser/notification/errors.test.ts']);
  });

  it('names each such file once, in the order met', () => {
    const two = `${disconnected}\ntest/browser/shared/drafts.test.ts:\n\n ❌ Tests were interrupted because the browser disconnected.\n${disconnected}`;
    assert.deepEqual(disconnectedFiles(two), ['test/browser/notification/errors.test.ts', 'test/browser/shared/drafts.test.ts']);
  });

  it('runs nothing again when a test failed, even beside a disconnection', () => {
    assert.equal(disconnectedFiles(assertionFailed), undefined);
    assert.equal(disconnectedFiles(`${disconnected}\n${assertionFailed}`), undefined);
  });

  it('runs nothing again when nothing went wrong, or when the message has no file', () => {
    assert.equal(disconnectedFiles(bar(27, 344)), undefined);
    assert.equal(disconnectedFiles(' ❌ Tests were interrupted because the browser disconnected.'), undefined);
  });
});
