// Progress that is never lost: storage faults, versions, tabs, export/import/reset, review,
// completion record. Every test also fails on any console error or panic (fixtures.mjs).
import { readFileSync } from 'node:fs';
import { test, expect, open, expectNoAxeViolations, contracts } from './fixtures.mjs';
import { answerFirst, check, missEverything } from './quiz-helpers.mjs';

const KEY = contracts.storageKey;
const BACKUP = contracts.backupKey;
const V1 = readFileSync(new URL('../tests/fixtures/store/v1.json', import.meta.url), 'utf8');

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const storedData = async (page) => JSON.parse(await stored(page)).data;

/** Puts `text` under the app's key, then reloads so the app starts from it. */
async function startWith(page, text, path = './') {
  await open(page, path);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function completeLesson(page, slug) {
  await open(page, `lesson/${slug}`);
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toBeVisible();
}

test('storage that throws on access: the app keeps going in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await open(page, './');
  await expect(page.getByText(/Progress will not be kept on this device/)).toBeVisible();
  await completeLesson(page, 'facebook');
  // In-app navigation: a reload would (rightly) start from nothing again.
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByText(/^1 of \d+ lessons complete/)).toBeVisible();
});

test('a full quota: progress stays in memory, the learner is told and can export', async ({ page }) => {
  await open(page, 'lesson/tiktok');
  // From now on every write fails as a full quota does (in this page; no reload follows).
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect(page.getByText(/storage is full/)).toBeVisible();
  await page.getByRole('link', { name: 'Go to My progress to export or manage your data' }).click();
  await expect(page.getByText(/^1 of \d+ lessons complete/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  expect((await download).suggestedFilename()).toMatch(/^social-media-course-progress-\d{4}-\d\d-\d\d\.json$/);
});

test('unreadable JSON is backed up before the app starts fresh', async ({ page }) => {
  await startWith(page, '{"version":3,"data":{oops');
  await expect(page.getByText(/could not be read \(not valid JSON/)).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe('{"version":3,"data":{oops');
  await open(page, 'progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the backup of unreadable data' }).click();
  expect((await download).suggestedFilename()).toBe('social-media-course-backup.txt');
});

test('hostile values are sanitised and shown only as text', async ({ page }) => {
  page.on('dialog', (d) => { throw new Error(`unexpected dialog: ${d.message()}`); });
  const hostile = JSON.stringify({
    version: 3,
    data: {
      theme: '<img src=x onerror=alert(1)>',
      completed: ['facebook', 'no-such-lesson', 42],
      certificate_name: `<script>alert(1)</script>${'x'.repeat(200000)}`,
      quiz_best: { intro: { correct: 999, total: 10, attempts: -4 } },
    },
  });
  await startWith(page, hostile, 'progress');
  await expect(page.getByText(/Some saved values could not be used and were reset/)).toBeVisible();
  await expect(page.getByText(/^1 of \d+ lessons complete/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Introduction/ })).toContainText('10 / 10');
  expect(await page.locator('img[src=x]').count()).toBe(0);
  await expect(page.getByText(/onerror=alert/)).toBeVisible();
});

test('an older version is migrated and nothing is lost', async ({ page }) => {
  await startWith(page, V1, 'progress');
  await expect(page.getByText(/^2 of \d+ lessons complete/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Final assessment/ })).toContainText('17 / 20');
  await completeLesson(page, 'instagram');
  // Saving is coalesced: the write of the last change follows it within half a second (an
  // earlier write, such as the lesson marking itself opened, may land first).
  await expect
    .poll(async () => JSON.parse(await stored(page)).data.completed ?? [])
    .toEqual(expect.arrayContaining(['traditional-vs-social', 'what-is-social-media-marketing', 'instagram']));
  const data = JSON.parse(await stored(page));
  expect(data.version).toBe(3);
  expect(data.data.theme).toBe('dark');
});

test('data from a newer version is left untouched and the app says why', async ({ page }) => {
  const newer = JSON.stringify({ version: 99, data: { completed: ['facebook'], future_field: true } });
  await startWith(page, newer);
  await expect(page.getByText(/written by a newer version of this course \(data version 99\)/)).toBeVisible();
  await completeLesson(page, 'youtube');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await stored(page)).toBe(newer);
  await open(page, 'progress');
  await expect(page.getByRole('button', { name: 'Reset progress…' })).toBeDisabled();
});

test('two open tabs stay in sync', async ({ context, baseURL }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, `${baseURL}progress`);
  await open(second, `${baseURL}progress`);
  await expect(second.getByText(/^0 of \d+ lessons complete/)).toBeVisible();
  await completeLesson(first, 'linkedin');
  await expect(second.getByText(/^1 of \d+ lessons complete/)).toBeVisible();
});

test('export, reset, import gives the same progress', async ({ page }) => {
  await completeLesson(page, 'facebook');
  await completeLesson(page, 'pinterest');
  await open(page, 'quiz/intro');
  await answerFirst(page);
  await check(page);
  await open(page, 'progress');
  const before = await storedData(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await downloading).path();

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByText(/^0 of \d+ lessons complete/)).toBeVisible();

  await page.getByLabel('Import progress from a file').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Before you import' });
  await expect(preview).toContainText('Completed lessons: 0 → 2');
  await preview.getByRole('button', { name: 'Replace my progress with this file' }).click();
  await expect(page.getByText(/^2 of \d+ lessons complete/)).toBeVisible();
  expect(await storedData(page)).toEqual(before);
});

