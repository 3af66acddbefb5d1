// Hostile inputs against the learner's data (issue 11): each test reproduces one way the course
// used to lose work without a word, and checks that nothing is lost now, or that the learner is
// told and can get it back. Roles and labels only; every test also fails on a console error or a
// panic (fixtures.mjs).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, contracts } from './fixtures.mjs';
import { freePort, serve } from '../scripts/serve.mjs';
import { distFor, repo } from './dist.mjs';

const KEY = contracts.storageKey;
const BACKUP = contracts.backupKey;
const SMART = 'tools/smart-goal';
// The root build under test.
const DIST = distFor('root');

const GOAL = 'Reach 500 local followers by 30 June';
/** Progress with a plan: a persona, a chosen platform, a SMART goal and a calendar post. */
const WITH_PLAN = {
  version: 3,
  data: {
    completed: ['what-is-social-media-marketing'],
    certificate_name: 'Ana',
    personas: [{ name: 'Local parents', ages: ['25-29'], hours_per_week: 3 }],
    active_persona: 0,
    chosen_platforms: ['instagram'],
    workbook: {
      smart: { goal: GOAL, baseline: '120 followers' },
      process: { calendar: { days: { mon: [{ platform: 'instagram', pillar: 'The bake', note: 'Piping a spring cake' }] } } },
    },
  },
};

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const storedData = async (page) => JSON.parse(await stored(page)).data;
const lessonsComplete = (page) => page.getByText(/^\d+ of \d+ lessons complete/);

/** Starts the app on `path` with `text` stored under the app's key. */
async function startWith(page, text, path = 'progress') {
  await open(page, './');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
  await open(page, path);
}

/** Writes `text` under `key` from another tab of the same site (a page that is not the app). */
async function writeFromAnotherTab(context, key, text) {
  const other = await context.newPage();
  // Not the app: nothing takes this page over (`gotoPrerendered` is the plain goto).
  await other.gotoPrerendered(`${test.info().project.use.baseURL}manifest.webmanifest`);
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [key, text]);
  await other.close();
}

/** Imports `text` as a progress file on the progress page. */
async function chooseImport(page, text) {
  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { name: 'Before you import' })).toBeVisible();
}

/**
 * Waits until the stored progress satisfies `check` (saving is coalesced, so not immediate).
 * Until the app's write lands, storage may still hold text that is not JSON: that counts as
 * "not yet", not as a failure.
 */
const eventually = (page, check) =>
  expect.poll(
    async () => {
      try {
        return check(await storedData(page));
      } catch {
        return undefined;
      }
    },
    { timeout: 5_000 },
  );

test('1. an import of lessons only lists the plan, a merge keeps it and a replace can be undone', async ({ page }) => {
  await startWith(page, JSON.stringify(WITH_PLAN));
  const lessonsOnly = JSON.stringify({ version: 1, data: { completed: ['facebook'], visited: ['facebook'] } });

  await chooseImport(page, lessonsOnly);
  const preview = page.getByRole('table', { name: /Every part of your progress/ });
  for (const part of ['Personas', 'Platforms chosen for the plan', 'Workbook: SMART goal', 'Workbook: Update process map and calendar', 'Questions to review', 'Completion record']) {
    await expect(preview.getByRole('rowheader', { name: new RegExp(`^${part}( \\(would change\\))?$`) })).toBeVisible();
  }
  await expect(page.getByText('Personas: 1: “Local parents” → none')).toBeVisible();
  await page.getByRole('button', { name: 'Merge the file into my progress' }).click();
  await expect(page.getByText(/The file was merged into your progress/)).toBeVisible();
  await eventually(page, (d) => [d.completed.length, d.personas.length, d.workbook.smart.goal]).toEqual([2, 1, GOAL]);

  await chooseImport(page, lessonsOnly);
  await page.getByRole('button', { name: 'Replace my progress with this file' }).click();
  await eventually(page, (d) => d.personas?.length ?? 0).toBe(0);
  await page.getByRole('button', { name: 'Undo: restore that progress' }).click();
  await eventually(page, (d) => [d.personas.length, d.workbook.smart.goal, d.chosen_platforms]).toEqual([1, GOAL, ['instagram']]);
  // The replaced progress also survives a reload and can be downloaded.
  await page.reload();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download it' }).click();
  expect((await download).suggestedFilename()).toBe('social-media-course-replaced-progress.json');
});

