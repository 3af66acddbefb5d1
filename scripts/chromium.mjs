// How every script and test of the project starts Chromium: Debian's build (Playwright and
// Lighthouse never download a browser here), headless, quiet (no background networking, no
// component updates), and usable as root in a container (no sandbox, no /dev/shm).
// Used by e2e/playwright.config.mjs, scripts/prerender.mjs, scripts/measure-repaint.mjs,
// perf/lighthouse.mjs and engines/smoke.mjs.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's `launchOptions`. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
