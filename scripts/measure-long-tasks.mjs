// What blocks the main thread while the app takes a page over: every task of 50 ms or more (the
// ones Total Blocking Time counts) on a slow phone, with what filled it.
//
//   node scripts/measure-long-tasks.mjs dist [lesson/traditional-vs-social]
//
// Serves the build (brotli, as a host would), opens the page in Debian's chromium at 4× CPU
// slowdown (DevTools protocol), records a performance trace until the app has taken the page over
// and three seconds more, and prints each long task — its start, its length (slowed, as
// Lighthouse counts it) and the trace events that took most of it, e.g. `wasm.CompileLazy`: V8
// compiling a wasm function the first time it runs. Lighthouse gives the same tasks without the
// breakdown (`perf/lighthouse.mjs` prints them per run). Measure on an idle machine.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium.mjs';
import { contracts } from './contracts.mjs';
import { serve } from './serve.mjs';

const [dist, path = 'lesson/traditional-vs-social'] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node scripts/measure-long-tasks.mjs DIST [PATH]');
  process.exit(2);
}
const LONG_MS = 50;
const tracePath = join(mkdtempSync(join(tmpdir(), 'smm-trace-')), 'trace.json');
const server = await serve({ dir: dist, port: 0, base: '/', compress: true });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-devtools.timeline'] });
  await page.goto(server.url + path);
  await page.waitForSelector(`html[${contracts.appAttribute}="${contracts.appReady}"]`, { state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(3000);
  await browser.stopTracing();
} finally {
  await browser.close();
  await server.close();
}

const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
const start = Math.min(...events.filter((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser').map((e) => e.ts));
const tasks = events.filter((e) => e.name === 'RunTask' && e.dur >= LONG_MS * 1000).sort((a, b) => a.ts - b.ts);
let blocking = 0;
console.log(`${path}: tasks of ${LONG_MS} ms or more at 4× CPU slowdown`);
for (const task of tasks) {
  const inside = events.filter((e) => e.tid === task.tid && e !== task && e.dur && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const byName = new Map();
  for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, dur]) => `${name} ${(dur / 1000).toFixed(0)}`).join(', ');
  blocking += task.dur / 1000 - LONG_MS;
  console.log(`  at ${((task.ts - start) / 1000).toFixed(0).padStart(6)} ms  ${(task.dur / 1000).toFixed(0).padStart(4)} ms   ${top}`);
}
console.log(`blocking time (each task's part over ${LONG_MS} ms, summed): ${blocking.toFixed(0)} ms`);
