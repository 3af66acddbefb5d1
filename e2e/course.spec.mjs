// The course: every lesson reachable and rendered, search, quizzes, safe external links.
import { test, expect, open, expectNoAxeViolations, contracts } from './fixtures.mjs';
import { answerFirst, answerRight, answerWrong, check, rightAnswers } from './quiz-helpers.mjs';

test('every lesson is reachable from the course contents and renders', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, './');
  const contents = page.getByRole('region', { name: 'The course' });
  const links = contents.getByRole('listitem').getByRole('list').getByRole('link');
  const titles = await links.allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(20);
  for (const title of titles) {
    await open(page, './');
    await contents.getByRole('link', { name: title, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  }
});

test('a search finds the lesson that teaches the term and opens it at the heading', async ({ page }) => {
  await open(page, 'search');
  const box = page.getByRole('searchbox', { name: 'Search lessons' });
  await box.fill('UTM');
  const results = page.getByRole('list').filter({ has: page.getByRole('link', { name: /UTM/ }) });
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
  // Arrow keys move from the box into the results.
  await box.press('ArrowDown');
  const first = results.getByRole('link').first();
  await expect(first).toBeFocused();
  await expect(first).toContainText('UTM');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('UTM');
  await expect(page).toHaveURL(/lesson\/utm-links-and-traffic/);
});

test('a search with no match says so', async ({ page }) => {
  await open(page, 'search');
  await page.getByRole('searchbox', { name: 'Search lessons' }).fill('zzqqxx');
  await expect(page.getByRole('status')).toHaveText('“zzqqxx” is not covered in this course.');
});

test('a quiz can be answered by keyboard, graded, and explained', async ({ page }) => {
  await open(page, 'quiz/intro');
  const questions = page.getByRole('group');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(8);
  // Answer each question by keyboard: focus its first option and select it with Space.
  for (let i = 0; i < count; i++) {
    const first = questions.nth(i).getByRole('radio').or(questions.nth(i).getByRole('checkbox')).first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
  }
  const submit = page.getByRole('button', { name: 'Check my answers' });
  await submit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^You scored \d+ out of \d+/)).toBeVisible();
  // Every option now shows its explanation.
  await expect(page.getByText(/^(Right answer|Not this one)\./).first()).toBeVisible();
  const explained = await page.getByText(/^(Right answer|Not this one)\./).count();
  const options = await page.getByRole('radio').or(page.getByRole('checkbox')).count();
  expect(explained).toBe(options);
  await expectNoAxeViolations(page, 'graded quiz');
  // The best score is kept on the progress page.
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('row', { name: /Introduction/ })).toContainText(/\d+ \/ \d+/);
});

test('a perfect quiz passes and a wrong answer is marked', async ({ page }) => {
  await open(page, 'quiz/analytics');
  await answerFirst(page);
  await check(page);
  const right = await rightAnswers(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await answerWrong(page, right);
  await check(page);
  await expect(page.getByText(/^You scored 0 out of/)).toBeVisible();
  await expect(page.getByText('Not a pass yet', { exact: false })).toBeVisible();
  await expect(page.getByText('Not quite — see the explanations.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await answerRight(page, right);
  await check(page);
  await expect(page.getByText(/^You scored (\d+) out of \1 \(100%\)\./)).toBeVisible();
  await expect(page.getByText('Well done — that is a pass', { exact: false })).toBeVisible();
});

test('external links open safely in a new tab', async ({ page }) => {
  for (const slug of ['community-management-basics', 'social-media-audit', 'facebook', 'x-twitter', 'tiktok', 'youtube', 'certification-and-final-assessment']) {
    await open(page, `lesson/${slug}`);
    const links = await page.getByRole('main').getByRole('link', { name: contracts.newTabNote.trim() }).all();
    expect(links.length, slug).toBeGreaterThan(0);
    for (const link of links) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    }
  }
});

test('lesson pages show reading time, objectives, and previous/next links', async ({ page }) => {
  await open(page, 'lesson/choosing-platforms');
  await expect(page.getByText(/\d+ min read · [\d,]+ words/)).toBeVisible();
  await expect(page.getByText('This lesson serves the objectives:')).toBeVisible();
  const lessons = page.getByRole('navigation', { name: 'Lessons' });
  await expect(lessons.getByRole('link', { name: /Previous/ })).toBeVisible();
  await lessons.getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community management basics');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choosing your platforms');
});

test('a heading link opens the lesson at that heading', async ({ page }) => {
  await open(page, 'lesson/smart-goals-kpis');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const target = toc.getByRole('link').nth(2);
  const name = await target.textContent();
  await target.click();
  await expect(page).toHaveURL(/#/);
  await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
});

test('axe finds no violation on a lesson with a quiz and on search results', async ({ page }) => {
  await open(page, 'lesson/negative-feedback-process');
  await expectNoAxeViolations(page, 'lesson with quiz');
  await open(page, 'search');
  await page.getByRole('searchbox', { name: 'Search lessons' }).fill('negative');
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'search results');
});

test('marking a lesson complete is kept and counted', async ({ page }) => {
  await open(page, 'lesson/facebook');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect(page.getByRole('button', { name: 'Completed ✓ (press to undo)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /Completed/ })).toBeVisible();
  await open(page, 'progress');
  await expect(page.getByText(/^1 of \d+ lessons complete/)).toBeVisible();
  // A finished lesson leads on to the next one, the same on My progress and on home (issue 16).
  await expect(page.getByRole('link', { name: 'Next suggested lesson: X (formerly Twitter)' })).toBeVisible();
  await open(page, './');
  await expect(page.getByRole('link', { name: 'Next lesson: X (formerly Twitter)' })).toBeVisible();
});

// Work a page leaves for its next frame (marking wide tables, making a tool live, focusing a
// result) may find the page gone: Back then Forward at once, a link followed straight away. It
// must then do nothing — a Rust panic here once stopped the app. The frames are held back
// until the page has been left, so the test does not depend on timing.
test('a page left before its next frame leaves no panic behind', async ({ page }) => {
  await open(page, './');
  await page.evaluate(() => {
    window.__heldFrames = [];
    window.__requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => window.__heldFrames.push(callback);
  });
  await page.getByRole('region', { name: 'The course' }).getByRole('link', { name: 'Traditional vs social media marketing', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tools' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');
  const held = await page.evaluate(() => {
    const frames = window.__heldFrames;
    window.requestAnimationFrame = window.__requestFrame;
    for (const frame of frames) frame(performance.now());
    return frames.length;
  });
  expect(held, 'frames the lesson asked for').toBeGreaterThan(0);
  // The app still answers.
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search lessons' })).toBeFocused();
});
