import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleDatabase, profileDatabaseName } from './db';
import { adoptLegacyDatabases, browserDatabases, type DatabaseDirectory } from './legacy-databases';
import { threadKeyOf } from './inbox.queries';
import type { OutboxItem, ThreadRecord } from './records';
import { storeMessages, threadMessagesOf } from './thread-messages.queries';
import { searchThreads } from './thread-search.queries';

// The profile's older databases (one per set of shops) in IndexedDB (fake-indexeddb), taken over
// by the profile's one database: nothing pending may be lost or doubled, whatever the order.

const profile = 'adopt';
const oneShop = `${profileDatabaseName(profile)}:demo-2001`;
const twoShops = `${profileDatabaseName(profile)}:demo-2001,demo-2002`;
const otherProfile = 'seller-console:someone-else:demo-2001';
const noLog = () => {};

function reply(id: string, threadId: string, createdAt: string, state: OutboxItem['state'] = 'queued'): OutboxItem {
  return {
    id,
    shopId: 'demo-2001',
    kind: 'reply',
    threadId,
    payload: { body: `Reply ${id}`, to: [{ type: 'CUSTOMER' }] },
    attachments: [],
    state,
    createdAt,
    attempts: 0,
  };
}

function thread(id: string, shopId = 'demo-2001'): ThreadRecord {
  return {
    shopId,
    id,
    market: 'PL',
    topic: 'Gwarancja',
    topicType: 'FREE_TEXT',
    customerName: 'Anna',
    currentParticipants: [],
    authorizedParticipants: [],
    dateCreated: '2026-11-20T10:00:00Z',
    dateUpdated: '2026-11-20T10:00:00Z',
    replyState: 'waiting',
    takenOver: 0,
    closed: 0,
    messageCount: 1,
    atMessageLimit: 0,
    raw: {
      authorized_participants: [],
      current_participants: [],
      date_created: '2026-11-20T10:00:00Z',
      date_updated: '2026-11-20T10:00:00Z',
      id,
      metadata: {
        last_message_date: '2026-11-20T10:00:00Z',
        last_sender: { display_name: 'Anna', type: 'CUSTOMER_USER' },
        shop_reply_needed_since: '2026-11-20T10:00:00Z',
        total_count: 1,
      },
      topic: { type: 'FREE_TEXT', value: 'Gwarancja' },
    },
  };
}

async function fill(name: string, fillWith: (db: ConsoleDatabase) => Promise<void>): Promise<void> {
  const db = new ConsoleDatabase(name);
  await fillWith(db);
  db.close();
}

async function databaseNames(): Promise<string[]> {
  return (await browserDatabases.names()).sort();
}

afterEach(async () => {
  for (const name of await databaseNames()) await Dexie.delete(name);
});

