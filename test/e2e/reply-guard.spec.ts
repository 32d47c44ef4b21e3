import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { demo, repliesReceived, shopMessagesWithBody } from './console-helpers';

// The reply guard end to end (issue 11), against the demo marketplace and the real rules of
// shared/reply-guard: a reply with contact data is blocked with its findings marked, fixing it lets
// it go; a warning is sent only with a reason, which is kept on the outbox item; contact data a
// buyer shared is marked in the thread. Each test first gives its Polish thread a buyer message of
// its own (the control surface), so the buyer's last message, which the guard reads for questions,
// is known.

const blockedReply = 'Proszę napisać na sklep@elektro-dom.pl albo zadzwonić +48 600 100 200, lub WhatsApp.';

/** Waits for the inbox and answers the id of the `nth` buyer thread (about an order) of the PL market the shop may answer to the buyer. */
async function polishThread(page: Page, nth: number): Promise<string> {
  await page.goto('/');
  const rows = page
    .locator('.thread-row:not(:has(.badge.operator))')
    .filter({ has: page.locator('.badge.market', { hasText: /^PL$/ }) })
    .filter({ has: page.locator('.thread-order') })
    .filter({ hasNotText: 'Closed' })
    .filter({ hasNotText: 'Message limit reached' });
  await expect(rows.nth(nth)).toBeVisible({ timeout: 30_000 });
  return (await rows.nth(nth).getAttribute('data-thread-id')) ?? '';
}

/**
 * Has the buyer write `body` in the thread now, then opens it (opening reads it whole, with the new
 * message). The next sync moves the thread up the list, so the click is tried again if a re-sort
 * took the row from under it.
 */
