/**
 * Which engine runs this page (Chromium, Firefox or WebKit; scripts/engines.mjs), for the few checks that differ
 * by engine: a check an engine cannot run at all, and a test helper that types the way that engine's controls
 * take keys. Components never ask.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine = (await executeServerCommand('odf-engine')) as Engine;

/**
 * A check that runs in Chromium only and shows as skipped in the others. Its name must say why, "(Chromium only:
 * CDP …)" for one that needs Chromium's DevTools Protocol, or "(Chromium only: WebDriver …)" for one the other
 * engines' drivers cannot run reliably, so that a skip never hides anything else.
 */
export function chromiumOnly(name: string, check: Mocha.Func): void {
  if (!/\(Chromium only: (CDP|WebDriver) [^)]+\)$/.test(name)) throw new Error(`A Chromium-only check must say so in its name: ${name}`);
  (engine === 'chromium' ? it : it.skip)(name, check);
}
