// Prints every file of a build with raw, gzip -9 and brotli 11 bytes, and fails when the brotli
// total of what a first visit loads exceeds the budget.
//   node scripts/size-report.mjs dist [--budget-kb 250]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const budgetFlag = process.argv.indexOf('--budget-kb');
const BUDGET_KB = budgetFlag > 0 ? Number(process.argv[budgetFlag + 1]) : 600;

// Not part of a visit: the GitHub Pages fallback copy of index.html.
const NOT_LOADED = new Set(['404.html']);

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
for (const r of rows) {
  const counted = !NOT_LOADED.has(r.name);
  console.log(`${(r.name + (counted ? '' : ' (not loaded)')).padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  if (counted) for (const k of Object.keys(total)) total[k] += r[k];
}
console.log(`${'TOTAL (first visit)'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
console.log(`budget: ${BUDGET_KB} KB brotli`);
if (total.brotli > BUDGET_KB * 1024) {
  console.error(`Size budget exceeded: ${(total.brotli / 1024).toFixed(1)} KB brotli > ${BUDGET_KB} KB`);
  process.exit(1);
}
