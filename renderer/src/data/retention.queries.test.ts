import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { storeDraft } from './drafts.queries';
import { purgeExpiredBuyerData } from './retention.queries';
import { storeMessages, storeThreadsPage, threadMessagesOf } from './thread-messages.queries';
import { searchThreads } from './thread-search.queries';

const now = new Date('2026-11-28T10:00:00Z');

async function put(db: ConsoleDatabase, id: string, lastAt: string, text = `Question in ${id}`) {
  const t = storedThread({ id, lastAt, messages: [text] });
  await storeThreadsPage(db, [{ ...t, attachments: [{ id: `a-${id}`, messageId: t.messages[0]!.id, name: 'photo.jpg' }] }]);
  await db.attachmentBlobs.put({ shopId: 'demo-2001', id: `a-${id}`, blob: new Blob(['x']), contentType: 'image/jpeg', fetchedAt: lastAt });
}

describe('purgeExpiredBuyerData', () => {
  it('deletes threads older than the retention with their messages and attachment bytes, keeping recent ones and any with a draft or unsent reply', async () => {
    const db = new ConsoleDatabase('retention-1');
    await put(db, 'old', '2026-01-10T09:00:00Z');
    await put(db, 'old-draft', '2026-01-10T09:00:00Z');
    await put(db, 'old-queued', '2026-01-10T09:00:00Z');
    await put(db, 'recent', '2026-11-20T09:00:00Z');
    await storeDraft(db, 'demo-2001', 'old-draft', 'half written', now);
    await db.outbox.add({
      id: 'o-1',
      shopId: 'demo-2001',
      threadId: 'old-queued',
      kind: 'reply',
      payload: { body: 'hello', to: [{ type: 'CUSTOMER' }] },
      attachments: [],
      state: 'queued',
      createdAt: now.toISOString(),
      attempts: 0,
    });

    const report = await purgeExpiredBuyerData(db, now, 90);

    expect(report).toEqual({ threads: 1, messages: 1, attachments: 1 });
    expect((await db.threads.toArray()).map((t) => t.id).sort()).toEqual(['old-draft', 'old-queued', 'recent']);
    expect(await threadMessagesOf(db, 'demo-2001', 'old')).toEqual([]);
    expect(await db.attachmentBlobs.get(['demo-2001', 'a-old'])).toBeUndefined();
    expect(await db.attachmentBlobs.get(['demo-2001', 'a-recent'])).toBeDefined();
    expect(await db.threadMessages.count()).toBe(3);
    db.close();
  });

  it('takes a purged thread’s words out of the search postings: its unique word is in no store afterwards, the kept threads stay searchable', async () => {
    const db = new ConsoleDatabase('retention-3');
    // One write posts both threads in the same segments: those are rewritten, not dropped.
    const gone = storedThread({ id: 'gone', lastAt: '2026-01-10T09:00:00Z', messages: ['Zamówienie Xylofonowski nie dotarło'] });
    const kept = storedThread({ id: 'kept', lastAt: '2026-11-20T09:00:00Z', messages: ['Zamówienie Zebrowska dotarło'] });
    await db.threads.bulkPut([gone.thread, kept.thread]);
    await storeMessages(db, [...gone.messages, ...kept.messages]);
    // And one thread alone in its own segments: those are deleted.
    await put(db, 'alone', '2026-01-11T09:00:00Z', 'Kwarcytowy reklamacja');
    expect(await searchThreads(db, ['demo-2001'], 'xylofonowski')).toEqual(new Set(['demo-2001\ngone']));

    await purgeExpiredBuyerData(db, now, 90);

    for (const table of db.tables) {
      const text = JSON.stringify(await table.toArray()).toLowerCase();
      expect(text, table.name).not.toContain('xylofonowski');
      expect(text, table.name).not.toContain('kwarcytowy');
    }
    expect(await searchThreads(db, ['demo-2001'], 'zebrowska')).toEqual(new Set(['demo-2001\nkept']));
    expect(await searchThreads(db, ['demo-2001'], 'zamowienie')).toEqual(new Set(['demo-2001\nkept']));
    expect(
      (await db.searchSegments.toArray()).every((s) => !s.threads.some((key) => key.endsWith('\ngone') || key.endsWith('\nalone'))),
    ).toBe(true);
    db.close();
  });

  it('refuses a retention under a day', async () => {
    const db = new ConsoleDatabase('retention-2');
    await expect(purgeExpiredBuyerData(db, now, 0)).rejects.toThrow(/too short/);
    db.close();
  });
});
