import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { threadKeyOf } from './inbox.queries';
import type { AttachmentRecord, MessageRecord } from './records';
import { storesV8 } from './schema-stores';
import { searchSegments } from './search-segments';
import { searchTokens } from './search-tokens';
import { storeThreadsPage, threadContentOf } from './thread-messages.queries';
import { searchThreads } from './thread-search.queries';

/** A thread's messages record as version 8 wrote it: tokens as a list, each message with its `raw`. */
function v8Record(shopId: string, threadId: string, buyer: string, messages: MessageRecord[]) {
  return {
    shopId,
    threadId,
    messages: messages.map((m) => ({ ...m, raw: { id: m.id, to: [{ type: 'SHOP' }] } })),
    tokens: searchTokens([buyer, ...messages.map((m) => m.body)]),
  };
}

describe('schema version 9: attachments kept in their threads’ messages records', () => {
  it("moves a version 8 cache's attachments into their threads, keeps old records readable and searchable, and drops the store", async () => {
    const name = 'upgrade-from-v8';
    const v8 = new Dexie(name);
    v8.version(8).stores(storesV8);
    const photo = storedThread({ id: 't-1', buyer: 'Łukasz Wójcik', messages: ['Paczka jest uszkodzona', 'Zdjęcie w załączniku'] });
    const plain = storedThread({ id: 't-2', shopId: 'demo-2002', market: 'LV', buyer: 'Jānis Bērziņš', messages: ['Paldies'] });
    const records = [
      v8Record('demo-2001', 't-1', 'Łukasz Wójcik', photo.messages),
      v8Record('demo-2002', 't-2', 'Jānis Bērziņš', plain.messages),
    ];
    const [first, second] = photo.messages as [MessageRecord, MessageRecord];
    const attachments: AttachmentRecord[] = [
      { shopId: 'demo-2001', id: 'a-1', threadId: 't-1', messageId: second.id, name: 'photo.jpg', size: 2048 },
      { shopId: 'demo-2001', id: 'a-2', threadId: 't-1', messageId: first.id, name: 'label.pdf' },
      // Its thread has no messages record: nothing could show it.
      { shopId: 'demo-2001', id: 'a-orphan', threadId: 't-gone', messageId: 'm-x', name: 'lost.png' },
    ];
    await v8.table('threads').bulkPut([photo.thread, plain.thread]);
    await v8.table('threadMessages').bulkPut(records);
    await v8.table('searchSegments').bulkPut(searchSegments(records, []));
    await v8.table('attachments').bulkPut(attachments);
    v8.close();

    const db = new ConsoleDatabase(name);
    await db.open();
    expect(db.verno).toBe(9);
    expect(db.tables.map((t) => t.name)).not.toContain('attachments');
    const content = await threadContentOf(db, 'demo-2001', 't-1');
    expect(content.messages.map((m) => m.body)).toEqual(['Paczka jest uszkodzona', 'Zdjęcie w załączniku']);
    expect([...content.attachments.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { shopId: 'demo-2001', id: 'a-1', threadId: 't-1', messageId: second.id, name: 'photo.jpg', size: 2048 },
      { shopId: 'demo-2001', id: 'a-2', threadId: 't-1', messageId: first.id, name: 'label.pdf' },
    ]);
    expect((await threadContentOf(db, 'demo-2002', 't-2')).attachments.size).toBe(0);
    expect(await db.threadMessages.get(['demo-2001', 't-gone'])).toBeUndefined();
    // Version 8's token lists still answer search, by message text and by the buyer's name alone.
    expect(await searchThreads(db, ['demo-2001', 'demo-2002'], 'uszkodz lukasz')).toEqual(new Set([threadKeyOf('demo-2001', 't-1')]));
    expect(await searchThreads(db, ['demo-2001', 'demo-2002'], 'berzins')).toEqual(new Set([threadKeyOf('demo-2002', 't-2')]));

    // The next sync of the thread merges into the old record: its new word is posted, nothing of it lost.
    const again = storedThread({
      id: 't-1',
      buyer: 'Łukasz Wójcik',
      messages: ['Paczka jest uszkodzona', 'Zdjęcie w załączniku', 'Kiedy zwrot?'],
    });
    await storeThreadsPage(db, [{ ...again, attachments: [{ id: 'a-3', messageId: 'm-new', name: 'receipt.pdf' }] }]);
    const merged = await threadContentOf(db, 'demo-2001', 't-1');
    expect([...merged.attachments.keys()].sort()).toEqual(['a-1', 'a-2', 'a-3']);
    expect(typeof (await db.threadMessages.get(['demo-2001', 't-1']))?.tokens).toBe('string');
    expect(await searchThreads(db, ['demo-2001'], 'kiedy')).toEqual(new Set([threadKeyOf('demo-2001', 't-1')]));
    expect(await searchThreads(db, ['demo-2001'], 'uszkodz')).toEqual(new Set([threadKeyOf('demo-2001', 't-1')]));
    db.close();
  });
});
