// Where keyboard focus goes after each kind of action (issue 17, "Focus goes nowhere", WCAG 2.4.3):
// route changes, a lesson's Next link, confirmations, the explorer's buttons that remove
// themselves, and a quiz's check and retry. Roles and labels only, no CSS paths.
import { readFileSync } from 'node:fs';
import { test, expect, open } from './fixtures.mjs';
import { answerFirst } from './quiz-helpers.mjs';

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
  // As a learner would, wait for the results: the lessons' text and the search code are lazy
  // chunks, and until both are in there is nothing for the arrow key to move to.
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
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

test('the reset confirmation takes focus, Escape and Cancel give it back, a reset lands on the section', async ({ page }) => {
  await open(page, 'progress');
  const opener = page.getByRole('button', { name: 'Reset progress…' });
  const dialog = page.getByRole('alertdialog', { name: 'Reset all progress?' });

  await opener.click();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await opener.click();
  await dialog.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your data' })).toBeFocused();
  await expect(page.getByText(/^Your progress was reset/)).toHaveCount(1);
});

test('the import preview takes focus, Escape gives it back to the file picker, an import lands on the section', async ({ page }) => {
  await open(page, 'progress');
  const file = { name: 'progress.json', mimeType: 'application/json', buffer: readFileSync(new URL('../tests/fixtures/store/v1.json', import.meta.url)) };
  const picker = page.getByLabel('Import progress from a file');
  const preview = page.getByRole('region', { name: 'Before you import' });

  await picker.setInputFiles(file);
  await expect(preview.getByRole('heading', { name: 'Before you import' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(picker).toBeFocused();

  await picker.setInputFiles(file);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(picker).toBeFocused();

  await picker.setInputFiles(file);
  await preview.getByRole('button', { name: 'Merge the file into my progress' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your data' })).toBeFocused();
  await expect(page.getByText(/^The file was merged into your progress/)).toHaveCount(1);
});

test('the persona delete confirmation opens on Cancel, and Escape and Cancel return to Delete', async ({ page }) => {
  await open(page, 'tools/audience-targeting');
  await page.getByLabel('Persona name').fill('Retirees');
  const del = page.getByRole('button', { name: 'Delete this persona' });
  await expect(del).toBeEnabled();

  await del.click();
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cancel).toHaveCount(0);
  await expect(del).toBeFocused();

  await del.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toHaveCount(0);
  await expect(del).toBeFocused();
  await expect(page.getByLabel('Persona to work on').getByRole('option')).toHaveText(['Retirees']);
});

test('explorer buttons that remove themselves hand focus to a neighbour', async ({ page }) => {
  await open(page, 'tools/platform-explorer?compare=tiktok,linkedin,instagram');
  const heading = page.getByRole('heading', { name: 'Side by side' });

  // The last one: focus goes to the one before it.
  await page.getByRole('button', { name: 'Remove Instagram' }).click();
  await expect(page.getByRole('table', { name: 'Side by side: TikTok and LinkedIn' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove LinkedIn' })).toBeFocused();
  // Down to one platform there are no remove buttons: the comparison's heading.
  await page.getByRole('button', { name: 'Remove TikTok' }).click();
  await expect(heading).toBeFocused();

  await open(page, 'tools/platform-explorer?compare=tiktok,linkedin,instagram');
  // The first one: focus goes to the one that took its place.
  await page.getByRole('button', { name: 'Remove TikTok' }).click();
  await expect(page.getByRole('table', { name: 'Side by side: LinkedIn and Instagram' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove LinkedIn' })).toBeFocused();

  await page.getByRole('button', { name: 'Clear comparison' }).click();
  await expect(page.getByRole('button', { name: 'Clear comparison' })).toHaveCount(0);
  await expect(heading).toBeFocused();

  const objective = page.getByLabel('Best for this objective');
  await objective.selectOption({ label: 'Leads (B2B)' });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 10 of 10 platforms' })).toBeVisible();
  await expect(objective).toBeFocused();
});

test('checking a quiz focuses the score beside the button; Try again starts at the first question', async ({ page }) => {
  await open(page, 'quiz/analytics');
  await answerFirst(page);
  await page.getByRole('button', { name: 'Check my answers' }).click();
  const result = page.getByRole('group', { name: /^You scored \d+ out of \d+/ });
  await expect(result).toBeFocused();
  await expect(result).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeInViewport();

  await page.getByRole('button', { name: 'Try again' }).click();
  const first = page.getByRole('group').first();
  await expect(first).toContainText('Question 1');
  await expect(first.getByRole('radio').or(first.getByRole('checkbox')).first()).toBeFocused();
});

test('"Mark this lesson complete" says its state in its label only, not also as pressed', async ({ page }) => {
  await open(page, 'lesson/facebook');
  const mark = page.getByRole('button', { name: 'Mark this lesson complete' });
  await expect(mark).not.toHaveAttribute('aria-pressed');
  await mark.click();
  const done = page.getByRole('button', { name: 'Completed ✓ (press to undo)' });
  await expect(done).toBeFocused();
  await expect(done).not.toHaveAttribute('aria-pressed');
});

test('a multiple-answer question says "Choose all that apply." once', async ({ page }) => {
  await open(page, 'quiz/analytics');
  await expect(page.getByRole('group', { name: /Choose all that apply\./ }).first()).toBeVisible();
  await expect(page.getByRole('group', { name: /all that apply[\s\S]*all that apply/i })).toHaveCount(0);
});
