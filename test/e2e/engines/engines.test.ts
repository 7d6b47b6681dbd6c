// The cross-engine end-to-end subset (scenarios.ts) on the built bundle under the strict CSP, in each engine
// ODF_ENGINES names (comma-separated; all three unless set). `npm run test:e2e:engines`.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { selectedEngines } from '../../../scripts/engines.mjs';
import { launch, type EngineBrowser } from './driver.js';
import { rendered, scenarios } from './scenarios.js';
import { startEngineServer, type EngineServer } from './server.js';

const BUNDLE = new URL('../../../dist/offsite-direction-forms.js', import.meta.url);

for (const engine of selectedEngines()) {
  describe(`end to end in ${engine}`, { timeout: 300_000 }, () => {
    let server: EngineServer;
    let browser: EngineBrowser;
    before(async () => {
      assert.ok(existsSync(BUNDLE), 'dist/offsite-direction-forms.js is missing: run `npm run build` first');
      server = await startEngineServer();
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const scenario of scenarios) {
      it(scenario.name, { timeout: 120_000 }, async () => {
        server.failNextSubmissions = 0;
        server.submissionPosts.length = 0;
        server.hostPosts.length = 0;
        server.cspReports.length = 0;
        const page = await browser.newPage();
        try {
          await page.goto(`${server.base}${scenario.page}`);
          for (const tag of scenario.forms) await rendered(page, tag);
          await scenario.run(page, server);
          assert.deepEqual(server.cspReports, [], 'the page reported no Content Security Policy violation');
        } finally {
          await page.close();
        }
      });
    }
  });
}
