// Issue 16: "Build my plan in about an hour", followed as a new learner on a phone would — a dog
// groomer with 2 hours a week — from the home page, step by step, to the plan page; then the
// exported plan (Markdown) and the week of posts (iCalendar, parsed with ical.js) are checked.
// Roles and labels only.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect, open } from './fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 } });

const path = (page) => page.getByRole('region', { name: 'Build my plan in about an hour' });
/** The path in short, under a tool that is one of its steps. */
const pathHere = (page) => page.getByRole('complementary', { name: 'Build my plan in about an hour' });

async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** From home, the path's one next step: its button names it, and leads to its tool. */
async function nextStep(page, title) {
  await open(page, './');
  const button = path(page).getByRole('link', { name: `Next step: ${title}` });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function noSidewaysScroll(page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test('a dog groomer with 2 hours a week builds the plan from home to the exported files', async ({ page }) => {
  test.setTimeout(120_000);
  // Home: the path, nothing done, the first step as the main button.
  await open(page, './');
  await expect(path(page)).toContainText('7 steps, about 60 minutes in all.');
  await path(page).getByRole('link', { name: 'Start with step 1: Describe your customers' }).click();

  // 1. Audience: nothing ranked until the audience is described.
  await expect(page.getByRole('heading', { level: 1, name: 'Audience targeting' })).toBeVisible();
  const answer = page.getByRole('status').filter({ hasText: /Describe your customers above|With \d+ hours? a week/ });
  await expect(answer).toHaveText(/^Describe your customers above/);
  await expect(page.getByRole('heading', { level: 4, name: /^1\. / })).toHaveCount(0);
  await expect(pathHere(page)).toContainText('Step 1 of 7 is on this page: Describe your customers.');
  await page.getByLabel('Persona name').fill('Dog owners nearby');
  await page.getByRole('checkbox', { name: 'Ages 30–49' }).check();
  await page.getByRole('checkbox', { name: 'Ages 50–64' }).check();
  await page.getByLabel('Gender skew').selectOption({ label: 'Mostly women' });
  await page.getByLabel('Community type').selectOption({ label: 'Suburban' });
  await page.getByRole('checkbox', { name: 'Images', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Short video', exact: true }).check();
  await page.getByLabel('Main objective').selectOption({ label: 'Sales' });
  await page.getByLabel('Hours a week for social media').fill('2');
  // The plain answer first, respecting the two hours; no figures in it.
  await expect(answer).toHaveText(/^With 2 hours a week, start with (Facebook|Instagram) only\. .*post twice a week.* Add \S+ when/);
  const start = (await answer.textContent()).match(/start with (\w+) only/)[1];
  expect(await answer.textContent()).not.toContain('%');
  await expect(page.getByRole('heading', { level: 4, name: /^1\. / })).toBeVisible();
  await noSidewaysScroll(page);

  // 2. Platforms: the one the answer names goes into the plan.
  await expect(pathHere(page)).toContainText('Step 2 of 7 is on this page: Choose one or two platforms.');
  await page.getByRole('checkbox', { name: `Use ${start} in my plan` }).check();
  // The page itself leads on to the next step.
  await expect(pathHere(page).getByRole('link', { name: 'Next step: Set one goal you can measure' })).toBeVisible();

  // Home and My progress agree on what comes next.
  await open(page, 'progress');
  await expect(path(page)).toContainText('2 of 7 steps done');
  await expect(path(page).getByRole('link', { name: 'Next step: Set one goal you can measure' })).toBeVisible();
  await nextStep(page, 'Set one goal you can measure');

  // 3. Goal: the persona's objective is carried over.
  await expect(page.getByRole('radio', { name: /^Sales/ })).toBeChecked();
  await expect(page.getByText(/“Sales” is filled in from your audience/)).toBeVisible();
  await page.getByLabel('Your SMART objective').fill(`Get 12 new grooming bookings a month from ${start} by 30 June, up from 5 a month now`);

  // 4. Pillars and the calendar: first on the page, the chosen platform already picked.
  await nextStep(page, 'Plan a week of posts');
  const calendar = page.getByRole('region', { name: "Your week's content calendar", exact: true });
  const order = page.getByRole('region', { name: 'Put the steps in order', exact: true });
  const calendarTop = (await calendar.boundingBox()).y;
  expect(calendarTop).toBeLessThan((await order.boundingBox()).y);
  await page.getByRole('button', { name: 'Add a pillar' }).click();
  await page.getByLabel('Pillar 1 name').fill('Before and after');
  await expect(calendar.getByLabel('Platform', { exact: true })).toHaveValue(start.toLowerCase());
  await calendar.getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday' });
  await calendar.getByLabel('Pillar', { exact: true }).fill('Before and after');
  await calendar.getByLabel('Format', { exact: true }).selectOption({ label: 'Photo' });
  await calendar.getByLabel('Note: topic, hook or call to action').fill("Bella's summer cut: before, after");
  await calendar.getByRole('button', { name: 'Add to calendar' }).click();
  await expect(calendar.getByRole('status')).toHaveText('Added to Tuesday as post 1.');
  await calendar.getByLabel('Day', { exact: true }).selectOption({ label: 'Friday' });
  await calendar.getByLabel('Format', { exact: true }).selectOption({ label: 'Story' });
  await calendar.getByLabel('Note: topic, hook or call to action').fill('Free slots next week; book via the link');
  await calendar.getByRole('button', { name: 'Add to calendar' }).click();
  await expect(calendar.getByRole('status')).toHaveText('Added to Friday as post 1.');
  // The post counter counts for the chosen platform, not X.
  const post = page.getByRole('region', { name: "Check a post against each platform's limit", exact: true });
  await expect(post.getByLabel('Platform', { exact: true })).toHaveValue(start.toLowerCase());
  // While ordering, the map that answers the exercise is not on screen.
  await order.getByRole('button', { name: 'Check my order' }).scrollIntoViewIfNeeded();
  const diagram = page.getByRole('img', { name: /Your update process map/ });
  expect((await diagram.boundingBox()).y).toBeGreaterThan(844);
  // Solo: no who-and-approval grid, and that is kept.
  await expect(page.getByLabel('Who does it')).toHaveCount(10);
  const solo = page.getByRole('checkbox', { name: 'I do everything myself' });
  await expect(solo).toHaveAccessibleDescription(/^Every update goes through the same ten steps/);
  await solo.check();
  await expect(solo).toHaveAccessibleDescription(/^Every step is yours/);
  await expect(page.getByLabel('Who does it')).toHaveCount(0);
  await expect(page.getByLabel('Your approval rules')).toHaveCount(0);
  await noSidewaysScroll(page);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'I do everything myself' })).toBeChecked();
  await expect(page.getByLabel('Who does it')).toHaveCount(0);

  // 5. Replies: the learner's own angry comment, walked through the chart.
  await nextStep(page, 'Decide how you answer comments');
  await page.getByRole('button', { name: 'Walk the chart with this comment' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Paste or type the comment first.' })).toBeVisible();
  await expect(page.getByLabel('The comment you received')).toBeFocused();
  await page.getByLabel('The comment you received').fill("You cut my dog's ears far too short and nobody said sorry. Never again.");
  await page.getByRole('button', { name: 'Walk the chart with this comment' }).click();
  const yes = page.getByRole('button', { name: 'Yes', exact: true });
  const no = page.getByRole('button', { name: 'No', exact: true });
  await expect(yes).toBeFocused();
  const said = page.getByRole('status').filter({ hasText: /^(Question \d+|Result): / });
  await expect(said).toHaveText('Question 1: Is the post about your business or what you sell?');
  await yes.click();
  await expect(said).toHaveText(/^Question 2: Has harm/);
  await expect(yes).toBeFocused();
  for (let i = 0; i < 6; i += 1) await no.click();
  await expect(said).toHaveText('Question 8: Is it a real customer with a real problem?');
  await yes.click();
  await expect(said).toHaveText(/^Result: Unhappy customer: acknowledge/);
  const result = page.getByRole('heading', { name: 'What to do with this comment' });
  await expect(result).toBeFocused();
  await expect(page.getByText('Suggested reply (write your own in the playbook below):')).toBeVisible();
  // The playbook: the tone, who handles what I can't, and the lesson's templates as a start.
  await page.getByRole('group', { name: 'Tone of voice' }).getByLabel('Warm').check();
  await page.getByLabel('Escalation contact').fill('Me; my insurer for injuries');
  await page.getByLabel('First-response target, in hours').fill('24');
  await page.getByRole('button', { name: "Fill empty templates with the lesson's suggestions" }).click();
  // The walk now ends with the learner's own reply.
  await expect(page.getByText('Your reply, from your playbook:')).toBeVisible();

  // 6. Tools.
  await nextStep(page, 'Pick a scheduling tool');
  await page.getByRole('group', { name: '2. How many people post and reply?' }).getByLabel('Just me').check();
  await page.getByRole('group', { name: '3. What can you spend on a tool each month?' }).getByLabel('Nothing: free only').check();
  await page.getByLabel('Your decision and why').fill("Meta Business Suite: free, and it schedules a week in one sitting");

  // 7. Measurement.
  await nextStep(page, 'Decide what you check each week');
  await page.getByLabel('Weekly check (15 minutes)').fill('Bookings that mention social media; unanswered messages');

  // Home: done; the plan.
  await open(page, './');
  await expect(path(page)).toContainText('All 7 steps done: your plan is ready.');
  await open(page, 'progress');
  await expect(path(page)).toContainText('All 7 steps done: your plan is ready.');
  await path(page).getByRole('link', { name: 'Open my plan' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'My social media plan' })).toBeVisible();
  await page.getByLabel('Business name').fill('Pawfect Grooming');
  await expect(page.getByRole('heading', { name: 'Social media plan for Pawfect Grooming' })).toBeVisible();
  const table = page.getByRole('table', { name: 'The week of posts' });
  await expect(table.getByRole('rowheader')).toHaveText(['Tuesday', 'Friday']);
  // On a phone each post is a block: the week does not scroll sideways, and it is still a table.
  const week = page.getByRole('region', { name: 'The week of posts' });
  expect(await week.evaluate((region) => region.scrollWidth - region.clientWidth)).toBeLessThanOrEqual(0);
  await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Platform', 'Pillar', 'Format', 'Note']);
  await expect(table.getByRole('row')).toHaveCount(3);
  await noSidewaysScroll(page);

  const { text: markdown } = await downloadText(page, page.getByRole('button', { name: 'Download as Markdown' }));
  expect(markdown).toMatch(/^# Social media plan for Pawfect Grooming\n\nMade on /);
  expect(markdown).toContain('Sales');
  expect(markdown).toContain(`Get 12 new grooming bookings a month from ${start} by 30 June`);
  expect(markdown).toContain(`| Tuesday | ${start} | Before and after | Photo | Bella's summer cut: before, after |`);
  expect(markdown).toContain(`| Friday | ${start} | Before and after | Story | Free slots next week; book via the link |`);
  expect(markdown).toContain('I do every step myself; no one else approves.');
  expect(markdown).toContain('Dog owners nearby');
  expect(markdown).toContain('Meta Business Suite');
  expect(markdown).toContain('Bookings that mention social media');
  expect(markdown).not.toContain('Not filled in yet: use the');

  const ics = await downloadText(page, page.getByRole('button', { name: 'Download the calendar (.ics)' }));
  const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(events.map((e) => e.summary)).toEqual([`${start} post: Before and after`, `${start} post: Before and after`]);
  expect(events.map((e) => e.startDate.toJSDate().getDay())).toEqual([2, 5]);
  for (const e of events) expect(e.component.getFirstPropertyValue('rrule').freq).toBe('WEEKLY');
});

test('home and My progress suggest the same next lesson', async ({ page }) => {
  await open(page, 'lesson/testing-and-iterating');
  await open(page, './');
  await expect(page.getByRole('link', { name: 'Continue where you left off: Testing and iterating' })).toBeVisible();
  await open(page, 'progress');
  await expect(page.getByRole('link', { name: 'Next suggested lesson: Testing and iterating' })).toBeVisible();
});
