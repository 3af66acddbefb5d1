// Prerendered pages (scripts/prerender.mjs): every page is readable from its HTML alone, deep
// links are real files on a plain static host, and the app takes a page over without moving it.
import { test, expect, open } from './fixtures.mjs';
import { APP_READY_SELECTOR, contracts } from '../scripts/contracts.mjs';

const PAGES = [
  { path: './', heading: 'Social media marketing, step by step', title: /^Home · / },
  { path: 'lesson/facebook', heading: 'Facebook', title: /^Facebook · / },
  { path: 'quiz/intro', heading: 'Quiz: Introduction', title: /^Quiz: Introduction · / },
  { path: 'tools/audience-targeting', heading: 'Audience targeting', title: /^Audience targeting · / },
];

/** Holds the wasm back until `release()`, so a test can act on the prerendered page first; in a
 * split build the lesson's text is a chunk of its own, held until `releaseText()` as well. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  let releaseText;
  const textHeld = new Promise((resolve) => { releaseText = resolve; });
  await page.route(/\/split_smm_text-[^/]*\.wasm$/, async (route) => {
    await held;
    await textHeld;
    await route.continue();
  });
  return { release, releaseText };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const p of PAGES) {
    test(`${p.path} is readable from its HTML alone`, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
      await expect(page).toHaveTitle(p.title);
      await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
    });
  }

  test('a lesson links on to the next one and to its sections', async ({ page }) => {
    await page.goto('lesson/facebook');
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ })).toBeVisible();
  });
});

test('the plan built at build time shows no date until the app gives it today\'s', async ({ browser, baseURL }) => {
  // A page prerendered last week must not say it was made last week.
  const off = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const bare = await off.newPage();
  await bare.goto('tools/plan-summary');
  await expect(bare.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(bare.getByText(/^Made on /)).toHaveCount(0);
  await off.close();
});

test('the plan says the day it is looked at', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2031, 2, 14, 10));
  await open(page, 'tools/plan-summary');
  await expect(page.getByText('Made on 14 March 2031.')).toBeVisible();
});

test('deep links are pages of their own on a plain static host (status 200)', async ({ request }) => {
  for (const path of ['lesson/facebook', 'tools', 'tools/smart-goal', 'progress']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain('text/html');
  }
  expect((await request.get('lesson/no-such-lesson')).status()).toBe(404);
});

test('the app takes a prerendered lesson over without moving anything, and it then responds', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await open(page, 'lesson/facebook');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facebook');
  const complete = page.getByRole('button', { name: 'Mark this lesson complete' });
  await complete.click();
  await expect(page.getByRole('button', { name: /^Completed/ })).toBeVisible();
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

test("the end of a lesson stays put while the app takes over and the text arrives", async ({ page }) => {
  // Blocks of lesson text below the screen skip layout at a stand-in height until near
  // (style/layout.css); a block that replaces another must take the same room, or the Next link
  // a learner is about to tap jumps (by 421 px here, before the fix) as the page is taken over.
  const { release, releaseText } = await holdWasm(page);
  await page.gotoPrerendered('lesson/choosing-platforms', { waitUntil: 'domcontentloaded' });
  const next = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ });
  // One flick to the end of the lesson; the blocks it passes are laid out at their real height.
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await next.scrollIntoViewIfNeeded();
  await frames();
  // Where the link is on screen, every frame from now on (the live link replaces the copy's).
  const before = await next.evaluate((link) => {
    window.__tops = [];
    const label = link.closest('nav').getAttribute('aria-label');
    const watch = () => {
      const now = [...document.querySelectorAll(`nav[aria-label="${label}"] a`)].find((a) => /^Next/.test(a.textContent));
      if (now) window.__tops.push(Math.round(now.getBoundingClientRect().top));
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    return Math.round(link.getBoundingClientRect().top);
  });
  release();
  await page.waitForSelector(`html${APP_READY_SELECTOR}`, { state: 'attached' });
  releaseText();
  await expect(page.locator(`[${contracts.courseTextAttribute}]`)).not.toHaveAttribute(contracts.loadingAttribute, '');
  await frames();
  const tops = await page.evaluate(() => window.__tops);
  expect(tops.length).toBeGreaterThan(2);
  expect([...new Set(tops)], 'the Next link\'s place on screen, frame by frame').toEqual([before]);
});

test('jumping to the end of a lesson, the Next link stays where it landed', async ({ page }) => {
  // A block of text laid out only once near the screen took a guessed height until then, so the
  // link a learner (or a test) had just scrolled to moved 436 px down, out of view, a few frames
  // later; under load a click meant for it landed on the text above.
  await open(page, 'lesson/choosing-platforms');
  const next = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ });
  const tops = await next.evaluate(
    (link) =>
      new Promise((done) => {
        link.scrollIntoView({ block: 'center', behavior: 'instant' });
        const seen = [];
        const started = performance.now();
        const watch = () => {
          seen.push(Math.round(link.getBoundingClientRect().top));
          if (performance.now() - started < 1000) requestAnimationFrame(watch);
          else done(seen);
        };
        requestAnimationFrame(watch);
      }),
  );
  expect(new Set(tops).size, `the Next link's place on screen, frame by frame: ${[...new Set(tops)]}`).toBe(1);
  await expect(next).toBeInViewport();
});

test('an embedded tool goes live when scrolled to, at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, 'lesson/traditional-vs-social');
  await page.getByText('Open the comparison').click();
  const rate = page.getByRole('region', { name: '1. How much does each criterion matter for this goal?' });
  // Until it is live the tool is an inert copy, which Playwright will not click; the live tool
  // replaces the copy as it comes near, so the copy may be gone mid-scroll: try again until the
  // live one takes the answer.
  const first = rate.getByRole('radio').first();
  await expect(async () => {
    await rate.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await first.check({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(first).toBeChecked();
});

test('what the learner did on the prerendered page before the app took it over is kept (an opened fold, focus)', async ({ page }) => {
  // Hold the wasm back so there is time to act on the prerendered page first.
  const { release, releaseText } = await holdWasm(page);
  await page.gotoPrerendered('lesson/engagement-rate-formulas', { waitUntil: 'domcontentloaded' });
  const fold = page.getByText('Open the calculators');
  await fold.click();
  await fold.focus();
  expect(await fold.evaluate((summary) => summary.parentElement.open)).toBe(true);
  release();
  await page.waitForSelector(`html${APP_READY_SELECTOR}`, { state: 'attached' });
  // The live page replaced the copy: the same fold is still open, and focus is still on it.
  expect(await fold.evaluate((summary) => summary.parentElement.open)).toBe(true);
  await expect(fold).toBeFocused();
  // Until the text is in, its prerendered copy stands in; the live text that then takes its
  // place keeps the fold and the focus too.
  releaseText();
  await expect(page.locator(`[${contracts.courseTextAttribute}]`)).not.toHaveAttribute(contracts.loadingAttribute, '');
  expect(await fold.evaluate((summary) => summary.parentElement.open)).toBe(true);
  await expect(fold).toBeFocused();
});
