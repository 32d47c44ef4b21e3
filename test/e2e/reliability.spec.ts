import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { deriveShopKey } from '../../electron/demo-marketplace/seed/shops.seed';
import { answerableThreads, demo, openThread, repliesReceived, setFaults, shopMessagesWithBody, writeReply } from './console-helpers';
import { consoleRequestHeaders } from '../../shared/ipc';

// The two ways the console once lost a seller's data, end to end in Chromium against the demo
// marketplace: a queued reply hidden when the set of shops changed, and a thread quarantined on a
// page beyond the first that no later pass ever fetched again.

test.afterEach(async ({ request }) => {
  await setFaults(request, []);
  // Shops a test connected are disconnected again, whatever happened (the demo's own stay).
  const listed = (await (await request.post('/ipc/shops:list', { data: {}, headers: { ...consoleRequestHeaders } })).json()) as {
    ok: boolean;
    value?: { id: string; kind: string }[];
  };
  for (const shop of listed.value ?? []) {
    if (shop.kind !== 'demo') await request.post('/ipc/shops:disconnect', { data: { id: shop.id }, headers: { ...consoleRequestHeaders } });
  }
});

test('a reply queued while a shop is connected is still sent, exactly once, when the marketplace comes back', async ({ page, request }) => {
  test.slow();
  await page.goto('/');
  const [threadId] = await answerableThreads(page, 1, 20);
  if (!threadId) throw new Error('The demo inbox has too few threads.');
  const view = await openThread(page, threadId);
  const shopId = (await view.getAttribute('data-shop-id')) ?? '';
  const status = page.getByRole('contentinfo', { name: 'Console status' });

  // The marketplace answers 503 to every reply for now.
  await setFaults(request, [{ operation: 'M12', fault: 'status', status: 503 }]);
  const body = `Dzień dobry, wymiana jest w drodze (${Date.now()}).`;
  await writeReply(view, body);
  await expect(status).toContainText('1 waiting to send');
  await expect(view.locator('.outbox-item')).toContainText('The marketplace answered 503', { timeout: 30_000 });

  // A second shop is connected meanwhile (the demo's shop 2001 again, under another name).
  await page.getByRole('button', { name: 'Shops' }).click();
  const form = page.getByRole('form', { name: 'Connect a Mirakl shop' });
  await form.getByLabel('Name').fill('Second desk');
  await form.getByLabel('Marketplace address').fill(demo);
  await form.getByLabel('Shop API key').fill(deriveShopKey('demo', 2001));
  await form.getByLabel('Shop id (only for keys that reach several shops)').fill('2001');
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('region', { name: 'Shops' }).getByText('Shop connected.')).toBeVisible({ timeout: 30_000 });
  await expect(status).toContainText('1 waiting to send');

  // The marketplace is back: the reply arrives once and shows in its thread.
  await setFaults(request, []);
  await page.getByRole('button', { name: 'Inbox', exact: true }).click();
  // The thread stays open across views (the new shop's threads may push its row down the list).
  const reopened = page.locator(`article.thread-view[data-thread-id="${threadId}"]`);
  await expect(reopened.locator('.message.from-shop', { hasText: body })).toBeVisible({ timeout: 60_000 });
  await expect(status).toContainText('Nothing waiting to send');
  const answers = await repliesReceived(request, threadId);
  expect(answers.filter((s) => s === 201)).toHaveLength(1);
  expect(answers.every((s) => s === 201 || s === 503)).toBe(true);
  expect(await shopMessagesWithBody(request, shopId, threadId, body)).toBe(1);
});

/** Every thread id each demo shop lists now, read through the gateway (M11 pages). */
async function marketplaceThreadIds(request: APIRequestContext, shopIds: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const shopId of shopIds) {
    let token: string | undefined;
    do {
      const response = await request.get(`/platform/${shopId}/api/inbox/threads`, {
        params: token ? { page_token: token } : { limit: 100 },
        headers: { ...consoleRequestHeaders },
      });
      const page = (await response.json()) as { data: { id: string }[]; next_page_token?: string | null };
      ids.push(...page.data.map((t) => `${shopId}/${t.id}`));
      token = page.next_page_token ?? undefined;
    } while (token);
  }
  return ids.sort();
}

/** The thread keys of `shopIds` the console's cache holds (bare IndexedDB; empty before the database exists). */
async function cachedThreadIds(page: Page, shopIds: readonly string[]): Promise<string[]> {
  const all = await page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'seller-console:default')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('seller-console:default');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    try {
      const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
        const read = db.transaction('threads', 'readonly').objectStore('threads').getAllKeys();
        read.onsuccess = () => resolve(read.result);
        read.onerror = () => reject(read.error ?? new Error('read failed'));
      });
      return (keys as [string, string][]).map(([shopId, id]) => `${shopId}/${id}`);
    } finally {
      db.close();
    }
  });
  return all.filter((key) => shopIds.some((id) => key.startsWith(`${id}/`))).sort();
}

