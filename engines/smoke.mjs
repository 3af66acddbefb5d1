// Cross-engine smoke test: home, focus on the new page's h1 after an in-app link, a lesson, a quiz
// answer, a tool interaction (in a split build the text's, the quiz's and the tool's code are lazy
// wasm chunks, and the test checks each was fetched) and progress kept after a reload — in Chromium and Firefox (puppeteer-core;
// Firefox over WebDriver BiDi) and in
// WebKit (WebKitGTK's MiniBrowser over WebDriver; needs a display: run under `xvfb-run -a`).
//   node engines/smoke.mjs dist
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { APP_READY_SELECTOR, contracts } from '../scripts/contracts.mjs';
import { freePort, serve } from '../scripts/serve.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
const dist = resolve(repo, process.argv[2] ?? 'dist');
// A build with code splitting (scripts/build.sh) has the chunk loader beside the app's JS.
const SPLIT = readdirSync(dist).some((name) => /^__wasm_split-[0-9a-f]+\.js$/.test(name));

// The same steps for every engine, written against a tiny driver: go(path), run(js), reload().
// The page is queried through what a learner sees: headings, button and label texts.
const js = {
  heading: "return document.querySelector('h1')?.textContent ?? ''",
  pressButton: (text) => `const b = [...document.querySelectorAll('button')].find((b) => b.textContent.includes(${JSON.stringify(text)})); if (b) b.click(); return !!b`,
  bodyHas: (text) => `return document.body.innerText.includes(${JSON.stringify(text)})`,
  clickLink: (text) => `const a = [...document.querySelectorAll('a[href]')].find((a) => a.textContent.trim() === ${JSON.stringify(text)}); if (a) a.click(); return !!a`,
  // After an in-app link, focus is on the new page's h1 (src/app.rs), in every engine.
  focusOnHeading: (text) => `const h = document.activeElement; return !!h && h.tagName === 'H1' && h.textContent.trim() === ${JSON.stringify(text)}`,
  // 'live' once no tool or quiz is still loading, 'failed' if one says it could not be loaded.
  lazyPartsLive: `return document.querySelector('.tool-error') ? 'failed' : document.querySelector('[${contracts.loadingAttribute}]') ? null : 'live'`,
  chooseFirstOption: "const r = document.querySelector('fieldset input[type=radio]'); if (r) r.click(); return !!r",
  fetchedChunk: (name) => `return performance.getEntriesByType('resource').some((e) => /\\/split_${name}-[^/]*\\.wasm$/.test(e.name))`,
  // The lesson's text is a lazy chunk too: live once no part of the page is still loading.
  textLive: `const t = document.querySelector('[${contracts.courseTextAttribute}]'); return !!t && !t.hasAttribute('${contracts.loadingAttribute}') && !t.innerText.includes('could not be loaded') && t.innerText.length > 500`,
  typeGoal: (text) => `const l = [...document.querySelectorAll('label')].find((l) => l.textContent.includes('Your SMART objective')); const f = l && document.getElementById(l.htmlFor); if (!f) return false; f.value = ${JSON.stringify(text)}; f.dispatchEvent(new Event('input', { bubbles: true })); return true`,
};

// A prerendered page looks like the app before the app runs: every check waits for the app to
// have taken the page over (<html data-app="ready">).
const whenLive = (script) => `if (!document.documentElement.matches('${APP_READY_SELECTOR}')) return null; ${script}`;

