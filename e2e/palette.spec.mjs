// The palette is written once as light-dark() pairs; browsers without light-dark() (Safari before
// 17.5) get a generated fallback instead of no colours at all (scripts/light-dark-fallback.mjs).
import { test, expect, open } from './fixtures.mjs';
import { pick, withLightDarkFallback } from '../scripts/light-dark-fallback.mjs';

test('each light-dark() pair splits into its light and its dark value, nested colours kept', () => {
  expect(pick('light-dark(#fff, #000)', 0)).toBe('#fff');
  expect(pick('0 1px light-dark(rgb(0 0 0 / 0.06), transparent), 0 2px light-dark(red, blue)', 1)).toBe('0 1px transparent, 0 2px blue');
  expect(withLightDarkFallback('a { color: red; }')).toBe('a { color: red; }');
});

test('the built palette carries its fallback, and the fallback gives the same colours', async ({ page }) => {
  await open(page, './');
  const href = await page.locator('link[rel="stylesheet"][href*="tokens"]').getAttribute('href');
  const css = await (await page.request.get(new URL(href, page.url()).href)).text();
  const at = css.indexOf('@supports not (color:light-dark(');
  expect(at, 'fallback block in the built tokens stylesheet').toBeGreaterThan(0);
  // In a browser without light-dark() only the fallback applies: apply its rules alone and
  // compare with what this browser computes from the light-dark() pairs.
  const inner = css.slice(css.indexOf('{', at) + 1, css.lastIndexOf('}'));
  for (const theme of ['light', 'dark']) {
    const colours = await page.evaluate(({ inner, theme }) => {
      const read = () => ['--bg', '--text', '--accent'].map((p) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${p})`;
        document.body.append(probe);
        const c = getComputedStyle(probe).color;
        probe.remove();
        return c;
      });
      document.documentElement.dataset.theme = theme;
      const native = read();
      // The fallback's rules on top, as an older browser would apply them (a constructed sheet:
      // the page's CSP allows no inline <style>).
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(inner);
      document.adoptedStyleSheets = [sheet];
      const fallback = read();
      document.adoptedStyleSheets = [];
      return { native, fallback };
    }, { inner, theme });
    expect(colours.fallback, theme).toEqual(colours.native);
  }
});
