// The plan as a document a person uses: the business name and date, the week of posts as a
// table on the page, in print and in the Markdown file (which reads as typed and stays inert),
// and the week as an iCalendar file, parsed here with a real iCalendar parser (ical.js).
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect, open, contracts } from './fixtures.mjs';

const NOTE = 'Bella the poodle, before; after — 🐶🐾 book via the link in bio! '.repeat(3).trim();

const WEEK = {
  mon: [{ platform: 'facebook', pillar: 'Before and after', format: 'photo', note: NOTE }],
  wed: [
    { platform: 'instagram', pillar: 'Grooming tips', format: 'short_video', note: 'Brushing a double coat' },
    { platform: 'instagram', pillar: 'Happy customers', format: 'story', note: '' },
  ],
};

/** Stores progress (version 3) before the app reads it. */
async function seed(page, data) {
  await open(page, './');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [contracts.storageKey, JSON.stringify({ version: 3, data })]);
}

async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('the week of posts downloads as an iCalendar file that a real parser reads', async ({ page }) => {
  await seed(page, { workbook: { process: { calendar: { days: WEEK } }, plan: { business_name: 'Pawfect, Grooming' } } });
  await open(page, 'tools/plan-summary');
  const start = page.getByLabel('First week of posts starts on');
  // By default the next Monday in the learner's own time zone.
  const nextMonday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + (((8 - d.getDay()) % 7) || 7));
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(start).toHaveValue(nextMonday);
  await expect(start).toHaveAccessibleDescription(/^Each post repeats every week from then, at 09:00/);
  await start.fill('2026-03-02');
  const button = page.getByRole('button', { name: 'Download the calendar (.ics)' });
  const first = await downloadText(page, button);
  expect(first.name).toBe('content-calendar.ics');
  await expect(page.getByRole('status').filter({ hasText: 'content-calendar.ics' })).toContainText('repeating weekly from 2 March 2026');

  // RFC 5545 framing: CRLF after every line, no line over 75 octets, folds never inside a character.
  const raw = first.text;
  expect(raw.endsWith('\r\n')).toBe(true);
  expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(raw).not.toContain('\uFFFD');
  expect(raw.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);

  const calendar = new ICAL.Component(ICAL.parse(raw));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  // ical.js leaves an X- property's value as written: the comma is escaped as TEXT requires.
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Social media posts: Pawfect\\, Grooming');
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(events.map((e) => e.summary)).toEqual([
    'Facebook post: Before and after',
    'Instagram post: Grooming tips',
    'Instagram post: Happy customers',
  ]);
  const starts = events.map((e) => [e.startDate.year, e.startDate.month, e.startDate.day, e.startDate.hour, e.startDate.minute]);
  expect(starts).toEqual([[2026, 3, 2, 9, 0], [2026, 3, 4, 9, 0], [2026, 3, 4, 10, 0]]);
  for (const e of events) {
    // Floating local time: 09:00 wherever the learner's calendar is.
    expect(e.startDate.zone.tzid).toBe('floating');
    expect(e.isRecurring()).toBe(true);
    const rule = e.component.getFirstPropertyValue('rrule');
    expect(rule.freq).toBe('WEEKLY');
    const next = e.iterator();
    const occurrences = [next.next(), next.next(), next.next()].map((t) => t.toJSDate().getDay());
    expect(new Set(occurrences).size).toBe(1);
    expect(e.duration.toSeconds()).toBe(1800);
  }
  expect(events[0].description).toBe(`Format: Photo\nPillar: Before and after\nNote: ${NOTE}`);

  // The same plan exported again keeps its UIDs, so a second import updates rather than doubles.
  const again = await downloadText(page, button);
  const uids = (text) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('uid'));
  expect(uids(again.text)).toEqual(uids(raw));
  expect(new Set(uids(raw)).size).toBe(3);
});

