// The app shell: routes, navigation by keyboard, theme, not-found page, accessibility.
import { test, expect, open, appReady, expectNoAxeViolations } from './fixtures.mjs';

const ROUTES = [
  { path: './', heading: 'Social media marketing, step by step', title: /^Home · / },
  { path: 'lesson/traditional-vs-social', heading: 'Traditional vs social media marketing', title: /^Traditional vs social/ },
  { path: 'tools', heading: 'Tools', title: /^Tools · / },
  { path: 'progress', heading: 'My progress', title: /^My progress · / },
  { path: 'search', heading: 'Search the course', title: /^Search · / },
  { path: 'quiz/intro', heading: 'Quiz: Introduction', title: /^Quiz: Introduction · / },
  { path: 'final', heading: 'Final assessment', title: /^Final assessment · / },
  { path: 'print', heading: 'Social media marketing — the whole course', title: /^Whole course · / },
];

for (const route of ROUTES) {
  test(`${route.path} renders its heading and title`, async ({ page }) => {
    await open(page, route.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    await expect(page).toHaveTitle(route.title);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
}

test('home lists the seven objectives and a card per part', async ({ page }) => {
  await open(page, './');
  const objectives = page.getByRole('region', { name: 'What you will be able to do' }).getByRole('listitem');
  await expect(objectives).toHaveCount(7);
  await expect(page.getByRole('heading', { level: 3, name: /Room 2 — Build a social media strategy/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Room 4 — Grow: paid social, video, AI, creators, lawful posts and shops/ })).toBeVisible();
  await expect(page.getByText(/to complete · works offline/)).toBeVisible();
});

test('navigation works by keyboard alone', async ({ page }) => {
  await open(page, './');
  // The app, not its prerendered copy: the link below is followed inside the app (a copy's link
  // would load the next page whole, which the app then takes over while the keys are pressed).
  await appReady(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  const nav = page.getByRole('navigation', { name: 'Primary' });
  await nav.getByRole('link', { name: 'Tools' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');
  await expect(nav.getByRole('link', { name: 'Tools' })).toHaveAttribute('aria-current', 'page');
  // The new page takes focus in the frame after it renders; on a busy machine that frame can
  // come after the next key, which it would then pull back to the heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Tab from the brand link reaches every primary link in order.
  await page.getByRole('link', { name: /Social Media Marketing/ }).focus();
  for (const name of ['Course', 'Tools', 'My progress', 'Search']) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name })).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(nav.getByRole('link', { name: 'Tools' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social media marketing, step by step');
});

test('the theme choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, './');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 27)');
});

test('an unknown URL shows the not-found page with a way home', async ({ page }) => {
  await open(page, 'no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(/^Page not found/);
  await page.getByRole('link', { name: 'Go to the course home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social media marketing, step by step');
});

test('an unknown lesson slug shows the not-found page', async ({ page }) => {
  await open(page, 'lesson/not-a-lesson');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violation on any route (${scheme})`, async ({ page }) => {
    // Every route (36 lessons, 11 tools, …) with axe: minutes on a busy 2-core machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of [...ROUTES, { path: 'no/such/page' }]) {
      await open(page, route.path);
      await expectNoAxeViolations(page, `${route.path} (${scheme})`);
    }
  });
}
