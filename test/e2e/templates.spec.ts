import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { openThread, repliesReceived, sendAnywayIfWarned } from './console-helpers';
import { consoleRequestHeaders } from '../../shared/ipc';

// Reply templates end to end in Chromium against the demo marketplace: a Polish thread's reply is
// written from a starter template with the keyboard only, its {buyer} and {order} filled from the
// thread; what the thread cannot fill blocks Send until the seller types it; a template the seller
// creates is kept in the profile's database across a reload.

// axe-core is injected into the page, which the console's Content-Security-Policy would refuse.
test.use({ bypassCSP: true });

/**
 * A Polish buyer thread about an order that the shop may answer, whose order has never had an incident at the
 * marketplace (the cache keeps an order's shipment fields, tracking included, beside each incident line, and the
 * template would be filled from them; a row's badge shows an incident only once the orders pass has run).
 */
async function polishOrderThread(page: Page, request: APIRequestContext): Promise<{ view: Locator; threadId: string; shopId: string }> {
  const rows = page.locator('.thread-row:has(.badge.market:text-is("PL")):has(.thread-order)').filter({
    hasNot: page.locator('.badge.operator, .badge.incident, .badge.return, .badge.draft'),
  });
  await expect(rows.nth(3)).toBeVisible({ timeout: 30_000 });
  for (let i = 0; i < 20; i++) {
    const threadId = (await rows.nth(i).getAttribute('data-thread-id')) ?? '';
    const shopId = (await rows.nth(i).getAttribute('data-shop-id')) ?? '';
    if (shopId !== '' && (await orderEverHadIncident(page, request, shopId, threadId))) continue;
    const view = await openThread(page, threadId);
    if (await view.getByRole('textbox', { name: 'Your reply' }).isVisible()) {
      return { view, threadId, shopId: (await view.getAttribute('data-shop-id')) ?? '' };
    }
  }
  throw new Error('No answerable Polish thread about an order without incidents near the top of the demo inbox.');
}

/**
 * Whether the thread's order has an incident at the marketplace (M10, then OR11 by order id: a later orders pass
 * would cache it) or one in the console's cache (an incident resolved since is kept there).
 */
async function orderEverHadIncident(page: Page, request: APIRequestContext, shopId: string, threadId: string): Promise<boolean> {
  const headers = { ...consoleRequestHeaders };
  const thread = await request.get(`/platform/${shopId}/api/inbox/threads/${threadId}`, { headers });
  expect(thread.ok()).toBe(true);
  const { entities } = (await thread.json()) as { entities: { type: string; id: string }[] };
  const orderId = entities.find((e) => e.type === 'MMP_ORDER')?.id ?? '';
  const orders = await request.get(`/platform/${shopId}/api/orders?order_ids=${encodeURIComponent(orderId)}`, { headers });
  expect(orders.ok()).toBe(true);
  const { orders: found } = (await orders.json()) as {
    orders: { has_incident: boolean; order_lines: { order_line_state: string }[] }[];
  };
  if (found.some((o) => o.has_incident || o.order_lines.some((l) => l.order_line_state === 'INCIDENT_OPEN'))) return true;
  const cached = await page.evaluate(
    async ([shop, order]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('seller-console:default');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = await new Promise<number>((resolve, reject) => {
        const lines = db
          .transaction('incidents')
          .objectStore('incidents')
          .count(IDBKeyRange.bound([shop, order, ''], [shop, order, '\uffff']));
        lines.onsuccess = () => resolve(lines.result);
        lines.onerror = () => reject(lines.error);
      });
      db.close();
      return count;
    },
    [shopId, orderId],
  );
  return cached > 0;
}