describe('adoptLegacyDatabases', () => {
  it("takes over every pending write, draft, record and cursor of the profile's older databases, and deletes them", async () => {
    await fill(oneShop, async (db) => {
      await db.outbox.bulkAdd([reply('a', 't-1', '2026-11-23T10:00:00Z', 'sent'), reply('b', 't-1', '2026-11-23T10:01:00Z', 'unknown')]);
      await db.drafts.put({ shopId: 'demo-2001', threadId: 't-2', body: 'older draft', updatedAt: '2026-11-23T09:00:00Z' });
      await db.threads.bulkPut([thread('t-1'), thread('t-2')]);
      await db.syncCursors.put({
        shopId: 'demo-2001',
        kind: 'threads',
        updatedSince: '2026-11-23T08:00:00Z',
        pendingPageToken: 'p2',
        lastSuccessAt: '2026-11-23T08:00:00Z',
      });
      await db.syncCursors.put({ shopId: 'demo-2001', kind: 'returns', updatedSince: '2026-11-23T08:00:00Z' });
      // A return it could not read: its mark may have passed it, so returns are fetched whole again.
      await db.quarantine.add({
        shopId: 'demo-2001',
        kind: 'return',
        receivedAt: '2026-11-23T08:00:00Z',
        problem: 'id',
        payload: { id: 1 },
        fingerprint: 'f-1',
      });
    });
    await fill(twoShops, async (db) => {
      await db.outbox.add(reply('c', 't-1', '2026-11-23T10:03:00Z'));
      await db.drafts.put({ shopId: 'demo-2001', threadId: 't-2', body: 'newer draft', updatedAt: '2026-11-23T11:00:00Z' });
      await db.threads.bulkPut([thread('t-1'), thread('t-9', 'demo-2002')]);
      await storeMessages(db, [
        {
          shopId: 'demo-2002',
          threadId: 't-9',
          id: 'm-1',
          dateCreated: '2026-11-20T10:00:00Z',
          fromType: 'CUSTOMER_USER',
          fromName: 'Anna',
          body: 'Paczka jest uszkodzona',
          attachmentIds: [],
        },
      ]);
      await db.syncCursors.put({ shopId: 'demo-2001', kind: 'threads', updatedSince: '2026-11-23T09:00:00Z', pendingFullThreads: ['t-7'] });
    });
    await fill(otherProfile, async (db) => {
      await db.outbox.add(reply('z', 't-1', '2026-11-23T10:00:00Z'));
    });

    const db = new ConsoleDatabase(profileDatabaseName(profile));
    // Written in the profile's database between two of the older items.
    await db.outbox.add(reply('own', 't-1', '2026-11-23T10:02:00Z'));
    const report = await adoptLegacyDatabases(db, profile, browserDatabases, noLog);

    expect(report).toMatchObject({ databases: 2, outboxItems: 3 });
    const items = await db.outbox.orderBy('seq').toArray();
    expect(items.map((i) => [i.id, i.state])).toEqual([
      ['a', 'sent'],
      ['b', 'unknown'],
      ['own', 'queued'],
      ['c', 'queued'],
    ]);
    expect((await db.drafts.get(['demo-2001', 't-2']))?.body).toBe('newer draft');
    expect((await db.threads.toArray()).map((t) => `${t.shopId}/${t.id}`).sort()).toEqual([
      'demo-2001/t-1',
      'demo-2001/t-2',
      'demo-2002/t-9',
    ]);
    expect(await db.syncCursors.get(['demo-2001', 'threads'])).toEqual({
      shopId: 'demo-2001',
      kind: 'threads',
      updatedSince: '2026-11-23T08:00:00Z',
      pendingFullThreads: ['t-7'],
      retryThreads: undefined,
      lastSuccessAt: '2026-11-23T08:00:00Z',
    });
    expect((await db.syncCursors.get(['demo-2001', 'returns']))?.updatedSince).toBeUndefined();
    expect(await db.quarantine.count()).toBe(1);
    // The older cache's messages come with their search index.
    expect((await threadMessagesOf(db, 'demo-2002', 't-9')).map((m) => m.body)).toEqual(['Paczka jest uszkodzona']);
    expect(await searchThreads(db, ['demo-2002'], 'uszkodz')).toEqual(new Set([threadKeyOf('demo-2002', 't-9')]));
    expect(await databaseNames()).toEqual([profileDatabaseName(profile), otherProfile].sort());

    // Nothing is taken twice by a later start.
    expect(await adoptLegacyDatabases(db, profile, browserDatabases, noLog)).toEqual({
      databases: 0,
      outboxItems: 0,
      drafts: 0,
      records: 0,
    });
    expect(await db.outbox.count()).toBe(4);
    db.close();
  });

  it('an adoption cut off before the older database is deleted is finished at the next start, with nothing doubled', async () => {
    await fill(oneShop, async (db) => {
      await db.outbox.add(reply('a', 't-1', '2026-11-23T10:00:00Z'));
      await db.threads.put(thread('t-1'));
      await db.quarantine.add({
        shopId: 'demo-2001',
        kind: 'thread',
        receivedAt: '2026-11-23T08:00:00Z',
        problem: 'id',
        payload: { id: 1 },
        fingerprint: 'f-1',
      });
    });
    const db = new ConsoleDatabase(profileDatabaseName(profile));
    const problems: string[] = [];
    const crashing: DatabaseDirectory = { ...browserDatabases, remove: () => Promise.reject(new Error('the window closed')) };
    await adoptLegacyDatabases(db, profile, crashing, (message) => problems.push(message));
    expect(problems).toEqual([
      `The older offline cache "${oneShop}" could not be taken over; it is kept and tried again at the next start.`,
    ]);
    expect(await databaseNames()).toContain(oneShop);

    // Meanwhile the adopted reply is sent from the profile's database: the next start must not revive it.
    await db.outbox.where('id').equals('a').modify({ state: 'sent' });
    const report = await adoptLegacyDatabases(db, profile, browserDatabases, noLog);
    expect(report).toEqual({ databases: 1, outboxItems: 0, drafts: 0, records: 0 });
    expect((await db.outbox.toArray()).map((i) => [i.id, i.state])).toEqual([['a', 'sent']]);
    expect(await db.quarantine.count()).toBe(1);
    expect(await databaseNames()).toEqual([profileDatabaseName(profile)]);
    db.close();
  });

  it("copies a large cache in chunks, keeping records the profile's database already has", async () => {
    await fill(oneShop, async (db) => {
      await db.threads.bulkPut(Array.from({ length: 1_234 }, (_, i) => thread(`t-${String(i).padStart(4, '0')}`)));
    });
    const db = new ConsoleDatabase(profileDatabaseName(profile));
    await db.threads.put({ ...thread('t-0007'), customerName: 'Fresher copy' });
    const report = await adoptLegacyDatabases(db, profile, browserDatabases, noLog);
    expect(report.records).toBe(1_233);
    expect(await db.threads.count()).toBe(1_234);
    expect((await db.threads.get(['demo-2001', 't-0007']))?.customerName).toBe('Fresher copy');
    db.close();
  });
});
