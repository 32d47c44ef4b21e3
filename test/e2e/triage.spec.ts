import { expect, test, type Page } from '@playwright/test';
import { answerableThreads } from './console-helpers';

// Inbox triage end to end, in Chromium against the demo marketplace: search, filters and their
// chips, groups and sort, unread marks and the window title. Rows are checked against what they
// show (badges, classes, market and shop), never against the console's own code.

/** What a row shows, read from the page. */
interface ShownRow {
  key: string;
  market: string;
  shop: string;
  deadline: string | null;
  group: string | null;
  topic: string | null;
  waiting: boolean;
  unread: boolean;
  operator: boolean;
  incident: boolean;
  openReturn: boolean;
  draft: boolean;
}

/** Waits until the first sync has stored every demo thread (500), then shows every row (no "Show more" left). */
async function fullInbox(page: Page): Promise<void> {
  await expect(page.locator('.list-header')).toContainText('500 threads', { timeout: 45_000 });
  await showAll(page);
}

async function showAll(page: Page): Promise<void> {
  const more = page.locator('.show-more');
  while ((await more.count()) > 0) await more.click();
}

async function shownRows(page: Page): Promise<ShownRow[]> {
  await showAll(page);
  return page.locator('.thread-row').evaluateAll((rows) =>
    rows.map((row) => ({
      key: `${row.getAttribute('data-shop-id')}/${row.getAttribute('data-thread-id')}`,
      market: row.querySelector('.badge.market')?.textContent ?? '',
      shop: row.querySelector('.thread-shop')?.textContent ?? '',
      deadline: row.getAttribute('data-deadline'),
      group: row.getAttribute('data-group'),
      topic: row.getAttribute('data-topic'),
      waiting: row.classList.contains('waiting'),
      unread: row.classList.contains('unread'),
      operator: !!row.querySelector('.badge.operator'),
      incident: !!row.querySelector('.badge.incident'),
      openReturn: !!row.querySelector('.badge.return'),
      draft: !!row.querySelector('.badge.draft'),
    })),
  );
}

const keys = (rows: readonly ShownRow[]) => rows.map((r) => r.key).sort();

async function addFilter(page: Page, kind: 'Shop' | 'Market' | 'State' | 'Topic', value: string | { label: string }): Promise<void> {
  await page.getByLabel(kind, { exact: true }).selectOption(value);
}

async function clearFilters(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
}

test('searching an order id finds its thread, and a word of a message finds the threads that hold it', async ({ page }) => {
  await page.goto('/');
  await fullInbox(page);
  const row = page.locator('.thread-row', { has: page.locator('.thread-order') }).nth(7);
  const threadId = (await row.getAttribute('data-thread-id')) ?? '';
  const order = /Order (\S+)/.exec((await row.locator('.thread-order').textContent()) ?? '')?.[1] ?? '';
  expect(order).not.toBe('');

  const search = page.getByRole('searchbox', { name: 'Search threads' });
  await expect(search).toHaveAttribute('id', 'inbox-search');
  await search.fill(order);
  await expect(page.locator(`.thread-row[data-thread-id="${threadId}"]`)).toBeVisible();
  await expect.poll(() => page.locator('.thread-row').count(), { timeout: 15_000 }).toBeLessThan(5);
  for (const text of await page.locator('.thread-row .thread-order').allTextContents()) expect(text).toContain(order);

  // The search field empties: the whole list is back.
  await search.fill('');
  await expect.poll(() => shownRows(page).then((r) => r.length)).toBe(500);

  // A word only the messages hold (the thread's first message, read in its view).
  await page.locator(`.thread-row[data-thread-id="${threadId}"]`).click();
  const view = page.locator(`article.thread-view[data-thread-id="${threadId}"]`);
  await expect(view.locator('.message .message-body').first()).toBeVisible({ timeout: 15_000 });
  const body = (await view.locator('.message .message-body').first().textContent()) ?? '';
  const word = body.split(/\s+/).find((w) => /^\p{L}{8,}$/u.test(w)) ?? '';
  expect(word).not.toBe('');
  await search.fill(word);
  await expect(page.locator(`.thread-row[data-thread-id="${threadId}"]`)).toBeVisible();
  await expect.poll(() => shownRows(page).then((r) => r.length), { timeout: 15_000 }).toBeLessThan(500);
});

