import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import { deleteTemplate, listTemplates, saveTemplate, seedStarterTemplates, shipmentFacts } from './templates.queries';

const starter = [
  { id: 'starter-shipped-pl', name: 'Zamówienie wysłane', language: 'pl' as const, body: 'Dzień dobry {buyer}', starter: 'shipped' },
  { id: 'starter-shipped-en', name: 'Order shipped', language: 'en' as const, body: 'Hello {buyer}', starter: 'shipped' },
];
const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 8, minute));

describe('templates.queries', () => {
  it('seeds the starter templates once: deleted ones are not seeded again, edited ones are kept', async () => {
    const db = new ConsoleDatabase('templates-seed');
    expect(await seedStarterTemplates(db, starter, at(0))).toBe(true);
    expect((await listTemplates(db)).map((t) => [t.id, t.updatedAt]).sort()).toEqual([
      ['starter-shipped-en', '2026-11-28T08:00:00.000Z'],
      ['starter-shipped-pl', '2026-11-28T08:00:00.000Z'],
    ]);
    await deleteTemplate(db, 'starter-shipped-pl');
    await saveTemplate(db, { ...starter[1]!, body: 'Hello {buyer}, edited' }, at(5));
    expect(await seedStarterTemplates(db, starter, at(10))).toBe(false);
    const kept = await listTemplates(db);
    expect(kept.map((t) => t.id)).toEqual(['starter-shipped-en']);
    expect(kept[0]).toMatchObject({ body: 'Hello {buyer}, edited', updatedAt: '2026-11-28T08:05:00.000Z' });
    db.close();
  });

  it('seeds once when two windows start at the same time, and keeps a template of a starter id already there', async () => {
    const db = new ConsoleDatabase('templates-seed-race');
    await saveTemplate(db, { ...starter[0]!, body: 'Mine' }, at(1));
    const other = new ConsoleDatabase('templates-seed-race');
    const results = await Promise.all([seedStarterTemplates(db, starter, at(2)), seedStarterTemplates(other, starter, at(2))]);
    expect(results.sort()).toEqual([false, true]);
    expect(await db.templates.get('starter-shipped-pl')).toMatchObject({ body: 'Mine' });
    expect(await db.templates.count()).toBe(2);
    expect(await db.seedMarks.count()).toBe(1);
    db.close();
    other.close();
  });

  it('keeps templates per profile: another profile has its own', async () => {
    const anna = new ConsoleDatabase('seller-console:anna');
    const team = new ConsoleDatabase('seller-console:team');
    await saveTemplate(anna, { id: 't-1', name: 'Mine', language: 'lv', body: 'Labdien, {buyer}!' }, at(3));
    expect(await listTemplates(anna)).toEqual([
      { id: 't-1', name: 'Mine', language: 'lv', body: 'Labdien, {buyer}!', updatedAt: '2026-11-28T08:03:00.000Z' },
    ]);
    expect(await listTemplates(team)).toEqual([]);
    anna.close();
    team.close();
  });

  it("reads an order's tracking number and carrier from its cached incident lines, and nothing for other orders", async () => {
    const db = new ConsoleDatabase('templates-shipment');
    const line = (orderId: string, lineId: string, order: unknown) => ({
      shopId: 'demo-2001',
      orderId,
      lineId,
      state: 'INCIDENT_OPEN',
      dateUpdated: '2026-11-20T08:00:00Z',
      raw: { order, line: {} },
    });
    await db.incidents.bulkPut([
      line('PL0240001-A', '1', { order_id: 'PL0240001-A', shipping_tracking: 'PL123456789', shipping_company: 'InPost' }),
      line('PL0240002-A', '1', { order_id: 'PL0240002-A', shipping_tracking: null, shipping_carrier_code: 'DPD' }),
      line('PL0240003-A', '1', { order_id: 'PL0240003-A', shipping_tracking: 42 }),
    ]);
    expect(await shipmentFacts(db, 'demo-2001', 'PL0240001-A')).toEqual({ tracking: 'PL123456789', carrier: 'InPost' });
    expect(await shipmentFacts(db, 'demo-2001', 'PL0240002-A')).toEqual({ tracking: undefined, carrier: 'DPD' });
    expect(await shipmentFacts(db, 'demo-2001', 'PL0240003-A')).toEqual({});
    expect(await shipmentFacts(db, 'demo-2002', 'PL0240001-A')).toEqual({});
    expect(await shipmentFacts(db, 'demo-2001', 'PL0240001')).toEqual({});
    db.close();
  });
});
