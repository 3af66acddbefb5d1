// The platform explorer and audience targeting: sorting, filtering, comparing, personas, deep
// links, accessibility and phone width. Roles and labels only, no CSS paths.
import { test, expect, open, expectNoAxeViolations } from './fixtures.mjs';

const EXPLORER = 'tools/platform-explorer';
const TARGETING = 'tools/audience-targeting';

const platformTable = (page) => page.getByRole('table', { name: /Platforms compared/ });
const rowNames = (page) => platformTable(page).getByRole('rowheader').allTextContents();
const ranking = (page) => page.getByRole('list').filter({ has: page.getByRole('heading', { level: 4, name: /^1\. / }) });
// The ranked platforms (each card holds a list of reasons too, so filter by the card heading).
const cards = (page) => ranking(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) });

test('a column heading sorts the platform table and aria-sort says how', async ({ page }) => {
  await open(page, EXPLORER);
  await expect(page.getByRole('columnheader', { name: 'All adults' })).toHaveAttribute('aria-sort', 'descending');
  expect(await rowNames(page)).toEqual([
    'YouTube', 'Facebook', 'Instagram', 'Pinterest', 'TikTok', 'LinkedIn', 'WhatsApp', 'Snapchat', 'Reddit', 'X (Twitter)',
  ]);

  const heading = page.getByRole('columnheader', { name: 'Ages 65+' });
  await heading.getByRole('button').click();
  await expect(heading).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: 'All adults' })).not.toHaveAttribute('aria-sort', /.*/);
  const largestFirst = ['YouTube', 'Facebook', 'Pinterest', 'WhatsApp', 'Instagram', 'LinkedIn', 'TikTok', 'X (Twitter)', 'Snapchat', 'Reddit'];
  expect(await rowNames(page)).toEqual(largestFirst);
  await expect(page.getByRole('status').filter({ hasText: 'sorted by Ages 65+, largest first' })).toBeVisible();

  // Again: the other way round, by keyboard.
  await heading.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveAttribute('aria-sort', 'ascending');
  await expect(heading.getByRole('button')).toBeFocused();
  expect(await rowNames(page)).toEqual([...largestFirst].reverse());
  // The figures in that column are in order too.
  const cells = await platformTable(page).getByRole('row').evaluateAll((rows) =>
    rows.slice(1).map((r) => Number.parseInt(r.children[6].textContent, 10)));
  expect(cells).toEqual([...cells].sort((a, b) => a - b));
  await expect(page).toHaveURL(/sort=age-65plus&dir=asc/);
});

test('filters narrow the table by objective, format and audience age band', async ({ page }) => {
  await open(page, EXPLORER);
  await page.getByLabel('Best for this objective').selectOption({ label: 'Leads (B2B)' });
  expect(await rowNames(page)).toEqual(['LinkedIn']);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 10 platforms' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(platformTable(page).getByRole('rowheader')).toHaveCount(10);
  await page.getByLabel('Carries this format').selectOption({ label: 'Long video' });
  expect(await rowNames(page)).toEqual(['YouTube', 'Facebook']);

  await page.getByLabel('Carries this format').selectOption({ label: 'Any format' });
  await page.getByLabel('Audience age band').selectOption({ label: 'Ages 65+' });
  await page.getByLabel('Used by at least this % of that age band').fill('50');
  await page.getByLabel('Used by at least this % of that age band').press('Tab');
  expect(await rowNames(page)).toEqual(['YouTube', 'Facebook']);
  await expect(page).toHaveURL(/age=65plus&min=50/);

  await page.getByLabel('Best for this objective').selectOption({ label: 'Leads (B2B)' });
  await expect(page.getByText('No platform matches these filters.')).toBeVisible();
});