test('each filter narrows the list to the rows that show it, filters combine, and the chips clear in one action', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await expect(page.locator('.list-header')).toContainText('500 threads', { timeout: 45_000 });
  // A draft for one thread, so "With a draft" has something to find.
  const [draftThread] = await answerableThreads(page, 1, 3);
  await page.locator(`.thread-row[data-thread-id="${draftThread}"]`).click();
  const view = page.locator(`article.thread-view[data-thread-id="${draftThread}"]`);
  await view.getByRole('textbox', { name: 'Your reply' }).fill('Dzień dobry, sprawdzam to.', { timeout: 15_000 });
  await expect(page.locator(`.thread-row[data-thread-id="${draftThread}"] .badge.draft`)).toBeVisible({ timeout: 10_000 });
  await showAll(page);

  // Orders and returns are synced after the threads: wait until what the rows show stays put.
  let all = await shownRows(page);
  await expect
    .poll(
      async () => {
        const before = JSON.stringify(all);
        all = await shownRows(page);
        return JSON.stringify(all) === before && all.some((r) => r.incident) && all.some((r) => r.openReturn);
      },
      { timeout: 45_000, intervals: [3_000] },
    )
    .toBe(true);
  expect(all).toHaveLength(500);
  const header = page.locator('.list-header');
  // The deadline counts are in the header, on screen without scrolling.
  await expect(header.locator('.count-overdue')).toBeInViewport();
  await expect(header.locator('.count-due-soon')).toBeInViewport();

  const states: [string, (r: ShownRow) => boolean][] = [
    ['Needs a reply', (r) => r.waiting],
    ['Due soon', (r) => r.deadline === 'due-soon'],
    ['Overdue', (r) => r.deadline === 'overdue' && r.group === 'overdue'],
    ['Platform involved', (r) => r.operator],
    ['With an incident', (r) => r.incident],
    ['With a return', (r) => r.openReturn],
    ['With a draft', (r) => r.draft],
    ['Unread', (r) => r.unread],
  ];
  for (const [label, shows] of states) {
    await addFilter(page, 'State', { label });
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveText([new RegExp(`^State: ${label}`)]);
    const expected = keys(all.filter(shows));
    await expect.poll(async () => keys(await shownRows(page)), { message: label }).toEqual(expected);
    const rows = await shownRows(page);
    expect(rows.every(shows), label).toBe(true);
    if (label === 'Overdue') await expect(header.locator('.count-overdue')).toContainText(`${expected.length} overdue`);
    if (label === 'Due soon') await expect(header.locator('.count-due-soon')).toContainText(`${expected.length} due soon`);
    await clearFilters(page);
  }
  // The demo has threads in each of these states (the seed gives every case).
  for (const [label, shows] of states.filter(([l]) => l !== 'Due soon')) expect(all.some(shows), label).toBe(true);

  await addFilter(page, 'Market', 'LV');
  await expect.poll(async () => keys(await shownRows(page))).toEqual(keys(all.filter((r) => r.market === 'LV')));
  const shop = all.find((r) => r.market === 'PT')?.shop ?? '';
  await clearFilters(page);
  await addFilter(page, 'Shop', { label: shop });
  await expect.poll(async () => keys(await shownRows(page))).toEqual(keys(all.filter((r) => r.shop === shop)));
  await clearFilters(page);
  const topic = all.find((r) => r.topic)?.topic ?? '';
  await addFilter(page, 'Topic', topic);
  await expect.poll(async () => keys(await shownRows(page))).toEqual(keys(all.filter((r) => r.topic === topic)));
  await clearFilters(page);

  // Kinds narrow each other; two values of one kind widen.
  await addFilter(page, 'Market', 'PL');
  await addFilter(page, 'Market', 'HR');
  await addFilter(page, 'State', { label: 'Overdue' });
  await addFilter(page, 'State', { label: 'Platform involved' });
  await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveCount(4);
  const combined = all.filter((r) => ['PL', 'HR'].includes(r.market) && (r.deadline === 'overdue' || r.operator));
  expect(combined.length).toBeGreaterThan(0);
  await expect.poll(async () => keys(await shownRows(page))).toEqual(keys(combined));
  // One chip removed: that value no longer counts.
  await page.getByRole('button', { name: 'Remove filter Market: HR' }).click();
  await expect.poll(async () => keys(await shownRows(page))).toEqual(keys(combined.filter((r) => r.market === 'PL')));
  // One action clears them all.
  await clearFilters(page);
  await expect.poll(async () => (await shownRows(page)).length).toBe(500);
});

