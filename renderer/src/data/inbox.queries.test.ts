import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { ConsoleDatabase } from './db';
import {
  inboxContext,
  inboxFirstThreads,
  inboxMarks,
  inboxSource,
  inboxThreads,
  orderKeyOf,
  reasonKeyOf,
  threadKeyOf,
  topicLabel,
} from './inbox.queries';
import { isUnread, markThreadRead } from './read-marks.queries';

describe('inboxSource', () => {
  it("reads the connected shops' threads with their incidents, returns, amounts and topic labels, and the drafts and read marks apart", async () => {
    const db = new ConsoleDatabase('inbox-source');
    const a = storedThread({ id: 't-1', order: { id: 'O-1', label: 'O1' } });
    const b = storedThread({ id: 't-2', shopId: 'demo-2009' });
    await db.threads.bulkPut([a.thread, b.thread]);
    await db.incidents.bulkPut([
      {
        shopId: 'demo-2001',
        orderId: 'O-1',
        lineId: 'O-1-1',
        state: 'INCIDENT_OPEN',
        dateUpdated: 'x',
        raw: { order: { total_price: 129.9, currency_iso_code: 'PLN' } },
      },
      { shopId: 'demo-2001', orderId: 'O-2', lineId: 'O-2-1', state: 'RECEIVED', dateUpdated: 'x', raw: { order: { total_price: 5 } } },
    ]);
    await db.returns.bulkPut([
      { shopId: 'demo-2001', id: 'r-1', state: 'WAITING_ACCEPTANCE', orderId: 'O-1', dateUpdated: 'x', raw: {} },
      { shopId: 'demo-2001', id: 'r-2', state: 'CLOSED', orderId: 'O-3', dateUpdated: 'x', raw: {} },
    ]);
    await db.drafts.put({ shopId: 'demo-2001', threadId: 't-1', body: 'Dzień dobry', updatedAt: 'x' });
    await db.reasons.put({ shopId: 'demo-2001', type: 'incident_open', code: 'WARRANTY', label: 'Gwarancja', raw: {} });
    await markThreadRead(db, 'demo-2001', 't-1', new Date('2026-11-21T08:00:00Z'));

    const source = await inboxSource(db, ['demo-2001']);
    expect(source.threads.map((t) => t.id)).toEqual(['t-1']);
    expect([...source.incidentOrders]).toEqual([orderKeyOf('demo-2001', 'O-1')]);
    expect([...source.returnOrders]).toEqual([orderKeyOf('demo-2001', 'O-1')]);
    expect(source.orderAmounts.get(orderKeyOf('demo-2001', 'O-1'))).toEqual({ amount: 129.9, currency: 'PLN' });
    // An incident whose raw order has no currency gives no amount.
    expect(source.orderAmounts.has(orderKeyOf('demo-2001', 'O-2'))).toBe(false);
    const marks = await inboxMarks(db);
    expect([...marks.drafts]).toEqual([threadKeyOf('demo-2001', 't-1')]);
    expect(marks.readMarks.get(threadKeyOf('demo-2001', 't-1'))).toMatchObject({ activityAt: '2026-11-20T09:30:00Z' });
    expect(source.topicLabels.get(reasonKeyOf('demo-2001', 'WARRANTY'))).toBe('Gwarancja');
    expect(await topicLabel(db, 'demo-2001', 'WARRANTY')).toBe('Gwarancja');
    expect(await topicLabel(db, 'demo-2009', 'WARRANTY')).toBeUndefined();
    expect(await topicLabel(db, 'demo-2001', undefined)).toBeUndefined();
    // Its two halves, read apart by the inbox (two live queries): together, the same source.
    const [threads, context] = await Promise.all([inboxThreads(db, ['demo-2001']), inboxContext(db, ['demo-2001'])]);
    expect({ threads, ...context }).toEqual(source);
    expect(threads.map((t) => t.id)).toEqual(['t-1']);
    expect([...context.incidentOrders]).toEqual([orderKeyOf('demo-2001', 'O-1')]);
    db.close();
  });
});

