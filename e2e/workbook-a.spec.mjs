// Workbook tools A: traditional vs social, the SMART goal builder and the negative-feedback
// triage. Each is used by role and label, reloaded to find the entries kept, checked with axe in
// both themes and at phone width; the triage practice is also done by keyboard alone.
import { test, expect, open, expectNoAxeViolations, contracts } from './fixtures.mjs';

const TVS = 'tools/traditional-vs-social';
const SMART = 'tools/smart-goal';
const TRIAGE = 'tools/feedback-triage';

/** Stored progress with these plan inputs, written before the app starts. */
async function seed(page, data) {
  await page.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', '1');
    }
  }, [contracts.storageKey, JSON.stringify({ version: 3, data })]);
}

function rating(page, criterion, value) {
  return page.getByRole('group', { name: new RegExp(`^${criterion}`) }).getByRole('radio', { name: new RegExp(`^${value} `) });
}

test('traditional vs social: rated criteria give a verdict with reasons', async ({ page }) => {
  await open(page, TVS);
  const verdict = page.getByRole('status').filter({ hasText: /approach fits|first\.|Use both/ });
  await expect(verdict).toContainText('Rate at least one criterion');
  await page.getByLabel('Your goal: one real goal you have in mind').fill('Get five demo bookings');

  // The strengths of both approaches are shown side by side for each criterion.
  const cost = page.getByRole('group', { name: /^Cost/ });
  await expect(cost.getByText('Traditional', { exact: true })).toBeVisible();
  await expect(cost.getByText('Social media', { exact: true })).toBeVisible();

  await rating(page, 'Cost', 5).check();
  await rating(page, 'Targeting', 4).check();
  await rating(page, 'Measurability', 5).check();
  await expect(verdict).toContainText('Social media first.');
  await expect(verdict).toContainText(/social media \d+ out of 100, traditional \d+ out of 100/);
  await expect(page.getByRole('listitem').filter({ hasText: 'Cost matters a lot to you (5/5)' })).toBeVisible();
  await expect(page.getByText('only cheap if you count your time as free')).toBeVisible();

  // Offline situations and low ratings tip it the other way.
  for (const criterion of ['Cost', 'Targeting', 'Measurability']) await rating(page, criterion, 1).check();
  for (const label of ['My best customers are rarely on social platforms', 'I need to be physically present where customers are', 'An outside endorsement (press, trade magazine) matters']) {
    await page.getByRole('checkbox', { name: label }).check();
  }
  await expect(verdict).toContainText('Traditional first.');
  await expect(page.getByText(/Your customers are rarely on social platforms/)).toBeVisible();

  // A rating can be cleared.
  await page.getByRole('button', { name: 'Clear rating: Cost' }).click();
  await expect(rating(page, 'Cost', 1)).not.toBeChecked();

  await page.reload();
  await expect(page.getByLabel('Your goal: one real goal you have in mind')).toHaveValue('Get five demo bookings');
  await expect(rating(page, 'Targeting', 1)).toBeChecked();
  await expect(rating(page, 'Cost', 1)).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'My best customers are rarely on social platforms' })).toBeChecked();
  await expect(verdict).toContainText('Traditional first.');
});

test('traditional vs social: the budget split must add up to 100%', async ({ page }) => {
  await open(page, TVS);
  const total = page.getByRole('status').filter({ hasText: /^Total/ });
  await expect(total).toContainText('Enter how you would split your budget');
  await page.getByLabel('Traditional (print, radio, events, signs)').fill('20');
  await page.getByLabel('Social media, organic (mostly time)').fill('40');
  await page.getByLabel('Social media, paid ads').fill('30');
  await expect(total).toContainText('Total: 90%.');
  await expect(total).toContainText('Add 10 more points.');

  await page.getByLabel('Other (website, email, tools)').fill('25');
  await expect(total).toContainText('Total: 115%.');
  await expect(total).toContainText('Take away 15 points.');

  // One share over 100% is named next to its box.
  const paid = page.getByLabel('Social media, paid ads');
  await paid.fill('150');
  await expect(paid).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('150% is more than the whole budget; enter 0 to 100.')).toBeVisible();
  await expect(total).toContainText('Fix the share marked');

  await paid.fill('30');
  await page.getByLabel('Other (website, email, tools)').fill('10');
  await expect(total).toContainText('Total: 100%.');
  await expect(paid).toHaveAttribute('aria-invalid', 'false');

  await page.reload();
  await expect(page.getByLabel('Traditional (print, radio, events, signs)')).toHaveValue('20');
  await expect(page.getByLabel('Social media, organic (mostly time)')).toHaveValue('40');
  await expect(page.getByLabel('Social media, paid ads')).toHaveValue('30');
  await expect(page.getByLabel('Other (website, email, tools)')).toHaveValue('10');
  await expect(total).toContainText('Total: 100%.');
});

