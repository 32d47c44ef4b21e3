import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ConsoleDatabase, legacyDatabaseNames, profileDatabaseName } from './db';
import { quarantineFingerprint } from './quarantine-fingerprint';
import { storesV1, storesV2Changes } from './schema-stores';

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
    expect(db.verno).toBe(3);
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
    expect(db.verno).toBe(3);
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
