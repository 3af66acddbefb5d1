// Prints every file of a build with raw, gzip -9 and brotli 11 bytes, and fails when the brotli
// total of what a first visit loads exceeds the ceiling. A first visit loads the page it opens
// and then, through the service worker, every file in sw.js's precache list: those are counted.
// The other prerendered pages (scripts/prerender.mjs) are summed apart: a visit loads one.
// Then, apart: the critical path (the home page and the CSS, JS and wasm it loads before it is
// interactive), each lazy wasm chunk (fetched when first needed: src/lazy_code.rs),
// and the total offline payload (the first-visit total: all of it is what works offline).
// Fails too when a wasm file carries one of the standard library's tables the app does without
// (STD_TABLES below).
// One edition at a time: the English edition's report leaves out the French edition in its folder.
//   node scripts/size-report.mjs dist [--budget-kb 695]      the English edition
//   node scripts/size-report.mjs dist/fr                     the French edition
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { contracts } from './contracts.mjs';

const dir = process.argv[2] ?? 'dist';
const lang = readFileSync(join(dir, 'index.html'), 'utf8').match(/<html lang="([^"]+)"/)?.[1] ?? 'en';
// Ceilings against unnoticed growth, per edition (the French edition's text runs a fifth longer),
// raised only on purpose with the reason in README ("Budgets").
const CEILINGS = { en: { first: 692, critical: 289 }, fr: { first: 723, critical: 294 } };
const ceiling = CEILINGS[lang] ?? CEILINGS.en;
const budgetFlag = process.argv.indexOf('--budget-kb');
const BUDGET_KB = budgetFlag > 0 ? Number(process.argv[budgetFlag + 1]) : ceiling.first;
const CRITICAL_BUDGET_KB = ceiling.critical;

// Issue 12's goals, for everything a first visit downloads and for the critical path; reported,
// not enforced (README, "Budgets").
const GOAL_KB = 450;
const CRITICAL_GOAL_KB = 150;

// What the service worker precaches ("" is the home page, index.html).
const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
const precache = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1]).map((f) => (f === '' ? 'index.html' : f));
const FIRST_VISIT = new Set([...precache, 'sw.js']);

const otherEdition = join(dir, contracts.frenchFolder);
function files(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    if (path === otherEdition) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files(dir)
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      name: relative(dir, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  })
  .sort((a, b) => b.brotli - a.brotli);

