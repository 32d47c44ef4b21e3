import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { caseHistory } from './case-events.queries';
import { caseStageOf, moveCaseToStage, settleToldStages, threadCaseSummary, untoldStages } from './case-stages.queries';
import { ConsoleDatabase } from './db';
import { readDraft, storeDraft } from './drafts.queries';
import { threadKeyOf } from './inbox.queries';
import { caseKey, type OutboxItem, type ThreadRecord } from './records';
import { storeMessages } from './thread-messages.queries';

let db: ConsoleDatabase;
afterEach(async () => {
  await db.delete();
});

const key = caseKey('return', 'shop-1', 'R-1');
const thread = { shopId: 'shop-1', threadId: 't-1' };
const shipping = { carrier: 'DPD', trackingNumber: '13894561230045', expectedDelivery: '2026-12-03' };

function reply(id: string, createdAt: string, state: OutboxItem['state']): OutboxItem {
  return {
    id,
    kind: 'reply',
    shopId: 'shop-1',
    threadId: 't-1',
    attachments: [],
    state,
    createdAt,
    attempts: 0,
    payload: { body: 'x', to: [{ type: 'CUSTOMER' }] },
  } as unknown as OutboxItem;
}

describe('moving a case to a stage', () => {
  it('stores the stage, its history step and the message as the draft, in one go', async () => {
    db = new ConsoleDatabase('case-stages-1');
    const outcome = await moveCaseToStage(db, {
      key,
      stage: 'shipped',
      shipping,
      thread,
      message: 'Hello, shipped.',
      actor: 'Ana',
      now: new Date('2026-11-28T10:00:00Z'),
    });
    expect(outcome).toBe('written');
    expect((await caseStageOf(db, key))?.meta).toMatchObject({
      stage: 'shipped',
      stageAt: '2026-11-28T10:00:00.000Z',
      shipping,
      stageThread: thread,
    });
    expect((await caseHistory(db, key)).map((h) => [h.event.action, h.event.actor, h.event.detail])).toEqual([
      ['stage:shipped', 'Ana', 'DPD 13894561230045 2026-12-03'],
    ]);
    expect((await readDraft(db, 'shop-1', 't-1'))?.body).toBe('Hello, shipped.');
  });

  it('keeps an earlier draft and adds the message below it, once', async () => {
    db = new ConsoleDatabase('case-stages-2');
    await storeDraft(db, 'shop-1', 't-1', 'My own words.', new Date('2026-11-28T09:00:00Z'));
    const move = {
      key,
      stage: 'return-received' as const,
      thread,
      message: 'We got it.',
      actor: 'Ana',
      now: new Date('2026-11-28T10:00:00Z'),
    };
    expect(await moveCaseToStage(db, move)).toBe('appended');
    expect((await readDraft(db, 'shop-1', 't-1'))?.body).toBe('My own words.\n\nWe got it.');
    expect(await moveCaseToStage(db, move)).toBe('already-there');
    expect((await readDraft(db, 'shop-1', 't-1'))?.body).toBe('My own words.\n\nWe got it.');
    // A stage that is not shipped drops the shipping details.
    expect((await caseStageOf(db, key))?.meta.shipping).toBeUndefined();
  });
});