async function buyerWritesThenOpen(page: Page, request: APIRequestContext, threadId: string, body: string): Promise<Locator> {
  const posted = await request.post(`${demo}/__control/buyer-message`, { data: { threadId, body } });
  expect(posted.status(), await posted.text()).toBe(201);
  const view = page.locator(`article.thread-view[data-thread-id="${threadId}"]`);
  await expect(async () => {
    await page.locator(`.thread-row[data-thread-id="${threadId}"]`).click();
    await expect(view).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(view.locator('.message.from-customer').last()).toContainText(body.slice(0, 30), { timeout: 15_000 });
  return view;
}

test('a reply with an e-mail address, a phone number and a messenger is blocked with its findings marked; fixed, it goes', async ({
  page,
  request,
}) => {
  const threadId = await polishThread(page, 3);
  const view = await buyerWritesThenOpen(page, request, threadId, 'Dzień dobry, lampa dotarła dziś w całości. Dziękuję.');
  const shopId = (await view.getAttribute('data-shop-id')) ?? '';
  const composer = view.getByRole('region', { name: 'Reply' });
  const reply = composer.getByRole('textbox', { name: 'Your reply' });
  const send = composer.getByRole('button', { name: 'Send' });

  await reply.fill(blockedReply);
  // Marked in the text (the backdrop behind the reply box) ...
  const marks = composer.locator('mark.guard-mark.block');
  await expect(marks.filter({ hasText: 'sklep@elektro-dom.pl' })).toHaveCount(1);
  await expect(marks.filter({ hasText: '+48 600 100 200' })).toHaveCount(1);
  await expect(marks.filter({ hasText: 'WhatsApp' })).toHaveCount(1);
  // ... and listed with the rule, its severity, why and its source.
  const findings = composer.getByRole('list', { name: 'Reply check' });
  for (const rule of ['E-mail address', 'Phone number', 'Messenger or social network']) {
    await expect(findings.getByRole('listitem').filter({ hasText: rule })).toContainText('Blocks sending');
  }
  expect(await findings.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  await expect(findings).toContainText('Marketplace communication rules, no contact data');
  await composer.screenshot({ path: 'test-results/reply-guard-blocked.png' });
  // Send is off, and says why.
  await expect(send).toBeDisabled();
  await expect(send).toHaveAccessibleDescription(/Send is off until what is marked in red is removed/);
  // Picking a finding selects its stretch in the reply.
  await findings.getByRole('button', { name: /E-mail address/ }).click();
  await expect(reply).toBeFocused();
  expect(await reply.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd))).toBe(
    'sklep@elektro-dom.pl',
  );
  // Ctrl+Enter does not get round it either.
  await reply.press('Control+Enter');
  await expect(view.locator('.outbox-item')).toHaveCount(0);
  expect(await repliesReceived(request, threadId)).toEqual([]);

  // Fixed: the contact data gone, the reply goes.
  const fixed = `Dzień dobry, cieszymy się, że lampa dotarła w całości. Jesteśmy do dyspozycji tutaj, na platformie. (${Date.now()})`;
  await reply.fill(fixed);
  await expect(composer.locator('mark.guard-mark')).toHaveCount(0);
  await expect(send).toBeEnabled();
  await send.click();
  await expect(view.locator('.message.from-shop', { hasText: fixed })).toBeVisible({ timeout: 30_000 });
  expect(await repliesReceived(request, threadId)).toEqual([201]);
  expect(await shopMessagesWithBody(request, shopId, threadId, fixed)).toBe(1);
});

test('a warning is sent only with a reason, and the reason is kept on the outbox item', async ({ page, request }) => {
  const threadId = await polishThread(page, 4);
  const view = await buyerWritesThenOpen(page, request, threadId, 'Dzień dobry, zamówiona lampa dotarła dziś. Dziękuję bardzo.');
  const composer = view.getByRole('region', { name: 'Reply' });
  const reply = composer.getByRole('textbox', { name: 'Your reply' });

  // English in a Polish thread: the language rule warns.
  const body = `Hello, thank you very much for letting us know that the lamp arrived safely today. We are glad everything is fine with your order. (${Date.now()})`;
  await reply.fill(body);
  await composer.getByRole('button', { name: 'Send' }).click();
  const findings = composer.getByRole('list', { name: 'Reply check' });
  await expect(findings.getByRole('listitem').filter({ hasText: 'Language of the market' })).toContainText('Warning');
  const override = composer.getByRole('group', { name: /Send despite the warnings\?/ });
  await expect(override).toBeVisible();
  await expect(override.getByRole('textbox', { name: 'Reason' })).toBeFocused();

  // No reason, no send.
  await override.getByRole('button', { name: 'Send anyway' }).click();
  await expect(override.getByRole('alert')).toHaveText('Give a reason to send anyway.');
  await expect(view.locator('.outbox-item')).toHaveCount(0);

  const reason = 'The buyer asked us by phone to answer in English.';
  await override.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await override.getByRole('button', { name: 'Send anyway' }).click();
  await expect(view.locator('.message.from-shop', { hasText: body })).toBeVisible({ timeout: 30_000 });
  expect(await repliesReceived(request, threadId)).toEqual([201]);

  // The outbox item keeps the overridden rules and the reason (for the workstation's audit).
  const kept = await page.evaluate(async (sent) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('seller-console:default');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const items = await new Promise<{ payload: { body: string }; guardOverride?: unknown }[]>((resolve, reject) => {
      const all = db.transaction('outbox').objectStore('outbox').getAll();
      all.onsuccess = () => resolve(all.result as never);
      all.onerror = () => reject(all.error);
    });
    db.close();
    return items.filter((item) => item.payload.body === sent).map((item) => item.guardOverride);
  }, body);
  expect(kept).toEqual([expect.objectContaining({ rules: expect.arrayContaining(['language']), reason })]);
});

test("contact data in a buyer's message is marked, with a note to answer here", async ({ page, request }) => {
  const threadId = await polishThread(page, 5);
  const view = await buyerWritesThenOpen(page, request, threadId, 'Proszę pisać na jan.kowalski@gmail.com, tam szybciej odpowiem.');
  const message = view.locator('.message.from-customer').last();
  await expect(message.locator('mark.buyer-contact', { hasText: 'jan.kowalski@gmail.com' })).toBeVisible();
  await expect(message.getByRole('list', { name: 'Contact data in this message' })).toContainText(
    'The buyer shared an e-mail address: answer here, not there.',
  );
});
