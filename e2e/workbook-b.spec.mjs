// Workbook tools, part B: the update process map, the management-tool chooser, the analytics
// calculators and the plan summary. Each tool is used by role and label, its entries survive a
// reload, the plan page shows them and downloads them as Markdown; axe in light and dark; phone width.
import { readFile } from 'node:fs/promises';
import { test, expect, open, expectNoAxeViolations, contracts } from './fixtures.mjs';

const STEPS = ['Idea', 'Plan in the content calendar', 'Draft', 'Visual', 'Review / approve', 'Schedule', 'Publish', 'Engage', 'Measure', 'Learn'];

/** Stores progress (version 3) before the app reads it: a persona and chosen platforms for the plan. */
async function seed(page, data) {
  await open(page, './');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [contracts.storageKey, JSON.stringify({ version: 3, data })]);
}

const EMMA = {
  name: 'Event-planning Emma',
  market: 'b2c',
  ages: ['30-49'],
  gender: 'mostly-women',
  formats: ['images', 'short-video'],
  objective: 'sales',
  hours_per_week: 3,
  weekly_budget: 0,
};

function region(page, name) {
  return page.getByRole('region', { name, exact: true });
}

/** Assigns an owner and an approver to the review step. */
async function assignReview(page) {
  const review = page.getByRole('group', { name: 'Step 5: Review / approve' });
  await review.getByLabel('Who does it').fill('Shop manager');
  await review.getByLabel('Needs approval before the next step').check();
  await review.getByLabel('Who approves').fill('Priya');
}

/** Moves every step up into place with the buttons, then checks the order. */
async function solveOrder(page) {
  const exercise = region(page, 'Put the steps in order');
  const names = exercise.locator('.pm-order-name');
  for (let target = 0; target < STEPS.length; target++) {
    const current = await names.allTextContents();
    let at = current.indexOf(STEPS[target]);
    expect(at).toBeGreaterThanOrEqual(target);
    while (at > target) {
      const up = exercise.getByRole('button', { name: `Move ${STEPS[target]} up` });
      await up.click();
      at -= 1;
      // Focus follows the moved step, so the next press moves it again.
      if (at > 0) await expect(up).toBeFocused();
    }
  }
  await expect(names).toHaveText(STEPS);
  await exercise.getByRole('button', { name: 'Check my order' }).click();
  await expect(exercise.getByRole('status')).toHaveText('All ten steps in the right order.');
}

async function addCalendarEntry(page) {
  const calendar = region(page, "Your week's content calendar");
  await calendar.getByLabel('Day', { exact: true }).selectOption({ label: 'Wednesday' });
  await calendar.getByLabel('Platform', { exact: true }).selectOption({ label: 'Instagram' });
  await calendar.getByLabel('Pillar', { exact: true }).fill('The bake');
  await calendar.getByLabel('Format', { exact: true }).selectOption({ label: 'Short video (Reel, TikTok, Short)' });
  await calendar.getByLabel('Note: topic, hook or call to action').fill('Piping a spring cake');
  await calendar.getByRole('button', { name: 'Add to calendar' }).click();
  await expect(calendar.getByRole('status')).toHaveText('Added to Wednesday as post 1.');
}

async function useToolChooser(page) {
  await open(page, 'tools/tool-chooser');
  const networks = page.getByRole('group', { name: '1. Which networks do you post on?' });
  for (const n of ['Instagram', 'Pinterest', 'Facebook']) await networks.getByLabel(n).check();
  await page.getByRole('group', { name: '2. How many people post and reply?' }).getByLabel('Just me').check();
  await page.getByRole('group', { name: '3. What can you spend on a tool each month?' }).getByLabel('Low').check();
  const trial = page.getByRole('group', { name: 'Tools to trial' });
  await trial.getByLabel('Later').check();
  await trial.getByLabel('Buffer').check();
  await page.getByLabel('Your decision and why').fill('Trial Later and Buffer for two weeks each');
}

async function useCalculators(page) {
  await open(page, 'tools/analytics-calculators');
  await page.getByLabel('Reactions (likes)').fill('96');
  await page.getByLabel('Comments').fill('14');
  await page.getByLabel('Shares').fill('8');
  await page.getByLabel('Saves').fill('22');
  await page.getByLabel('Followers', { exact: true }).fill('2,400');
  await page.getByLabel('Reach (accounts that saw it)').fill('1750');
  await page.getByLabel('Impressions (views)').fill('2300');
  await page.getByLabel('Total cost (ads, tools and your time)').fill('£350');
  await page.getByLabel('Results (orders, leads, demo requests)').fill('38');
  await page.getByLabel('Value gained (margin, not revenue)').fill('912');
  await page.getByRole('group', { name: 'Which engagement rate will you report?' }).getByLabel('Engagement rate by reach').check();
  await page.getByLabel('Date of the first full review').fill('30 June');
}

