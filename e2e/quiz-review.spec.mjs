// Issue 17: quizzes checked with blank questions, answers kept through a reload, the result where
// the learner is, review and practice of missed questions, /review on a static host, and the
// smaller accessibility findings (heading levels, lesson tables, explanations tied to options,
// /progress at 320 px, the explorer's share field). Roles and labels only.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, open, expectNoAxeViolations } from './fixtures.mjs';
import { questionsOf, answerFirst, check, missEverything } from './quiz-helpers.mjs';
import { distFor, repo } from './dist.mjs';

const KEY = 'smm-course';
const storedData = async (page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{"data":{}}').data;

/** Whether the focused element's box lies wholly inside the viewport (to the pixel), once any
 * scrolling has settled. */
const focusedInViewport = (page) =>
  expect
    .poll(() =>
      page.evaluate(() => {
        const r = document.activeElement.getBoundingClientRect();
        return r.top >= -1 && r.left >= -1 && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1 && r.height > 0;
      }),
    )
    .toBe(true)
    .then(() => true, () => false);

test.describe('checking with blank questions', () => {
  test('warns first, says how many, and goes back to the first blank one', async ({ page }) => {
    await open(page, 'quiz/analytics');
    const questions = questionsOf(page);
    const total = await questions.count();
    await answerFirst(page, [0, 2]);
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const warning = page.getByRole('group', { name: new RegExp(`^${total - 2} questions of ${total} not answered yet \\(questions 2, 4`) });
    await expect(warning).toBeFocused();
    expect(await focusedInViewport(page)).toBe(true);
    await expectNoAxeViolations(page, 'quiz with the blank-question warning');
    // Nothing is checked yet.
    await expect(page.getByText(/^You scored/)).toHaveCount(0);

    await warning.getByRole('button', { name: 'Go to question 2' }).click();
    const second = questions.nth(1).getByRole('radio').or(questions.nth(1).getByRole('checkbox')).first();
    await expect(second).toBeFocused();
    await expect(warning).toBeHidden();
  });

  test('with nothing answered there is nothing to check anyway', async ({ page }) => {
    await open(page, 'quiz/intro');
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const warning = page.getByRole('group', { name: 'You have not answered any question yet.' });
    await expect(warning).toBeFocused();
    await expect(warning.getByRole('button', { name: 'Go to question 1' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check anyway' })).toHaveCount(0);
  });

  test('"Check anyway" marks only the answered questions and sends no blank one to review', async ({ page }) => {
    await open(page, 'quiz/analytics');
    const questions = questionsOf(page);
    const total = await questions.count();
    await answerFirst(page, [0]);
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByRole('button', { name: 'Check anyway' }).click();

    const result = page.getByRole('group', { name: new RegExp(`^You scored [01] out of ${total} \\(\\d+%\\)\\. You answered 1 of the ${total}`) });
    await expect(result).toBeFocused();
    expect(await focusedInViewport(page)).toBe(true);
    // Blank questions: neither "Correct." nor "Not quite", and their answers stay hidden.
    await expect(page.getByText('Not answered: its answer stays hidden for your next try.')).toHaveCount(total - 1);
    await expect(page.getByText(/^(Correct\.|Not quite — see the explanations\.)$/)).toHaveCount(1);
    const firstOptions = await questions.nth(0).getByRole('listitem').count();
    await expect(page.getByText(/^(Right answer|Not this one)\./)).toHaveCount(firstOptions);
    for (let i = 1; i < total; i++) {
      await expect(questions.nth(i)).toHaveAccessibleDescription('Not answered: its answer stays hidden for your next try.');
    }
    // Each explanation is tied to its option, each verdict to its question.
    const chosen = questions.nth(0).getByRole('radio').or(questions.nth(0).getByRole('checkbox')).first();
    await expect(chosen).toHaveAccessibleDescription(/^(Right answer|Not this one)\. You chose it\./);
    await expect(questions.nth(0)).toHaveAccessibleDescription(/^(Correct\.|Not quite)/);
    await expectNoAxeViolations(page, 'quiz checked with blank questions');

    // Review holds at most the one answered question; the attempt counts, out of every question.
    await expect.poll(async () => (await storedData(page)).quiz_best?.analytics?.total).toBe(total);
    const data = await storedData(page);
    expect((data.missed ?? []).length).toBeLessThanOrEqual(1);
    expect(data.quiz_drafts ?? {}).toEqual({});
  });
});

test('answers chosen part-way survive a reload, and checking clears them', async ({ page }) => {
  await open(page, 'quiz/intro');
  await answerFirst(page, [0, 2]);
  const picked = async () => {
    const questions = questionsOf(page);
    const out = [];
    for (const i of [0, 1, 2]) {
      const options = questions.nth(i).getByRole('radio').or(questions.nth(i).getByRole('checkbox'));
      out.push(await options.first().isChecked());
    }
    return out;
  };
  await expect.poll(async () => Object.keys((await storedData(page)).quiz_drafts?.intro?.answers ?? {}).length).toBe(2);
  await page.reload();
  expect(await picked()).toEqual([true, false, true]);
  // The same quiz embedded in its lesson shares the answers.
  await check(page);
  await expect.poll(async () => (await storedData(page)).quiz_drafts ?? {}).toEqual({});
  await page.reload();
  await expect(page.getByRole('button', { name: 'Check my answers' })).toBeVisible();
  expect(await picked()).toEqual([false, false, false]);
});

for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
  test(`at ${size.width} px the result is focused inside the viewport and says what to review next`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page, 'quiz/strategy');
    await missEverything(page);
    const total = await questionsOf(page).count();
    const result = page.getByRole('group', { name: new RegExp(`^You scored 0 out of ${total}`) });
    await expect(result).toBeFocused();
    expect(await focusedInViewport(page)).toBe(true);
    await expect(result).toContainText(`To review next: you missed ${total} questions.`);
    await expect(page.getByRole('list', { name: 'Lessons to reread' }).getByRole('link', { name: /^Reread “/ }).first()).toBeVisible();
    await expect(result.getByRole('link', { name: 'see them on the Review page' })).toBeVisible();
  });
}

test('missed questions are listed and can be practised now without moving the schedule', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T10:00:00Z') });
  await open(page, 'quiz/intro');
  await missEverything(page);
  const total = await questionsOf(page).count();
  await expect.poll(async () => ((await storedData(page)).missed ?? []).length).toBe(total);
  const before = (await storedData(page)).missed;

  await page.getByRole('link', { name: 'see them on the Review page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review missed questions');
  // The spaced schedule still says what is due.
  await expect(page.getByText('Nothing is due for review today. The next question comes back in 1 day.')).toBeVisible();
  const missed = page.getByRole('region', { name: `What you missed (${total})` });
  await expect(missed.getByRole('listitem')).toHaveCount(total);
  await expect(missed.getByRole('listitem').first()).toContainText('back tomorrow (box 1 of 5)');
  await expectNoAxeViolations(page, 'review with missed questions');

  await missed.getByRole('button', { name: `Practise ${total} questions now` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Practice' })).toBeFocused();
  await answerFirst(page);
  await check(page);
  await expect(page.getByRole('group', { name: /^You scored \d+ out of/ })).toContainText(/Practice does not change when (they come|it comes) back|every answered question is right/);
  await page.waitForTimeout(600);
  expect((await storedData(page)).missed).toEqual(before);
});

test.describe('static host', () => {
  test('/review answers 200 and every route in the route table has a prerendered page', async ({ request }, testInfo) => {
    const response = await request.get('review');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Review missed questions');

    const dist = distFor(testInfo.project.name);
    const source = readFileSync(join(repo, 'src/domain/route.rs'), 'utf8');
    const arms = [...source.matchAll(/\[([^\]]*)\]\s*=>\s*Route::(\w+)/g)];
    expect(arms.length).toBeGreaterThan(8);
    for (const [, pattern, route] of arms) {
      const segments = pattern.split(',').map((s) => s.trim()).filter(Boolean);
      const literal = segments.filter((s) => s.startsWith('"')).map((s) => s.slice(1, -1));
      if (literal.length === segments.length) {
        const path = literal.join('/');
        const file = path === '' || path === 'index.html' ? 'index.html' : `${path}.html`;
        expect(existsSync(join(dist, file)), `Route::${route} (${path || '/'}) has no prerendered ${file}`).toBe(true);
        expect((await request.get(path || './')).status(), `Route::${route}`).toBe(200);
      } else {
        const folder = join(dist, ...literal);
        const pages = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.html') && f !== 'index.html') : [];
        expect(pages.length, `Route::${route} (${literal.join('/')}/…) has no prerendered page`).toBeGreaterThan(0);
      }
    }
  });

  test('no page skips a heading level', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const dist = distFor(testInfo.project.name);
    const pages = [];
    const walk = (dir, prefix) => {
      for (const entry of readdirSync(join(dist, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(rel, prefix);
        else if (entry.name.endsWith('.html') && !['404.html'].includes(rel) && !rel.endsWith('/index.html')) pages.push(rel === 'index.html' ? './' : rel.slice(0, -5));
      }
    };
    walk('', '');
    expect(pages.length).toBeGreaterThan(40);
    const skips = [];
    for (const path of pages) {
      await open(page, path);
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
          .filter((h) => !h.closest('[hidden], [aria-hidden="true"]'))
          .map((h) => `${h.tagName[1]}:${h.textContent.trim().slice(0, 40)}`),
      );
      let previous = 0;
      for (const entry of levels) {
        const level = Number(entry[0]);
        if (level > previous + 1) skips.push(`${path}: h${previous} → ${entry}`);
        previous = level;
      }
    }
    expect(skips).toEqual([]);
  });
});

test.describe('lesson tables', () => {
  const caption = 'Share of U.S. adults who use Facebook, by age (Pew Research Center, 2023)';

  test('have a caption and are a tab stop only while they scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, 'lesson/facebook');
    await expect(page.getByRole('table', { name: caption })).toBeVisible();
    await expect(page.getByRole('region', { name: /scrolls sideways/ })).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 844 });
    const region = page.getByRole('region', { name: `${caption} (scrolls sideways)` });
    await expect(region).toHaveCount(1);
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.getByRole('region', { name: /scrolls sideways/ })).toHaveCount(0);
  });

  test('every table in a lesson has a caption', async ({ page }) => {
    for (const slug of ['smart-goals-kpis', 'update-process-map', 'negative-feedback-process']) {
      await open(page, `lesson/${slug}`);
      const tables = page.getByRole('main').getByRole('table');
      for (let i = 0; i < (await tables.count()); i++) {
        expect((await tables.nth(i).getAttribute('aria-label')) ?? (await tables.nth(i).evaluate((t) => t.caption?.textContent ?? '')), slug).not.toBe('');
      }
    }
  });
});

test('/progress does not scroll sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page, 'progress');
  await expect(page.getByLabel('Import progress from a file')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the explorer refuses a share above 100 with an error tied to the field', async ({ page }) => {
  await open(page, 'tools/platform-explorer');
  const share = page.getByLabel('Used by at least this % of that age band');
  await share.fill('150');
  await share.press('Enter');
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  await expect(share).toHaveAccessibleDescription(/^Enter a whole number from 0 to 100; the filter still uses 0%\./);
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a whole number from 0 to 100' })).toBeVisible();
  await share.fill('40');
  await share.press('Enter');
  await expect(share).not.toHaveAttribute('aria-invalid', 'true');
  await expect(share).toHaveAccessibleDescription(/^0 to 100/);
  await expect(share).toHaveValue('40');
});