test('threads quarantined on a second page are fetched again by later passes until the cache equals the marketplace', async ({
  page,
  request,
}) => {
  const shopIds = ['demo-2001', 'demo-2002', 'demo-2003', 'demo-2004'];
  // Poll the inbox as often as Mirakl allows, so the later passes come within the test.
  await page.addInitScript(() => localStorage.setItem('seller-console:inbox-poll-ms', '10000'));
  // Every M11 page of the first pass (two per shop) carries one broken thread.
  await setFaults(request, [{ operation: 'M11', fault: 'schema-violation', times: 8 }]);
  await page.goto('/');
  const status = page.getByRole('contentinfo', { name: 'Console status' });
  await expect(status.getByRole('button', { name: '2 records unreadable' })).toHaveCount(4, { timeout: 30_000 });
  const expected = await marketplaceThreadIds(request, shopIds);
  expect(expected).toHaveLength(500);
  expect(expected.length - (await cachedThreadIds(page, shopIds)).length).toBe(8);

  // The marketplace sends them right again: without the seller's help, the cache converges.
  await setFaults(request, []);
  await expect.poll(() => cachedThreadIds(page, shopIds), { timeout: 45_000, intervals: [1_000] }).toEqual(expected);
  await expect(status.getByRole('button', { name: /unreadable/ })).toHaveCount(0, { timeout: 15_000 });
  await expect(status).toContainText(/synced \d/);
  await page.getByRole('button', { name: 'Diagnostics' }).click();
  await expect(page.getByRole('region', { name: 'Diagnostics' })).toContainText('None: everything the marketplace sent was understood.');
});

/**
 * A full disk, as IndexedDB reports it: every write refused with QuotaExceededError while
 * `window.__storageFull` is true. (Chromium's Storage.overrideQuotaForOrigin was tried first: in the
 * Chromium these tests run on it changes the quota reported, not what IndexedDB accepts.)
 */
async function simulateFullDisk(page: Page): Promise<(full: boolean) => Promise<void>> {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const real = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof real>) {
        if ((window as { __storageFull?: boolean }).__storageFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      };
    }
  });
  return (full) => page.evaluate((value) => void ((window as { __storageFull?: boolean }).__storageFull = value), full);
}

test('with the storage full, a reply that cannot be stored keeps its text and says why, and nothing stored is lost', async ({
  page,
  request,
}) => {
  // The first reply waits out the outbox's backoff after its 503s: give the test room for that.
  test.slow();
  const setStorageFull = await simulateFullDisk(page);
  await page.goto('/');
  const [threadId] = await answerableThreads(page, 1, 24);
  if (!threadId) throw new Error('The demo inbox has too few threads.');
  const view = await openThread(page, threadId);
  const shopId = (await view.getAttribute('data-shop-id')) ?? '';
  const status = page.getByRole('contentinfo', { name: 'Console status' });
  const stamp = Date.now();

  // A first reply is stored and waits (the marketplace answers 503 for now).
  await setFaults(request, [{ operation: 'M12', fault: 'status', status: 503 }]);
  const stored = `Dzień dobry, sprawdzamy przesyłkę (${stamp}-a).`;
  await writeReply(view, stored);
  await expect(status).toContainText('1 waiting to send');

  // The disk is full: the next reply cannot be stored.
  await setStorageFull(true);
  const refused = `Dzień dobry, wymiana wyjdzie jutro (${stamp}-b).`;
  const box = view.getByRole('textbox', { name: 'Your reply' });
  await writeReply(view, refused);
  await expect(view.getByRole('alert')).toContainText("This computer has no room left for the console's offline data", { timeout: 15_000 });
  await expect(view.getByRole('alert')).toContainText('nothing stored before was lost');
  await expect(box).toHaveValue(refused);
  await expect(status).toContainText('1 waiting to send');
  await expect(view.locator('.outbox-item .outbox-body')).toHaveText([stored]);

  // Room again, and the marketplace back: both arrive, once each.
  await setStorageFull(false);
  await setFaults(request, []);
  await view.getByRole('region', { name: 'Reply' }).getByRole('button', { name: 'Send', exact: true }).click();
  await expect(box).toHaveValue('');
  for (const body of [stored, refused]) {
    await expect(view.locator('.message.from-shop', { hasText: body })).toBeVisible({ timeout: 60_000 });
    expect(await shopMessagesWithBody(request, shopId, threadId, body)).toBe(1);
  }
});
