// Code splitting (src/lazy_code.rs): the tools (src/components/tool.rs), the lessons' text
// (src/components/course_text.rs), the quizzes (src/components/lazy_quiz.rs) and the search
// (src/pages/search.rs) are lazy wasm chunks, off the critical path. A page that needs none of
// them never fetches them; the first that needs one does; a chunk that cannot be fetched leaves
// a clear message and a working app, never a panic or a dead page.
// The service worker is blocked here, so every fetch seen is the page's own (it would otherwise
// precache the chunk at once, which e2e/offline.spec.mjs covers).
import { test, expect, open, contracts } from './fixtures.mjs';

const CHUNK = /\/split_[^/]*\.wasm$/;
const TOOLS = /\/split_smm_tools-[^/]*\.wasm$/;
const TEXT = /\/split_smm_text-[^/]*\.wasm$/;
const QUIZ = /\/split_smm_quiz-[^/]*\.wasm$/;
const SEARCH = /\/split_smm_search-[^/]*\.wasm$/;
const LOAD_FAILED = 'This tool could not be loaded; check your connection and reload.';
const TEXT_FAILED = 'This lesson text could not be loaded; check your connection and reload.';
const QUIZ_FAILED = 'This quiz could not be loaded; check your connection and reload.';
const SEARCH_FAILED = 'The search could not be loaded; check your connection and reload.';

test.use({ serviceWorkers: 'block' });

/** Every URL the page requests from now on. */
function requests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Checks that `text` is in the fetched chunk that `chunk` matches and not in the main wasm. */
async function expectOnlyInChunk(request, urls, chunk, text, label) {
  const bytes = async (url) => Buffer.from(await (await request.get(url)).body());
  const main = urls.find((u) => /_bg\.wasm$/.test(u));
  expect((await bytes(main)).includes(Buffer.from(text)), `${label} in the main wasm`).toBe(false);
  expect((await bytes(urls.find((u) => chunk.test(u)))).includes(Buffer.from(text)), `${label} in its chunk`).toBe(true);
}

test('the home page does not fetch the tools; the first tool, reached inside the app, does', async ({ page }) => {
  const urls = requests(page);
  await open(page, './');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => CHUNK.test(u)), 'a chunk on the home page').toEqual([]);

  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tools' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');
  await page.getByRole('link', { name: 'SMART goal builder' }).click();
  const goal = page.getByLabel('Your SMART objective');
  await goal.fill('Get 40 cake enquiries from Instagram by 30 June, up from 12');
  await expect(page.getByRole('listitem').filter({ hasText: 'Time-bound: passes' })).toBeVisible();
  expect(urls.filter((u) => TOOLS.test(u)), 'the tools chunk, fetched once').toHaveLength(1);

  // A second tool comes from the chunk already in: no new fetch.
  await page.getByRole('link', { name: 'Tools', exact: true }).first().click();
  await page.getByRole('link', { name: 'Audience targeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audience targeting');
  await expect(page.locator('.tool-slot[data-loading]')).toHaveCount(0);
  expect(urls.filter((u) => TOOLS.test(u))).toHaveLength(1);
});

test("a lesson's text is a chunk of its own: not in the main wasm, fetched once, kept across lessons", async ({ page, request }) => {
  const urls = requests(page);
  await open(page, './');
  await page.waitForLoadState('networkidle');
  // In the app: the lesson's text comes from the chunk, not from a prerendered copy.
  await page.getByRole('link', { name: 'Traditional vs social media marketing' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Traditional vs social media marketing');
  // The heading is in the main wasm and shows at once; the text shows "Loading…" until its chunk is in.
  await expect(page.locator(`[${contracts.courseTextAttribute}][${contracts.loadingAttribute}]`)).toHaveCount(0);
  const sentence = (await page.locator(`[${contracts.courseTextAttribute}] p`).first().innerText()).slice(0, 60);
  expect(sentence.length, 'a sentence of the lesson').toBeGreaterThan(30);
  expect(urls.filter((u) => TEXT.test(u)), 'the text chunk, fetched once').toHaveLength(1);

  await expectOnlyInChunk(request, urls, TEXT, sentence, 'the lesson text');

  // The next lesson needs no new fetch.
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ }).click();
  await expect(page.locator(`[${contracts.courseTextAttribute}] p`).first()).toBeVisible();
  expect(urls.filter((u) => TEXT.test(u))).toHaveLength(1);
});

test('a prerendered lesson fetches its text, and the tools only once one is opened', async ({ page }) => {
  const urls = requests(page);
  await open(page, 'lesson/traditional-vs-social');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => TEXT.test(u)), 'the text chunk').toHaveLength(1);
  expect(urls.filter((u) => TOOLS.test(u)), 'the tools chunk before a tool is near').toEqual([]);
  await page.getByText('Open the comparison').click();
  await expect.poll(() => urls.filter((u) => TOOLS.test(u)).length, { message: 'the tools chunk once the tool is open' }).toBe(1);
});

