import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { threadKeyOf } from './inbox.queries';
import { storesV6 } from './schema-stores';
import { searchThreads } from './thread-search.queries';
import { threadMessagesOf } from './thread-messages.queries';

describe('schema version 7: messages stored per thread', () => {
  it("moves a version 6 cache's messages into one record per thread, in thread order, searchable, and drops the old store", async () => {
    const name = 'upgrade-from-v6';
    const v6 = new Dexie(name);
    v6.version(6).stores(storesV6);
    const withMessages = storedThread({ id: 't-1', buyer: 'Łukasz Wójcik', messages: ['Paczka jest uszkodzona', 'Proszę o zwrot'] });
    const silent = storedThread({ id: 't-2', buyer: 'Jānis Bērziņš', shopId: 'demo-2002', market: 'LV' });
    const [first, second] = withMessages.messages;
    // Stored out of order (the old store sorted them by its index), with an orphan whose thread is not cached.
    const longThread = storedThread({ id: 't-long', shopId: 'demo-2003' });
    await v6.table('threads').bulkPut([withMessages.thread, silent.thread, longThread.thread]);
    await v6.table('messages').bulkPut([
      { ...second, dateCreated: '2026-11-20T09:40:00Z' },
      { ...first, dateCreated: '2026-11-20T09:10:00Z' },
      { ...first, threadId: 't-orphan', id: 'o-1', body: 'Sierota' },
    ]);
    // More messages than one chunk of the migration, in one thread of another shop.
    const long = Array.from({ length: 2100 }, (_, i) => ({
      ...first,
      shopId: 'demo-2003',
      threadId: 't-long',
      id: `m-${String(i).padStart(5, '0')}`,
      body: i === 2099 ? 'ostatnia' : 'wiadomość',
    }));
    await v6.table('messages').bulkPut(long);
    await v6.table('drafts').put({ shopId: 'demo-2001', threadId: 't-1', body: 'Dzień dobry, ', updatedAt: '2026-11-23T10:00:00Z' });
    v6.close();

    const db = new ConsoleDatabase(name);
    await db.open();
    expect(db.verno).toBe(9);
    expect(db.tables.map((t) => t.name)).not.toContain('messages');
    expect((await threadMessagesOf(db, 'demo-2001', 't-1')).map((m) => m.body)).toEqual(['Paczka jest uszkodzona', 'Proszę o zwrot']);
    expect(await threadMessagesOf(db, 'demo-2002', 't-2')).toEqual([]);
    expect(await threadMessagesOf(db, 'demo-2001', 't-orphan')).toHaveLength(1);
    expect(await threadMessagesOf(db, 'demo-2003', 't-long')).toHaveLength(2100);
    expect(await db.threadMessages.count()).toBe(4);
    expect(await db.drafts.get(['demo-2001', 't-1'])).toMatchObject({ body: 'Dzień dobry, ' });
    // The moved records carry their search tokens: by message text, by the buyer's name alone.
    expect(await searchThreads(db, ['demo-2001', 'demo-2002'], 'uszkodz lukasz')).toEqual(new Set([threadKeyOf('demo-2001', 't-1')]));
    expect(await searchThreads(db, ['demo-2001', 'demo-2002'], 'berzins')).toEqual(new Set([threadKeyOf('demo-2002', 't-2')]));
    expect(await searchThreads(db, ['demo-2003'], 'ostatnia')).toEqual(new Set([threadKeyOf('demo-2003', 't-long')]));
    db.close();
  });
});
