// Code splitting (src/components/tool.rs): the tools are a lazy wasm chunk, off the critical
// path. A page without a tool never fetches it; the first tool shown does; a chunk that cannot
// be fetched leaves a clear message and a working app, never a panic or a dead page.
// The service worker is blocked here, so every fetch seen is the page's own (it would otherwise
// precache the chunk at once, which e2e/offline.spec.mjs covers).
import { test, expect, open } from './fixtures.mjs';

const CHUNK = /\/split_[^/]*\.wasm$/;
const LOAD_FAILED = 'This tool could not be loaded; check your connection and reload.';

test.use({ serviceWorkers: 'block' });

/** Every URL the page requests from now on. */
function requests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the home page does not fetch the tools; the first tool, reached inside the app, does', async ({ page }) => {
  const urls = requests(page);
  await open(page, './');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => CHUNK.test(u)), 'the tools chunk on the home page').toEqual([]);

  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tools' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');
  await page.getByRole('link', { name: 'SMART goal builder' }).click();
  const goal = page.getByLabel('Your SMART objective');
  await goal.fill('Get 40 cake enquiries from Instagram by 30 June, up from 12');
  await expect(page.getByRole('listitem').filter({ hasText: 'Time-bound: passes' })).toBeVisible();
  expect(urls.filter((u) => CHUNK.test(u)), 'the tools chunk, fetched once').toHaveLength(1);

  // A second tool comes from the chunk already in: no new fetch.
  await page.getByRole('link', { name: 'Tools', exact: true }).first().click();
  await page.getByRole('link', { name: 'Audience targeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audience targeting');
  await expect(page.locator('.tool-slot[data-loading]')).toHaveCount(0);
  expect(urls.filter((u) => CHUNK.test(u))).toHaveLength(1);
});

test.describe('when the chunk cannot be fetched', () => {
  // The browser reports the aborted fetch, and the chunk loader logs it: both are expected here.
  test.use({ expectedConsoleErrors: /Failed to load resource|Failed to fetch|NetworkError|net::ERR_FAILED/ });

  test('a tool page says so, and the rest of the app keeps working', async ({ page }) => {
    await page.route(CHUNK, (route) => route.abort());
    await open(page, 'tools/smart-goal');
    await expect(page.getByRole('alert')).toHaveText(LOAD_FAILED);
    // The page around it is live: the heading, the links, in-app navigation.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SMART goal builder');
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Tools' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');

    // The failure is not kept: once the network is back, the next tool loads.
    await page.unroute(CHUNK);
    await page.getByRole('link', { name: 'SMART goal builder' }).click();
    await expect(page.getByLabel('Your SMART objective')).toBeEditable();
  });

  test('an embedded tool says so in its lesson', async ({ page }) => {
    await page.route(CHUNK, (route) => route.abort());
    await open(page, 'lesson/traditional-vs-social');
    const tool = page.locator('.tool-slot');
    await tool.scrollIntoViewIfNeeded();
    await expect(tool.getByRole('alert')).toHaveText(LOAD_FAILED);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