test('SMART builder: a weak goal shows what is missing, a strong goal passes all five', async ({ page }) => {
  await open(page, SMART);
  await page.getByRole('radio', { name: /^Awareness/ }).check();
  const checks = page.getByRole('region', { name: 'SMART check' });
  const goal = page.getByLabel('Your SMART objective');

  await goal.fill('Get more followers.');
  await expect(checks).toContainText('2 of 5 checks pass.');
  for (const missing of ['Specific: missing', 'Measurable: missing', 'Time-bound: missing']) {
    await expect(checks.getByRole('listitem').filter({ hasText: missing })).toBeVisible();
  }
  for (const passing of ['Achievable: passes', 'Relevant: passes']) {
    await expect(checks.getByRole('listitem').filter({ hasText: passing })).toBeVisible();
  }
  await expect(checks).toContainText('Add a number');

  const strong =
    "Grow Crumb & Co.'s Instagram followers within 15 miles of the shops from 1,200 to 1,500 by 30 June, to widen the audience for event-cake posts.";
  await goal.fill(strong);
  await expect(checks).toContainText('All 5 checks pass.');
  await expect(checks.getByRole('listitem').filter({ hasText: ': missing' })).toHaveCount(0);

  // Changing the objective changes the relevance check.
  await page.getByRole('radio', { name: /^Sales/ }).check();
  await expect(checks.getByRole('listitem').filter({ hasText: 'Relevant: missing' })).toBeVisible();
  await page.getByRole('radio', { name: /^Awareness/ }).check();
  await expect(checks).toContainText('All 5 checks pass.');

  await page.getByLabel('Business goal: the broad outcome you want').fill('Grow our event-cake business');
  await page.getByLabel('Your starting point (baseline)').fill('1,200 local followers');

  await page.reload();
  await expect(page.getByLabel('Your SMART objective')).toHaveValue(strong);
  await expect(page.getByRole('radio', { name: /^Awareness/ })).toBeChecked();
  await expect(page.getByLabel('Business goal: the broad outcome you want')).toHaveValue('Grow our event-cake business');
  await expect(page.getByLabel('Your starting point (baseline)')).toHaveValue('1,200 local followers');
  await expect(checks).toContainText('All 5 checks pass.');
});

