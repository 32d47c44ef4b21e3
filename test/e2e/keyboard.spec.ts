import { expect, test, type Page } from '@playwright/test';
import { repliesReceived, sendAnywayIfWarned } from './console-helpers';

// Keyboard triage and the layout at a small laptop's size: everything here is done with keys only,
// in a 1024×700 window, against the demo marketplace.
test.use({ viewport: { width: 1024, height: 700 } });

const rows = (page: Page) => page.locator('.thread-row');
const focusedThreadId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.threadId ?? null);

/** Opens the console and waits for the first sync of every shop, so the list is in its final order. */
async function openInbox(page: Page): Promise<void> {
  await page.goto('/');
  const shops = page.getByRole('contentinfo', { name: 'Console status' }).getByRole('list', { name: 'Shops' }).getByRole('listitem');
  await expect(shops).toHaveCount(4, { timeout: 30_000 });
  for (const shop of await shops.all()) await expect(shop).toContainText('synced', { timeout: 30_000 });
  // The list shows what the first pass stored a moment later: wait until its top stops changing.
  let before = '';
  await expect
    .poll(
      async () => {
        const now =
          (await rows(page).evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.threadId).join())) +
          `/${await rows(page).count()}`;
        const settled = now === before && (await rows(page).count()) > 100;
        before = now;
        return settled;
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(true);
}

/** Where the focused row is in the list as shown now (-1: the focus is not on a row). */
const focusedIndex = (page: Page) => rows(page).evaluateAll((all) => all.indexOf(document.activeElement as HTMLElement));