/** The buyer's name and the order's label as the marketplace has them (M10 through the console's gateway). */
async function threadFacts(request: APIRequestContext, shopId: string, threadId: string): Promise<{ buyer: string; order: string }> {
  const response = await request.get(`/platform/${shopId}/api/inbox/threads/${threadId}`, { headers: { ...consoleRequestHeaders } });
  expect(response.ok()).toBe(true);
  const thread = (await response.json()) as {
    entities: { type: string; label: string }[];
    current_participants: { type: string; display_name: string }[];
  };
  return {
    buyer: thread.current_participants.find((p) => p.type === 'CUSTOMER')?.display_name ?? '',
    order: thread.entities.find((e) => e.type === 'MMP_ORDER')?.label ?? '',
  };
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test('a starter template is found, previewed and inserted with the keyboard, filled from the thread; an unfilled placeholder blocks Send until typed over', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const { view, threadId, shopId } = await polishOrderThread(page, request);
  const { buyer, order } = await threadFacts(request, shopId, threadId);
  expect(buyer).not.toBe('');
  expect(order).not.toBe('');
  const box = view.getByRole('textbox', { name: 'Your reply' });

  // Keyboard only: the reply box, Tab to "Templates" (past "Attach files"), Enter opens the dialog with the cursor in its search field.
  await box.focus();
  const open = view.getByRole('button', { name: 'Templates' });
  for (let i = 0; i < 4 && !(await open.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reply templates' });
  await expect(dialog).toBeVisible();
  const search = dialog.getByRole('combobox', { name: 'Search templates' });
  await expect(search).toBeFocused();

  // The thread's language first: the first template listed is Polish.
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('Polish · language of this thread');
  expect(await seriousViolations(page, '.template-dialog')).toEqual([]);

  await page.keyboard.type('przesyłki');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Zamówienie wysłane');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const preview = dialog.getByRole('region', { name: 'Preview for this thread' });
  await expect(preview).toContainText(`Dzień dobry ${buyer},`);
  await expect(preview).toContainText(`zamówienie ${order} zostało`);
  await expect(preview.locator('mark')).toHaveText(['{carrier}', '{tracking}']);
  await expect(preview).toContainText('Still to fill in after inserting: {carrier}, {tracking}.');
  await page.screenshot({ path: 'test-results/templates-picker.png' });

  // Arrows stay on the list found; Enter inserts the active template.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(box).toBeFocused();
  const inserted = await box.inputValue();
  expect(inserted.startsWith(`Dzień dobry ${buyer},\n\nzamówienie ${order} zostało przekazane przewoźnikowi {carrier}.`)).toBe(true);
  expect(inserted).toContain('Numer przesyłki to {tracking};');
  // The first unfilled placeholder is selected: typing replaces it.
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('{carrier}');
  await page.keyboard.type('InPost');

  // {tracking} is still there: Send (Ctrl+Enter) refuses and names it.
  await page.keyboard.press('Control+Enter');
  const problem = view.getByRole('region', { name: 'Reply' }).getByRole('alert');
  await expect(problem).toHaveText(
    'This reply still holds template placeholders: {tracking}. Replace them with the real details before sending.',
  );
  await expect(box).toHaveValue(/\{tracking\}/);
  expect(await repliesReceived(request, threadId)).toEqual([]);

  // The seller selects {tracking} and types the number over it: the reply goes, once.
  await box.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('{tracking}');
    el.focus();
    el.setSelectionRange(at, at + '{tracking}'.length);
  });
  await page.keyboard.type('620123456789012345678901');
  const body = await box.inputValue();
  expect(body).not.toMatch(/\{(buyer|order|tracking|carrier|date)\}/);
  await page.keyboard.press('Control+Enter');
  // The guard may still warn (a question of the buyer the template does not answer): a reason, typed, and it goes.
  await sendAnywayIfWarned(view, page.keyboard);
  await expect(box).toHaveValue('');
  await expect(view.locator('.message.from-shop', { hasText: '620123456789012345678901' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => repliesReceived(request, threadId), { timeout: 30_000 }).toEqual([201]);
});

test('a template the seller creates is checked, kept in the profile across a reload, and found by search', async ({ page, request }) => {
  await page.goto('/');
  const { view } = await polishOrderThread(page, request);
  const name = `Termin odbioru ${Date.now()}`;
  await view.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reply templates' });
  await dialog.getByRole('button', { name: 'New template' }).click();
  await expect(page.getByRole('dialog', { name: 'New template' })).toBeVisible();
  const editor = page.getByRole('dialog', { name: 'New template' });

  // Nothing filled: both fields are required. An unknown placeholder is refused.
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor.getByRole('alert')).toContainText('Give the template a name.');
  await expect(editor.getByRole('alert')).toContainText('Write the text of the template.');
  await expect(editor.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Name' }).fill(name);
  await expect(editor.getByRole('combobox', { name: 'Language' })).toHaveValue('pl');
  await editor.getByRole('textbox', { name: 'Text' }).fill('Dzień dobry {buyer}, paczkę z zamówienia {order} można odebrać {kiedy}.');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor.getByRole('alert')).toContainText('The console cannot fill {kiedy}');
  await page.screenshot({ path: 'test-results/templates-editor.png' });
  await editor.getByRole('textbox', { name: 'Text' }).fill('Dzień dobry {buyer}, paczkę z zamówienia {order} można odebrać od {date}.');
  await editor.getByRole('button', { name: 'Save template' }).click();

  // Back in the list with the new template active.
  await expect(dialog.getByRole('option', { selected: true })).toContainText(name);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.reload();
  const again = (await polishOrderThread(page, request)).view;
  await again.getByRole('button', { name: 'Templates' }).click();
  await page.keyboard.type(name);
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await expect(dialog.getByRole('option')).toContainText(name);
  await expect(dialog.getByRole('region', { name: 'Preview for this thread' }).locator('mark')).toHaveText(['{date}']);

  // Deleted after a confirmation: gone, and not back after a reload (the starter set is not seeded again either).
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dialog.getByRole('option')).toHaveCount(0);
  await expect(dialog).toContainText(`No template matches “${name}”.`);
});
