import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { caseDetail, enqueueCaseAction } from './case-detail.queries';
import { casesList } from './cases.queries';
import { ConsoleDatabase } from './db';
import { caseKey, type ReturnRecord, type ThreadRecord } from './records';

let db: ConsoleDatabase;
afterEach(async () => {
  await db.delete();
});

const shops = [{ id: 'shop-pl', label: 'Sklep PL', market: 'PL' }];

function thread(id: string, fields: Partial<ThreadRecord>): ThreadRecord {
  return {
    shopId: 'shop-pl',
    id,
    market: 'PL',
    topic: 'x',
    topicType: 'FREE_TEXT',
    customerName: 'Jan Kowalski',
    currentParticipants: [],
    authorizedParticipants: [],
    dateCreated: '2026-11-20T10:00:00Z',
    dateUpdated: '2026-11-20T10:00:00Z',
    replyState: 'waiting',
    takenOver: 0,
    closed: 0,
    messageCount: 1,
    atMessageLimit: 0,
    raw: {} as ThreadRecord['raw'],
    ...fields,
  };
}

function returnRecord(id: string, state: string, orderId: string): ReturnRecord {
  return {
    shopId: 'shop-pl',
    id,
    state,
    orderId,
    dateUpdated: '2026-11-21T10:00:00Z',
    raw: {
      date_created: '2026-11-21T09:00:00Z',
      id,
      last_updated: '2026-11-21T10:00:00Z',
      method_code: 'RETURN_METHOD_BY_MAIL',
      order_commercial_id: `C-${orderId}`,
      order_id: orderId,
      reason_code: 'RETURN_DEFECTIVE_ITEM',
      return_address: { city: 'Kraków', country_iso_code: 'POL', street1: 'Rynek 1', zip_code: '30-001' },
      return_lines: [{ order_line_id: `${orderId}-1`, quantity: 1, reason_code: 'RETURN_DEFECTIVE_ITEM' }],
      state,
    },
  };
}

async function seed(): Promise<void> {
  await db.reasons.bulkPut([
    { shopId: 'shop-pl', type: 'incident_open', code: 'DAMAGED', label: 'Produkt uszkodzony', raw: {} },
    { shopId: 'shop-pl', type: 'incident_close', code: 'REFUNDED', label: 'Zwrot pieniędzy', raw: {} },
  ]);
  await db.incidents.put({
    shopId: 'shop-pl',
    orderId: 'O1',
    lineId: 'O1-1',
    state: 'INCIDENT_OPEN',
    reasonCode: 'DAMAGED',
    dateUpdated: '2026-11-22T08:00:00Z',
    raw: {
      order: { commercial_id: 'C-O1', customer: { firstname: 'Anna', lastname: 'Nowak' } },
      line: { order_line_id: 'O1-1', product_title: 'Czajnik', quantity: 1, last_updated_date: '2026-11-22T08:00:00Z' },
    },
  });
  await db.returns.bulkPut([returnRecord('R1', 'WAITING_ACCEPTANCE', 'O2'), returnRecord('R2', 'CLOSED', 'O3')]);
  await db.threads.bulkPut([
    thread('T-incident', { orderId: 'O1', topicType: 'REASON_CODE', topicCode: 'DAMAGED' }),
    thread('T-complaint', { orderId: 'O9', topicType: 'REASON_CODE', topicCode: 'DAMAGED', orderLabel: 'C-O9' }),
    thread('T-question', { orderId: 'O8', topicType: 'REASON_CODE', topicCode: 'NOT_A_COMPLAINT' }),
    thread('T-free', { orderId: 'O7' }),
  ]);
}

