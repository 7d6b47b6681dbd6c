// @ts-check
// Reading web-test-runner's output (scripts/test-browser.mjs).

export const DISCONNECTED = 'Tests were interrupted because the browser disconnected.';

/**
 * The test files whose only trouble was the browser disconnecting under them, when that is all that went wrong:
 * no test failed, and every ❌ line is that message. Undefined otherwise (nothing to run again).
 * @param {string} output
 */
export function disconnectedFiles(output) {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/);
  /** @type {Set<string>} */
  const files = new Set();
  let file = '';
  for (const line of lines) {
    const heading = /^(\S+\.test\.[cm]?[jt]s):$/.exec(line.trim());
    if (heading) file = /** @type {string} */ (heading[1]);
    else if (line.includes('❌')) {
      if (!line.includes(DISCONNECTED) || !file) return undefined;
      files.add(file);
    }
  }
  return files.size ? [...files] : undefined;
}
