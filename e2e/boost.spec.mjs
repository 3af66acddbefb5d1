// Boost or not, and for how much: the paid-social tool. Filled by role and label; ranges and a
// below-minimum warning shown as text; entries kept across a reload; the plan's Paid section;
// axe in light and dark; embedded in its lesson; a phone's width.
// The expected figures are the domain's (`paid::tests::the_tiktok_case_the_browser_test_uses`).
import { test, expect, open, expectNoAxeViolations } from './fixtures.mjs';

const TOOL = 'tools/boost-or-not';
const DECISION = 'Wait until the budget allows a fair TikTok test';

function summary(page) {
  return page.getByRole('status').filter({ hasText: /^(Expected:|Enter )/ });
}

/** TikTok, website traffic, 40,000 people, 20 a day for 14 days: below TikTok's minimum. */
async function fillBoost(page) {
  await open(page, TOOL);
  await page.getByRole('group', { name: '1. Where would you advertise?' }).getByLabel('TikTok').check();
  await page.getByRole('group', { name: '2. What should the advert do?' }).getByLabel('Website traffic').check();
  await page.getByLabel('Audience size (people)').fill('40000');
  await page.getByLabel('Budget per day').fill('20');
  await page.getByLabel('Number of days').fill('14');
  await page.getByLabel('Your decision: boost or not, and why').fill(DECISION);
}

async function expectTikTokResults(page) {
  await expect(summary(page)).toContainText('Expected: 15,000–36,000 people reached, about 1.3–2.6 views each, 93–1,400 clicks. 1 warning below.');
  await expect(summary(page)).toContainText('Verdict: Not yet');
  const warnings = page.getByRole('list').filter({ hasText: 'Warning:' });
  await expect(warnings.getByRole('listitem')).toHaveCount(1);
  await expect(warnings).toContainText("$20 a day is below TikTok's minimum: more than $50 a day for a campaign");
  await expect(warnings).toContainText('TikTok Ads Manager Help, "About budgets", updated August 2025');
}

test('boost or not: ranges and a below-minimum warning, kept after a reload', async ({ page }) => {
  await open(page, TOOL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boost or not, and for how much');
  await expect(summary(page)).toContainText('Enter a platform, a budget per day above 0, a number of days above 0 and an audience size above 0');

  await fillBoost(page);
  // The starting ranges are prefilled for the platform; TikTok's are labelled as a guess.
  await expect(page.getByLabel('Cost per 1,000 impressions, low')).toHaveValue('3');
  await expect(page.getByLabel('Click-through rate (%), high')).toHaveValue('1.5');
  await expect(page.getByText(/no published benchmark found; a starting guess/).first()).toBeVisible();
  await expectTikTokResults(page);
  await expect(page.getByRole('main')).not.toContainText(/NaN|Infinity/);

  // Typing is never rewritten mid-number.
  const cpmLow = page.getByLabel('Cost per 1,000 impressions, low');
  await cpmLow.fill('');
  await cpmLow.pressSequentially('2.5');
  await expect(cpmLow).toHaveValue('2.5');
  await page.getByRole('button', { name: 'Use the suggested ranges again' }).click();
  await expect(cpmLow).toHaveValue('3');

  // Above the minimum, the warning goes.
  await page.getByLabel('Budget per day').fill('51');
  await expect(summary(page)).toContainText('No warnings.');
  await expect(summary(page)).toContainText('Verdict: A fair test');
  await expect(page.getByText("below TikTok's minimum")).toHaveCount(0);
  await page.getByLabel('Budget per day').fill('20');
  await expectTikTokResults(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boost or not, and for how much');
  await expect(page.getByLabel('TikTok')).toBeChecked();
  await expect(page.getByLabel('Website traffic')).toBeChecked();
  await expect(page.getByLabel('Audience size (people)')).toHaveValue('40000');
  await expect(page.getByLabel('Budget per day')).toHaveValue('20');
  await expect(page.getByLabel('Number of days')).toHaveValue('14');
  await expect(page.getByLabel('Your decision: boost or not, and why')).toHaveValue(DECISION);
  await expectTikTokResults(page);
});

test('the organic and frequency warnings fire as text', async ({ page }) => {
  await open(page, TOOL);
  await page.getByRole('group', { name: '1. Where would you advertise?' }).getByLabel('Meta (Facebook, Instagram)').check();
  await page.getByRole('group', { name: '2. What should the advert do?' }).getByLabel('Community and loyalty').check();
  // Meta's ranges are published benchmarks, credited next to them.
  await expect(page.getByText(/17\.97–24\.67 \(from Superads, 2025\)/).first()).toBeVisible();
  await page.getByLabel('Audience size (people)').fill('200');
  await page.getByLabel('Budget per day').fill('5');
  await page.getByLabel('Number of days').fill('14');
  await expect(summary(page)).toContainText('2 warnings below.');
  await expect(summary(page)).toContainText("Verdict: Don't boost");
  await expect(page.getByText(/Organic posts serve this objective better/)).toBeVisible();
  await expect(page.getByText(/times a week or more, above the course's rule of thumb of 3/)).toBeVisible();
});

test('the plan shows the Paid section, or where to fill it in', async ({ page }) => {
  await open(page, 'tools/plan-summary');
  const paid = page.getByRole('region', { name: '9. Paid', exact: true });
  await expect(paid).toContainText('Not filled in yet: use Boost or not.');
  await expect(paid.getByRole('link', { name: 'Boost or not' })).toHaveAttribute('href', /tools\/boost-or-not$/);

  await fillBoost(page);
  await expectTikTokResults(page);
  await open(page, 'tools/plan-summary');
  await expect(paid).toContainText('TikTok');
  await expect(paid).toContainText('Website traffic');
  await expect(paid).toContainText("20 a day for 14 days (280 in total, in the ad account's currency)");
  await expect(paid).toContainText('15,000–36,000 people');
  await expect(paid).toContainText('93–1,400');
  await expect(paid).toContainText("below TikTok's minimum");
  await expect(paid).toContainText(DECISION);
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on boost or not, filled in (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await fillBoost(page);
    await expectTikTokResults(page);
    await page.getByText('Where the figures come from').click();
    await expect(page.getByRole('table', { name: 'Minimum daily budgets the tool checks' })).toContainText('LinkedIn Marketing Solutions Help, as of 2024');
    await expectNoAxeViolations(page, `boost or not (${scheme})`);
    await open(page, 'tools/plan-summary');
    await expectNoAxeViolations(page, `plan with a Paid section (${scheme})`);
  });
}

test('the paid-social lesson embeds the tool, and the intro links to its budgets', async ({ page }) => {
  await open(page, 'lesson/what-is-social-media-marketing');
  await page.getByRole('link', { name: 'paid social basics', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paid social basics');
  await expect(page).toHaveURL(/#budgets-and-platform-minimums$/);
  const budget = page.getByLabel('Budget per day');
  await budget.scrollIntoViewIfNeeded();
  await budget.fill('7');
  await expect(budget).toHaveValue('7');
});

test('boost or not fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await fillBoost(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'boost or not is wider than the screen').toBeLessThanOrEqual(0);
});