test('reset asks first, and cancel keeps everything', async ({ page }) => {
  await completeLesson(page, 'facebook');
  await open(page, 'progress');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Reset all progress?' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(/^1 of \d+ lessons complete/)).toBeVisible();
});

const BAD_IMPORTS = [
  { name: 'notes.json', body: 'this is not json', message: /not a progress file|not valid JSON|JSON/i },
  { name: 'huge.json', body: 'x'.repeat(5 * 1024 * 1024), message: /a progress file is at most 1 MB/ },
  { name: 'shape.json', body: JSON.stringify({ hello: 'world' }), message: /version|shape|progress file/i },
  { name: 'newer.json', body: JSON.stringify({ version: 42, data: {} }), message: /version 42/ },
];

for (const bad of BAD_IMPORTS) {
  test(`importing ${bad.name} is refused with a clear message and changes nothing`, async ({ page }) => {
    await completeLesson(page, 'facebook');
    await open(page, 'progress');
    const before = await stored(page);
    await page.getByLabel('Import progress from a file').setInputFiles({ name: bad.name, mimeType: 'application/json', buffer: Buffer.from(bad.body) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(bad.message);
    await expect(alert).toContainText('Nothing was changed.');
    expect(await stored(page)).toBe(before);
    await expect(page.getByText(/^1 of \d+ lessons complete/)).toBeVisible();
  });
}

test('missed questions come back for review on a schedule', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T10:00:00Z') });
  await open(page, 'quiz/strategy');
  await missEverything(page);
  await open(page, 'review');
  await expect(page.getByText(/Nothing is due for review today\. The next question comes back in 1 day\./)).toBeVisible();
  await page.clock.setSystemTime(new Date('2026-03-03T10:00:00Z'));
  await open(page, 'progress');
  const nav = page.getByRole('navigation', { name: 'Primary' });
  await expect(nav.getByRole('link', { name: /My progress \d+ due for review/ })).toBeVisible();
  await page.getByRole('link', { name: 'Start a short review' }).click();
  await expect(page.getByText(/^10 questions due in this session\./)).toBeVisible();
  await expectNoAxeViolations(page, 'review session');
});

test('the completion record needs every part quiz and the final passed, asks for the name first, then prints it', async ({ page }) => {
  await open(page, 'certificate');
  await expect(page.getByRole('link', { name: 'Pass the final assessment' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pass the quiz: Introduction' })).toBeVisible();
  // Lessons marked complete and a passed final are not enough without the part quizzes.
  const lessonsOnly = { version: 3, data: { completed: ['facebook'], quiz_best: { final: { correct: 18, total: 20, attempts: 1 } }, final_passed_on: '2026-03-01' } };
  await startWith(page, JSON.stringify(lessonsOnly), 'certificate');
  await expect(page.getByRole('link', { name: 'Pass the quiz: Build a strategy' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Completion record' })).toHaveCount(0);
  // The part quizzes the record asks for, as the page links them (a new part adds one).
  const partQuizzes = await page
    .getByRole('link', { name: /^Pass the quiz:/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href').split('/').pop()));
  expect(partQuizzes.length).toBeGreaterThanOrEqual(6);
  // Earn it: every lesson complete and a passed final, as the store would hold them.
  const lessons = await (async () => {
    await open(page, './');
    return page.getByRole('region', { name: 'The course' }).getByRole('listitem').getByRole('list').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href').split('/').pop()));
  })();
  const passed = { correct: 9, total: 10, attempts: 1 };
  const quiz_best = { ...Object.fromEntries(partQuizzes.map((id) => [id, passed])), final: { correct: 18, total: 20, attempts: 1 } };
  const earned = { version: 3, data: { completed: lessons, quiz_best, final_passed_on: '2026-03-01' } };
  await startWith(page, JSON.stringify(earned), 'certificate');
  // The name comes first: no record (and no placeholder name) until one is given.
  await expect(page.getByRole('region', { name: 'Completion record' })).toHaveCount(0);
  await expect(page.getByText('(your name)')).toHaveCount(0);
  await page.getByLabel('Name to show on the record').fill('Priya Shah');
  await page.getByLabel('Name to show on the record').press('Tab');
  const record = page.getByRole('region', { name: 'Completion record' });
  await expect(record).toContainText('Priya Shah');
  await expect(record).toContainText('18 of 20 (90%) on 2026-03-01');
  await expect(record).toContainText(/passed all \d+ part quizzes/);
  await expect(record).toContainText(/marked \d+ of \d+ lessons as complete/);
  await expect(record).not.toContainText('every part of the course');
  await expect(record).toContainText('Self-issued and unverified');
  await expect(record).toContainText('It does not expire.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Completion record' })).toContainText('Priya Shah');
  await expectNoAxeViolations(page, 'completion record');
});

test('the progress page is accessible', async ({ page }) => {
  await completeLesson(page, 'facebook');
  await open(page, 'progress');
  await expectNoAxeViolations(page, 'progress');
});
