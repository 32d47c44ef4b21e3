import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ConsoleDatabase, legacyDatabaseNames, profileDatabaseName } from './db';
import { quarantineFingerprint } from './quarantine-fingerprint';

describe('ConsoleDatabase', () => {
  it('upgrades a version 1 database without losing anything, fingerprinting its quarantine', async () => {
    const name = 'upgrade-from-v1';
    // Version 1 exactly as it shipped.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      shops: 'id, market',
      threads: '[shopId+id], shopId, dueAt, replyState, market, topic, takenOver, closed, dateUpdated, [shopId+dateUpdated], [replyState+dueAt]',
      messages: '[shopId+threadId+id], [shopId+threadId+dateCreated]',
      attachments: '[shopId+id], [shopId+threadId]',
      attachmentBlobs: '[shopId+id]',
      incidents: '[shopId+orderId+lineId], shopId, state, dateUpdated',
      returns: '[shopId+id], shopId, state, dateUpdated',
      reasons: '[shopId+type+code], [shopId+type]',
      outbox: '++seq, &id, shopId, state, [shopId+threadId], createdAt',
      drafts: '[shopId+threadId]',
      syncCursors: '[shopId+kind]',
      quarantine: '++id, shopId, kind, receivedAt',
    });
    await v1.table('quarantine').add({ shopId: 'demo-2001', kind: 'thread', receivedAt: '2026-11-23T10:00:00Z', problem: 'id: expected string', payload: { id: 404 } });
    await v1.table('drafts').put({ shopId: 'demo-2001', threadId: 't-1', body: 'Dzień dobry, ', updatedAt: '2026-11-23T10:00:00Z' });
    v1.close();

    const db = new ConsoleDatabase(name);
    const [entry] = await db.quarantine.toArray();
    expect(entry?.fingerprint).toBe(quarantineFingerprint('demo-2001', 'thread', { id: 404 }));
    expect(await db.quarantine.where('fingerprint').equals(entry?.fingerprint ?? '').count()).toBe(1);
    expect(await db.drafts.get(['demo-2001', 't-1'])).toMatchObject({ body: 'Dzień dobry, ' });
    expect(db.verno).toBe(2);
    db.close();
  });

  it('names one database per profile, and recognises the profile\'s older per-shop-set databases', () => {
    expect(profileDatabaseName('team')).toBe('seller-console:team');
    expect(() => profileDatabaseName('team:x')).toThrow(/not a valid profile id/);
    const names = ['seller-console:team', 'seller-console:team:demo-2001', 'seller-console:team:demo-2001,demo-2002', 'seller-console:anna:demo-2001', 'seller-console:teams:demo-2001', 'other'];
    expect(legacyDatabaseNames('team', names)).toEqual(['seller-console:team:demo-2001', 'seller-console:team:demo-2001,demo-2002']);
  });
});
