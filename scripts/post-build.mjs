// Trunk post_build hook: finishes the static site in Trunk's staging folder.
//  1. web app manifest (scope and start URL follow --public-url);
//  2. service worker with the list of hashed files and a build version;
//  3. the start-up script waits for a prerendered page's text to paint before it fetches the wasm;
//     then a Content-Security-Policy meta tag, with the hash of that inline script;
//  4. 404.html, a copy of the app page, for GitHub-Pages-style hosts (deep links); scripts/prerender.mjs
//     later fills index.html and one file per page with the rendered page, and leaves 404.html bare;
//  0. first of all, in a build with code splitting (scripts/build.sh), the lazy chunks and their
//     loader are shipped beside the app's JS, so the precache list below includes them; then
//     wasm-bindgen's JavaScript and the stylesheets are minified (the palette gains its fallback
//     for browsers without light-dark(): scripts/light-dark-fallback.mjs) (Trunk's own --minify
//     cannot be used: it rewrites the start-up script this hook patches).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify as cssMinify } from 'csso';
import { minify } from 'terser';
import { withLightDarkFallback } from './light-dark-fallback.mjs';
import { contracts, normaliseBase } from './contracts.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
// The base every URL lives under: "/" or "/course/" (the French edition: "/fr/", "/course/fr/").
const base = normaliseBase(process.env.TRUNK_PUBLIC_URL);

// The edition this build is (scripts/build.sh sets EDITION with the cargo feature): the words the
// page says before the app runs, and the manifest's, in its language.
const EDITIONS = {
  en: {
    title: 'Social media marketing course',
    description: 'A free, offline, interactive course on social media marketing for small businesses: lessons, quizzes and tools that end in your own plan.',
    noscript: 'This course runs in your browser and needs JavaScript and WebAssembly turned on.',
    name: 'Social media marketing — an offline course',
    shortName: 'Social media course',
    manifestDescription: 'Lessons, quizzes and tools that end in your own social media plan. Works offline.',
  },
  fr: {
    title: 'Cours de marketing sur les réseaux sociaux',
    description: 'Un cours gratuit, interactif et hors ligne sur le marketing des réseaux sociaux pour les petites entreprises : leçons, quiz et outils qui aboutissent à votre propre plan.',
    noscript: 'Ce cours fonctionne dans votre navigateur : activez JavaScript et WebAssembly.',
    name: 'Marketing sur les réseaux sociaux — un cours hors ligne',
    shortName: 'Cours réseaux sociaux',
    manifestDescription: 'Leçons, quiz et outils qui aboutissent à votre plan pour les réseaux sociaux. Fonctionne hors ligne.',
  },
};
const lang = process.env.EDITION ?? 'en';
const edition = EDITIONS[lang];
if (!edition) throw new Error(`post-build: unknown EDITION ${lang}`);
// The English edition's service worker leaves the French edition's folder to the French one's.
const otherBases = lang === 'en' ? [`${base}${contracts.frenchFolder}/`] : [];

// The page in the edition's language (index.html is written in English).
{
  const indexPath = join(stage, 'index.html');
  const english = readFileSync(indexPath, 'utf8');
  const replace = (text, pattern, value) => {
    if (!pattern.test(text)) throw new Error(`post-build: index.html has no ${pattern}; update the edition step`);
    return text.replace(pattern, value);
  };
  const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  let page = replace(english, /<html lang="[^"]*">/, `<html lang="${lang}">`);
  page = replace(page, /<title>[^<]*<\/title>/, `<title>${attribute(edition.title)}</title>`);
  page = replace(page, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${attribute(edition.description)}" />`);
  page = replace(page, /(<noscript>\s*<p>)[^<]*(<\/p>)/, `$1${attribute(edition.noscript)}$2`);
  writeFileSync(indexPath, page);
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(stage, path)];
  });