test('two platforms compare side by side, a fourth is refused, and the charts follow', async ({ page }) => {
  await open(page, EXPLORER);
  await page.getByRole('checkbox', { name: 'Compare TikTok' }).check();
  await expect(page.getByText('You picked TikTok. Pick one or two more to compare.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Compare LinkedIn' }).check();

  const comparison = page.getByRole('table', { name: 'Side by side: TikTok and LinkedIn' });
  await expect(comparison).toBeVisible();
  await expect(comparison.getByRole('row', { name: /Ages 18–29 \(2023\)/ })).toContainText(/62%.*32%.*Pew Research Center, 2023 survey/);
  await expect(comparison.getByRole('row', { name: /Women \/ men/ })).toContainText('40% / 25% (Pew Research Center, 2023 survey)');
  const bars = page.getByRole('img', { name: /Use by age band: TikTok and LinkedIn/ });
  await expect(bars).toBeVisible();
  await expect(page.getByText(/Pew Research Center, “Americans' Social Media Use” \(2023 survey of 5,733 U\.S\. adults/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Heat map: use of each platform by age band/ })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Compare Instagram' }).check();
  const reddit = page.getByRole('checkbox', { name: 'Compare Reddit' });
  await reddit.click();
  await expect(page.getByRole('alert')).toHaveText(/Reddit was not added: you can compare at most 3 platforms at once/);
  await expect(reddit).not.toBeChecked();
  await expect(page.getByRole('table', { name: 'Side by side: TikTok, LinkedIn and Instagram' })).toBeVisible();
  await expect(page).toHaveURL(/compare=tiktok%2Clinkedin%2Cinstagram|compare=tiktok,linkedin,instagram/);

  // The chart's figures are also a table.
  await page.getByText('The same figures as a table').click();
  const data = page.getByRole('table', { name: /Use by age band, % of U\.S\. adults/ });
  await expect(data.getByRole('row', { name: /Instagram/ })).toContainText('78%');

  await page.getByRole('button', { name: 'Remove TikTok' }).click();
  await expect(page.getByRole('table', { name: 'Side by side: LinkedIn and Instagram' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Compare TikTok' })).not.toBeChecked();
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on the explorer with a comparison (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, `${EXPLORER}?compare=tiktok,linkedin,instagram&age=18-29`);
    await expect(page.getByRole('table', { name: /Side by side/ })).toBeVisible();
    await page.getByText('The same figures as a table').click();
    await expectNoAxeViolations(page, `platform explorer (${scheme})`);
  });

  test(`axe finds no violation on audience targeting with results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, `${TARGETING}?name=Crumb&ages=18-29,30-49&gender=mostly-women&community=suburban&formats=images,short-video&objective=community&budget=20`);
    await expect(cards(page)).toHaveCount(10);
    await page.getByText(/^Why .* scores \d+$/).first().click();
    // A link's persona is not saved (nothing to delete) until the learner saves it.
    await expect(page.getByRole('button', { name: 'Delete this persona' })).toBeDisabled();
    await page.getByRole('button', { name: 'Save this persona' }).click();
    await page.getByRole('button', { name: 'Delete this persona' }).click();
    await expect(page.getByRole('group', { name: /Delete “Crumb”\?/ })).toBeVisible();
    await expectNoAxeViolations(page, `audience targeting (${scheme})`);
  });
}

test('an explorer link opens the same sort, filters and comparison', async ({ page }) => {
  await open(page, `${EXPLORER}?sort=age-65plus&dir=asc&format=text&compare=linkedin,x`);
  await expect(page.getByRole('columnheader', { name: 'Ages 65+' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByLabel('Carries this format')).toHaveValue('text');
  await expect(page.getByLabel('Sort by')).toHaveValue('age-65plus');
  await expect(page.getByLabel('Order')).toHaveValue('asc');
  // The order's labels start a line, so with a capital ("smallest first" mid-sentence).
  await expect(page.getByLabel('Order').getByRole('option')).toHaveText(['Largest first', 'Smallest first']);
  expect(await rowNames(page)).toEqual(['Reddit', 'X (Twitter)', 'LinkedIn', 'WhatsApp', 'Facebook']);
  await expect(page.getByRole('checkbox', { name: 'Compare LinkedIn' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Side by side: LinkedIn and X (Twitter)' })).toBeVisible();
  // Nonsense in a link falls back to the defaults instead of failing.
  await open(page, `${EXPLORER}?sort=bogus&compare=myspace,tiktok&min=900`);
  await expect(page.getByRole('columnheader', { name: 'All adults' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('checkbox', { name: 'Compare TikTok' })).toBeChecked();
});

test('a B2B professional persona puts LinkedIn first with a Pew figure, and is kept', async ({ page }) => {
  await open(page, TARGETING);
  await page.getByLabel('Persona name').fill('IT managers');
  await page.getByRole('radio', { name: 'Other businesses (B2B)' }).check();
  await page.getByRole('checkbox', { name: 'Ages 30–49' }).check();
  await page.getByLabel('Education').selectOption({ label: 'College+' });
  await page.getByRole('checkbox', { name: 'Text', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Links', exact: true }).check();
  await page.getByLabel('Main objective').selectOption({ label: 'Leads (B2B)' });
  await page.getByLabel('Hours a week for social media').fill('4');

  const first = cards(page).first();
  await expect(first.getByRole('heading', { level: 4 })).toHaveText('1. LinkedIn');
  // The plain answer comes first; the figures wait behind "Why".
  await expect(page.getByRole('status').filter({ hasText: /^With 4 hours a week, start with LinkedIn:/ })).toBeVisible();
  await expect(first.getByText(/\d+% of U\.S\. adults .+ use LinkedIn/)).toHaveCount(0);
  await first.getByText(/^Why LinkedIn scores \d+$/).click();
  await expect(first.getByText(/\d+% of U\.S\. adults .+ use LinkedIn \(Pew Research Center, 2023 survey\)/).first()).toBeVisible();
  await expect(first.getByText(/^Main caution:/)).toBeVisible();
  await page.getByText('Why: how far to trust this ranking, and the sources').click();
  await expect(page.getByText(/^How far to trust this ranking\. Medium/)).toBeVisible();
  await first.getByRole('checkbox', { name: 'Use LinkedIn in my plan' }).check();
  // The link follows the form once typing pauses.
  await expect(page).toHaveURL(/\?name=IT%20managers&market=b2b&ages=30-49&edu=college-plus&formats=text,links&objective=leads&hours=4$/);

  await page.reload();
  await expect(page.getByLabel('Persona name')).toHaveValue('IT managers');
  // Without the link: the saved persona and the plan choice come back from this browser.
  await open(page, TARGETING);
  await expect(page.getByLabel('Persona name')).toHaveValue('IT managers');
  await expect(page.getByLabel('Persona to work on')).toHaveValue('0');
  await expect(page.getByRole('radio', { name: 'Other businesses (B2B)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Ages 30–49' })).toBeChecked();
  await expect(page.getByLabel('Education')).toHaveValue('college-plus');
  await expect(ranking(page).getByRole('heading', { level: 4 }).first()).toHaveText('1. LinkedIn');
  await expect(page.getByRole('checkbox', { name: 'Use LinkedIn in my plan' })).toBeChecked();
  await expect(page.getByText('1 of 12 saved.', { exact: false })).toBeVisible();
});

test('personas can be added, switched, renamed and deleted', async ({ page }) => {
  await open(page, TARGETING);
  await page.getByLabel('Persona name').fill('Retirees');
  await page.getByRole('checkbox', { name: 'Ages 65+' }).check();
  await page.getByRole('button', { name: 'New persona' }).click();
  await expect(page.getByLabel('Persona name')).toHaveValue('Persona 2');
  await expect(page.getByRole('checkbox', { name: 'Ages 65+' })).not.toBeChecked();
  await page.getByLabel('Persona name').fill('Students');
  await page.getByRole('checkbox', { name: 'Ages 18–29' }).check();

  const picker = page.getByLabel('Persona to work on');
  await expect(picker.getByRole('option')).toHaveText(['Retirees', 'Students']);
  await picker.selectOption({ label: 'Retirees' });
  await expect(page.getByLabel('Persona name')).toHaveValue('Retirees');
  await expect(page.getByRole('checkbox', { name: 'Ages 65+' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Platforms ranked for “Retirees”' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete this persona' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Retirees”.' })).toBeVisible();
  await expect(picker.getByRole('option')).toHaveText(['Students']);
  await expect(page.getByLabel('Persona name')).toHaveValue('Students');
  await expect(picker).toBeFocused();
});

test('a persona link fills the form; a broken one explains itself', async ({ page }) => {
  await open(page, `${TARGETING}?name=Retirees&ages=65plus&objective=awareness&hours=5`);
  await expect(page.getByLabel('Persona name')).toHaveValue('Retirees');
  await expect(page.getByRole('checkbox', { name: 'Ages 65+' })).toBeChecked();
  await expect(page.getByLabel('Hours a week for social media')).toHaveValue('5');
  await expect(page.getByRole('status').filter({ hasText: 'This link\'s persona is shown below but is not in your saved personas.' })).toBeVisible();
  await expect(ranking(page).getByRole('heading', { level: 4 }).first()).toHaveText(/^1\. (Facebook|YouTube)$/);
  await page.getByRole('button', { name: 'Save this persona' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Retirees” to your personas.' })).toBeVisible();

  await open(page, `${TARGETING}?hours=999&name=x`);
  await expect(page.getByRole('status').filter({ hasText: 'This link\'s persona could not be read (hours: must be a whole number from 0 to 168)' })).toBeVisible();
  // The saved persona is shown instead.
  await expect(page.getByLabel('Persona name')).toHaveValue('Retirees');

  await open(page, `${TARGETING}?name=%ZZ`);
  await expect(page.getByText(/could not be read \(name: broken %-escape\)/)).toBeVisible();
});

test('opening a persona link twice saves nothing until "Save this persona" is pressed (issue 11)', async ({ page }) => {
  await open(page, TARGETING);
  await page.getByLabel('Persona name').fill('Shop regulars');
  const picker = page.getByLabel('Persona to work on');
  await expect(picker.getByRole('option')).toHaveText(['Shop regulars']);
  await expect(page).toHaveURL(/\?name=Shop%20regulars/);

  const link = `${TARGETING}?name=Students&ages=18-29&objective=awareness&hours=2`;
  for (let i = 0; i < 2; i += 1) {
    await open(page, link);
    // The link's persona is in the form and the ranking ...
    await expect(page.getByLabel('Persona name')).toHaveValue('Students');
    await expect(page.getByRole('checkbox', { name: 'Ages 18–29' })).toBeChecked();
    await expect(page.getByRole('heading', { name: 'Platforms ranked for “Students”' })).toBeVisible();
    await expect(cards(page)).toHaveCount(10);
    await expect(page.getByRole('status').filter({ hasText: 'This link\'s persona is shown below but is not in your saved personas.' })).toBeVisible();
    // ... and the saved list is as it was.
    await expect(picker.getByRole('option')).toHaveText(['Persona from the link (not saved)', 'Shop regulars']);
    await expect(page.getByText('1 of 12 saved.', { exact: false })).toBeVisible();
  }
  // The active persona did not change either: without the link, the saved one opens.
  await open(page, TARGETING);
  await expect(page.getByLabel('Persona name')).toHaveValue('Shop regulars');
  await expect(picker.getByRole('option')).toHaveText(['Shop regulars']);
  await expect(page.getByRole('button', { name: 'Save this persona' })).toHaveCount(0);

  await open(page, link);
  await page.getByRole('button', { name: 'Save this persona' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Students” to your personas.' })).toBeVisible();
  await expect(picker.getByRole('option')).toHaveText(['Shop regulars', 'Students']);
  await expect(picker).toHaveValue('1');
  await expect(picker).toBeFocused();
  await expect(page.getByRole('button', { name: 'Save this persona' })).toHaveCount(0);
  await expect(page.getByText('2 of 12 saved.', { exact: false })).toBeVisible();
  // The same link now opens the saved persona: nothing more to save, nothing added.
  await open(page, link);
  await expect(page.getByLabel('Persona name')).toHaveValue('Students');
  await expect(picker).toHaveValue('1');
  await expect(picker.getByRole('option')).toHaveText(['Shop regulars', 'Students']);
  await expect(page.getByRole('button', { name: 'Save this persona' })).toHaveCount(0);
});

test('a bad number is explained and not saved', async ({ page }) => {
  await open(page, TARGETING);
  const hours = page.getByLabel('Hours a week for social media');
  await hours.fill('200');
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a whole number of hours from 0 to 168.')).toBeVisible();
  await hours.fill('6');
  await expect(hours).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText('Enter a whole number of hours from 0 to 168.')).toBeHidden();
});

test('both tools work at phone width without the page scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, `${EXPLORER}?compare=tiktok,instagram`);
  const region = page.getByRole('region', { name: /Platforms compared/ });
  await expect(region).toBeVisible();
  // The table scrolls inside its own region; the page does not.
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('columnheader', { name: 'Ages 18–29' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Ages 18–29' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('img', { name: /Use by age band: TikTok and Instagram/ })).toBeVisible();

  await open(page, TARGETING);
  await page.getByRole('checkbox', { name: 'Ages 18–29' }).check();
  await expect(cards(page)).toHaveCount(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('inside a lesson, the tools keep the lesson page and its scroll position', async ({ page }) => {
  await open(page, 'lesson/evaluating-platforms');
  await page.getByText('Open the explorer').click();
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const sortButton = page.getByRole('columnheader', { name: 'Ages 65+' }).getByRole('button');
  // The live tool replaces its prerendered copy as it comes near, so the copy may go mid-scroll.
  await expect(async () => sortButton.scrollIntoViewIfNeeded({ timeout: 2_000 })).toPass({ timeout: 15_000 });
  const before = await page.evaluate(() => window.scrollY);
  await sortButton.click();
  await expect(page.getByRole('columnheader', { name: 'Ages 65+' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/lesson\/evaluating-platforms\?sort=age-65plus$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(5);

  await open(page, 'lesson/choosing-platforms');
  await page.getByText('Open the targeting tool').click();
  const box = page.getByRole('checkbox', { name: 'Ages 65+' });
  await expect(async () => box.scrollIntoViewIfNeeded({ timeout: 2_000 })).toPass({ timeout: 15_000 });
  const top = await page.evaluate(() => window.scrollY);
  await box.check();
  await expect(page).toHaveURL(/lesson\/choosing-platforms\?ages=65plus$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choosing your platforms');
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - top)).toBeLessThan(5);
});
