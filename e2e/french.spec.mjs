// The French edition (issue 15): built with the cargo feature `fr` into the `fr` folder under the
// English edition (scripts/build.sh). Every page prerendered in French with lang="fr", its own
// title and hreflang alternates both ways; no English interface text on a French page; the
// language switch keeps the place, the query and the progress; the home page follows the
// learner's choice, else the browser's language; search finds French text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { test, expect, open, appReady, expectNoAxeViolations, contracts } from './fixtures.mjs';
import { distFor, repo } from './dist.mjs';

const FR = `${contracts.frenchFolder}/`;

/** Every prerendered page of an edition folder, as a path relative to that edition's base. */
function pagesIn(dir, skip = () => false) {
  const walk = (d) =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      if (statSync(path).isDirectory()) return skip(relative(dir, path)) ? [] : walk(path);
      return name.endsWith('.html') && name !== '404.html' ? [relative(dir, path)] : [];
    });
  return [...new Set(walk(dir).map((f) => f.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')))].sort();
}

/** The interface's English sentences: every text of the English catalogue (src/content/text/*.toml)
 * that its French twin changes, cut at its placeholders into pieces of four words or more. */
function englishInterfaceText() {
  const dir = join(repo, 'src/content/text');
  const pieces = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml'))) {
    const en = parseToml(readFileSync(join(dir, file), 'utf8'));
    const fr = parseToml(readFileSync(join(repo, 'src/content/fr/text', file), 'utf8'));
    for (const [key, text] of Object.entries(en)) {
      if (typeof text !== 'string' || text === fr[key]) continue;
      for (const piece of text.split(/\{[a-z_0-9]+\}/)) {
        const words = piece.trim().replace(/[.:;,!?]+$/, '').trim();
        if (words.split(/\s+/).length >= 4) pieces.add(words);
      }
    }
  }
  return [...pieces];
}
const ENGLISH = englishInterfaceText();

// Words common in English and not French words: a French page's own text has almost none. Names
// and titles cited in English (marked « (EN) ») are the allowed remainder.
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'your', 'with', 'for', 'is', 'are', 'this', 'that', 'you', 'what', 'which', 'it', 'from', 'how', 'be', 'will', 'can']);
const englishShare = (text) => {
  const words = text.toLowerCase().match(/[a-zà-ÿ’']+/g) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return { words: words.length, english, share: words.length ? english / words.length : 0 };
};

/** The English pieces found in a French page's text (and where the stopword share is too high). */
function englishIn(text) {
  const found = ENGLISH.filter((piece) => text.includes(piece));
  const { share, english, words } = englishShare(text);
  if (share > 0.02) found.push(`${english} English words of ${words} (${(share * 100).toFixed(1)} %)`);
  return found;
}

test.describe('the French edition', () => {
  // An unknown French address gets the host's one 404.html, the English app page, which hands
  // it to the French edition's not-found page (src/app.rs): that first load is the 404.
  test.use({ locale: 'fr-FR', expectedConsoleErrors: /status of 404/ });

  test('every French page is prerendered in French, titled, with hreflang both ways and no English interface text', async ({ request }, testInfo) => {
    test.setTimeout(120_000);
    const dist = distFor(testInfo.project.name);
    const french = pagesIn(join(dist, contracts.frenchFolder));
    const english = pagesIn(dist, (folder) => folder === contracts.frenchFolder);
    expect(french.length).toBeGreaterThan(50);
    expect(french, 'the same pages in both editions').toEqual(english);
    expect(ENGLISH.length).toBeGreaterThan(200);
    const base = new URL(testInfo.project.use.baseURL).pathname;
    for (const path of french) {
      const html = await (await request.get(`${FR}${path}`)).text();
      expect(html, path).toContain('<html lang="fr">');
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
      expect(title.length, `${path}: a title`).toBeGreaterThan(3);
      const englishHtml = await (await request.get(path || './')).text();
      expect(title, `${path}: a title of its own`).not.toBe(englishHtml.match(/<title>([^<]*)<\/title>/)?.[1]);
      expect(englishHtml).toContain(`<link rel="alternate" hreflang="fr" href="${base}${FR}${path}" />`);
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${base}${path}" />`);
      const text = html
        .replace(/^[\s\S]*<body[^>]*>/, '')
        .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+\blang="en"[^>]*>[^<]*</g, '<')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;|&#160;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&[a-z]+;|&#\d+;/g, ' ')
        .replace(/\s+/g, ' ');
      expect(englishIn(text), `${path}: English text on a French page`).toEqual([]);
    }
  });

  const ROUTES = ['', 'lesson/traditional-vs-social', 'tools', 'tools/smart-goal', 'progress', 'review', 'search', 'quiz/intro', 'final', 'certificate', 'print', 'glossary', 'no/such/page'];

  test('the live French pages say nothing in English', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ROUTES) {
      await open(page, `${FR}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      const text = await page.evaluate(() => {
        const body = document.body.cloneNode(true);
        for (const el of body.querySelectorAll('[lang="en"], script, style')) el.remove();
        return body.innerText.replace(/\u00a0|\u202f/g, ' ');
      });
      expect(englishIn(text), `${path || 'home'}: English text on a French page`).toEqual([]);
    }
  });

  for (const scheme of ['light', 'dark']) {
    test(`axe finds no WCAG 2.2 AA violation on the French routes (${scheme})`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ROUTES) {
        await open(page, `${FR}${path}`);
        await expectNoAxeViolations(page, `${FR}${path} (${scheme})`);
      }
    });
  }

  test('switching language on a lesson keeps the place and the progress', async ({ page }) => {
    await open(page, `${FR}lesson/traditional-vs-social`);
    await page.getByRole('button', { name: /Marquer comme terminée/ }).click();
    await page.getByRole('link', { name: /^English/ }).click();
    await expect(page).toHaveURL((url) => url.pathname.endsWith('/lesson/traditional-vs-social') && !url.pathname.includes(`/${FR}`));
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Traditional vs social media marketing');
    await expect(page.getByRole('button', { name: /^Completed/ })).toBeVisible();
    // And back: the switch is remembered, so the home page now opens in English, even for a
    // browser that prefers French.
    await open(page, './');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: /^Français/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${FR}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('switching language on a tool keeps its query', async ({ page }) => {
    await open(page, `${FR}tools/platform-explorer?sort=name`);
    const link = page.getByRole('link', { name: /^English/ });
    await expect(link).toHaveAttribute('href', /\/tools\/platform-explorer\?sort=name$/);
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname.endsWith('/tools/platform-explorer') && !url.pathname.includes(`/${FR}`) && url.search === '?sort=name');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('switching language on the progress page', async ({ page }) => {
    await open(page, 'progress');
    await page.getByRole('link', { name: /^Français/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${FR}progress$`));
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('My progress');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('a first visit to the home page opens the French edition for a French browser', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(new RegExp(`/${FR}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // A deep link opens as it is.
    await open(page, 'lesson/traditional-vs-social');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('search in French finds French text', async ({ page }) => {
    await open(page, `${FR}search?q=boulangerie`);
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('main')).toContainText(/boulangerie/i);
  });
});

test('neither edition downloads the other language: each wasm holds only its own words', async ({}, testInfo) => {
  const dist = distFor(testInfo.project.name);
  const wasmIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.wasm')).map((f) => readFileSync(join(dir, f)));
  const english = wasmIn(dist);
  const french = wasmIn(join(dist, contracts.frenchFolder));
  // The same split points (lazy chunks) in both editions. The small chunks of code two split
  // points share (`chunk_<n>`) are the splitter's choice and may differ in number.
  const splitPoints = (dir) =>
    readdirSync(dir).map((f) => f.match(/^split_(\w+)-[0-9a-f]+\.wasm$/)?.[1]).filter(Boolean).sort();
  expect(splitPoints(dist).length).toBeGreaterThan(0);
  expect(splitPoints(join(dist, contracts.frenchFolder))).toEqual(splitPoints(dist));
  // A button label, a tool's text and a lesson sentence of each language.
  const en = ['Mark this lesson complete', 'Platform explorer', 'Traditional vs social media marketing'];
  const fr = ['Marquer comme terminée', 'Explorateur de plateformes', 'Marketing traditionnel ou marketing sur les réseaux sociaux'];
  const holds = (files, text) => files.some((bytes) => bytes.includes(Buffer.from(text)));
  for (const text of en) {
    expect(holds(english, text), `English wasm: ${text}`).toBe(true);
    expect(holds(french, text), `French wasm: ${text}`).toBe(false);
  }
  for (const text of fr) {
    expect(holds(french, text), `French wasm: ${text}`).toBe(true);
    expect(holds(english, text), `English wasm: ${text}`).toBe(false);
  }
});

test('an English browser stays on the English home page', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: /^Français/ })).toHaveAttribute('hreflang', 'fr');
});