test('filters and the sort survive a reload', async ({ page }) => {
  await page.goto('/');
  await fullInbox(page);
  await addFilter(page, 'Market', 'PT');
  await addFilter(page, 'State', { label: 'Needs a reply' });
  await page.getByLabel('Sort', { exact: true }).selectOption('activity');
  await page.reload();
  const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('listitem');
  await expect(chips).toHaveText([/^Market: PT/, /^State: Needs a reply/]);
  await expect(page.getByLabel('Sort', { exact: true })).toHaveValue('activity');
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
  const rows = await shownRows(page);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.market === 'PT' && r.waiting)).toBe(true);
});

test('a thread opened becomes read, and the count in the window title drops', async ({ page }) => {
  await page.goto('/');
  await fullInbox(page);
  const unreadRows = page.locator('.thread-row.unread');
  const before = await unreadRows.count();
  expect(before).toBeGreaterThan(1);
  await expect(page).toHaveTitle(`(${before}) Seller Console`);
  const row = unreadRows.nth(1);
  const threadId = (await row.getAttribute('data-thread-id')) ?? '';
  // The mark is said to screen readers too.
  await expect(row).toContainText('Unread');
  await row.click();
  await expect(page.locator(`article.thread-view[data-thread-id="${threadId}"]`)).toBeVisible({ timeout: 15_000 });
  await expect(page.locator(`.thread-row[data-thread-id="${threadId}"]`)).not.toHaveClass(/\bunread\b/);
  await expect(page).toHaveTitle(`(${before - 1}) Seller Console`);
  await expect(page.locator('.list-header .count-unread')).toContainText(`${before - 1} unread`);
  // Read stays read after a reload (the mark is in the profile's database).
  await page.reload();
  await expect(page.locator(`.thread-row[data-thread-id="${threadId}"]`)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(`.thread-row[data-thread-id="${threadId}"]`)).not.toHaveClass(/\bunread\b/);
  await expect(page).toHaveTitle(`(${before - 1}) Seller Console`);
});

test('sort by shop orders the rows of each group by shop; groups have headings with counts', async ({ page }) => {
  await page.goto('/');
  await fullInbox(page);
  await page.getByLabel('Sort', { exact: true }).selectOption({ label: 'By shop' });
  const rows = await shownRows(page);
  const groups = [...new Set(rows.map((r) => r.group))];
  expect(groups.length).toBeGreaterThan(1);
  for (const group of groups) {
    const shops = rows.filter((r) => r.group === group).map((r) => r.shop);
    expect(shops, group ?? '').toEqual([...shops].sort((a, b) => a.localeCompare(b)));
    const heading = page.locator(`.thread-group[data-group="${group}"] h3`);
    await expect(heading).toContainText(String(shops.length));
  }
  await expect(page.getByRole('heading', { level: 3, name: /^Overdue/ })).toBeVisible();
  // By due (the default) the overdue group runs from the earliest deadline, so shops interleave.
  await page.getByLabel('Sort', { exact: true }).selectOption('due');
  const byDue = (await shownRows(page)).filter((r) => r.group === 'overdue').map((r) => r.shop);
  expect(byDue).not.toEqual([...byDue].sort((a, b) => a.localeCompare(b)));
});