test('SMART builder: KPIs for the objective are picked into the plan and kept', async ({ page }) => {
  await open(page, SMART);
  // No platforms chosen yet: the tool says where to choose them.
  const link = page.getByRole('link', { name: 'Audience targeting tool' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /tools\/audience-targeting$/);

  await page.getByRole('radio', { name: /^Leads/ }).check();
  const kpis = page.getByRole('group', { name: 'KPIs to track in your plan' });
  const count = page.getByRole('status').filter({ hasText: /KPIs? picked/ });
  await expect(count).toContainText('No KPIs picked yet');
  await expect(kpis.getByRole('checkbox', { name: 'Leads from social' })).toHaveAccessibleDescription(/Where to read it: /);
  await kpis.getByRole('checkbox', { name: 'Leads from social' }).check();
  await kpis.getByRole('checkbox', { name: 'Cost per lead' }).check();
  await expect(count).toContainText('2 KPIs picked');

  // A KPI from another objective stays in the plan until unticked.
  await page.getByRole('radio', { name: /^Sales/ }).check();
  await expect(kpis.getByRole('checkbox', { name: 'Cost per lead' })).toBeChecked();
  await kpis.getByRole('checkbox', { name: 'Revenue from social' }).check();
  await kpis.getByRole('checkbox', { name: 'Return on investment (ROI)' }).check();
  await kpis.getByRole('checkbox', { name: 'Conversions from social' }).check();
  await expect(count).toContainText('5 KPIs picked. The lesson advises two or three');
  // Unticked, it stays on screen (unticked) for this visit, and is gone after a reload.
  await kpis.getByRole('checkbox', { name: 'Leads from social' }).uncheck();
  await expect(kpis.getByRole('checkbox', { name: 'Leads from social' })).not.toBeChecked();
  await expect(count).toContainText('4 KPIs picked');

  await page.reload();
  await expect(kpis.getByRole('checkbox', { name: 'Cost per lead' })).toBeChecked();
  await expect(kpis.getByRole('checkbox', { name: 'Revenue from social' })).toBeChecked();
  await expect(kpis.getByRole('checkbox', { name: 'Leads from social' })).toHaveCount(0);
  await expect(count).toContainText('4 KPIs picked');
});

test('SMART builder: the chosen platforms add their own KPIs', async ({ page }) => {
  await seed(page, { chosen_platforms: ['instagram', 'snapchat'] });
  await open(page, SMART);
  await expect(page.getByText('and your platforms (Instagram, Snapchat).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Audience targeting tool' })).toHaveCount(0);
  const kpis = page.getByRole('group', { name: 'KPIs to track in your plan' });
  await kpis.getByRole('checkbox', { name: 'Saves per post (Instagram)' }).check();
  await expect(page.getByText('No platform-specific KPI is suggested for Snapchat')).toBeVisible();
  await page.reload();
  await expect(kpis.getByRole('checkbox', { name: 'Saves per post (Instagram)' })).toBeChecked();
});

