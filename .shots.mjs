import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
const base = 'http://127.0.0.1:4352/';
const pages = [
  ['home', ''],
  ['search', 'search?q=best%20time%20to%20post'],
  ['search-none', 'search?q=flibbertigibbet'],
  ['glossary', 'glossary'],
  ['lesson-top', 'lesson/engagement-rate-formulas'],
  ['lesson-fold', 'lesson/engagement-rate-formulas', '.tool-fold'],
  ['lesson-end', 'lesson/facebook', '.lesson-end', true],
  ['lesson-table', 'lesson/choosing-platforms', '.table-scroll'],
];
const browser = await chromium.launch(chromiumLaunchOptions);
for (const scheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const [name, path, sel, wait] of pages) {
      await page.goto(base + path);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      if (sel) {
        await page.locator(sel).first().scrollIntoViewIfNeeded();
        await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center' }), sel);
        if (wait) await page.waitForTimeout(2200);
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/shots-reading/${name}-${width}-${scheme}.png` });
    }
    await ctx.close();
  }
}
await browser.close();
