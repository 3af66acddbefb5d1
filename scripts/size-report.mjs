// Prints every file of a build with raw, gzip -9 and brotli 11 bytes, and fails when the brotli
// total of what a first visit loads exceeds the ceiling. A first visit loads the page it opens
// and then, through the service worker, every file in sw.js's precache list: those are counted.
// The other prerendered pages (scripts/prerender.mjs) are summed apart: a visit loads one.
//   node scripts/size-report.mjs dist [--budget-kb 645]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const budgetFlag = process.argv.indexOf('--budget-kb');
// A ceiling against unnoticed growth, raised only on purpose with the reason in README ("Budgets").
const BUDGET_KB = budgetFlag > 0 ? Number(process.argv[budgetFlag + 1]) : 645;

// Issue 12's goal for everything a first visit downloads; reported, not enforced (README, "Budgets").
const GOAL_KB = 450;

// What the service worker precaches ("" is the home page, index.html).
const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
const precache = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1]).map((f) => (f === '' ? 'index.html' : f));
const FIRST_VISIT = new Set([...precache, 'sw.js']);

function files(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
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
const wasm = rows.find((r) => r.name.endsWith('.wasm'));
console.log(`ceiling: ${BUDGET_KB} KB brotli (fails above); goal: ${GOAL_KB} KB brotli — ${total.brotli <= GOAL_KB * 1024 ? 'met' : `NOT met (wasm alone ${(wasm.brotli / 1024).toFixed(1)} KB)`}`);
if (total.brotli > BUDGET_KB * 1024) {
  console.error(`Size budget exceeded: ${(total.brotli / 1024).toFixed(1)} KB brotli > ${BUDGET_KB} KB`);
  process.exit(1);
}