test('the quizzes are a chunk of their own: no question in the main wasm, fetched once, kept across quizzes', async ({ page, request }) => {
  const urls = requests(page);
  await open(page, 'progress');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => QUIZ.test(u)), 'the quiz chunk on the progress page').toEqual([]);

  // In the app: the final assessment's questions come from the chunk.
  await page.getByRole('link', { name: 'Final assessment' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Final assessment');
  const question = page.getByRole('group').first();
  await expect(question).toBeVisible();
  // The legend's longest line is the question (the others: its number, "Choose all that apply").
  const lines = (await question.locator('legend').innerText()).split('\n');
  const prompt = lines.reduce((a, b) => (b.length > a.length ? b : a)).slice(0, 60);
  expect(prompt.length, 'a question').toBeGreaterThan(30);
  expect(urls.filter((u) => QUIZ.test(u)), 'the quiz chunk, fetched once').toHaveLength(1);

  await expectOnlyInChunk(request, urls, QUIZ, prompt, 'the question');

  // A part's quiz needs no new fetch.
  await page.goBack();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/quiz/i);
  await expect(page.locator(`[${contracts.quizAttribute}][${contracts.loadingAttribute}]`)).toHaveCount(0);
  await expect(page.getByRole('group').first()).toBeVisible();
  expect(urls.filter((u) => QUIZ.test(u))).toHaveLength(1);
});

test('the search is a chunk of its own: a lesson never fetches it, the search page does, once', async ({ page }) => {
  const urls = requests(page);
  await open(page, 'lesson/traditional-vs-social');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => TEXT.test(u)), 'the text chunk on a lesson').toHaveLength(1);
  expect(urls.filter((u) => SEARCH.test(u)), 'the search chunk on a lesson').toEqual([]);

  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search lessons' });
  await box.fill('hashtag');
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').getByRole('link').first()).toBeVisible();
  expect(urls.filter((u) => SEARCH.test(u)), 'the search chunk, fetched once').toHaveLength(1);

  // Another search, and the search page opened again, need no new fetch.
  await box.fill('budget');
  await expect(page.getByRole('main').getByRole('listitem').getByRole('link').first()).toContainText(/budget/i);
  await page.goBack();
  await page.goForward();
  await expect(page.getByRole('main').getByRole('listitem').getByRole('link').first()).toBeVisible();
  expect(urls.filter((u) => SEARCH.test(u))).toHaveLength(1);
});

test.describe('when the chunk cannot be fetched', () => {
  // The browser reports the aborted fetch, and the chunk loader logs it: both are expected here.
  test.use({ expectedConsoleErrors: /Failed to load resource|Failed to fetch|NetworkError|net::ERR_FAILED/ });

  test('a tool page says so, and the rest of the app keeps working', async ({ page }) => {
    await page.route(TOOLS, (route) => route.abort());
    await open(page, 'tools/smart-goal');
    await expect(page.getByRole('alert')).toHaveText(LOAD_FAILED);
    // The page around it is live: the heading, the links, in-app navigation.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SMART goal builder');
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tools' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');

    // The failure is not kept: once the network is back, the next tool loads.
    await page.unroute(TOOLS);
    await page.getByRole('link', { name: 'SMART goal builder' }).click();
    await expect(page.getByLabel('Your SMART objective')).toBeEditable();
  });

  test('an embedded tool says so in its lesson', async ({ page }) => {
    await page.route(TOOLS, (route) => route.abort());
    await open(page, 'lesson/traditional-vs-social');
    // The tool is folded under its card until opened.
    await page.getByText('Open the comparison').click();
    const tool = page.locator('.tool-slot');
    await tool.scrollIntoViewIfNeeded();
    await expect(tool.getByRole('alert')).toHaveText(LOAD_FAILED);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a quiz page says the quiz could not load, and a quiz loads once the network is back', async ({ page }) => {
    await page.route(QUIZ, (route) => route.abort());
    await open(page, 'quiz/intro');
    await expect(page.getByRole('alert')).toHaveText(QUIZ_FAILED);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.unroute(QUIZ);
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'My progress' }).click();
    await page.getByRole('link', { name: 'Final assessment' }).first().click();
    await expect(page.getByRole('group').first().getByRole('radio').first()).toBeEnabled();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  // A search opened from its address (`?q=`) with either chunk missing once said "Loading the
  // lessons…" for good.
  for (const [name, chunk] of [['search', SEARCH], ['text', TEXT]]) {
    test(`the search page says the search could not load (the ${name} chunk), and searches once the network is back`, async ({ page }) => {
      await page.route(chunk, (route) => route.abort());
      await open(page, 'search?q=hashtag');
      await expect(page.getByRole('status').filter({ hasText: SEARCH_FAILED })).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem').getByRole('link')).toHaveCount(0);

      await page.unroute(chunk);
      await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tools' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');
      await page.goBack();
      await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem').getByRole('link').first()).toBeVisible();
    });
  }

  test('a prerendered lesson keeps its text and says the rest could not load; the next lesson loads once the network is back', async ({ page }) => {
    await page.route(TEXT, (route) => route.abort());
    await open(page, 'lesson/traditional-vs-social');
    await expect(page.getByRole('alert')).toHaveText(TEXT_FAILED);
    // The prerendered text is still there to read.
    await expect(page.getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeVisible();

    // In the app, a lesson with no copy says so too, and a retry after the network is back works.
    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page.getByRole('alert')).toHaveText(TEXT_FAILED);
    await page.unroute(TEXT);
    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page.locator(`[${contracts.courseTextAttribute}] p`).first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
