import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { e2ePorts } from '../../playwright.config';
import { consoleRequestHeaders } from '../../shared/ipc';

// Names from outside (attachment names, buyer names, topics) with hidden bidirectional controls
// must not disguise themselves: `evil<RLO>gnp.exe` would display as "evilexe.png". The console
// shows such names with the controls as visible markers, in logical order, isolated from their
// surroundings, with a note that says so; ordinary names look as they always did.

const demo = `http://127.0.0.1:${e2ePorts.demo}`;
const shopIds = ['demo-2001', 'demo-2002', 'demo-2003', 'demo-2004'];
const RLO = '\u202E';
const anyControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const note = 'This name contains hidden direction characters';

const evilFile = `evil${RLO}gnp.exe`;
// "Anna ikslawoK" displays as "Anna Kowalski"; "Faktura fdp.exe" as "Faktura exe.pdf".
const evilBuyer = `Anna ${RLO}ikslawoK`;
const evilTopic = `Faktura\u200E ${RLO}fdp.exe`;

/** Threads with a buyer that the platform has not taken over, over all demo shops (read through the console's gateway). */
async function buyerThreadIds(request: APIRequestContext): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const shopId of shopIds) {
    const response = await request.get(`/platform/${shopId}/api/inbox/threads`, {
      params: { limit: 100 },
      headers: { ...consoleRequestHeaders },
    });
    expect(response.ok(), await response.text()).toBe(true);
    const page = (await response.json()) as { data: { id: string; current_participants: { type: string }[] }[] };
    for (const t of page.data)
      if (t.current_participants.some((p) => p.type === 'CUSTOMER') && !t.current_participants.some((p) => p.type === 'OPERATOR'))
        ids.add(t.id);
  }
  return ids;
}

/**
 * A buyer thread listed well below the rows the other specs pick by position, and waiting already,
 * so a new buyer message keeps its deadline and its place in the list.
 */
async function quietBuyerThread(page: Page, request: APIRequestContext): Promise<string> {
  const rows = page.locator('.thread-row.waiting:not(:has(.badge.operator))');
  await expect(rows.nth(40)).toBeVisible({ timeout: 30_000 });
  const buyers = await buyerThreadIds(request);
  const ids = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-thread-id') ?? ''));
  const id = ids.slice(30).find((candidate) => buyers.has(candidate));
  if (!id) throw new Error('The demo inbox has no waiting buyer thread below the first 30 rows.');
  return id;
}

/**
 * Each visible character of the element in logical (DOM) order with where it stands on screen. Where
 * hidden controls reorder the display, the characters stop running from left to right.
 */
async function characterBoxes(locator: Locator): Promise<{ left: number; top: number }[]> {
  return locator.evaluate((element) => {
    const boxes: { left: number; top: number }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      let offset = 0;
      for (const char of text) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + char.length);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && char.trim() !== '') boxes.push({ left: rect.left, top: rect.top });
        offset += char.length;
      }
    }
    return boxes;
  });
}

/**
 * The name shows no raw control, its characters run left to right in logical order (or on to a
 * line below), and a note with a tooltip says it holds hidden direction characters.
 */
async function expectNeutralised(name: Locator, shown: RegExp): Promise<void> {
  await expect(name).toHaveText(shown);
  expect(await name.evaluate((e) => (e as HTMLElement).innerText)).not.toMatch(anyControl);
  const boxes = await characterBoxes(name.locator('bdi'));
  expect(boxes.length).toBeGreaterThan(5);
  const inOrder = boxes.every((box, i) => {
    const before = boxes[i - 1];
    return !before || box.left > before.left || box.top > before.top + 4;
  });
  expect(
    inOrder,
    `characters on screen in logical order: ${boxes.map((b) => `${Math.round(b.left)},${Math.round(b.top)}`).join(' ')}`,
  ).toBe(true);
  const badge = name.locator('.bidi-note');
  await expect(badge).toContainText(note);
  await expect(badge).toHaveAttribute('title', /hidden direction characters/);
}