test('2. an older tab never writes over data a newer version stored', async ({ page, context }) => {
  await startWith(page, JSON.stringify(WITH_PLAN), 'lesson/facebook');
  const newer = JSON.stringify({ version: 4, data: { something_new: true } });
  // A newer version of the app writes from another tab: this tab gets the storage event.
  await writeFromAnotherTab(context, KEY, newer);
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect(page.getByText(/written by a newer version of this course/)).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(await stored(page)).toBe(newer);
});

test('3. a reset in one tab is adopted by the other, never merged back', async ({ page, context }) => {
  await startWith(page, JSON.stringify(WITH_PLAN));
  const other = await context.newPage();
  await open(other, 'progress');
  await expect(lessonsComplete(other)).toHaveText(/^1 of/);

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(lessonsComplete(other)).toHaveText(/^0 of/);
  await expect(other.getByText(/Your progress was replaced in another tab/)).toBeVisible();
  // The other tab changes something: the reset stays a reset.
  await other.getByRole('button', { name: /theme/i }).first().click();
  await other.waitForTimeout(1_500);
  const data = await storedData(page);
  expect(data.completed ?? []).toEqual([]);
  expect(data.certificate_name ?? '').toBe('');
  expect(data.personas ?? []).toEqual([]);
  // What the other tab had can be restored there.
  await expect(other.getByRole('button', { name: 'Undo: restore that progress' })).toBeVisible();
});

test('3b. an import in one tab is adopted by the other, not turned into a merge', async ({ page, context }) => {
  await startWith(page, JSON.stringify(WITH_PLAN));
  const other = await context.newPage();
  await open(other, 'progress');
  await chooseImport(page, JSON.stringify({ version: 3, data: { completed: ['facebook', 'tiktok'] } }));
  await page.getByRole('button', { name: 'Replace my progress with this file' }).click();
  await expect(lessonsComplete(other)).toHaveText(/^2 of/);
  await other.waitForTimeout(1_500);
  expect((await storedData(page)).completed).toEqual(['facebook', 'tiktok']);
});

test('4. one badly typed field falls back alone, with a notice and a backup', async ({ page }) => {
  const text = JSON.stringify({
    version: 3,
    data: {
      workbook: {
        smart: { goal: GOAL, baseline: 120 },
        process: { calendar: { days: { mon: [{ pillar: 'The bake', note: 'Keep me' }, { pillar: 7, note: 'Keep my note' }, 'junk'] } } },
      },
    },
  });
  await startWith(page, text, SMART);
  await expect(page.getByText(/Some saved values could not be used/)).toBeVisible();
  await expect(page.getByText(/workbook › smart › baseline/).first()).toBeVisible();
  await expect(page.getByLabel('Your SMART objective')).toHaveValue(GOAL);
  expect(await stored(page, BACKUP)).toBe(text);
  await page.getByLabel('Your starting point (baseline)').fill('120 followers');
  await eventually(page, (d) => [d.workbook.smart.goal, d.workbook.smart.baseline]).toEqual([GOAL, '120 followers']);
  const monday = (await storedData(page)).workbook.process.calendar.days.mon;
  expect(monday.map((p) => p.note)).toEqual(['Keep me', 'Keep my note']);
});