describe('whether the buyer was told', () => {
  it('marks the thread until a reply is queued after the stage, ignoring parked and earlier replies', async () => {
    db = new ConsoleDatabase('case-stages-3');
    await moveCaseToStage(db, { key, stage: 'repair-started', thread, message: 'm', actor: 'Ana', now: new Date('2026-11-28T10:00:00Z') });
    await db.outbox.add(reply('early', '2026-11-28T09:59:00.000Z', 'sent'));
    await db.outbox.add(reply('refused', '2026-11-28T10:01:00.000Z', 'parked'));
    const marks = await untoldStages(db);
    expect([...marks.keys()]).toEqual([threadKeyOf('shop-1', 't-1')]);
    expect(marks.get(threadKeyOf('shop-1', 't-1'))).toMatchObject({ key, stage: 'repair-started' });
    expect((await caseStageOf(db, key))?.told).toBe(false);
    expect(await settleToldStages(db)).toBe(0);

    await db.outbox.add(reply('told', '2026-11-28T10:02:00.000Z', 'queued'));
    expect((await untoldStages(db)).size).toBe(0);
    expect((await caseStageOf(db, key))?.told).toBe(true);
    expect(await settleToldStages(db)).toBe(1);
    expect((await db.caseMeta.get(key))?.stageToldItemId).toBe('told');
    // A new stage: the buyer has not been told about it.
    await moveCaseToStage(db, { key, stage: 'ready-to-ship', thread, message: 'm2', actor: 'Ana', now: new Date('2026-11-28T11:00:00Z') });
    expect((await db.caseMeta.get(key))?.stageToldItemId).toBeUndefined();
    expect((await untoldStages(db)).get(threadKeyOf('shop-1', 't-1'))?.stage).toBe('ready-to-ship');
  });

  it('counts a shop message in the cache written after the stage (a reply sent from elsewhere)', async () => {
    db = new ConsoleDatabase('case-stages-4');
    await moveCaseToStage(db, {
      key,
      stage: 'shipped',
      shipping,
      thread,
      message: 'm',
      actor: 'Ana',
      now: new Date('2026-11-28T10:00:00Z'),
    });
    const message = { shopId: 'shop-1', threadId: 't-1', body: 'b', fromName: 'x', attachmentIds: [], raw: {} };
    await storeMessages(db, [{ ...message, id: 'm-buyer', dateCreated: '2026-11-28T10:05:00Z', fromType: 'CUSTOMER_USER' }]);
    await storeMessages(db, [{ ...message, id: 'm-old', dateCreated: '2026-11-28T09:00:00Z', fromType: 'SHOP_USER' }]);
    expect((await untoldStages(db)).size).toBe(1);
    await storeMessages(db, [{ ...message, id: 'm-shop', dateCreated: '2026-11-28T10:06:00Z', fromType: 'SHOP_USER' }]);
    expect((await untoldStages(db)).size).toBe(0);
    expect(await settleToldStages(db)).toBe(1);
    expect((await db.caseMeta.get(key))?.stageToldItemId).toBe('message');
  });
});

describe('the case of an order thread', () => {
  it("is the order's running return, else its open incident, else the complaint topic, else none", async () => {
    db = new ConsoleDatabase('case-stages-5');
    const base = {
      shopId: 'shop-1',
      market: 'PL',
      customerName: 'Jan',
      orderId: 'O-1',
      orderLabel: 'PL0240001',
      dateCreated: '2026-11-20T10:00:00Z',
      dateUpdated: '2026-11-21T10:00:00Z',
      takenOver: 0,
      closed: 0,
    };
    await db.threads.put({ ...base, id: 't-1', topicCode: 'WARRANTY' } as unknown as ThreadRecord);
    await db.threads.put({ ...base, id: 't-2', orderId: undefined } as unknown as ThreadRecord);
    expect(await threadCaseSummary(db, 'shop-1', 't-2')).toBeUndefined();
    expect(await threadCaseSummary(db, 'shop-1', 't-1')).toMatchObject({
      kind: 'complaint-thread',
      key: caseKey('complaint-thread', 'shop-1', 't-1'),
      market: 'PL',
      threadId: 't-1',
    });
    await db.incidents.put({
      shopId: 'shop-1',
      orderId: 'O-1',
      lineId: 'O-1-1',
      state: 'INCIDENT_OPEN',
      reasonCode: 'WARRANTY',
      dateUpdated: '2026-11-21T10:00:00Z',
      raw: {},
    });
    await db.incidents.put({
      shopId: 'shop-1',
      orderId: 'O-10',
      lineId: 'O-10-1',
      state: 'INCIDENT_OPEN',
      dateUpdated: '2026-11-22T10:00:00Z',
      raw: {},
    });
    expect(await threadCaseSummary(db, 'shop-1', 't-1')).toMatchObject({
      kind: 'incident',
      id: 'O-1/O-1-1',
      open: true,
      orderLabel: 'PL0240001',
    });
    await db.returns.put({ shopId: 'shop-1', id: 'R-old', state: 'CLOSED', orderId: 'O-1', dateUpdated: '2026-11-25T10:00:00Z', raw: {} });
    await db.returns.put({
      shopId: 'shop-1',
      id: 'R-run',
      state: 'RECEIVED',
      orderId: 'O-1',
      dateUpdated: '2026-11-22T10:00:00Z',
      raw: {},
    });
    await db.returns.put({
      shopId: 'shop-1',
      id: 'R-other',
      state: 'RECEIVED',
      orderId: 'O-2',
      dateUpdated: '2026-11-26T10:00:00Z',
      raw: {},
    });
    expect(await threadCaseSummary(db, 'shop-1', 't-1')).toMatchObject({
      kind: 'return',
      id: 'R-run',
      state: 'RECEIVED',
      open: true,
      key: caseKey('return', 'shop-1', 'R-run'),
    });
  });
});
