// Prerenders every page of a release build into a static HTML file, so a page's text paints as
// soon as its HTML arrives instead of after the wasm has loaded, and deep links work on any
// static host without a fallback. The app then takes over the page (src/prerendered.rs,
// `take_over`): it renders the live page beside the copy and swaps them in one step.
//
//   node scripts/prerender.mjs DIST [PUBLIC_URL]      (run by scripts/build.sh after trunk build)
//
// How: serves a copy of DIST, opens the home page in Debian's chromium, follows every link inside
// the site (breadth first) and, for each page, takes the <body> the app rendered for a first-time
// visitor (a fresh browser context, no storage, light theme, no service worker). Each page is
// written as `<path>.html` (GitHub Pages, Netlify, Cloudflare Pages and nginx `try_files $uri.html`
// serve it for `<path>`), the home page as `index.html`; a path that also has pages below it gets
// `<path>/index.html` too, for hosts that redirect it to `<path>/`. `404.html` stays the bare app
// page: it answers unknown paths and is the service worker's offline page.
//
// The written page is the built index.html with the page's <title> and body. Inline `style`
// attributes are dropped: the Content-Security-Policy allows no inline styles, and the app sets
// them again through the CSSOM once it runs. Sizes are reported by scripts/size-report.mjs.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { APP_READY_SELECTOR, contracts, normaliseBase } from './contracts.mjs';
import { serve } from './serve.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const base = normaliseBase(process.argv[3]);
// The edition (scripts/build.sh): English at the English base, French in its folder below it.
// Every page names both as `hreflang` alternates; the English crawl stays out of the French folder.
const edition = process.env.EDITION ?? 'en';
const frenchFolder = `${contracts.frenchFolder}/`;
if (edition === 'fr' && !base.endsWith(frenchFolder)) throw new Error(`prerender: the French edition's base ends in ${frenchFolder} (got ${base})`);
const englishBase = edition === 'fr' ? base.slice(0, -frenchFolder.length) : base;
const frenchBase = englishBase + frenchFolder;
const otherEdition = (path) => edition === 'en' && `${path}/`.startsWith(frenchFolder);
// Pages a first-time visitor's links may not reach (the review page is linked only once there is
// something to review), crawled from as well as the home page. e2e/quiz-review.spec.mjs checks
// that every route in src/domain/route.rs has a prerendered page.
const ROUTES = ['', 'review', 'progress', 'certificate', 'final', 'search', 'print', 'tools'];
// A guard against a crawl that never ends (a link generator gone wrong): the course has ~50 pages.
const MAX_PAGES = 200;

const template = readFileSync(join(dist, '404.html'), 'utf8');
if (!template.includes('<body>')) throw new Error(`${dist}/404.html has no plain <body>: run trunk build first`);

// Serve an untouched copy, so every page is rendered by the app from the bare app page.
const copy = join(mkdtempSync(join(tmpdir(), 'smm-prerender-')), 'site');
cpSync(dist, copy, { recursive: true });
const server = await serve({ dir: copy, port: 0, base });
const origin = new URL(server.url).origin;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What the app rendered at `path` (relative to base): title, body HTML, links, not-found. */
async function render(browser, path) {
  // A browser in the edition's language: the home page would otherwise open the other edition.
  const context = await browser.newContext({ serviceWorkers: 'block', colorScheme: 'light', locale: edition === 'fr' ? 'fr-FR' : 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.text().includes('panicked at') && errors.push(m.text()));
  try {
    await page.goto(origin + base + path);
    await page.waitForSelector(`html${APP_READY_SELECTOR}`, { state: 'attached', timeout: 20_000 });
    // Tools and lesson text are lazy chunks (src/lazy_code.rs): the copy is taken once every part
    // of the page is live.
    await page.waitForFunction((loading) => !document.querySelector(`[${loading}]`), contracts.loadingAttribute, { timeout: 20_000 });
    if (await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()) errors.push('a tool or the lesson text could not be loaded');
    // Effects run after the first render; give them two frames to settle.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (errors.length) throw new Error(`${path || '/'}: ${errors.join('; ')}`);
    return await page.evaluate(({ notFoundSelector, liveOnly }) => {
      const body = document.body.cloneNode(true);
      for (const el of body.querySelectorAll('[style]')) el.removeAttribute('style');
      for (const el of body.querySelectorAll('script')) el.remove();
      // Text true only when seen (the plan's date): a blank line holds its place until takeover.
      for (const el of body.querySelectorAll(`[${liveOnly}]`)) el.textContent = '\u00a0';
      return {
        title: document.title,
        body: body.innerHTML,
        links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
        notFound: document.querySelector(notFoundSelector) !== null,
      };
    }, { notFoundSelector: `[${contracts.routeAttribute}="${contracts.notFoundRoute}"]`, liveOnly: contracts.liveOnlyAttribute });
  } finally {
    await context.close();
  }
}

/** The site paths a page links to, relative to base: no query, no fragment, no files. */
function sitePaths(links) {
  const paths = new Set();
  for (const link of links) {
    const url = new URL(link);
    if (url.origin !== origin || !url.pathname.startsWith(base) || url.search) continue;
    const path = url.pathname.slice(base.length).replace(/\/+$/, '');
    if (/\.[a-z0-9]+$/i.test(path) || otherEdition(path)) continue;
    paths.add(path);
  }
  return paths;
}

// The empty comments are Leptos's markers in the live page; the app renders its own page rather
// than hydrating this copy, so they are only bytes here (300–500 per page).
const alternates = (path) =>
  [['en', englishBase], ['fr', frenchBase], ['x-default', englishBase]]
    .map(([lang, at]) => `\n    <link rel="alternate" hreflang="${lang}" href="${at}${path}" />`)
    .join('');
const pageHtml = ({ title, body }, path) =>
  template
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(title)}</title>${alternates(path)}`)
    .replace(/<body>[\s\S]*<\/body>/, () => `<body ${contracts.prerenderedAttribute}>${body.replaceAll('<!---->', '')}</body>`);

// Debian's chromium with the flags the browser tests use.
const browser = await chromium.launch(chromiumLaunchOptions);
const rendered = new Map();
try {
  const queue = [...ROUTES];
  const seen = new Set(queue);
  while (queue.length) {
    const path = queue.shift();
    const result = await render(browser, path);
    if (result.notFound) throw new Error(`a link leads to a page the app does not know: ${base}${path}`);
    rendered.set(path, result);
    for (const next of sitePaths(result.links)) {
      if (seen.has(next)) continue;
      if (seen.size >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages: is a link generator looping?`);
      seen.add(next);
      queue.push(next);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dirname(copy), { recursive: true, force: true });
}

// Write the files.
const paths = [...rendered.keys()];
for (const path of paths) {
  const html = pageHtml(rendered.get(path), path);
  const files = path === '' ? ['index.html'] : [`${path}.html`];
  if (path !== '' && paths.some((p) => p.startsWith(`${path}/`))) files.push(`${path}/index.html`);
  for (const file of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), html);
  }
}
console.log(`prerender: ${paths.length} ${edition} pages under ${base} written to ${dist}`);
