// Live regions speak once, after the learner pauses — not on every keystroke (issue 17). The
// visible results change as the learner types; a visually hidden summary is read out when typing
// stops. Counted here: how many times the text of every role="status" on the page changes.
import { test, expect, open } from './fixtures.mjs';

/** Starts counting text changes of each status region; read the counts with `changes(page)`. */
async function countAnnouncements(page) {
  await page.evaluate(() => {
    window.__said = [];
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"], [aria-live]')) {
        const text = el.textContent.trim();
        if (text && el.__last !== text) {
          el.__last = text;
          window.__said.push(text);
        }
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    for (const el of document.querySelectorAll('[role="status"], [aria-live]')) el.__last = el.textContent.trim();
  });
}
const said = (page) => page.evaluate(() => window.__said);

test('typing a SMART goal is summed up once, after the pause', async ({ page }) => {
  await open(page, 'tools/smart-goal');
  await countAnnouncements(page);
  await page.getByLabel('Your SMART objective').pressSequentially('Get 40 cake enquiries from Instagram by 30 June, up from 12', { delay: 20 });
  await expect(page.getByRole('status').filter({ hasText: /^SMART check: / })).toHaveText(/^SMART check: (all 5 pass|\d of 5 pass; missing .+)\.$/);
  const smart = (await said(page)).filter((t) => /SMART|passes|missing/.test(t));
  expect(smart).toHaveLength(1);
});

test('the analytics calculators speak one summary per section, after the pause', async ({ page }) => {
  await open(page, 'tools/analytics-calculators');
  await countAnnouncements(page);
  await page.getByLabel('Reactions (likes)').pressSequentially('120', { delay: 30 });
  await page.getByRole('textbox', { name: 'Followers' }).pressSequentially('2400', { delay: 30 });
  await expect(page.getByRole('status').filter({ hasText: /^Total engagements: 120; Engagement rate by followers: 5\.00%/ })).toBeVisible();
  expect(await said(page)).toHaveLength(1);
});

test('the post character counter is read out once, after the pause', async ({ page }) => {
  await open(page, 'tools/process-map');
  const post = page.getByRole('textbox', { name: 'Your post' });
  await post.scrollIntoViewIfNeeded();
  await countAnnouncements(page);
  await post.pressSequentially('Fresh sourdough at the Saturday market, 8 till noon.', { delay: 20 });
  // The count on screen follows every key; the spoken summary comes once, when typing stops.
  await expect(page.getByRole('status').filter({ hasText: /characters/ })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /characters/ })).toHaveText(/\d+ .*characters/);
  const counts = (await said(page)).filter((t) => /characters/.test(t));
  expect(counts).toHaveLength(1);
});