test('process map: owners, approvals, ordering, post limits and the calendar survive a reload', async ({ page }) => {
  await open(page, 'tools/process-map');
  const diagram = page.getByRole('img', { name: /Your update process map/ });
  await expect(diagram).toBeVisible();
  await expect(diagram).toContainText('Who: not named yet');

  await assignReview(page);
  await expect(diagram).toContainText('Who: Shop manager');
  await expect(diagram).toContainText('Approves: Priya');
  await page.getByText('The map as a list').click();
  const list = page.locator('details', { hasText: 'The map as a list' });
  await expect(list.getByRole('listitem').filter({ hasText: /^Review \/ approve/ })).toContainText('done by Shop manager; approved by Priya');

  await solveOrder(page);

  const post = region(page, "Check a post against each platform's limit");
  await post.getByLabel('Platform', { exact: true }).selectOption({ label: 'X (Twitter)' });
  await post.getByLabel('Your post', { exact: true }).fill('Fresh bread today. '.repeat(16));
  await expect(post.getByRole('status')).toHaveText('24 characters over the X (Twitter) post limit of 280 (as of 2025). Cut it down.');
  await expect(post.getByRole('row', { name: /X \(Twitter\)/ })).toContainText('Over by 24');
  await expect(post.getByRole('row', { name: /Instagram/ })).toContainText('Fits: 1,896 left');

  await addCalendarEntry(page);
  const wednesday = region(page, 'Wednesday · 1 post');
  await expect(wednesday).toContainText('Instagram · The bake · Short video (Reel, TikTok, Short)');
  await expect(wednesday).toContainText('Piping a spring cake');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Update process map');
  const review = page.getByRole('group', { name: 'Step 5: Review / approve' });
  await expect(review.getByLabel('Who does it')).toHaveValue('Shop manager');
  await expect(review.getByLabel('Needs approval before the next step')).toBeChecked();
  await expect(review.getByLabel('Who approves')).toHaveValue('Priya');
  await expect(page.getByRole('img', { name: /Your update process map/ })).toContainText('Approves: Priya');
  await expect(region(page, 'Put the steps in order').locator('.pm-order-name')).toHaveText(STEPS);
  await expect(region(page, "Check a post against each platform's limit").getByRole('textbox', { name: 'Your post' })).toHaveAccessibleDescription(/24 characters over/);
  await expect(region(page, 'Wednesday · 1 post')).toContainText('Piping a spring cake');
});