describe('inboxFirstThreads', () => {
  it("reads only the earliest-due waiting threads of the connected shops, in due order, without the records' raw payloads", async () => {
    const db = new ConsoleDatabase('inbox-first-threads');
    const at = (id: string, shopId: string, dueAt: string | undefined, replyState: 'waiting' | 'answered' = 'waiting') => ({
      ...storedThread({ id, shopId }).thread,
      dueAt,
      replyState,
    });
    await db.threads.bulkPut([
      at('late', 'demo-2001', '2026-11-25T10:00:00Z'),
      at('soon', 'demo-2009', '2026-11-21T10:00:00Z'),
      at('first', 'demo-2001', '2026-11-20T10:00:00Z'),
      at('answered', 'demo-2001', '2026-11-19T10:00:00Z', 'answered'),
      at('undated', 'demo-2001', undefined),
      at('other-shop', 'demo-3000', '2026-11-18T10:00:00Z'),
    ]);
    await db.reasons.put({ shopId: 'demo-2001', type: 'incident_open', code: 'WARRANTY', label: 'Gwarancja', raw: {} });

    const first = await inboxFirstThreads(db, ['demo-2001', 'demo-2009'], 2);
    expect(first.threads.map((t) => t.id)).toEqual(['first', 'soon']);
    expect(first.threads[0]).not.toHaveProperty('raw');
    expect(first.topicLabels.get(reasonKeyOf('demo-2001', 'WARRANTY'))).toBe('Gwarancja');
    const all = await inboxFirstThreads(db, ['demo-2001', 'demo-2009'], 10);
    expect(all.threads.map((t) => t.id)).toEqual(['first', 'soon', 'late']);
    db.close();
  });
});

describe('read marks', () => {
  it('makes a thread read when opened and unread again when the buyer or the operator writes after that, not when the shop does', async () => {
    const db = new ConsoleDatabase('read-marks');
    const first = storedThread({ id: 't-1', lastAt: '2026-11-20T09:30:00Z' });
    await db.threads.put(first.thread);
    const mark = () => db.readMarks.get(['demo-2001', 't-1']);
    expect(isUnread(first.thread, await mark())).toBe(true);

    await markThreadRead(db, 'demo-2001', 't-1', new Date('2026-11-20T10:00:00Z'));
    expect(await mark()).toEqual({
      shopId: 'demo-2001',
      threadId: 't-1',
      activityAt: '2026-11-20T09:30:00Z',
      readAt: '2026-11-20T10:00:00.000Z',
    });
    expect(isUnread(first.thread, await mark())).toBe(false);

    const buyerAgain = storedThread({ id: 't-1', lastAt: '2026-11-20T11:00:00Z' }).thread;
    expect(isUnread(buyerAgain, await mark())).toBe(true);
    const operator = storedThread({ id: 't-1', lastAt: '2026-11-20T11:00:00Z', lastSender: 'OPERATOR_USER' }).thread;
    expect(isUnread(operator, await mark())).toBe(true);
    const shopReplied = storedThread({ id: 't-1', lastAt: '2026-11-20T11:00:00Z', lastSender: 'SHOP_USER' }).thread;
    expect(isUnread(shopReplied, undefined)).toBe(false);

    // Reading again moves the mark to the newer message; an older thread state never moves it back.
    await db.threads.put(buyerAgain);
    await markThreadRead(db, 'demo-2001', 't-1', new Date('2026-11-20T11:05:00Z'));
    expect(await mark()).toMatchObject({ activityAt: '2026-11-20T11:00:00Z' });
    await db.threads.put(first.thread);
    await markThreadRead(db, 'demo-2001', 't-1', new Date('2026-11-20T11:06:00Z'));
    expect(await mark()).toMatchObject({ activityAt: '2026-11-20T11:00:00Z', readAt: '2026-11-20T11:05:00.000Z' });

    // A thread that is not cached gets no mark.
    await markThreadRead(db, 'demo-2001', 't-404', new Date('2026-11-20T11:06:00Z'));
    expect(await db.readMarks.count()).toBe(1);
    db.close();
  });
});
