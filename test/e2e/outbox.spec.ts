import { expect, test } from '@playwright/test';
import {
  answerableThreads,
  demo,
  openThread,
  repliesReceived,
  serveConsoleWhileOffline,
  shopMessagesWithBody,
  writeReply,
} from './console-helpers';
import { consoleRequestHeaders } from '../../shared/ipc';

// The outbox end to end: replies written offline are kept across a reload and delivered exactly
// once when the connection is back; a reply the marketplace refuses is parked with its reason and
// can be copied, edited and retried, or discarded.
//
// "Offline" here is what a seller on a train has: the console's own local server (page, IPC) still
// answers, the marketplace does not. context.setOffline() cuts both, so the console's own origin
// is served through route.fetch (from the test's side, not subject to the browser's offline mode),
// while /platform/ (the gateway to the marketplace) fails as it would without a connection.

test.afterEach(async ({ request }) => {
  await request.delete(`${demo}/__control/faults`);
});

test('replies written offline survive a reload and are delivered exactly once when back online', async ({ page, context, request }) => {
  await serveConsoleWhileOffline(context);
  await page.goto('/');
  const [first, second, third] = await answerableThreads(page, 3, 2);
  if (!first || !second || !third) throw new Error('The demo inbox has too few threads.');
  const stamp = Date.now();
  const replies = {
    [first]: `Dzień dobry, paczka wyszła dziś rano (${stamp}-a).`,
    [second]: `Labdien, pārbaudīsim un atbildēsim rīt (${stamp}-b).`,
  };
  const draft = `Olá, ainda estou a escrever isto (${stamp}-c)`;

  await context.setOffline(true);
  const shops: Record<string, string> = {};
  for (const threadId of [first, second]) {
    const view = await openThread(page, threadId);
    shops[threadId] = (await view.getAttribute('data-shop-id')) ?? '';
    await writeReply(view, replies[threadId] ?? '');
    const item = view.locator('.outbox-item');
    await expect(item).toContainText('Waiting to send');
    await expect(item).toContainText('You are offline');
    await expect(item.locator('.outbox-body')).toHaveText(replies[threadId] ?? '');
    await expect(view.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');
  }
  const draftView = await openThread(page, third);
  await draftView.getByRole('textbox', { name: 'Your reply' }).fill(draft);
  await expect(draftView.getByRole('region', { name: 'Reply' }).getByRole('status')).toHaveText('Draft saved');

  // A reload while still offline: the cache has everything.
  await page.reload();
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
  for (const threadId of [first, second]) {
    const view = await openThread(page, threadId);
    await expect(view.locator('.outbox-item')).toContainText('Waiting to send');
    await expect(view.locator('.outbox-item .outbox-body')).toHaveText(replies[threadId] ?? '');
  }
  await expect((await openThread(page, third)).getByRole('textbox', { name: 'Your reply' })).toHaveValue(draft);
  for (const threadId of [first, second]) expect(await repliesReceived(request, threadId)).toEqual([]);

  // Back online: each reply is delivered once and shows as a message of its thread.
  await context.setOffline(false);
  for (const threadId of [first, second]) {
    const view = await openThread(page, threadId);
    const body = replies[threadId] ?? '';
    await expect(view.locator('.message.from-shop', { hasText: body })).toBeVisible({ timeout: 30_000 });
    await expect(view.locator('.message.from-shop', { hasText: body })).toContainText('Sent from this console');
    await expect(view.locator('.outbox-item')).toHaveCount(0);
    expect(await repliesReceived(request, threadId)).toEqual([201]);
    expect(await shopMessagesWithBody(request, shops[threadId] ?? '', threadId, body)).toBe(1);
  }
  await expect((await openThread(page, third)).getByRole('textbox', { name: 'Your reply' })).toHaveValue(draft);
  await page.screenshot({ path: 'test-results/outbox-delivered.png' });
});

test('a reply the marketplace refuses is parked with the reason, and can be copied, edited and retried, or discarded', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const [threadId] = await answerableThreads(page, 1, 6);
  if (!threadId) throw new Error('The demo inbox has too few threads.');
  const view = await openThread(page, threadId);
  const shopId = (await view.getAttribute('data-shop-id')) ?? '';
  const stamp = Date.now();

  // The marketplace refuses the next reply once (400).
  const fault = await request.put(`${demo}/__control/faults`, {
    data: { rules: [{ operation: 'M12', fault: 'status', status: 400, times: 1 }] },
  });
  expect(fault.ok()).toBe(true);
  const refused = `Dobar dan, šaljemo zamjenu sutra (${stamp}).`;
  await writeReply(view, refused);
  const item = view.locator('.outbox-item');
  await expect(item).toContainText('Not sent: Injected fault: 400', { timeout: 30_000 });

  // Copy text.
  await item.getByRole('button', { name: 'Copy text' }).click();
  await expect(item.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(refused);

  // Edit and retry: the edited text is delivered, once.
  await item.getByRole('button', { name: 'Edit and retry' }).click();
  const editor = item.getByRole('form', { name: 'Edit the reply' });
  const edited = `${refused} Pozdrav!`;
  await editor.getByRole('textbox', { name: 'Edit the reply' }).fill(edited);
  await editor.getByRole('button', { name: 'Send again' }).click();
  // The edited text is checked again: a warning on it (e.g. the market's language) takes a reason, kept with the reply.
  const anyway = editor.getByRole('button', { name: 'Send anyway' });
  await expect.poll(async () => (await editor.count()) === 0 || (await anyway.isVisible()), { timeout: 15_000 }).toBe(true);
  if ((await editor.count()) > 0) {
    await expect(anyway).toBeDisabled();
    await editor.getByRole('textbox', { name: /Why this reply is right/ }).fill('The buyer wrote in Croatian.');
    await anyway.click();
  }
  await expect(view.locator('.message.from-shop', { hasText: edited })).toBeVisible({ timeout: 30_000 });
  await expect(view.locator('.outbox-item')).toHaveCount(0);
  expect(await repliesReceived(request, threadId)).toEqual([400, 201]);
  expect(await shopMessagesWithBody(request, shopId, threadId, edited)).toBe(1);

  // Discard: asked first, with a chance to copy; then gone, and never sent.
  await request.put(`${demo}/__control/faults`, { data: { rules: [{ operation: 'M12', fault: 'status', status: 400, times: 1 }] } });
  const dropped = `Ova poruka će biti odbačena (${stamp}).`;
  await writeReply(view, dropped);
  const second = view.locator('.outbox-item');
  await expect(second).toContainText('Not sent: Injected fault: 400', { timeout: 30_000 });
  await second.getByRole('button', { name: 'Discard' }).click();
  const confirm = second.getByRole('alertdialog', { name: 'Discard this reply?' });
  await expect(confirm).toContainText('Copy it first');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(second).toContainText('Not sent');
  await second.getByRole('button', { name: 'Discard' }).click();
  await second.getByRole('alertdialog').getByRole('button', { name: 'Discard for good' }).click();
  await expect(view.locator('.outbox-item')).toHaveCount(0);
  expect(await shopMessagesWithBody(request, shopId, threadId, dropped)).toBe(0);
  expect(await repliesReceived(request, threadId)).toEqual([400, 201, 400]);
});

test('the composer checks a reply before it is queued', async ({ page }) => {
  await page.goto('/');
  const [threadId] = await answerableThreads(page, 1, 10);
  if (!threadId) throw new Error('The demo inbox has too few threads.');
  const view = await openThread(page, threadId);
  await writeReply(view, '  a ');
  await expect(view.getByRole('alert')).toHaveText('A reply needs at least 3 characters.');
  await expect(view.getByRole('textbox', { name: 'Your reply' })).toHaveAttribute('aria-invalid', 'true');
  await expect(view.locator('.outbox-item')).toHaveCount(0);
});

test('a reply whose answer was lost is looked for in the thread before any resend, and arrives once', async ({ page, request }) => {
  await page.goto('/');
  const [threadId] = await answerableThreads(page, 1, 8);
  if (!threadId) throw new Error('The demo inbox has too few threads.');
  const view = await openThread(page, threadId);
  const shopId = (await view.getAttribute('data-shop-id')) ?? '';
  // The marketplace stores the reply but the connection drops before its answer; the read-back is slow,
  // so the state in between can be seen.
  await request.put(`${demo}/__control/faults`, {
    data: {
      rules: [
        { operation: 'M12', fault: 'drop-after-commit', times: 1 },
        { operation: 'M10', fault: 'latency', ms: 1500 },
      ],
    },
  });
  const body = `Dzień dobry, sprawdzamy to teraz (${Date.now()}).`;
  await writeReply(view, body);
  await expect(view.locator('.outbox-item')).toContainText('Checking whether it arrived…', { timeout: 30_000 });
  await expect(view.locator('.message.from-shop', { hasText: body })).toBeVisible({ timeout: 30_000 });
  await expect(view.locator('.outbox-item')).toHaveCount(0);
  expect(await repliesReceived(request, threadId)).toEqual([0]);
  expect(await shopMessagesWithBody(request, shopId, threadId, body)).toBe(1);
});

test('files chosen for a reply can be removed before sending, and the rest go with it', async ({ page, request }) => {
  await page.goto('/');
  const [threadId] = await answerableThreads(page, 1, 12);
  if (!threadId) throw new Error('The demo inbox has too few threads.');
  const view = await openThread(page, threadId);
  const shopId = (await view.getAttribute('data-shop-id')) ?? '';
  const composer = view.getByRole('region', { name: 'Reply' });
  await composer.locator('input[type=file]').setInputFiles([
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') },
    { name: 'label.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
  ]);
  const chosen = composer.getByRole('list', { name: 'Files to send' });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);
  await chosen.getByRole('button', { name: 'Remove label.pdf' }).click();
  await expect(chosen.getByRole('listitem')).toHaveText([/photo\.png/]);
  const body = `Photo of the repaired device attached (${Date.now()}).`;
  await writeReply(view, body);
  await expect(composer.getByRole('list', { name: 'Files to send' })).toHaveCount(0);
  const message = view.locator('.message.from-shop', { hasText: body });
  await expect(message).toBeVisible({ timeout: 30_000 });
  await expect(message.getByRole('list', { name: 'Attachments' })).toHaveText(/photo\.png/);

  const response = await request.get(`/platform/${shopId}/api/inbox/threads/${threadId}`, { headers: { ...consoleRequestHeaders } });
  const thread = (await response.json()) as { messages: { body: string; attachments?: { name: string }[] }[] };
  const sent = thread.messages.filter((m) => m.body === body);
  expect(sent.map((m) => (m.attachments ?? []).map((a) => a.name))).toEqual([['photo.png']]);
});

// The status bar and the diagnostics view are mounted by the app frame (App.tsx); these two tests
// skip themselves until it shows them, and run from then on.

test('the status bar says offline, counts replies waiting and refused, and opens the refused ones', async ({ page, context, request }) => {
  await serveConsoleWhileOffline(context);
  await page.goto('/');
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
  const status = page.getByRole('contentinfo', { name: 'Console status' });
  await expect(status.getByText('Online', { exact: true })).toBeVisible();
  await expect(status).toContainText(/synced \d/, { timeout: 30_000 });
  await expect(status).toContainText('Nothing waiting to send');
  const [threadId, otherId] = await answerableThreads(page, 2, 14);
  if (!threadId || !otherId) throw new Error('The demo inbox has too few threads.');

  await context.setOffline(true);
  await expect(status).toContainText('Offline');
  const view = await openThread(page, threadId);
  await writeReply(view, `Status bar check (${Date.now()}).`);
  await expect(status).toContainText('1 waiting to send');

  // Back online, the marketplace refuses it: the status bar counts it and lists it.
  await request.put(`${demo}/__control/faults`, { data: { rules: [{ operation: 'M12', fault: 'status', status: 400, times: 1 }] } });
  await context.setOffline(false);
  const parked = status.getByRole('button', { name: '1 not sent' });
  await expect(parked).toBeVisible({ timeout: 30_000 });
  await expect(status).toContainText('Nothing waiting to send');
  await openThread(page, otherId);
  await parked.click();
  const panel = status.getByRole('region', { name: 'Replies not sent' });
  await expect(panel).toContainText('Not sent: Injected fault: 400');
  await panel.getByRole('button', { name: 'Open thread' }).click();
  await expect(panel).toBeHidden();
  await expect(page.locator(`article.thread-view[data-thread-id="${threadId}"] .outbox-item`)).toContainText('Not sent');
});

test('diagnostics lists a record that could not be read, shows what was sent, and clears it', async ({ page, request }) => {
  await request.put(`${demo}/__control/faults`, { data: { rules: [{ operation: 'M11', fault: 'schema-violation', times: 1 }] } });
  await page.goto('/');
  await expect(page.locator('.thread-row').first()).toBeVisible({ timeout: 30_000 });
  await request.delete(`${demo}/__control/faults`);
  const open = page.getByRole('button', { name: 'Diagnostics' });
  await open.click();
  const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
  await expect(diagnostics.getByRole('table')).toHaveCount(4);
  const entries = diagnostics.locator('.quarantine-entry');
  await expect(entries).toHaveCount(1, { timeout: 30_000 });
  await expect(entries).toContainText('thread');
  await entries.getByText('What the marketplace sent').click();
  await expect(entries.locator('pre')).toContainText('404404');
  await entries.getByRole('button', { name: /^Clear/ }).click();
  await expect(entries).toHaveCount(0);
  await expect(diagnostics).toContainText('None: everything the marketplace sent was understood.');
});