test('process map: a calendar entry can be removed by keyboard and pillars are checked', async ({ page }) => {
  await open(page, 'tools/process-map');
  await addCalendarEntry(page);
  const remove = page.getByRole('button', { name: 'Remove Wednesday post 1' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Wednesday · 0 posts' })).toBeFocused();
  await expect(region(page, 'Wednesday · 0 posts')).toContainText('Nothing planned.');

  const pillars = region(page, 'Content pillars');
  await pillars.getByRole('button', { name: 'Add a pillar' }).click();
  await expect(pillars.getByLabel('Pillar 1 name')).toBeFocused();
  await page.keyboard.type('Celebrations');
  await pillars.getByLabel('Pillar 1 share (%)').fill('40');
  await expect(pillars).toContainText('You have 1 pillar.');
  await expect(pillars).toContainText('The pillar shares add up to 40%; make them add up to 100%.');
  // A share above 100 is kept as 100, but what is typed is not rewritten until the box is left.
  const share = pillars.getByLabel('Pillar 1 share (%)');
  await share.fill('150');
  await expect(share).toHaveValue('150');
  await share.press('Tab');
  await expect(share).toHaveValue('100');
});

test('process map: a planned post is edited in place, by keyboard, and the change is kept', async ({ page }) => {
  await open(page, 'tools/process-map');
  await addCalendarEntry(page);
  const edit = page.getByRole('button', { name: 'Edit Wednesday post 1' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('group', { name: 'Edit Wednesday post 1' });
  await expect(form.getByLabel('Platform')).toBeFocused();
  await expect(form.getByLabel('Pillar')).toHaveValue('The bake');
  await expect(form.getByLabel('Note')).toHaveValue('Piping a spring cake');
  // Cancel keeps the post as it was.
  await form.getByLabel('Note').fill('Not this');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeFocused();
  await expect(region(page, 'Wednesday · 1 post')).toContainText('Piping a spring cake');

  await edit.click();
  await form.getByLabel('Platform').selectOption({ label: 'Facebook' });
  await form.getByLabel('Pillar').fill('Celebrations');
  await form.getByLabel('Format').selectOption({ label: 'Carousel' });
  await form.getByLabel('Note').fill('Wedding cake tasting');
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Wednesday post 1.' })).toBeVisible();
  const wednesday = region(page, 'Wednesday · 1 post');
  await expect(wednesday).toContainText('Facebook · Celebrations · Carousel');
  await expect(wednesday).toContainText('Wedding cake tasting');

  await page.reload();
  await expect(region(page, 'Wednesday · 1 post')).toContainText('Facebook · Celebrations · Carousel');
  await open(page, 'tools/plan-summary');
  await expect(page.getByRole('table', { name: 'The week of posts' }).getByRole('row', { name: /Wednesday/ }).getByRole('cell'))
    .toHaveText(['Facebook', 'Celebrations', 'Carousel', 'Wedding cake tasting']);
});

test('tool chooser filters by networks, team and budget, with reasons, and keeps the shortlist', async ({ page }) => {
  await useToolChooser(page);
  await expect(page.getByRole('status').filter({ hasText: /tools fit/ })).toHaveText(/^\d of 6 tools fit; \d don't\.$/);
  const misfit = page.getByRole('listitem').filter({ hasText: /^✗ Meta Business Suite/ });
  await expect(misfit).toContainText("Doesn't cover Pinterest.");
  await expect(page.getByRole('listitem').filter({ hasText: /^✓ Later/ })).toContainText('Covers Facebook, Instagram and Pinterest.');
  const table = page.getByRole('table', { name: /Management tools compared \(as of 2025/ });
  await expect(table.getByRole('row', { name: /Meta Business Suite/ })).toContainText("✗ Doesn't fit");
  await page.getByLabel('Show only the tools that fit my answers').check();
  await expect(table.getByRole('row', { name: /Meta Business Suite/ })).toBeHidden();
  await expect(table.getByRole('row', { name: /^Later/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Management-tool chooser');
  await expect(page.getByRole('group', { name: '1. Which networks do you post on?' }).getByLabel('Pinterest')).toBeChecked();
  await expect(page.getByRole('group', { name: '2. How many people post and reply?' }).getByLabel('Just me')).toBeChecked();
  await expect(page.getByRole('group', { name: '3. What can you spend on a tool each month?' }).getByLabel('Low')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Tools to trial' }).getByLabel('Later')).toBeChecked();
  await expect(page.getByLabel('Your decision and why')).toHaveValue('Trial Later and Buffer for two weeks each');
});

test('analytics calculators: engagement rates, a clear message for zero followers, and ROI', async ({ page }) => {
  await useCalculators(page);
  const result = (name) => page.getByRole('group', { name, exact: true });
  await expect(page.getByText(/^Total engagements: /)).toHaveText('Total engagements: 140.');
  await expect(result('Engagement rate by followers')).toContainText('5.83%');
  await expect(result('Engagement rate by reach')).toContainText('8.00%');
  await expect(result('Engagement rate by impressions')).toContainText('6.09%');
  await expect(result('ROI')).toContainText('161%');
  await expect(result('Cost per result')).toContainText('9.21');
  await expect(page.getByRole('table', { name: /benchmarks/ })).toContainText('0.063%');
  await expect(page.getByRole('table', { name: /benchmarks/ })).toContainText('Rival IQ, 2024 Social Media Industry Benchmark Report (2023 data)');

  await page.getByLabel('Followers', { exact: true }).fill('0');
  await expect(result('Engagement rate by followers')).toContainText('–');
  await expect(result('Engagement rate by followers')).toContainText("Followers is 0, so this can't be calculated");
  await expect(page.getByRole('main')).not.toContainText(/NaN|Infinity|inf%/);
  await page.getByLabel('Link clicks').fill('lots');
  await expect(page.getByLabel('Link clicks')).toHaveAttribute('aria-invalid', 'true');
  await expect(result('Click-through rate')).toContainText('"lots" isn\'t a number.');
  await page.getByLabel('Total cost (ads, tools and your time)').fill('0');
  await expect(result('ROI')).toContainText('Cost is 0');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analytics calculators');
  await expect(page.getByLabel('Followers', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Reach (accounts that saw it)')).toHaveValue('1750');
  await expect(result('Engagement rate by reach')).toContainText('8.00%');
  await expect(page.getByRole('radio', { name: 'Engagement rate by reach' })).toBeChecked();
});

test('the plan page shows what the tools saved and downloads it as Markdown', async ({ page }) => {
  await seed(page, { personas: [EMMA], active_persona: 0, chosen_platforms: ['instagram', 'facebook'] });
  await open(page, 'tools/process-map');
  await assignReview(page);
  await addCalendarEntry(page);
  await useToolChooser(page);
  await useCalculators(page);

  await open(page, 'tools/plan-summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My social media plan');
  const section = (name) => region(page, name);
  await expect(section('1. Objectives and KPIs').getByRole('link', { name: 'SMART goal builder' })).toHaveAttribute('href', /tools\/smart-goal$/);
  await expect(section('2. Audience')).toContainText('Event-planning Emma: a B2C audience aged 30–49, mostly women');
  await expect(section('3. Platforms and why')).toContainText('Instagram');
  await expect(section('3. Platforms and why')).toContainText('Facebook');
  await expect(section('4. Content pillars and cadence')).toContainText('Instagram: 1 post a week');
  const week = section('4. Content pillars and cadence').getByRole('table', { name: 'The week of posts' });
  await expect(week.getByRole('row', { name: /Wednesday/ }).getByRole('cell')).toHaveText(['Instagram', 'The bake', 'Short video (Reel, TikTok, Short)', 'Piping a spring cake']);
  await page.getByLabel('Business name').fill('Crumb & Co.');
  await expect(page.getByRole('heading', { name: 'Social media plan for Crumb & Co.' })).toBeVisible();
  await expect(section('5. Process and approvals')).toContainText('done by Shop manager; approved by Priya');
  await expect(section('7. Tools')).toContainText('Later, Buffer');
  await expect(section('7. Tools')).toContainText('Trial Later and Buffer for two weeks each');
  await expect(section('8. Measurement and reporting rhythm')).toContainText('Engagement rate by reach');
  await expect(section('8. Measurement and reporting rhythm')).toContainText('5.83%');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('social-media-plan.md');
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toMatch(/^# Social media plan for Crumb & Co\.\n\nMade on \d{1,2} [A-Z][a-z]+ \d{4}\.\n/);
  expect(markdown).toContain('| Wednesday | Instagram | The bake | Short video (Reel, TikTok, Short) | Piping a spring cake |');
  expect(markdown).toContain('## 5. Process and approvals');
  expect(markdown).toContain('- **Review / approve:** done by Shop manager; approved by Priya');
  expect(markdown).toContain('- **Shortlist:** Later, Buffer');
  expect(markdown).toContain('Event-planning Emma');
  expect(markdown).toContain('_Not filled in yet: use the SMART goal builder on the Tools page._');
  await expect(page.getByRole('status').filter({ hasText: 'social-media-plan.md' })).toBeVisible();

  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(true);
});

test('an empty plan names the tool for every section', async ({ page }) => {
  await open(page, 'tools/plan-summary');
  await expect(page.getByText('0 of 9 sections filled in.')).toBeVisible();
  await expect(page.getByText(/^Not filled in yet: use the/)).toHaveCount(8);
  await region(page, '6. Feedback playbook').getByRole('link', { name: 'feedback-triage tool' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Negative-feedback triage');
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on the tools and the plan, filled in (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, { personas: [EMMA], active_persona: 0, chosen_platforms: ['instagram'] });
    await open(page, 'tools/process-map');
    await assignReview(page);
    await addCalendarEntry(page);
    await region(page, "Check a post against each platform's limit").getByLabel('Your post', { exact: true }).fill('x'.repeat(300));
    await region(page, 'Put the steps in order').getByRole('button', { name: 'Check my order' }).click();
    await page.getByText('The map as a list').click();
    await expectNoAxeViolations(page, `process map (${scheme})`);
    await useToolChooser(page);
    await expectNoAxeViolations(page, `tool chooser (${scheme})`);
    await useCalculators(page);
    await page.getByLabel('Followers', { exact: true }).fill('0');
    await page.getByLabel('Link clicks').fill('lots');
    await expectNoAxeViolations(page, `analytics calculators (${scheme})`);
    await open(page, 'tools/plan-summary');
    await expectNoAxeViolations(page, `plan summary (${scheme})`);
  });
}

test('the tools and the plan fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const tool of ['process-map', 'tool-chooser', 'analytics-calculators', 'plan-summary']) {
    await open(page, `tools/${tool}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${tool} is wider than the screen`).toBeLessThanOrEqual(0);
  }
  await open(page, 'tools/process-map');
  await expect(page.getByRole('img', { name: /Your update process map/ })).toBeVisible();
  const box = await page.getByRole('img', { name: /Your update process map/ }).boundingBox();
  expect(box.width).toBeLessThanOrEqual(360);
});
