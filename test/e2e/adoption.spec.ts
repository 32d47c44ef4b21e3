import { expect, test, type APIRequestContext } from '@playwright/test';
import { storesV2 } from '../../renderer/src/data/schema-stores';
import { demo } from './console-helpers';

// An offline cache of the older layout (one database per profile and set of shops) holding a reply
// that was never sent and a draft: in real Chromium IndexedDB, the console takes both over into the
// profile's database at start, sends the reply exactly once, and deletes the older database.

// Laid out with the stores of schema version 2 (IndexedDB version 20), as that console left them.
const legacyName = 'seller-console:default:demo-2001,demo-2002,demo-2003,demo-2004';

/** Two threads of shop 2001 the shop may answer to the buyer (no operator taking part). */
async function answerableThreadIds(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/platform/demo-2001/api/inbox/threads', {
    params: { limit: 50 },
    headers: { 'x-console-request': '1' },
  });
  const page = (await response.json()) as { data: { id: string; current_participants: { type: string }[] }[] };
  const answerable = page.data.filter(
    (t) => t.current_participants.some((p) => p.type === 'CUSTOMER') && !t.current_participants.some((p) => p.type === 'OPERATOR'),
  );
  return answerable.slice(0, 2).map((t) => t.id);
}

async function shopCopies(request: APIRequestContext, threadId: string, body: string): Promise<number> {
  const response = await request.get(`/platform/demo-2001/api/inbox/threads/${threadId}`, { headers: { 'x-console-request': '1' } });
  const thread = (await response.json()) as { messages: { body: string; from: { type: string } }[] };
  return thread.messages.filter((m) => m.from.type === 'SHOP_USER' && m.body === body).length;
}

test('an older cache with an unsent reply and a draft is taken over at start: the reply arrives once, the draft stays', async ({
  page,
  request,
}) => {
  const [replyThread, draftThread] = await answerableThreadIds(request);
  if (!replyThread || !draftThread) throw new Error('The demo shop has too few answerable threads.');
  const stamp = Date.now();
  const body = `Dzień dobry, to jest odpowiedź ze starej pamięci podręcznej (${stamp}).`;
  const draft = `Szkic ze starej pamięci (${stamp})`;

  // A page of the console's origin that runs no console code: the older database is laid out there.
  await page.goto('/favicon.svg');
  await page.evaluate(
    async ({ name, stores, item, draftRecord }) => {
      const parse = (spec: string) => {
        const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
        const keyPathOf = (key: string) => (key.startsWith('[') ? key.slice(1, -1).split('+') : key.replace(/^(\+\+|&)/, ''));
        return {
          primary: keyPathOf(primary),
          autoIncrement: primary.startsWith('++'),
          indexes: indexes.map((i) => ({ name: i.replace(/^&/, ''), keyPath: keyPathOf(i), unique: i.startsWith('&') })),
        };
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 20);
        open.onupgradeneeded = () => {
          for (const [store, spec] of Object.entries(stores)) {
            const { primary, autoIncrement, indexes } = parse(spec);
            const created = open.result.createObjectStore(store, { keyPath: primary, autoIncrement });
            for (const index of indexes) created.createIndex(index.name, index.keyPath, { unique: index.unique });
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['outbox', 'drafts'], 'readwrite');
        tx.objectStore('outbox').add(item);
        tx.objectStore('drafts').put(draftRecord);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    {
      name: legacyName,
      stores: storesV2,
      item: {
        id: `legacy-${stamp}`,
        shopId: 'demo-2001',
        kind: 'reply',
        threadId: replyThread,
        payload: { body, to: [{ type: 'CUSTOMER' }] },
        attachments: [],
        state: 'queued',
        createdAt: new Date().toISOString(),
        attempts: 0,
      },
      draftRecord: { shopId: 'demo-2001', threadId: draftThread, body: draft, updatedAt: new Date().toISOString() },
    },
  );

  // The console starts: the reply is sent from the profile's database, once.
  await page.goto('/');
  await expect.poll(() => shopCopies(request, replyThread, body), { timeout: 30_000 }).toBe(1);
  await expect(page.getByRole('contentinfo', { name: 'Console status' })).toContainText('Nothing waiting to send');
  const log = (await (await request.get(`${demo}/__control/requests`)).json()) as {
    requests: { operation: string | null; path: string; status: number }[];
  };
  expect(log.requests.filter((r) => r.operation === 'M12' && r.path.includes(replyThread)).map((r) => r.status)).toEqual([201]);

  // The older database is gone; the draft lives on in the profile's database.
  const after = await page.evaluate(
    async ({ draftThread }) => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('seller-console:default');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const stored = await new Promise<{ body?: string } | undefined>((resolve, reject) => {
        const read = db.transaction('drafts').objectStore('drafts').get(['demo-2001', draftThread]);
        read.onsuccess = () => resolve(read.result as { body?: string } | undefined);
        read.onerror = () => reject(read.error ?? new Error('read failed'));
      });
      db.close();
      return { names, draft: stored?.body };
    },
    { draftThread },
  );
  expect(after.names).not.toContain(legacyName);
  expect(after.draft).toBe(draft);
  expect(await shopCopies(request, replyThread, body)).toBe(1);
});
