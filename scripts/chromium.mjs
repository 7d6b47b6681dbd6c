// @ts-check
// The one place that says how every tool here starts Chromium: Debian's build (tools that download their own
// browser cannot reach the internet), headless, and without the background services whose connections this
// network refuses.

/** Debian's Chromium unless CHROME_PATH names another. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

