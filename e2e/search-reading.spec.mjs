// Issue 17: search, reading a lesson (marked read, folded tools, sources, wide tables), the
// glossary, the home page's course map and the phone header.
import { test, expect, open, expectNoAxeViolations } from './fixtures.mjs';

const searchbox = (page) => page.getByRole('searchbox', { name: 'Search lessons' });
const results = (page) => page.locator('main ol').filter({ has: page.getByRole('link') });

/** Counts layout shifts not caused by input from the first paint on. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('"best time to post" finds the posting-time passage first, marked, and Back shows the search', async ({ page }) => {
  await open(page, 'search');
  await searchbox(page).fill('best time to post');
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
  // The query is in the address, replaced (not pushed) once typing pauses.
  await expect(page).toHaveURL(/search\?q=best%20time%20to%20post$/);
  const first = results(page).getByRole('listitem').first();
  await expect(first.getByRole('link')).toContainText('What a fair experiment looks like');
  expect((await first.locator('mark').allTextContents()).slice(0, 2)).toEqual(['posting', 'time']);
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testing and iterating');
  await page.goBack();
  await expect(searchbox(page)).toHaveValue('best time to post');
  await expect(results(page).getByRole('listitem').first()).toContainText('What a fair experiment looks like');
});

test('search opened from the menu puts focus in the search box', async ({ page }) => {
  await open(page, '');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Search' }).click();
  await expect(searchbox(page)).toBeFocused();
});

test('a search opened with ?q= shows its results, and nothing found says so with somewhere to go', async ({ page }) => {
  await open(page, 'search?q=engagement%20rate');
  await expect(searchbox(page)).toHaveValue('engagement rate');
  await expect(results(page).getByRole('link').first()).toContainText('Engagement rate formulas');
  await searchbox(page).fill('flibbertigibbet');
  await expect(page.getByRole('status')).toHaveText('“flibbertigibbet” is not covered in this course.');
  await page.getByRole('link', { name: 'the glossary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

// A tagged link quoted in the text (utm_source=…&utm_medium=…) is one long word without spaces.
test('on a phone, a long tagged link wraps in its lesson and in search results; nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflowing = (items) =>
    items.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent.slice(0, 40)));
  await open(page, 'lesson/creators-and-influencers');
  await expect(page.getByRole('main').getByText(/utm_source=instagram/)).toBeVisible();
  expect(await overflowing(page.getByRole('main').getByRole('listitem'))).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await open(page, 'search?q=UTM');
  const found = results(page).getByRole('listitem');
  await expect(found.first()).toBeVisible();
  expect(await overflowing(found.locator('p'))).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a lesson is marked read once its end has been in view, with Undo', async ({ page }) => {
  await open(page, 'lesson/facebook');
  const complete = page.getByRole('button', { name: 'Mark this lesson complete' });
  // Not on opening: the end is screens away.
  await page.waitForTimeout(1800);
  await expect(complete).toBeVisible();
  await page.getByRole('region', { name: 'Finish this lesson' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as read.' })).toBeVisible({ timeout: 5000 });
  await expect(page.getByRole('button', { name: /^Completed/ })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: mark this lesson as not read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No longer marked as read.' })).toBeVisible();
  await expect(complete).toBeFocused();
  // Undone stays undone while the learner stays.
  await page.waitForTimeout(1800);
  await expect(complete).toBeVisible();
});

test('once the learner uses the complete button, only the button decides', async ({ page }) => {
  await open(page, 'lesson/facebook');
  const button = page.getByRole('region', { name: 'Finish this lesson' }).getByRole('button').last();
  // Scrolled to the end, then marked and unmarked by hand before the 1.5 s are up.
  await button.click();
  await expect(button).toHaveText(/^Completed/);
  await button.click();
  await expect(button).toHaveText('Mark this lesson complete');
  await page.waitForTimeout(2000);
  await expect(button).toHaveText('Mark this lesson complete');
  await expect(page.getByRole('status').filter({ hasText: 'Marked as read.' })).toHaveCount(0);
});

test('a lesson whose end is in view on opening is not marked read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 20000 });
  await open(page, 'lesson/testing-and-iterating');
  await page.waitForTimeout(2000);
  await expect(page.getByRole('button', { name: 'Mark this lesson complete' })).toBeVisible();
});

test('a long tool in a lesson starts folded, opens, and works; nothing moves on takeover', async ({ page }) => {
  await watchShifts(page);
  await open(page, 'lesson/engagement-rate-formulas');
  const fold = page.getByText('Open the calculators');
  await expect(fold).toBeVisible();
  expect(await page.evaluate(() => window.__shift)).toBe(0);
  await fold.click();
  const field = page.getByLabel('Reactions (likes)');
  // The live tool replaces its prerendered copy as it comes near, so the copy may be gone
  // mid-scroll: try again until the live field takes the value.
  await expect(async () => {
    await field.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await field.fill('120', { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(field).toHaveValue('120');
});

test('a lesson ends with its sources and links terms to the glossary', async ({ page }) => {
  await open(page, 'lesson/facebook');
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('link', { name: /pewresearch\.org/ }).first()).toHaveAttribute('href', /^https:\/\/www\.pewresearch\.org\//);
  await open(page, 'lesson/smart-goals-kpis');
  await page.getByRole('link', { name: 'key performance indicators (KPIs)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(page).toHaveURL(/glossary#kpi$/);
  await expect(page.getByRole('term').filter({ hasText: 'KPI' }).first()).toBeFocused();
  for (const term of ['KPI', 'CTR', 'CRM', 'CPM', 'Engagement rate', 'Reach', 'Impressions']) {
    await expect(page.getByRole('term').filter({ hasText: new RegExp(`^${term}\\b`) })).toHaveCount(1);
  }
});

test('a wide table on a phone shows that it scrolls; the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, 'lesson/choosing-platforms');
  const table = page.getByRole('region', { name: /scrolls sideways/ }).first();
  await table.scrollIntoViewIfNeeded();
  const overflow = await table.evaluate((el) => ({ wide: el.scrollWidth > el.clientWidth, bg: getComputedStyle(el).backgroundImage }));
  expect(overflow.wide).toBe(true);
  expect(overflow.bg).toContain('radial-gradient');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the phone header is one row at 390 px, fits 320 px, and keeps its names', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '');
  const header = page.getByRole('banner');
  expect((await header.boundingBox()).height).toBeLessThanOrEqual(64);
  const nav = page.getByRole('navigation', { name: 'Primary' });
  for (const name of ['Course', 'Tools', 'My progress', 'Search']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Social Media Marketing/ })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Keyboard focus is visible on the compact links.
  await nav.getByRole('link', { name: 'Search' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await nav.getByRole('link', { name: 'Search' }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

test('the home page shows the path with each part’s progress and next lesson, without moving', async ({ page }) => {
  await open(page, 'lesson/what-is-social-media-marketing');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await watchShifts(page);
  await open(page, '');
  const map = page.getByRole('region', { name: 'Your path through the course' });
  const parts = map.getByRole('listitem');
  await expect(parts).toHaveCount(8);
  await expect(parts.first()).toContainText('1 of 3 lessons complete · you are here');
  await expect(parts.first().getByRole('link', { name: 'Traditional vs social media marketing' })).toBeVisible();
  await expect(parts.nth(1)).toContainText('0 of');
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

for (const scheme of ['light', 'dark']) {
  test(`axe: search results, glossary, home map and a folded tool (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, 'search?q=hashtags');
    await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
    await expectNoAxeViolations(page, `search (${scheme})`);
    await open(page, 'glossary');
    await expectNoAxeViolations(page, `glossary (${scheme})`);
    await open(page, '');
    await expectNoAxeViolations(page, `home (${scheme})`);
    await open(page, 'lesson/engagement-rate-formulas');
    await expectNoAxeViolations(page, `lesson with a folded tool (${scheme})`);
  });
}

test('the tools link the terms they use to the glossary', async ({ page }) => {
  await open(page, 'tools/analytics-calculators');
  await page.getByRole('link', { name: '“CTR” in the glossary' }).click();
  await expect(page).toHaveURL(/\/glossary#ctr$/);
  await expect(page.getByRole('term').filter({ hasText: /^CTR\b/ })).toBeVisible();
  await open(page, 'tools/smart-goal');
  await expect(page.getByRole('link', { name: '“KPI” in the glossary' })).toHaveAttribute('href', /glossary#kpi$/);
  await open(page, 'tools/boost-or-not');
  await expect(page.getByRole('link', { name: '“CPM” in the glossary' })).toBeVisible();
});