test('keyboard-only triage: j/k move, Enter opens, r writes, Esc goes back, Ctrl+Enter sends and the next thread due opens', async ({
  page,
  request,
}) => {
  await openInbox(page);

  // j/k and the arrows move the cursor (the focused row) without opening anything.
  await page.keyboard.press('j');
  expect(await focusedIndex(page)).toBe(0);
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  expect(await focusedIndex(page)).toBe(2);
  await page.keyboard.press('k');
  expect(await focusedIndex(page)).toBe(1);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('k'); // stops at the top
  expect(await focusedIndex(page)).toBe(0);
  await expect(page.locator('article.thread-view')).toHaveCount(0);
  await expect(page.locator('.thread-row[aria-current]')).toHaveCount(0);
  // The cursor's ring is visible.
  const ring = await page.locator('.thread-row:focus').evaluate((row) => getComputedStyle(row).outlineStyle);
  expect(ring).toBe('solid');

  // Walk down to the first thread that waits for a reply the buyer can get (no platform, not closed).
  const target = await page
    .locator('.thread-row.waiting:not(:has(.badge.operator))')
    .filter({ hasNotText: 'Closed' })
    .filter({ hasNotText: 'Message limit reached' })
    .first()
    .getAttribute('data-thread-id');
  for (let i = 0; i < 300 && (await focusedThreadId(page)) !== target; i++) await page.keyboard.press('j');
  expect(await focusedThreadId(page)).toBe(target);

  // Enter opens it; the row is the current one.
  await page.keyboard.press('Enter');
  const view = page.locator(`article.thread-view[data-thread-id="${target}"]`);
  await expect(view).toBeVisible();
  await expect(page.locator(`.thread-row[data-thread-id="${target}"]`)).toHaveAttribute('aria-current', 'true');

  // r puts the cursor in the reply box; letters typed there are text, not shortcuts.
  await page.keyboard.press('r');
  const reply = view.getByRole('textbox', { name: 'Your reply' });
  await expect(reply).toBeFocused();
  await expect(reply).toBeEditable();
  const body = `Dzień dobry, sprawdzamy zamówienie jkr? (${Date.now()})`;
  await page.keyboard.type(body);
  await expect(reply).toHaveValue(body);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Esc leaves the reply box (the draft stays), a second Esc goes back to the list, on the open thread's row.
  await page.keyboard.press('Escape');
  await expect(reply).not.toBeFocused();
  await expect(page.getByRole('region', { name: 'Open thread' })).toBeFocused();
  await page.keyboard.press('Escape');
  expect(await focusedThreadId(page)).toBe(target);
  await expect(reply).toHaveValue(body);

  // Turn on "Then open the next thread due" with the keyboard: Tab from the reply box to the checkbox, Space.
  await page.keyboard.press('r');
  await expect(reply).toBeFocused();
  const moveOn = page.getByRole('checkbox', { name: 'Then open the next thread due' });
  for (let i = 0; i < 10 && !(await moveOn.evaluate((box) => box === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(moveOn).toBeFocused();
  await page.keyboard.press('Space');
  await expect(moveOn).toBeChecked();

  // The next thread due: the first waiting row below, which the seller may answer.
  const expectedNext = await rows(page).evaluateAll((all, current) => {
    const at = all.findIndex((row) => (row as HTMLElement).dataset.threadId === current);
    const next = all
      .slice(at + 1)
      .find((row) => row.classList.contains('waiting') && !/Closed|Message limit reached/.test(row.textContent ?? ''));
    return (next as HTMLElement | undefined)?.dataset.threadId ?? null;
  }, target);
  expect(expectedNext).not.toBeNull();

  // Send with the composer's own shortcut: the reply is queued, and the next thread due opens with the cursor in its reply box.
  await page.keyboard.press('r');
  await page.keyboard.press('Control+Enter');
  // The guard may warn (the buyer's question, the market's language): the reason is typed and sent with the keyboard too.
  await sendAnywayIfWarned(view, page.keyboard);
  const nextView = page.locator(`article.thread-view[data-thread-id="${expectedNext}"]`);
  await expect(nextView).toBeVisible();
  await expect(nextView.getByRole('textbox', { name: 'Your reply' })).toBeFocused();
  await expect(page.locator(`.thread-row[data-thread-id="${expectedNext}"]`)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => repliesReceived(request, target ?? ''), { timeout: 30_000 }).toEqual([201]);

  // Esc, Esc: back on the list, on the row of the thread now open.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  expect(await focusedThreadId(page)).toBe(expectedNext);

  // The option is kept (per profile) across a reload.
  await page.reload();
  await expect(rows(page).first()).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Then open the next thread due' })).toBeChecked();
});

test('? opens the shortcut sheet, Esc closes it and gives the focus back; / looks for the search field', async ({ page }) => {
  await openInbox(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const row = await focusedThreadId(page);
  expect(row).not.toBeNull();

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Next thread in the list');
  await expect(sheet).toContainText('Search threads');
  // Inside the sheet the shortcuts rest: j does not move the list behind it.
  await page.keyboard.press('j');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  expect(await focusedThreadId(page)).toBe(row);

  // The same sheet from the top bar's button, closed with its Close button.
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();

  // / focuses the search field when the inbox has one, and types nothing anywhere.
  await page.keyboard.press('j');
  await page.keyboard.press('/');
  const search = page.locator('#inbox-search');
  if ((await search.count()) > 0) await expect(search).toBeFocused();
  else expect(await focusedThreadId(page)).not.toBeNull();
});

test('at 1024×700 the reply box is on screen, the status bar is one line at the bottom, and every view has one main landmark', async ({
  page,
}) => {
  await openInbox(page);
  const height = page.viewportSize()?.height ?? 0;

  // The first Tab stop is the skip link to the list; following it lands on a row.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the thread list' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(await focusedThreadId(page)).not.toBeNull();

  // An open thread: the messages scroll inside the pane, the reply box stays on screen, the page itself does not scroll.
  const first = (await rows(page).first().getAttribute('data-thread-id')) ?? '';
  await page.locator(`.thread-row[data-thread-id="${first}"]`).press('Enter');
  const view = page.locator(`article.thread-view[data-thread-id="${first}"]`);
  await expect(view.locator('.message').first()).toBeVisible();
  const reply = view.getByRole('textbox', { name: 'Your reply' });
  await expect(reply).toBeInViewport({ ratio: 1 });
  const box = await reply.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  await expect(view.getByRole('button', { name: 'Send' })).toBeInViewport({ ratio: 1 });
  // The message list opens on the newest message, the one the seller answers.
  await expect(view.locator('.message').last()).toBeInViewport();

  // The status bar: one line, along the bottom.
  const status = page.getByRole('contentinfo', { name: 'Console status' });
  const bar = await status.boundingBox();
  const lineHeight = await status.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(bar?.height ?? 0).toBeLessThan(2 * lineHeight);
  expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeGreaterThanOrEqual(height - 1);
  await page.screenshot({ path: 'test-results/keyboard-1024x700.png' });

  // One main landmark on every view.
  await expect(page.getByRole('main')).toHaveCount(1);
  for (const name of ['Shops', 'Diagnostics', 'Inbox']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('main')).toHaveCount(1);
    const after = await status.boundingBox();
    expect(after?.height ?? 0).toBeLessThan(2 * lineHeight);
  }
});

test('keyboard only, from a search: / finds an order id, Enter goes to its row and opens it, r and Ctrl+Enter reply, the next thread due opens', async ({
  page,
  request,
}) => {
  await openInbox(page);
  // A waiting thread about an order that the shop may answer to the buyer.
  const row = page
    .locator('.thread-row.waiting:not(:has(.badge.operator))', { has: page.locator('.thread-order') })
    .filter({ hasNotText: 'Closed' })
    .filter({ hasNotText: 'Message limit reached' })
    .nth(3);
  const threadId = (await row.getAttribute('data-thread-id')) ?? '';
  const order = /Order (\S+)/.exec((await row.locator('.thread-order').textContent()) ?? '')?.[1] ?? '';
  expect(order).not.toBe('');

  // Turn on "Then open the next thread due" first (kept per profile), with keys only.
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  const moveOn = page.getByRole('checkbox', { name: 'Then open the next thread due' });
  for (let i = 0; i < 10 && !(await moveOn.evaluate((box) => box === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(moveOn).toBeFocused();
  if (!(await moveOn.isChecked())) await page.keyboard.press('Space');
  await expect(moveOn).toBeChecked();
  await page.keyboard.press('Escape');

  // / searches; the order id narrows the list to its thread; Enter goes to the first row found, Enter opens it.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search threads' });
  await expect(search).toBeFocused();
  await page.keyboard.type(order);
  await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBeLessThan(5);
  await expect(page.locator(`.thread-row[data-thread-id="${threadId}"]`)).toBeVisible();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 5 && (await focusedThreadId(page)) !== threadId; i++) await page.keyboard.press('j');
  expect(await focusedThreadId(page)).toBe(threadId);
  await page.keyboard.press('Enter');
  const view = page.locator(`article.thread-view[data-thread-id="${threadId}"]`);
  await expect(view).toBeVisible();
  await expect(view.getByText(order).first()).toBeVisible();

  // Reply with keys only; with the search still narrowing the list, the next thread due is the next one it shows, if any.
  await page.keyboard.press('r');
  const body = `Dzień dobry, zamówienie ${order} wyślemy jutro. (${Date.now()})`;
  await page.keyboard.type(body);
  await page.keyboard.press('Control+Enter');
  await sendAnywayIfWarned(view, page.keyboard);
  await expect.poll(() => repliesReceived(request, threadId), { timeout: 30_000 }).toEqual([201]);

  // Esc back to the list, clear the search with keys: the whole list is back, and the answered thread stays where the keyboard left it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBeGreaterThan(100);
});