async function until(driver, script, what) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const value = await driver.run(whenLive(script)).catch(() => null);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function steps(driver) {
  await driver.go('');
  await until(driver, `return (${js.heading.replace('return ', '')}).includes('Social media marketing, step by step')`, 'the home page');
  await until(driver, js.clickLink('Tools'), 'the Tools link');
  await until(driver, js.focusOnHeading('Tools'), "focus on the Tools page's h1 after the link");
  await driver.go('lesson/facebook');
  await until(driver, `return (${js.heading.replace('return ', '')}) === 'Facebook'`, 'the Facebook lesson');
  await until(driver, js.textLive, "the lesson's text live");
  if (SPLIT) await until(driver, js.fetchedChunk('smm_text'), 'the text chunk fetched (resource timing)');
  await until(driver, js.pressButton('Mark this lesson complete'), 'the complete button');
  await until(driver, js.bodyHas('Completed ✓'), 'the lesson marked complete');
  await driver.reload();
  const kept = await until(driver, `return (${js.bodyHas('Completed ✓').replace('return ', '')}) ? 'kept' : (${js.bodyHas('will not be kept on this device').replace('return ', '')}) ? 'no storage (notice shown)' : null`, 'progress after a reload');
  await driver.go('quiz/intro');
  // The quiz is a lazy chunk too: until it is in, the prerendered questions are an inert copy.
  if ((await until(driver, js.lazyPartsLive, 'the quiz live')) !== 'live') throw new Error('the quiz says its code could not be loaded');
  if (SPLIT) await until(driver, js.fetchedChunk('smm_quiz'), 'the quiz chunk fetched (resource timing)');
  await until(driver, js.chooseFirstOption, 'a quiz option');
  await until(driver, js.pressButton('Check my answers'), 'the check button');
  // Questions were left blank: the quiz asks first.
  await until(driver, js.pressButton('Check anyway'), 'the check-anyway button');
  await until(driver, js.bodyHas('You scored'), 'the quiz score');
  await driver.go('tools/smart-goal');
  // Until its code (a lazy chunk) is in, the tool on a prerendered page is an inert copy: typing
  // into it would be lost. So wait for the live tool, and fail at once on the load-failed message.
  if ((await until(driver, js.lazyPartsLive, 'the tool live')) !== 'live') throw new Error('the tool says its code could not be loaded');
  await until(driver, js.typeGoal('Get 40 cake enquiries from Instagram by 30 June, up from 12'), 'the SMART goal box');
  await until(driver, js.bodyHas('Time-bound: passes'), 'the live SMART check');
  if (SPLIT) await until(driver, js.fetchedChunk('smm_tools'), 'the tools chunk fetched (resource timing)');
  return kept;
}

async function withPuppeteer(options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // An Error logged as an object reads "JSHandle@error" in text(): say what it was.
  const described = async (m) => {
    const args = await Promise.all(m.args().map((a) => a.evaluate((v) => (v instanceof Error ? `${v.name}: ${v.message}` : String(v))).catch(() => '?')));
    return `${m.text()}${args.length ? ` (${args.join(' ')})` : ''}`;
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('panicked at')) errors.push(described(m));
  });
  try {
    const driver = {
      go: (path) => page.goto(BASE + path),
      run: (script) => page.evaluate(new Function(script)),
      reload: () => page.reload(),
    };
    const kept = await steps(driver);
    if (errors.length) throw new Error(`console errors: ${(await Promise.all(errors)).join(' | ')}`);
    return kept;
  } finally {
    await browser.close();
  }
}

async function withWebKit() {
  const port = await freePort();
  const webdriver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  // It prints nothing when ready: give it a moment.
  await new Promise((r) => setTimeout(r, 1500));
  const session = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    })
    .build();
  try {
    const driver = {
      go: (path) => session.get(BASE + path),
      run: (script) => session.executeScript(script),
      reload: () => session.navigate().refresh(),
    };
    return await steps(driver);
  } finally {
    await session.quit().catch(() => {});
    webdriver.kill();
  }
}

const server = await serve({ dir: dist, port: 0, base: '/', spa: true });
const BASE = server.url;
const engines = [
  ['Chromium (Debian)', () => withPuppeteer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })],
  ['Firefox ESR (Gecko)', () => withPuppeteer({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr' })],
  ['WebKitGTK MiniBrowser', withWebKit],
];
let failed = 0;
for (const [name, run] of engines) {
  const started = Date.now();
  try {
    // An engine that hangs fails after a minute and a half instead of stalling the test run.
    const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error('timed out after 90 s')), 90_000).unref());
    const kept = await Promise.race([run(), timeout]);
    console.log(`ok   ${name}: home, focus after a link, lesson, quiz, tool${SPLIT ? ' (lazy chunk)' : ''}; progress after reload: ${kept} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}
await server.close();
console.log(`${engines.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
