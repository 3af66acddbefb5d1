// Lighthouse (mobile preset, Debian chromium), median of three runs, on the release build of a
// lesson page, and on a plain static HTML page holding the same lesson text and stylesheets.
// Prints performance, accessibility, best practices, LCP, TBT, CLS and the LCP ratio app ÷ static.
// Fails when accessibility < 100 or performance < 90; issue 12's goals (performance 99, TBT 50 ms,
// LCP ratio 1.10) and the rest (best practices 100, CLS 0) are reported as met or not: they
// become gates once they are met (README "Budgets").
//   node perf/lighthouse.mjs dist
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { contracts } from '../scripts/contracts.mjs';
import { serve } from '../scripts/serve.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
// A copy of the build, so the static twin never lands in the folder that gets deployed.
const dist = join(mkdtempSync(join(tmpdir(), 'smm-lighthouse-')), 'site');
cpSync(resolve(repo, process.argv[2] ?? 'dist'), dist, { recursive: true });
const LESSON = 'lesson/traditional-vs-social';
const RUNS = 3;

// The static twin: the lesson's prerendered body (scripts/prerender.mjs, the app's own rendering)
// in a plain page with the same stylesheets and no script.
function writeStaticTwin() {
  const prerendered = readFileSync(join(dist, `${LESSON}.html`), 'utf8');
  const body = prerendered.match(new RegExp(`<body ${contracts.prerenderedAttribute}>([\\s\\S]*)</body>`))?.[1];
  if (!body) throw new Error(`${LESSON}.html is not a prerendered page: build with scripts/build.sh`);
  const css = readdirSync(dist).filter((f) => f.endsWith('.css')).map((f) => `<link rel="stylesheet" href="/${f}">`).join('\n');
  mkdirSync(join(dist, 'static-twin'), { recursive: true });
  writeFileSync(
    join(dist, 'static-twin', 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static twin</title><meta name="description" content="Static copy of a lesson for comparison">${css}</head><body>${body}</body></html>`,
  );
}

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    const { categories, audits } = result.lhr;
    // What blocked the main thread, so a TBT that moves between runs can be read from the log.
    const long = (audits['long-tasks']?.details?.items ?? [])
      .map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} (${t.url.split('/').pop() || t.url})`);
    console.log(`  ${url.split('/').slice(3).join('/') || '/'}: TBT ${Math.round(audits['total-blocking-time'].numericValue)} ms; long tasks: ${long.join(', ') || 'none'}`);
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function medianOf(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(url));
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

const server = await serve({ dir: dist, port: 0, base: '/', compress: true, spa: true });
let failed = false;
try {
  writeStaticTwin();
  const app = await medianOf(`${server.url}${LESSON}`);
  const twin = await medianOf(`${server.url}static-twin/`);
  const row = (name, r) =>
    `${name.padEnd(12)} perf ${String(r.performance).padStart(3)}  a11y ${String(r.accessibility).padStart(3)}  best ${String(r.bestPractices).padStart(3)}  LCP ${(r.lcp / 1000).toFixed(2)} s  TBT ${Math.round(r.tbt)} ms  CLS ${r.cls.toFixed(3)}`;
  console.log(`Lighthouse 12, mobile preset, median of ${RUNS} runs (${LESSON})`);
  console.log(row('app', app));
  console.log(row('static twin', twin));
  const ratio = app.lcp / twin.lcp;
  console.log(`LCP ratio app ÷ static: ${ratio.toFixed(2)} (goal ≤ 1.10)`);
  const goals = [
    ['performance ≥ 99', app.performance >= 99],
    ['accessibility 100', app.accessibility === 100],
    ['best practices 100', app.bestPractices === 100],
    ['TBT ≤ 50 ms', app.tbt <= 50],
    ['CLS 0', app.cls === 0],
    ['LCP ratio ≤ 1.10', ratio <= 1.1],
  ];
  for (const [goal, met] of goals) console.log(`  goal ${goal}: ${met ? 'met' : 'NOT met'}`);
  if (app.accessibility < 100) { console.error('FAIL: accessibility below 100'); failed = true; }
  if (app.performance < 90) { console.error(`FAIL: performance ${app.performance} is below 90`); failed = true; }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