test('5. unreadable text written by another tab is backed up before this tab writes', async ({ page, context }) => {
  await startWith(page, JSON.stringify(WITH_PLAN), 'lesson/facebook');
  await writeFromAnotherTab(context, KEY, '{"version":3,"data":{oops');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect.poll(() => stored(page, BACKUP)).toBe('{"version":3,"data":{oops');
  await eventually(page, (d) => d.completed.includes('facebook')).toBe(true);
});

test('6. storage full while backing up: nothing is written over, the learner is told and gets out', async ({ page }) => {
  // The backup key cannot be written (the quota is full); the app's own key still can.
  await page.addInitScript((backupKey) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === backupKey) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, BACKUP);
  const repairable = JSON.stringify({ ...WITH_PLAN, data: { ...WITH_PLAN.data, certificate_name: 42 } });
  await startWith(page, repairable, 'lesson/facebook');
  await expect(page.getByText(/no backup of it could be made/)).toBeVisible();
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await page.waitForTimeout(1_000);
  expect(await stored(page)).toBe(repairable);

  await page.getByRole('link', { name: 'Go to My progress to export or manage your data' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved data' }).click();
  expect(await readFileSync(await (await download).path(), 'utf8')).toBe(repairable);
  await page.getByRole('button', { name: 'I have a copy: save my progress again' }).click();
  await eventually(page, (d) => d.completed.includes('facebook')).toBe(true);
  // Reset now persists too.
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await eventually(page, (d) => d.completed?.length ?? 0).toBe(0);
});

/** A copy of a build in which every hashed file has a new name, as the next deploy has. */
function renamedBuild(from, to) {
  cpSync(from, to, { recursive: true });
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(to);
  const renames = new Map();
  for (const path of files) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const m = name.match(/^(.*-)([0-9a-f]{12,16})((?:_bg)?\.(?:js|wasm|css))$/);
    if (m) renames.set(name, `${m[1]}${createHash('sha256').update(m[2]).digest('hex').slice(0, 16)}${m[3]}`);
  }
  const sha256 = (text) => createHash('sha256').update(text).digest('base64');
  // The pages last: a script that names a renamed file (the app's JS names the chunk loader)
  // changes, and the pages carry its integrity hash.
  const texts = files.filter((p) => /\.(html|js|json|webmanifest)$/.test(p)).sort((a, b) => a.endsWith('.html') - b.endsWith('.html'));
  const pathOf = new Map(files.map((p) => [p.slice(p.lastIndexOf('/') + 1), p]));
  for (const path of texts) {
    let text = readFileSync(path, 'utf8');
    for (const [a, b] of renames) text = text.replaceAll(a, b);
    if (path.endsWith('.html')) {
      text = text.replace(/(<link\b[^>]*?href="[^"]*?([^"/]+)"[^>]*?integrity=")(sha384-[^"]+)"/g, (all, head, name) => {
        const original = [...renames].find(([, renamed]) => renamed === name)?.[0] ?? name;
        const file = pathOf.get(original);
        return file ? `${head}sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}"` : all;
      });
      // The start-up script names the files, so its CSP hash changes with them.
      const hashes = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha256(m[1])}'`);
      text = text.replace(/(script-src 'self' 'wasm-unsafe-eval')[^;"]*/, `$1 ${hashes.join(' ')}`);
    }
    if (path.endsWith('sw.js')) text = text.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'renamed$1'");
    writeFileSync(path, text);
  }
  for (const path of files) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (renames.has(name)) renameSync(path, join(path.slice(0, path.lastIndexOf('/')), renames.get(name)));
  }
  return renames.size;
}

