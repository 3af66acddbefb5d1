// Where keyboard focus goes after each kind of action (issue 17, "Focus goes nowhere", WCAG 2.4.3):
// route changes, a lesson's Next link, confirmations, the explorer's buttons that remove
// themselves, and a quiz's check and retry. Roles and labels only, no CSS paths.
import { readFileSync } from 'node:fs';
import { test, expect, open } from './fixtures.mjs';

const h1 = (page) => page.getByRole('heading', { level: 1 });
const focusIsOnBody = (page) => page.evaluate(() => document.activeElement === document.body);
const focusIsInMain = (page) => page.evaluate(() => document.querySelector('main').contains(document.activeElement));

test('a route change focuses the new page heading, and Back and Forward do too; the first load does not', async ({ page }) => {
  await open(page, './');
  // The page a learner opens (and the app's takeover of it) keeps the browser's focus.
  expect(await focusIsOnBody(page)).toBe(true);

  const nav = page.getByRole('navigation', { name: 'Primary' });
  await nav.getByRole('link', { name: 'Tools' }).focus();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Tools');
  await expect(h1(page)).toBeFocused();
  // The next Tab goes on into the page, not to the footer.
  await page.keyboard.press('Tab');
  expect(await focusIsInMain(page)).toBe(true);

  await nav.getByRole('link', { name: 'My progress' }).click();
  await expect(h1(page)).toHaveText('My progress');
  await expect(h1(page)).toBeFocused();

  await page.goBack();
  await expect(h1(page)).toHaveText('Tools');
  await expect(h1(page)).toBeFocused();
  await page.goForward();
  await expect(h1(page)).toHaveText('My progress');
  await expect(h1(page)).toBeFocused();
  // Focusable by script only: never a tab stop of its own.
  await expect(h1(page)).toHaveAttribute('tabindex', '-1');
});

test('a link to a heading in another page focuses that heading', async ({ page }) => {
  await open(page, 'search');
  const box = page.getByRole('searchbox', { name: 'Search lessons' });
  await box.fill('UTM');
  await box.press('ArrowDown');
  const result = page.getByRole('link', { name: /UTM/ }).first();
  await expect(result).toBeFocused();
  const id = (await result.getAttribute('href')).split('#')[1];
  expect(id, 'the first result leads to a heading').toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toContainText('UTM');
  await expect.poll(() => page.evaluate(() => document.activeElement.id)).toBe(id);
  // And it is on screen.
  expect(await page.evaluate(() => {
    const box = document.activeElement.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  })).toBe(true);
});

test("a lesson's Next link lands on the next lesson's heading, so Enter again does not skip one", async ({ page }) => {
  await open(page, 'lesson/facebook');
  const title = await h1(page).textContent();
  const lessons = page.getByRole('navigation', { name: 'Lessons' });
  const next = lessons.getByRole('link', { name: /^Next/ });
  const nextTitle = (await next.textContent()).replace(/^Next/, '').trim();
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(nextTitle);
  await expect(h1(page)).toBeFocused();
  const url = page.url();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(nextTitle);
  expect(page.url()).toBe(url);

  await lessons.getByRole('link', { name: /^Previous/ }).click();
  await expect(h1(page)).toHaveText(title);
  await expect(h1(page)).toBeFocused();
});