// 0. Code splitting. scripts/split-bin/wasm-bindgen left, in WASM_SPLIT_DIR, the chunks and the
// loader; the main module went on through Trunk. Each chunk gets the wasm-opt Trunk gives the main
// module (level and --enable-* flags read from index.html, one source) and a content-hashed name
// (`split_<point>-<16 hex>.wasm`, cacheable like Trunk's hashed files); the loader is pointed at
// those names and at the hashed JS, and gets a content-hashed name too
// (`__wasm_split-<16 hex>.js`), which the app's JS then imports: under one fixed name, a
// service worker's cache-first answer would hand a new version the previous version's loader,
// which imports the previous JS (a second, uninitialised copy of the app). The app's JS changes,
// so this runs before step 0's minifying, which computes its integrity hash again.
const splitDir = process.env.WASM_SPLIT_DIR;
if (splitDir) {
  const loaderName = '__wasm_split.js';
  let loader = readFileSync(join(splitDir, loaderName), 'utf8');
  const main = loader.match(/from "\.\/([^"]+)\.js";/)?.[1];
  if (!main) throw new Error(`post-build: ${loaderName} does not import the app's JS; has wasm-split-cli changed?`);
  const js = readdirSync(stage).filter((f) => new RegExp(`^${main}-[0-9a-f]+\\.js$`).test(f));
  if (js.length !== 1) throw new Error(`post-build: expected one ${main}-<hash>.js in the build, found ${js.length}`);
  loader = loader.replace(`"./${main}.js"`, `"./${js[0]}"`);

  const rustLink = readFileSync(new URL('../index.html', import.meta.url), 'utf8').match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? '';
  const level = rustLink.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = rustLink.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];
  if (!level) throw new Error('post-build: index.html has no data-wasm-opt level for the rust link');

  const chunks = readdirSync(splitDir).filter((f) => f.endsWith('.wasm') && f !== `${main}.wasm`);
  if (!chunks.length) throw new Error(`post-build: no chunk in ${splitDir}`);
  for (const chunk of chunks) {
    const optimised = join(splitDir, `${chunk}.opt`);
    execFileSync('wasm-opt', [`-O${level}`, ...params, join(splitDir, chunk), '-o', optimised], { stdio: 'inherit' });
    const bytes = readFileSync(optimised);
    const hashed = chunk.replace(/\.wasm$/, `-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`);
    if (!loader.includes(`"./${chunk}"`)) throw new Error(`post-build: ${loaderName} does not fetch ${chunk}`);
    loader = loader.replace(`"./${chunk}"`, `"./${hashed}"`);
    writeFileSync(join(stage, hashed), bytes);
  }
  const hashedLoader = `__wasm_split-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(stage, hashedLoader), loader);
  // Only the import specifiers: the wasm's own import module is still named `./__wasm_split.js`.
  const appJs = readFileSync(join(stage, js[0]), 'utf8');
  const importing = /(\bfrom\s*["'])\.\/__wasm_split\.js(["'])/g;
  if (!importing.test(appJs)) throw new Error(`post-build: ${js[0]} does not import ./${loaderName}; has wasm-bindgen changed?`);
  writeFileSync(join(stage, js[0]), appJs.replace(importing, `$1./${hashedLoader}$2`));
  console.log(`post-build: code splitting, ${chunks.length} chunk(s) shipped with ${hashedLoader}`);
}


// 0. The JavaScript that loads the wasm and the stylesheets, minified: less to send, and less for
// a slow phone to parse before the app starts (the JavaScript is about a third of its size). A
// file keeps Trunk's hash of its unminified text in its name, which names the minified text just
// as well; the integrity of every link to a changed file is computed again.
{
  const indexPath = join(stage, 'index.html');
  let index = readFileSync(indexPath, 'utf8');
  const links = [...index.matchAll(/<link rel="(?:modulepreload|stylesheet)" href="[^"]*?([^"/]+\.(js|css))"[^>]*integrity="(sha384-[^"]+)"[^>]*>/g)];
  if (!links.some((l) => l[2] === 'js')) throw new Error('post-build: no modulepreload link with integrity in index.html; update step 0');
  for (const [link, name, kind, integrity] of links) {
    const path = join(stage, name);
    const text = readFileSync(path, 'utf8');
    const code =
      kind === 'js'
        ? (await minify(text, { module: true, compress: true, mangle: true })).code
        : // Without restructuring: rules keep their order and the cascade its meaning. The
          // palette gets its fallback for browsers without light-dark() first.
          cssMinify(withLightDarkFallback(text), { restructure: false }).css;
    writeFileSync(path, code);
    const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    index = index.replace(link, link.replace(integrity, sri));
  }
  writeFileSync(indexPath, index);
}

// 1. Manifest.
const manifest = {
  name: edition.name,
  short_name: edition.shortName,
  description: edition.manifestDescription,
  lang,
  start_url: base,
  scope: base,
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1d4ed8',
  icons: [
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
writeFileSync(join(stage, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2));

// 3. CSP (before the service worker, so the precached page is the final one).
const sha256 = (text) => createHash('sha256').update(text).digest('base64');
function withCsp(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha256(m[1])}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.replace(/<meta charset="utf-8" \/>/, (m) => `${m}\n    ${meta}`);
}
// A prerendered page (scripts/prerender.mjs) is readable before the wasm runs, so the wasm is not
// fetched until the browser has painted its text: it would otherwise take the bandwidth the page
// needs on a slow line. Trunk's `preload` of the wasm goes (Chrome ignores integrity on that kind
// of preload anyway; the JS keeps its modulepreload and integrity), and the start-up script waits
// for the largest-contentful-paint entry (at most a second; not at all on the bare app page or in
// a browser without that entry type).
const WAIT_FOR_PAINT = `if (document.body.hasAttribute('${contracts.prerenderedAttribute}') && globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
  await new Promise((go) => {
    new PerformanceObserver((_, observer) => { observer.disconnect(); go(); }).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(go, 1000);
  });
}
`;
function loadAfterPaint(html) {
  const withoutPreload = html.replace(/<link rel="preload" href="[^"]+\.wasm"[^>]*>/, '');
  const started = withoutPreload.replace(/^const wasm = await init\(/m, (m) => WAIT_FOR_PAINT + m);
  if (withoutPreload === html || started === withoutPreload) throw new Error('post-build: Trunk\'s start-up script changed shape; update loadAfterPaint');
  return started;
}
const page = withCsp(loadAfterPaint(readFileSync(join(stage, 'index.html'), 'utf8')));
writeFileSync(join(stage, 'index.html'), page);

// 4. Deep links on hosts that serve 404.html for unknown paths.
writeFileSync(join(stage, '404.html'), page);

// 2. Service worker: everything but itself is precached; 404.html, the bare app page, is its
// offline answer for pages not visited yet.
const precache = files(stage)
  .filter((f) => f !== 'sw.js')
  .sort();
const version = createHash('sha256')
  .update(precache.map((f) => f + sha256(readFileSync(join(stage, f)))).join('\n'))
  .digest('hex')
  .slice(0, 16);
const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
writeFileSync(
  join(stage, 'sw.js'),
  template
    .replace('__VERSION__', version)
    .replace('__BASE__', base)
    .replace('__OTHER_BASES__', JSON.stringify(otherBases))
    .replace('__CACHE_PREFIX__', contracts.cachePrefix)
    .replace('__PRECACHE__', JSON.stringify(precache.map((f) => (f === 'index.html' ? '' : f)))),
);
console.log(`post-build: base ${base}, ${precache.length} files precached, version ${version}`);