test('the plan names the business and the date and shows the week as a table, on screen, in print and in Markdown', async ({ page }) => {
  await seed(page, {
    workbook: {
      process: { calendar: { days: WEEK } },
      triage: { playbook: { tone: 'warm', templates: { misguided: 'Thanks for asking, [name]! The facts: [link].' } } },
    },
  });
  await open(page, 'tools/plan-summary');
  await page.getByLabel('Business name').fill('Pawfect Grooming');
  const title = page.getByRole('heading', { name: 'Social media plan for Pawfect Grooming' });
  await expect(title).toBeVisible();
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  await expect(page.getByText(`Made on ${today}.`)).toBeVisible();

  const table = page.getByRole('table', { name: 'The week of posts' });
  await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Platform', 'Pillar', 'Format', 'Note']);
  await expect(table.getByRole('rowheader')).toHaveText(['Monday', 'Wednesday', 'Wednesday']);
  await expect(table.getByRole('row').nth(2)).toContainText('Grooming tipsShort video (Reel, TikTok, Short)Brushing a double coat');
  await expect(table.getByRole('row').nth(3).getByRole('cell').nth(3)).toHaveText('–');
  const feedback = page.getByRole('region', { name: '6. Feedback playbook', exact: true });
  await expect(feedback).toContainText('Correct the facts politely and cite a source. Reply: Thanks for asking, [name]!');
  await expect(feedback).not.toContainText('Triage practice');

  const { text: markdown } = await downloadText(page, page.getByRole('button', { name: 'Download as Markdown' }));
  expect(markdown).toMatch(new RegExp(`^# Social media plan for Pawfect Grooming\\n\\nMade on ${today}\\.\\n`));
  expect(markdown).toContain('| Day | Platform | Pillar | Format | Note |\n|---|---|---|---|---|\n');
  expect(markdown).toContain('| Wednesday | Instagram | Happy customers | Story | – |');
  expect(markdown).toContain('- **Misguided:** Correct the facts politely and cite a source. Reply: Thanks for asking, [name]! The facts: [link].');
  expect(markdown).not.toMatch(/\\[[\]!&]/);

  // The business name survives a reload: it is stored with the workbook.
  await page.reload();
  await expect(page.getByLabel('Business name')).toHaveValue('Pawfect Grooming');

  await page.emulateMedia({ media: 'print' });
  await expect(title).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByLabel('Business name')).toBeHidden();
  await expect(table).toBeVisible();
  const box = await table.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
});

test('text the learner typed cannot change the Markdown file\'s structure', async ({ page }) => {
  const hostile = 'x | y\n# Heading\n[win](https://evil.example) <img src=x onerror=alert(1)> &#x202E; \\](z)';
  await seed(page, {
    workbook: {
      plan: { business_name: 'Evil ## <b>co</b>' },
      smart: { goal: hostile },
      process: { calendar: { days: { fri: [{ platform: 'tiktok', pillar: 'a | b', format: 'other', note: hostile }] } } },
    },
  });
  await open(page, 'tools/plan-summary');
  const { text: markdown } = await downloadText(page, page.getByRole('button', { name: 'Download as Markdown' }));
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('# Social media plan for Evil \\#\\# \\<b>co\\</b>');
  // Learner text never starts a line: every line is ours.
  for (const line of lines) {
    expect(line === '' || /^(# Social media plan|Made on |## \d\. |- \*\*|_Not filled in yet|\*\*The week of posts\*\*|\| Day \||\|---\||\| Friday \| )/.test(line), line).toBe(true);
  }
  // A table row keeps its five cells: the learner's pipes are escaped.
  const row = lines.find((l) => l.startsWith('| Friday |'));
  expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
  // No live tag, link or character reference.
  expect(markdown).not.toMatch(/(?<!\\)<[a-z/!?]/i);
  expect(markdown).not.toMatch(/(?<!\\)\]\(/);
  expect(markdown).not.toMatch(/(?<!\\)&#/);
  expect(markdown).toContain('[win\\](https[:]//evil[.]example)');
});
