// @ts-check
// The date-sensitive browser tests again, with Chromium in another time zone (ODF_BROWSER_TZ; see
// `npm run test:browser:tz`). Dates are typed, checked, shown and sent as YYYY-MM-DD, so nothing may move.
import base from './web-test-runner.config.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: ['test/browser/hardening/time-zones.test.ts', 'test/browser/notification/rule-panel.test.ts'],
};
