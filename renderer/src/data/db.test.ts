import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ConsoleDatabase, legacyDatabaseNames, profileDatabaseName } from './db';
import { quarantineFingerprint } from './quarantine-fingerprint';
import { storesV1, storesV2Changes, storesV4, storesV9 } from './schema-stores';
import { threadMessagesOf } from './thread-messages.queries';

/** A thread record as version 2 stored it: no participants, order id or topic code; `raw` as validated then. */
function v2Thread(id: string, raw: unknown) {
  return {
    shopId: 'demo-2001',
    id,
    market: 'PL',
    topic: 'WARRANTY',
    topicType: 'REASON_CODE',
    customerName: 'Anna Nowak',
    dateCreated: '2026-11-20T08:00:00Z',
    dateUpdated: '2026-11-20T09:30:00Z',
    replyState: 'waiting',
    takenOver: 1,
    closed: 0,
    messageCount: 2,
    atMessageLimit: 0,
    raw,
  };
}

describe('ConsoleDatabase', () => {
  it('upgrades a version 1 database without losing anything, fingerprinting its quarantine', async () => {
    const name = 'upgrade-from-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(storesV1);
    await v1.table('quarantine').add({
      shopId: 'demo-2001',
      kind: 'thread',
      receivedAt: '2026-11-23T10:00:00Z',
      problem: 'id: expected string',
      payload: { id: 404 },
    });
    await v1.table('drafts').put({ shopId: 'demo-2001', threadId: 't-1', body: 'Dzień dobry, ', updatedAt: '2026-11-23T10:00:00Z' });
    v1.close();

    const db = new ConsoleDatabase(name);
    const [entry] = await db.quarantine.toArray();
    expect(entry?.fingerprint).toBe(quarantineFingerprint('demo-2001', 'thread', { id: 404 }));
    expect(
      await db.quarantine
        .where('fingerprint')
        .equals(entry?.fingerprint ?? '')
        .count(),
    ).toBe(1);
    expect(await db.drafts.get(['demo-2001', 't-1'])).toMatchObject({ body: 'Dzień dobry, ' });
    expect(db.verno).toBe(9);
    db.close();
  });

  it("upgrades a version 2 database, deriving the fields the UI reads from each cached thread's raw", async () => {
    const name = 'upgrade-from-v2';
    const v2 = new Dexie(name);
    v2.version(1).stores(storesV1);
    v2.version(2).stores(storesV2Changes);
    const raw = {
      authorized_participants: [
        { display_name: 'Elektro-Dom', id: '2001', type: 'SHOP' },
        { display_name: 'Anna Nowak', id: 'c-1', type: 'CUSTOMER' },
        { display_name: 'Marketplace support', type: 'OPERATOR' },
      ],
      current_participants: [
        { display_name: 'Elektro-Dom', id: '2001', type: 'SHOP' },
        { display_name: 'Anna Nowak', id: 'c-1', type: 'CUSTOMER' },
      ],
      date_created: '2026-11-20T08:00:00Z',
      date_updated: '2026-11-20T09:30:00Z',
      entities: [{ id: 'ord-1', label: 'ORD-1', type: 'MMP_ORDER' }],
      id: 't-1',
      metadata: {
        last_message_date: '2026-11-20T09:30:00Z',
        last_sender: { display_name: 'Anna Nowak', type: 'CUSTOMER_USER' },
        shop_reply_needed_since: '2026-11-20T09:30:00Z',
        total_count: 2,
      },
      topic: { type: 'REASON_CODE', value: 'WARRANTY' },
    };
    await v2.table('threads').bulkPut([v2Thread('t-1', raw), v2Thread('t-2', { id: 't-2' })]);
    v2.close();

    const db = new ConsoleDatabase(name);
    expect(db.verno).toBe(9);
    expect(await db.threads.get(['demo-2001', 't-1'])).toMatchObject({
      orderId: 'ord-1',
      topic: 'WARRANTY',
      topicCode: 'WARRANTY',
      customerName: 'Anna Nowak',
      takenOver: 1,
      currentParticipants: [
        { type: 'SHOP', name: 'Elektro-Dom' },
        { type: 'CUSTOMER', name: 'Anna Nowak' },
      ],
      authorizedParticipants: [
        { type: 'SHOP', name: 'Elektro-Dom' },
        { type: 'CUSTOMER', name: 'Anna Nowak' },
        { type: 'OPERATOR', name: 'Marketplace support' },
      ],
      raw,
    });
    // A raw that no longer passes the schema keeps what the record had, with no participants.
    const unreadable = await db.threads.get(['demo-2001', 't-2']);
    expect(unreadable).toMatchObject({ customerName: 'Anna Nowak', takenOver: 1, currentParticipants: [], authorizedParticipants: [] });
    expect(unreadable?.orderId).toBeUndefined();
    db.close();
  });

  it('upgrades a version 3 database to version 4, keeping its data, adding read marks and the order label and last message instant', async () => {
    const name = 'upgrade-from-v3';
    const v3 = new Dexie(name);
    v3.version(1).stores(storesV1);
    v3.version(2).stores(storesV2Changes);
    v3.version(3).stores({});
    const raw = {
      authorized_participants: [
        { display_name: 'Elektro-Dom', id: '2001', type: 'SHOP' },
        { display_name: 'Anna Nowak', id: 'c-1', type: 'CUSTOMER' },
      ],
      current_participants: [{ display_name: 'Anna Nowak', id: 'c-1', type: 'CUSTOMER' }],
      date_created: '2026-11-20T08:00:00Z',
      date_updated: '2026-11-20T09:45:00Z',
      entities: [{ id: 'PL0240001-A', label: 'PL0240001', type: 'MMP_ORDER' }],
      id: 't-1',
      metadata: {
        last_message_date: '2026-11-20T09:30:00Z',
        last_sender: { display_name: 'Anna Nowak', type: 'CUSTOMER_USER' },
        shop_reply_needed_since: '2026-11-20T09:30:00Z',
        total_count: 2,
      },
      topic: { type: 'FREE_TEXT', value: 'Reklamacja' },
    };
    // As version 3 stored it: derived participants and order id, no order label or last message instant.
    const v3Record = {
      ...v2Thread('t-1', raw),
      topic: 'Reklamacja',
      topicType: 'FREE_TEXT',
      orderId: 'PL0240001-A',
      dueAt: '2026-11-23T09:30:00.000Z',
      currentParticipants: [{ type: 'CUSTOMER', name: 'Anna Nowak' }],
      authorizedParticipants: [],
    };
    await v3.table('threads').bulkPut([v3Record, v2Thread('t-2', { id: 't-2' })]);
    await v3.table('drafts').put({ shopId: 'demo-2001', threadId: 't-1', body: 'Dzień dobry, ', updatedAt: '2026-11-23T10:00:00Z' });
    await v3.table('messages').put({ shopId: 'demo-2001', threadId: 't-1', id: 'm-1', dateCreated: '2026-11-20T09:30:00Z', body: 'Halo' });
    v3.close();

    const db = new ConsoleDatabase(name);
    expect(db.verno).toBe(9);
    expect(await db.threads.get(['demo-2001', 't-1'])).toMatchObject({
      orderId: 'PL0240001-A',
      orderLabel: 'PL0240001',
      lastMessageAt: '2026-11-20T09:30:00Z',
      dueAt: '2026-11-23T09:30:00.000Z',
      raw,
    });
    // A raw that does not pass today's schema keeps its record as it was.
    expect(await db.threads.get(['demo-2001', 't-2'])).toMatchObject({ customerName: 'Anna Nowak', takenOver: 1 });
    expect(await db.drafts.get(['demo-2001', 't-1'])).toMatchObject({ body: 'Dzień dobry, ' });
    expect(await threadMessagesOf(db, 'demo-2001', 't-1')).toMatchObject([{ id: 'm-1', body: 'Halo' }]);
    await db.readMarks.put({ shopId: 'demo-2001', threadId: 't-1', activityAt: '2026-11-20T09:30:00Z', readAt: '2026-11-23T10:00:00Z' });
    expect(await db.readMarks.get(['demo-2001', 't-1'])).toMatchObject({ activityAt: '2026-11-20T09:30:00Z' });
    db.close();
  });

  it('upgrades a version 4 database to version 5, keeping its data and adding empty template stores', async () => {
    const name = 'upgrade-from-v4';
    const v4 = new Dexie(name);
    v4.version(4).stores(storesV4);
    const thread = { ...v2Thread('t-1', { id: 't-1' }), orderId: 'PL0240001-A', orderLabel: 'PL0240001', currentParticipants: [] };
    await v4.table('threads').put(thread);
    await v4.table('drafts').put({ shopId: 'demo-2001', threadId: 't-1', body: 'Dzień dobry, ', updatedAt: '2026-11-23T10:00:00Z' });
    await v4
      .table('readMarks')
      .put({ shopId: 'demo-2001', threadId: 't-1', activityAt: '2026-11-20T09:30:00Z', readAt: '2026-11-23T10:00:00Z' });
    await v4
      .table('outbox')
      .add({ id: 'o-1', shopId: 'demo-2001', threadId: 't-1', kind: 'reply', state: 'queued', createdAt: '2026-11-23T10:01:00Z' });
    v4.close();

    const db = new ConsoleDatabase(name);
    expect(db.verno).toBe(9);
    expect(await db.threads.get(['demo-2001', 't-1'])).toEqual(thread);
    expect(await db.drafts.get(['demo-2001', 't-1'])).toMatchObject({ body: 'Dzień dobry, ' });
    expect(await db.readMarks.get(['demo-2001', 't-1'])).toMatchObject({ activityAt: '2026-11-20T09:30:00Z' });
    expect(await db.outbox.where('id').equals('o-1').count()).toBe(1);
    expect(await db.templates.count()).toBe(0);
    expect(await db.seedMarks.count()).toBe(0);
    await db.templates.put({
      id: 'tpl-1',
      name: 'Wysłane',
      language: 'pl',
      body: 'Dzień dobry {buyer}',
      updatedAt: '2026-11-23T10:02:00Z',
    });
    expect(await db.templates.where('language').equals('pl').count()).toBe(1);
    db.close();
  });

  it('declares every store of the latest version as schema-stores.ts lists them', () => {
    const db = new ConsoleDatabase('declared-stores');
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(storesV9).sort());
    db.close();
  });

  it("names one database per profile, and recognises the profile's older per-shop-set databases", () => {
    expect(profileDatabaseName('team')).toBe('seller-console:team');
    expect(() => profileDatabaseName('team:x')).toThrow(/not a valid profile id/);
    const names = [
      'seller-console:team',
      'seller-console:team:demo-2001',
      'seller-console:team:demo-2001,demo-2002',
      'seller-console:anna:demo-2001',
      'seller-console:teams:demo-2001',
      'other',
    ];
    expect(legacyDatabaseNames('team', names)).toEqual(['seller-console:team:demo-2001', 'seller-console:team:demo-2001,demo-2002']);
  });
});
