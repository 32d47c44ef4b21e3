import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import { threadKeyOf } from './inbox.queries';
import { storesV7 } from './schema-stores';
import { searchThreads } from './thread-search.queries';
import { storeThreadsPage, threadMessagesOf } from './thread-messages.queries';

describe('schema version 8: threads without the indexes nothing reads', () => {
  it("keeps a version 7 cache's threads, messages and search index, and drops the five unread indexes", async () => {
    const name = 'upgrade-from-v7';
    // A version 7 cache as the console wrote it (storeThreadsPage on the v7 schema's stores).
    const v7 = new Dexie(name) as ConsoleDatabase;
    v7.version(7).stores(storesV7);
    const waiting = storedThread({ id: 't-1', buyer: 'Łukasz Wójcik', messages: ['Paczka jest uszkodzona'] });
    const answered = storedThread({ id: 't-2', shopId: 'demo-2002', market: 'LV', lastSender: 'SHOP_USER', messages: ['Paldies'] });
    await v7.open();
    await storeThreadsPage(v7, [waiting, answered]);
    v7.close();

    const db = new ConsoleDatabase(name);
    await db.open();
    expect(db.verno).toBe(9);
    const indexes = db.threads.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['[replyState+dueAt]', '[shopId+dateUpdated]', '[shopId+dueAt]', 'dateUpdated', 'shopId', 'topic']);
    // The indexes kept still answer (per shop, by update instant, due order by state).
    expect(await db.threads.where('shopId').equals('demo-2002').primaryKeys()).toEqual([['demo-2002', 't-2']]);
    expect(await db.threads.where('dateUpdated').below('2030-01-01').count()).toBe(2);
    const due = await db.threads.where('[replyState+dueAt]').between(['waiting', ''], ['waiting', '\uffff']).toArray();
    expect(due.map((t) => t.id)).toEqual(['t-1']);
    expect((await threadMessagesOf(db, 'demo-2001', 't-1')).map((m) => m.body)).toEqual(['Paczka jest uszkodzona']);
    expect(await searchThreads(db, ['demo-2001', 'demo-2002'], 'uszkodz')).toEqual(new Set([threadKeyOf('demo-2001', 't-1')]));
    db.close();
  });
});