describe('cases list', () => {
  it('maps incidents, returns and complaint threads to cases with labels and allowed actions', async () => {
    db = new ConsoleDatabase('cases-list-1');
    await seed();
    const list = await casesList(db, shops);
    const byKey = new Map(list.map((c) => [c.summary.key, c]));
    const incident = byKey.get(caseKey('incident', 'shop-pl', 'O1/O1-1'));
    expect(incident?.summary).toMatchObject({ open: true, buyer: 'Anna Nowak', threadId: 'T-incident', orderLabel: 'C-O1', market: 'PL' });
    expect(incident?.reasonLabel).toBe('Produkt uszkodzony');
    expect(incident?.allowed).toEqual(['resolve-incident']);
    expect(byKey.get(caseKey('return', 'shop-pl', 'R1'))?.allowed).toEqual(['accept-return', 'refuse-return']);
    expect(byKey.get(caseKey('return', 'shop-pl', 'R2'))?.summary.open).toBe(false);
    // The incident's thread is its linked thread, not a case of its own; a topic outside RE11 is no complaint.
    expect([...byKey.keys()].filter((k) => k.startsWith('complaint-thread'))).toEqual([
      caseKey('complaint-thread', 'shop-pl', 'T-complaint'),
    ]);
    expect(list.every((c) => c.shopLabel === 'Sklep PL')).toBe(true);
  });

  it('records an action and its history step together, offers the next step, and shows a refusal', async () => {
    db = new ConsoleDatabase('cases-list-2');
    await seed();
    const summary = (await casesList(db, shops)).find((c) => c.summary.id === 'R1')?.summary;
    if (!summary) throw new Error('no return case');
    const item = await enqueueCaseAction(
      db,
      {
        summary,
        action: 'accept-return',
        item: { shopId: 'shop-pl', kind: 'return-action', payload: { action: 'accept', returns: [{ id: 'R1', accepted: true }] } },
      },
      { id: 'item-1', author: 'Ana', now: new Date('2026-11-28T10:00:00Z') },
    );
    expect(item.state).toBe('queued');
    let row = (await casesList(db, shops)).find((c) => c.summary.id === 'R1');
    expect(row?.allowed).toEqual(['receive-return']);
    expect(row?.pending).toBe(1);
    const detail = await caseDetail(db, summary);
    expect(detail.history.map((h) => [h.event.action, h.event.actor, h.item?.id])).toEqual([['accept-return', 'Ana', 'item-1']]);
    expect(detail.lines).toEqual([expect.objectContaining({ orderLineId: 'O2-1', reasonCode: 'RETURN_DEFECTIVE_ITEM' })]);
    await db.outbox
      .where('id')
      .equals('item-1')
      .modify({ state: 'parked', lastError: { code: 'RETURN_ERROR', message: 'Return R1 is CLOSED' } });
    row = (await casesList(db, shops)).find((c) => c.summary.id === 'R1');
    expect(row?.refused).toEqual({ itemId: 'item-1', message: 'Return R1 is CLOSED', action: 'accept-return' });
    expect(row?.allowed).toEqual(['accept-return', 'refuse-return']);
  });

  it('stores neither the item nor the step when the item is refused before storing', async () => {
    db = new ConsoleDatabase('cases-list-3');
    await seed();
    const summary = (await casesList(db, shops)).find((c) => c.summary.id === 'R1')?.summary;
    if (!summary) throw new Error('no return case');
    await db.outbox.add({
      id: 'dup',
      shopId: 'shop-pl',
      kind: 'status-update',
      payload: {},
      attachments: [],
      state: 'sent',
      createdAt: '',
      attempts: 0,
    } as never);
    await expect(
      enqueueCaseAction(
        db,
        {
          summary,
          action: 'receive-return',
          item: { shopId: 'shop-pl', kind: 'return-action', payload: { action: 'receive', returns: [{ id: 'R1' }] } },
        },
        { id: 'dup', author: 'Ana', now: new Date('2026-11-28T10:00:00Z') },
      ),
    ).rejects.toThrow();
    expect(await db.caseEvents.count()).toBe(0);
  });

  it('gives an incident its order lines, its RE12 reasons and its platform events', async () => {
    db = new ConsoleDatabase('cases-list-4');
    await seed();
    const summary = (await casesList(db, shops)).find((c) => c.summary.kind === 'incident')?.summary;
    if (!summary) throw new Error('no incident case');
    const detail = await caseDetail(db, summary);
    expect(detail.lines).toEqual([{ orderLineId: 'O1-1', product: 'Czajnik', quantity: 1 }]);
    expect(detail.closeReasons.map((r) => r.code)).toEqual(['REFUNDED']);
    expect(detail.platformEvents).toEqual([{ at: '2026-11-22T08:00:00Z', what: 'incident-opened', detail: 'DAMAGED' }]);
    expect(detail.thread?.thread?.id).toBe('T-incident');
  });
});