test('7. after a deploy that renames every hashed file, the app still starts offline', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'one build is enough: this test runs its own server');
  const work = mkdtempSync(join(tmpdir(), 'smm-deploy-'));
  const [first, second] = ['first', 'second'].map((n) => join(work, n));
  cpSync(DIST, first, { recursive: true });
  expect(renamedBuild(DIST, second)).toBeGreaterThan(2);
  // Pages may be cached for 10 minutes, as GitHub Pages allows.
  const server = await serve({ dir: first, port: 4790 + testInfo.workerIndex, base: '/', maxAge: 600 });
  try {
    await open(page, server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    await open(page, `${server.url}lesson/facebook`);
    server.setRoot(second);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 })
      .toEqual([expect.stringMatching(new RegExp(`^${contracts.cachePrefix}[^|]*\\|renamed`))]);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await open(page, `${server.url}tools`);
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test('a page opened at a path starting with // keeps its tool state on this origin', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'under /course/ a // path is outside the site: the host answers 404');
  const { origin, pathname: base } = new URL(test.info().project.use.baseURL);
  await page.goto(`${origin}/${base}tools/platform-explorer`);
  await page.getByLabel('Best for this objective').selectOption({ label: 'Leads (B2B)' });
  await expect.poll(() => page.url()).toContain('?');
  expect(new URL(page.url()).origin).toBe(origin);
});

test('a change made just before the tab closes is kept', async ({ page, context }) => {
  await open(page, SMART);
  await page.getByLabel('Your SMART objective').fill('Sell 40 cakes by June');
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await open(next, SMART);
  await expect(next.getByLabel('Your SMART objective')).toHaveValue('Sell 40 cakes by June');
});

test('two tabs editing different tools keep both edits', async ({ page, context }) => {
  await startWith(page, JSON.stringify(WITH_PLAN), SMART);
  const other = await context.newPage();
  await open(other, 'tools/feedback-triage');
  await page.getByLabel('Your SMART objective').fill('Sell 40 cakes by June');
  await other.getByLabel('Escalation contact').fill('Sam, the owner');
  await expect
    .poll(async () => {
      const d = await storedData(page);
      return [d.workbook.smart.goal, d.workbook.triage?.playbook?.escalation_contact];
    }, { timeout: 5_000 })
    .toEqual(['Sell 40 cakes by June', 'Sam, the owner']);
});

test('the static test server survives a malformed escape and never serves a sibling folder', async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'one server is enough');
  const port = await freePort();
  const server = spawn('node', ['scripts/serve.mjs', '--dir', DIST, '--port', String(port), '--base', '/'], { cwd: repo, stdio: 'pipe' });
  await new Promise((ok) => server.stdout.once('data', ok));
  try {
    const url = `http://127.0.0.1:${port}/`;
    const bad = await fetch(`${url}lesson/%E0%A4%A`);
    expect([400, 404]).toContain(bad.status);
    const sibling = await fetch(`${url}..%2Fdist-course%2Findex.html`);
    expect(sibling.status).toBe(404);
    expect((await fetch(url)).status).toBe(200);
  } finally {
    server.kill();
  }
});

test('the plan export holds no live link and no invisible characters', async ({ page }) => {
  const goal = 'Write to ana@example.com or xmpp:ana@chat.example, see evil.com/login \u202Eevil\u200B';
  await startWith(page, JSON.stringify({ version: 3, data: { workbook: { smart: { goal } } } }), 'tools/plan-summary');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  expect(markdown).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
  // GFM autolinks e-mail addresses even after `\@`, and linkify renderers bare domains.
  expect(markdown).not.toMatch(/ana\\?@example\.com/);
  expect(markdown).not.toMatch(/evil\.com\/login/);
  expect(markdown).toContain('evil[.]com/login');
});

test('downloads keep their file link until the browser has read it', async ({ page }) => {
  await page.addInitScript(() => {
    window.__revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => {
      window.__revoked.push(performance.now());
      revoke(url);
    };
  });
  await open(page, 'progress');
  const download = page.waitForEvent('download');
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Export progress' }).click();
  await download;
  await page.waitForTimeout(500);
  const early = await page.evaluate((t) => window.__revoked.filter((r) => r - t < 2_000).length, clicked);
  expect(early, 'object URL revoked right after the click').toBe(0);
});