console.log(`edition: ${lang} (${dir})`);
console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
const total = { raw: 0, gzip: 0, brotli: 0 };
const pages = { count: 0, raw: 0, gzip: 0, brotli: 0, largest: null };
for (const r of rows) {
  if (FIRST_VISIT.has(r.name)) {
    console.log(`${r.name.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
    for (const k of Object.keys(total)) total[k] += r[k];
  } else {
    pages.count += 1;
    for (const k of Object.keys(total)) pages[k] += r[k];
    if (!pages.largest || r.brotli > pages.largest.brotli) pages.largest = r;
  }
}
console.log(`${'TOTAL (first visit: the home page + precache)'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
if (pages.count) {
  console.log(`${`${pages.count} other prerendered page files (one per visit)`.padEnd(48)} ${kb(pages.raw)} ${kb(pages.gzip)} ${kb(pages.brotli)}`);
  const l = pages.largest;
  console.log(`${`  largest: ${l.name}`.padEnd(48)} ${kb(l.raw)} ${kb(l.gzip)} ${kb(l.brotli)}`);
}

// The critical path: what the home page names (stylesheets, the app's JS, its wasm), and what
// those JS files import statically (the chunk loader, __wasm_split-<hash>.js). Lazy chunks are what the
// loader fetches.
const byName = new Map(rows.map((r) => [r.name, r]));
const named = (text, ext) => [...text.matchAll(new RegExp(`["'](?:\\.?/)?(?:[^"'/]+/)*([^"'/]+\\.(?:${ext}))["']`, 'g'))].map((m) => m[1]).filter((n) => byName.has(n));
const critical = new Set(['index.html', ...named(readFileSync(join(dir, 'index.html'), 'utf8'), 'css|js|wasm')]);
for (const name of [...critical].filter((n) => n.endsWith('.js'))) {
  for (const imported of named(readFileSync(join(dir, name), 'utf8'), 'js')) critical.add(imported);
}
const loaderName = [...critical].find((n) => /^__wasm_split-[0-9a-f]+\.js$/.test(n));
const loader = loaderName && readFileSync(join(dir, loaderName), 'utf8');
const chunks = loader ? named(loader, 'wasm') : [];
const sum = (names) => names.reduce((t, n) => ({ raw: t.raw + byName.get(n).raw, gzip: t.gzip + byName.get(n).gzip, brotli: t.brotli + byName.get(n).brotli }), { raw: 0, gzip: 0, brotli: 0 });
const line = (label, r) => console.log(`${label.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log('');
console.log('critical path (the home page → interactive):');
for (const name of [...critical].sort((a, b) => byName.get(b).brotli - byName.get(a).brotli)) line(`  ${name}`, byName.get(name));
const path = sum([...critical]);
line('CRITICAL PATH', path);
console.log(chunks.length ? 'lazy chunks (each fetched when first needed; the service worker precaches them):' : 'lazy chunks: none (a build without code splitting)');
for (const name of chunks) line(`  ${name}`, byName.get(name));
const missing = chunks.filter((n) => !FIRST_VISIT.has(n));
if (missing.length) {
  console.error(`lazy chunks missing from the service worker's precache list (so not offline): ${missing.join(', ')}`);
  process.exit(1);
}
line('TOTAL OFFLINE PAYLOAD (= first visit)', total);

// Tables of the standard library that the app does without, found by their first entries (the
// bytes as they sit in the wasm): parsing floats (`str::parse::<f64>`, its 128-bit powers of
// five: 9.4 KB brotli, 11.8 KB with its code, in the main wasm until 2026-12-02), formatting
// them (an `f64` through `Display`, Grisu's cached powers of ten: 6.4 KB with its code, in the
// tools chunk) and Unicode upper case (`to_uppercase`: 4.2 KB in the main wasm for the language
// switch's "FR", then in the tools chunk). The app reads numbers with
// `domain::decimal::parse_decimal`, shows them through `domain::wording`, and its labels need
// only ASCII capitals, so none belongs in any wasm file.
const STD_TABLES = [
  ['float parsing (str::parse::<f64>; use domain::decimal::parse_decimal)', '5ad63b92d653f4ee'],
  ['float formatting (an f64 through Display; use domain::wording)', 'df451a3d03cf1ae6'],
  ['Unicode upper case (to_uppercase; use to_ascii_uppercase)', 'b50000009c030000df00000000004000'],
];
for (const name of [...byName.keys()].filter((n) => n.endsWith('.wasm'))) {
  const bytes = readFileSync(join(dir, name));
  for (const [what, firstEntries] of STD_TABLES) {
    if (bytes.includes(Buffer.from(firstEntries, 'hex'))) {
      console.error(`${name} carries the standard library's table for ${what}`);
      process.exitCode = 1;
    }
  }
}
const goal = (what, r, kb) => console.log(`${what} goal (issue 12): ${kb} KB brotli — ${r.brotli <= kb * 1024 ? 'met' : `NOT met (${(r.brotli / 1024).toFixed(1)} KB)`}`);
goal('critical path', path, CRITICAL_GOAL_KB);
goal('first visit (offline payload)', total, GOAL_KB);
console.log(`ceilings (fail above): ${BUDGET_KB} KB brotli for the first visit, ${CRITICAL_BUDGET_KB} KB for the critical path`);
if (path.brotli > CRITICAL_BUDGET_KB * 1024) {
  console.error(`Critical path budget exceeded: ${(path.brotli / 1024).toFixed(1)} KB brotli > ${CRITICAL_BUDGET_KB} KB`);
  process.exitCode = 1;
}
if (total.brotli > BUDGET_KB * 1024) {
  console.error(`Size budget exceeded: ${(total.brotli / 1024).toFixed(1)} KB brotli > ${BUDGET_KB} KB`);
  process.exit(1);
}
