// @ts-check
/**
 * Server-side commands for the hardening tests, called from the page with `executeServerCommand`:
 * - `odf-time-zone`: the IANA zone this run forced on the browser (so a test can prove it is really in force);
 * - `odf-heap`: garbage-collects, then returns the JavaScript heap in use, in bytes (CDP `Runtime.getHeapUsage`);
 * - `odf-listeners`: the event listeners on `window` and `document`, by type (CDP `DOMDebugger.getEventListeners`).
 * The two CDP commands answer only in Chromium (Firefox and WebKit have no CDP); other commands fall through to
 * the other plugins.
 */

import { engineOf } from '../../../scripts/engines.mjs';

/**
 * @param {{ timeZone: string }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function hardeningCommands({ timeZone }) {
  return {
    name: 'odf-hardening-commands',
    async executeCommand({ command, session }) {
      if (command === 'odf-time-zone') return timeZone;
      if (command !== 'odf-heap' && command !== 'odf-listeners') return undefined;
      /** @type {any} */
      const launcher = session.browser;
      if (engineOf(launcher) !== 'chromium') throw new Error(`${command} needs Chromium's CDP`);
      const cdp = await launcher.getPage(session.id).createCDPSession();
      try {
        if (command === 'odf-heap') {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        }
        /** @type {Record<string, Record<string, number>>} */
        const counts = {};
        for (const target of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: target });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          /** @type {Record<string, number>} */
          const byType = {};
          for (const listener of listeners) byType[listener.type] = (byType[listener.type] ?? 0) + 1;
          counts[target] = byType;
          await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
        }
        return counts;
      } finally {
        await cdp.detach();
      }
    },
  };
}