test('triage: the chart is an image with a text alternative and the same flow as steps', async ({ page }) => {
  await open(page, TRIAGE);
  const chart = page.getByRole('img', { name: /Response assessment flowchart/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect')).toHaveCount(19);
  await expect(chart.locator('polyline')).toHaveCount(18);
  await expect(chart).toHaveAccessibleDescription(/yes-or-no questions/);
  const steps = page.getByRole('list', { name: 'The same chart, step by step' });
  await expect(steps.locator(':scope > li')).toHaveCount(9);
  await expect(steps.locator(':scope > li').first()).toContainText('Is the post about your business or what you sell?');
  await expect(steps.locator(':scope > li').first()).toContainText('Yes: go to question 2.');
  await expect(page.getByText(/Web Posting Response Assessment" \(about 2008–09, public domain\)/)).toBeVisible();
});

test('triage practice: sorted comments are scored with the model reply, and kept', async ({ page }) => {
  await open(page, TRIAGE);
  const score = page.getByText(/^Your score:/);
  await expect(score).toHaveText('Your score: nothing checked yet.');

  const first = page.getByRole('article', { name: /^Comment 1 of 11/ });
  await first.getByRole('button', { name: 'Check comment 1' }).click();
  await expect(first.getByRole('status')).toHaveText('Choose a kind of post first.');
  await first.getByRole('radio', { name: 'Crisis' }).check();
  await first.getByRole('button', { name: 'Check comment 1' }).click();
  const feedback = first.getByRole('status');
  await expect(feedback).toContainText('Correct.');
  await expect(feedback).toContainText('Right: crisis.');
  await expect(feedback).toContainText('Model reply:');
  await expect(feedback).toContainText("Dan, we're so sorry to hear this");
  await expect(first.getByRole('radio', { name: 'Crisis' })).toBeDisabled();

  const fourth = page.getByRole('article', { name: /^Comment 4 of 11/ });
  await fourth.getByRole('radio', { name: 'Troll' }).check();
  await fourth.getByRole('button', { name: 'Check comment 4' }).click();
  await expect(fourth.getByRole('status')).toContainText('Not quite.');
  await expect(fourth.getByRole('status')).toContainText('This one is positive or balanced, not troll.');
  await expect(fourth.getByRole('status')).toContainText('Thank you Jonny!');

  // Spam gets no reply.
  const fifth = page.getByRole('article', { name: /^Comment 5 of 11/ });
  await fifth.getByRole('radio', { name: 'Spam' }).check();
  await fifth.getByRole('button', { name: 'Check comment 5' }).click();
  await expect(fifth.getByRole('status')).toContainText('Do not reply.');
  await expect(score).toHaveText('Your score: 2 right out of 3 checked (11 comments in all).');

  await page.reload();
  await expect(score).toHaveText('Your score: 2 right out of 3 checked (11 comments in all).');
  await expect(first.getByRole('radio', { name: 'Crisis' })).toBeChecked();
  await expect(first.getByRole('status')).toContainText('Right: crisis.');
  await expect(fourth.getByRole('radio', { name: 'Troll' })).toBeChecked();

  // Trying one again clears its answer.
  await fourth.getByRole('button', { name: 'Try comment 4 again' }).click();
  await expect(fourth.getByRole('radio', { name: 'Troll' })).not.toBeChecked();
  await expect(score).toHaveText('Your score: 2 right out of 2 checked (11 comments in all).');
  await page.getByRole('button', { name: 'Clear my practice answers' }).click();
  await expect(score).toHaveText('Your score: nothing checked yet.');
});

test('triage practice works by keyboard alone', async ({ page }) => {
  await open(page, TRIAGE);
  const second = page.getByRole('article', { name: /^Comment 2 of 11/ });
  // Tab into the radio group from the comment's heading area, then choose with the arrow keys.
  await second.getByRole('radio', { name: 'Positive or balanced' }).focus();
  await page.keyboard.press('Space');
  await expect(second.getByRole('radio', { name: 'Positive or balanced' })).toBeChecked();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(second.getByRole('radio', { name: 'Unhappy customer' })).toBeChecked();
  await expect(second.getByRole('radio', { name: 'Unhappy customer' })).toBeFocused();
  await page.keyboard.press('Tab');
  const button = second.getByRole('button', { name: 'Check comment 2' });
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(second.getByRole('status')).toContainText('Right: unhappy customer.');
  // Focus stays on the same button, which now offers to try again.
  const again = second.getByRole('button', { name: 'Try comment 2 again' });
  await expect(again).toBeFocused();
  // The path through the chart opens from the keyboard too.
  await page.keyboard.press('Tab');
  await expect(second.getByText('The path through the chart')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(second.getByRole('listitem').filter({ hasText: 'Is it a real customer with a real problem? Yes.' })).toBeVisible();
  await again.focus();
  await page.keyboard.press('Space');
  await expect(second.getByRole('button', { name: 'Check comment 2' })).toBeFocused();
  await expect(second.getByRole('radio', { name: 'Unhappy customer' })).toBeEnabled();
});

test('triage playbook: validation messages sit next to the fields, and entries are kept', async ({ page }) => {
  await open(page, TRIAGE);
  const summary = page.getByRole('status').filter({ hasText: /playbook/ });
  await expect(summary).toContainText(/\d+ things left to finish/);

  const hours = page.getByLabel('First-response target, in hours');
  await expect(hours).toHaveAccessibleDescription(/Set a first-response target/);
  await hours.fill('soon');
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(hours).toHaveAccessibleDescription(/"soon" isn't a number/);
  await hours.fill('72');
  await expect(hours).toHaveAccessibleDescription(/72 hours is slow/);
  await hours.fill('4');
  await expect(hours).toHaveAttribute('aria-invalid', 'false');

  await page.getByRole('radio', { name: /^Warm and personal/ }).check();
  const contact = page.getByLabel('Escalation contact');
  await expect(contact).toHaveAccessibleDescription(/Name who handles what you can't/);
  await contact.fill('Priya (owner), 07700 900123');
  await expect(contact).not.toHaveAccessibleDescription(/To do/);
  await page.getByLabel('What always goes to them (optional)').fill('Anything about allergens');

  await page.getByRole('button', { name: "Fill empty templates with the lesson's suggestions" }).click();
  await expect(summary).toHaveText('Your playbook is complete.');
  await expect(page.getByLabel('Reply template: Misguided')).toHaveValue(/\[link\]/);
  // Trolls and spam get no template, by the model's rule.
  await expect(page.getByLabel('Reply template: Troll')).toHaveCount(0);
  await expect(page.getByText('Troll: no reply template.')).toBeVisible();

  const unhappy = page.getByLabel('Reply template: Unhappy customer');
  await unhappy.fill('Sorry about that!');
  await expect(unhappy).toHaveAccessibleDescription(/Take unhappy customers to a private channel/);
  await expect(unhappy).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveText('1 thing left to finish in your playbook.');
  await unhappy.fill('Sorry about that! Please call us on 01632 960123 so we can put it right.');
  await expect(summary).toHaveText('Your playbook is complete.');

  await page.reload();
  await expect(page.getByLabel('First-response target, in hours')).toHaveValue('4');
  await expect(page.getByRole('radio', { name: /^Warm and personal/ })).toBeChecked();
  await expect(page.getByLabel('Escalation contact')).toHaveValue('Priya (owner), 07700 900123');
  await expect(page.getByLabel('What always goes to them (optional)')).toHaveValue('Anything about allergens');
  await expect(page.getByLabel('Reply template: Unhappy customer')).toHaveValue(/Please call us on 01632 960123/);
  await expect(summary).toHaveText('Your playbook is complete.');
});

test('a rating and a budget share can be entered by keyboard', async ({ page }) => {
  await open(page, TVS);
  await rating(page, 'Speed', 1).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(rating(page, 'Speed', 3)).toBeChecked();
  await page.getByLabel('Social media, paid ads').focus();
  await page.keyboard.type('100');
  await expect(page.getByRole('status').filter({ hasText: /^Total/ })).toContainText('Total: 100%.');
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on the three tools in use (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, TVS);
    await rating(page, 'Cost', 5).check();
    await page.getByLabel('Social media, paid ads').fill('150');
    await expectNoAxeViolations(page, `traditional vs social (${scheme})`);
    await page.getByLabel('Social media, paid ads').fill('100');
    await expect(page.getByRole('status').filter({ hasText: /^Total/ })).toContainText('Total: 100%.');
    await expectNoAxeViolations(page, `traditional vs social, budget complete (${scheme})`);

    await open(page, SMART);
    await page.getByLabel('Your SMART objective').fill('Get more followers.');
    await page.getByRole('group', { name: 'KPIs to track in your plan' }).getByRole('checkbox').first().check();
    await expectNoAxeViolations(page, `SMART goal builder (${scheme})`);

    await open(page, TRIAGE);
    const first = page.getByRole('article', { name: /^Comment 1 of 11/ });
    await first.getByRole('radio', { name: 'Crisis' }).check();
    await first.getByRole('button', { name: 'Check comment 1' }).click();
    const second = page.getByRole('article', { name: /^Comment 2 of 11/ });
    await second.getByRole('radio', { name: 'Troll' }).check();
    await second.getByRole('button', { name: 'Check comment 2' }).click();
    await second.getByText('The path through the chart').click();
    await page.getByLabel('First-response target, in hours').fill('soon');
    await page.getByText('The seven kinds of post, at a glance').click();
    await expectNoAxeViolations(page, `feedback triage (${scheme})`);
  });
}

test('axe finds no violation on the lessons that embed the tools', async ({ page }) => {
  test.setTimeout(90_000);
  for (const slug of ['traditional-vs-social', 'smart-goals-kpis', 'negative-feedback-process']) {
    await open(page, `lesson/${slug}`);
    await expectNoAxeViolations(page, `lesson ${slug}`);
  }
});

test('the three tools fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [TVS, SMART, TRIAGE, 'lesson/negative-feedback-process']) {
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  // The chart scrolls inside its own region; its steps are readable without it.
  await open(page, TRIAGE);
  const region = page.getByRole('region', { name: /Flowchart/ });
  await expect(region).toBeVisible();
  const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrolls).toBe(true);
  await expect(page.getByRole('list', { name: 'The same chart, step by step' })).toBeVisible();
  const first = page.getByRole('article', { name: /^Comment 1 of 11/ });
  await first.getByRole('radio', { name: 'Crisis' }).check();
  await first.getByRole('button', { name: 'Check comment 1' }).click();
  await expect(first.getByRole('status')).toContainText('Right: crisis.');
  await open(page, TVS);
  await rating(page, 'Reach', 4).check();
  await expect(rating(page, 'Reach', 4)).toBeChecked();
});
