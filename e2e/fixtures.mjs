// Shared test setup: every test fails on a console error, an uncaught exception or a Rust panic.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP_READY_SELECTOR, contracts } from '../scripts/contracts.mjs';

/** The storage keys, markers and notes the app and the tests share (`src/contracts.rs`). */
export { contracts };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Resolves once the app has taken over the page: a prerendered page looks live before it is. */
export const appReady = (page) => page.waitForSelector(`html${APP_READY_SELECTOR}`, { state: 'attached' });

/** Resolves once the lesson text and every tool or quiz within a screen of the viewport are live
 * (or have said they could not load): they are lazy chunks (src/lazy_code.rs), and until they
 * have arrived their prerendered copy stands in. Those further down wait for a scroll, folded
 * tools for the learner to open them. */
export const lazyPartsNearLive = (page) =>
  page.waitForFunction(
    ({ loading, slots }) =>
      [...document.querySelectorAll(`[${loading}]`)].every((part) => {
        if (!slots.some((slot) => part.hasAttribute(slot))) return false;
        // A folded tool waits for the learner to open it (src/components/widget_block.rs).
        if (part.closest('details:not([open])')) return true;
        const box = part.getBoundingClientRect();
        return box.top > 2 * innerHeight || box.bottom < -innerHeight;
      }),
    { loading: contracts.loadingAttribute, slots: [contracts.toolAttribute, contracts.quizAttribute] },
  );

/** Makes `page.goto` and `page.reload` wait for the app (see `test` below); once per page. */
function waitingForApp(page) {
  if (page.gotoPrerendered) return page;
  // `gotoPrerendered` is the plain goto, for a test that acts before the app takes over.
  page.gotoPrerendered = page.goto.bind(page);
  for (const name of ['goto', 'reload']) {
    const load = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await load(...args);
      await appReady(page);
      await lazyPartsNearLive(page);
      return response;
    };
  }
  return page;
}

export const test = base.extend({
  // Every load through page.goto or page.reload waits for the app, as a learner's first click
  // does not land before it either: on the test's page and on every tab it opens beside it
  // (`context.newPage()`). A prerendered page looks live before the app has even been fetched
  // (scripts/post-build.mjs fetches the wasm after the first paint).
  context: async ({ context, javaScriptEnabled }, use) => {
    // Without JavaScript there is only the prerendered page: nothing to wait for.
    if (javaScriptEnabled) {
      const newPage = context.newPage.bind(context);
      context.newPage = async (...args) => waitingForApp(await newPage(...args));
    }
    await use(context);
  },
  page: async ({ page, javaScriptEnabled }, use) => {
    await use(javaScriptEnabled ? waitingForApp(page) : Object.assign(page, { gotoPrerendered: page.goto.bind(page) }));
  },
  // Console errors a test provokes on purpose (a chunk that cannot be fetched): one pattern.
  // (Not a list: Playwright would read a two-item list as [value, options].) Default: none.
  expectedConsoleErrors: [/(?!)/, { option: true }],
  consoleProblems: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems = [];
      page.on('console', (msg) => {
        // A static host answers an unknown address with 404.html and status 404: that document
        // load is expected, not an app error.
        const documentNotFound = msg.text().includes('status of 404') && msg.location().url === page.url();
        if (documentNotFound) return;
        if (expectedConsoleErrors.test(msg.text())) return;
        if (msg.type() === 'error' || msg.text().includes('panicked at')) problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      // Any Content-Security-Policy violation fails the test, whether or not it is logged.
      await page.exposeFunction('__reportCspViolation', (text) => problems.push(`CSP violation: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => window.__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await use(problems);
      expect(problems, 'console errors or panics').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a route (relative to the project's base URL) and waits for the app to render it. */
export async function open(page, path) {
  await page.goto(path);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export { expect };