test('names with hidden direction characters show in logical order, marked, with a note', async ({ page, request }) => {
  await page.goto('/');
  // The first sync done, so the list is in its final order when a thread is picked by position.
  const shopsStatus = page.getByRole('contentinfo', { name: 'Console status' }).getByRole('list', { name: 'Shops' }).getByRole('listitem');
  await expect(shopsStatus).toHaveCount(shopIds.length);
  for (const shop of await shopsStatus.all()) await expect(shop).toContainText('synced', { timeout: 30_000 });
  const threadId = await quietBuyerThread(page, request);
  const posted = await request.post(`${demo}/__control/buyer-message`, {
    data: {
      threadId,
      body: 'Dzień dobry, w załączniku zdjęcie uszkodzonej paczki.',
      customerName: evilBuyer,
      topic: evilTopic,
      attachments: [{ name: evilFile, contentType: 'image/png', text: 'MZ: a program, not a photo' }],
    },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  // A pass that started before the message may have paged past the thread already: fetch again
  // until the inbox has it.
  const row = page.locator(`.thread-row[data-thread-id="${threadId}"]`);
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(row.locator('.thread-topic')).toContainText('fdp.exe', { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });

  // The inbox row: topic and buyer.
  await expectNeutralised(row.locator('.thread-topic'), /^Faktura⟪LRM⟫ ⟪RLO⟫fdp\.exe/);
  await expectNeutralised(row.locator('.thread-meta .safe-name', { hasText: 'ikslawoK' }), /^Anna ⟪RLO⟫ikslawoK/);
  await expect(page.getByRole('button', { name: new RegExp(note) })).toHaveAttribute('data-thread-id', threadId);

  // The thread: header, the buyer's name as author, the attachment.
  await row.click();
  const view = page.locator(`article.thread-view[data-thread-id="${threadId}"]`);
  await expect(view).toHaveAttribute('aria-label', 'Thread Faktura⟪LRM⟫ ⟪RLO⟫fdp.exe');
  await expectNeutralised(view.getByRole('heading', { level: 2 }), /^Faktura⟪LRM⟫ ⟪RLO⟫fdp\.exe/);
  await expectNeutralised(view.locator('.participants .safe-name', { hasText: 'ikslawoK' }), /^Anna ⟪RLO⟫ikslawoK/);
  await page.screenshot({ path: 'test-results/bidi-inbox-and-header.png' });
  const message = view.locator('.message.from-customer').last();
  await expect(message.locator('.message-body')).toHaveText('Dzień dobry, w załączniku zdjęcie uszkodzonej paczki.');
  await expectNeutralised(message.locator('.message-meta strong'), /^Anna ⟪RLO⟫ikslawoK/);
  const attachment = message.getByRole('list', { name: 'Attachments' }).getByRole('listitem');
  await expectNeutralised(attachment, /evil⟪RLO⟫gnp\.exe/);
  await expect(attachment.locator('.bidi-note')).toContainText('real type .exe');
  // The displayed name ends with the real extension: ".exe" is its last visible text.
  await expect(attachment.locator('bdi')).toHaveText(/gnp\.exe$/);

  // The composer's chosen files: the same file picked from disk, and its Remove button's name.
  const composer = view.getByRole('region', { name: 'Reply' });
  await composer.locator('input[type=file]').setInputFiles([
    { name: evilFile, mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
    { name: 'label.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
  ]);
  const chosen = composer.getByRole('list', { name: 'Files to send' });
  await expectNeutralised(chosen.getByRole('listitem').first(), /evil⟪RLO⟫gnp\.exe/);
  await expect(chosen.getByRole('listitem').nth(1).locator('.bidi-note')).toHaveCount(0);
  await expect(chosen.getByRole('button', { name: 'Remove label.pdf' })).toBeVisible();
  await expect(chosen.getByRole('button', { name: 'Remove evil⟪RLO⟫gnp.exe' })).toBeVisible();
  await expectNeutralised(composer.locator('.recipients .safe-name'), /^Anna ⟪RLO⟫ikslawoK/);
  // Nowhere on screen (inbox, thread, composer, status bar) is a raw control left.
  expect(await page.locator('body').innerText()).not.toMatch(anyControl);
  await chosen.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/bidi-thread.png' });
  await chosen.getByRole('button', { name: 'Remove evil⟪RLO⟫gnp.exe' }).click();
  await chosen.getByRole('button', { name: 'Remove label.pdf' }).click();
  await expect(chosen).toHaveCount(0);
});
