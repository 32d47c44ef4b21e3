import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PhoneComplaintIntake } from '../../../shared/cases/phone-complaint';
import { caseHistory } from './case-events.queries';
import { ConsoleDatabase } from './db';
import { readDraft, storeDraft } from './drafts.queries';
import { cachedOrders, matchOrders } from './phone-complaint-orders.queries';
import { phoneComplaintView } from './phone-complaint-view.queries';
import {
  closePhoneComplaint,
  createPhoneComplaint,
  documentPhoneComplaintOutcome,
  draftPhoneComplaintConfirmation,
  forwardPhoneComplaint,
  linkPhoneComplaintThread,
  phoneComplaintCaseSummaries,
  queuePhoneComplaintConfirmation,
} from './phone-complaints.queries';
import type { ThreadRecord } from './records';
import { storeMessages } from './thread-messages.queries';

let db: ConsoleDatabase;
afterEach(async () => {
  await db.delete();
});

const intake: PhoneComplaintIntake = {
  buyerName: 'Anna Kowalska',
  contact: '601 234 567',
  orderId: 'PL1-1002',
  product: 'Odkurzacz XR-200',
  description: 'Przestał działać po tygodniu.',
  expectation: 'repair',
  promisedAnswerBy: '2026-12-02',
  responsible: 'Marta',
};
const by = (minute: number) => ({ actor: 'Marta', now: new Date(Date.UTC(2026, 10, 28, 10, minute)) });
const thread = (id: string, change: Partial<ThreadRecord> = {}): ThreadRecord =>
  ({ shopId: 'shop-pl', id, dateUpdated: '2026-11-20T10:00:00Z', customerName: 'Anna Kowalska', ...change }) as ThreadRecord;

describe('phone complaints in the cache', () => {
  it('records each step in the case history, in order, and lists the complaint as a case', async () => {
    db = new ConsoleDatabase('phone-complaints-1');
    await db.shops.put({ id: 'shop-pl', label: 'Sklep PL', market: 'PL' });
    await createPhoneComplaint(db, { id: 'pc-1', shopId: 'shop-pl', intake, orderLabel: 'PL1-1002-A' }, by(0));
    await forwardPhoneComplaint(db, 'pc-1', ' Jan ', by(1));
    await documentPhoneComplaintOutcome(db, 'pc-1', 'replacement', 'Nowy egzemplarz wysłany', by(2));
    await linkPhoneComplaintThread(db, 'pc-1', 't-1', by(3));
    await closePhoneComplaint(db, 'pc-1', by(4));

    const history = await caseHistory(db, 'phone-complaint:shop-pl:pc-1');
    expect(history.map((h) => [h.event.action, h.event.detail ?? null])).toEqual([
      ['phone-taken', 'Odkurzacz XR-200'],
      ['phone-forwarded', 'Jan'],
      ['phone-outcome:replacement', 'Nowy egzemplarz wysłany'],
      ['phone-thread-linked', 't-1'],
      ['phone-closed', null],
    ]);
    expect(await phoneComplaintCaseSummaries(db, [{ id: 'shop-pl', label: 'Sklep PL', market: 'PL' }])).toEqual([
      {
        key: 'phone-complaint:shop-pl:pc-1',
        kind: 'phone-complaint',
        shopId: 'shop-pl',
        market: 'PL',
        id: 'pc-1',
        state: 'closed',
        open: false,
        orderId: 'PL1-1002',
        orderLabel: 'PL1-1002-A',
        buyer: 'Anna Kowalska',
        threadId: 't-1',
        responsible: 'Marta',
        openedAt: '2026-11-28T10:00:00.000Z',
        updatedAt: '2026-11-28T10:04:00.000Z',
        promisedAnswerBy: '2026-12-02',
      },
    ]);
  });

  it('refuses steps the stage does not allow, and records nothing for them', async () => {
    db = new ConsoleDatabase('phone-complaints-2');
    await createPhoneComplaint(db, { id: 'pc-2', shopId: 'shop-pl', intake: { ...intake, forwardedTo: 'Jan' } }, by(0));
    await expect(closePhoneComplaint(db, 'pc-2', by(1))).rejects.toThrow('Document the outcome before closing the complaint.');
    await documentPhoneComplaintOutcome(db, 'pc-2', 'apology', '', by(2));
    await expect(forwardPhoneComplaint(db, 'pc-2', 'Ewa', by(3))).rejects.toThrow('The outcome is already documented.');
    await expect(documentPhoneComplaintOutcome(db, 'pc-2', 'replacement', '', by(3))).rejects.toThrow('already documented');
    await expect(forwardPhoneComplaint(db, 'nope', 'Ewa', by(3))).rejects.toThrow('No phone complaint nope');
    const actions = (await caseHistory(db, 'phone-complaint:shop-pl:pc-2')).map((h) => h.event.action);
    expect(actions).toEqual(['phone-taken', 'phone-forwarded', 'phone-outcome:apology']);
  });

  it('drafts the confirmation in the linked thread, keeping a draft the seller had started', async () => {
    db = new ConsoleDatabase('phone-complaints-3');
    await createPhoneComplaint(db, { id: 'pc-3', shopId: 'shop-pl', intake }, by(0));
    await expect(draftPhoneComplaintConfirmation(db, 'pc-3', 'Potwierdzamy.', by(1))).rejects.toThrow(
      'Link the complaint to a thread first.',
    );
    await linkPhoneComplaintThread(db, 'pc-3', 't-1', by(1));
    await storeDraft(db, 'shop-pl', 't-1', 'Dzień dobry,', new Date('2026-11-28T09:00:00Z'));
    expect(await draftPhoneComplaintConfirmation(db, 'pc-3', 'Potwierdzamy.', by(2))).toEqual({ shopId: 'shop-pl', threadId: 't-1' });
    expect((await readDraft(db, 'shop-pl', 't-1'))?.body).toBe('Dzień dobry,\n\nPotwierdzamy.');
    // Drafting again does not add the same text twice.
    await draftPhoneComplaintConfirmation(db, 'pc-3', 'Potwierdzamy.', by(3));
    expect((await readDraft(db, 'shop-pl', 't-1'))?.body).toBe('Dzień dobry,\n\nPotwierdzamy.');
    const actions = (await caseHistory(db, 'phone-complaint:shop-pl:pc-3')).map((h) => h.event.action);
    expect(actions.filter((a) => a === 'phone-confirmation-drafted')).toHaveLength(2);
  });

  it('queues the confirmation as a new order thread (OR43) once, with the step joined to its item', async () => {
    db = new ConsoleDatabase('phone-complaints-4');
    await db.shops.put({ id: 'shop-pl', label: 'Sklep PL', market: 'PL' });
    await createPhoneComplaint(db, { id: 'pc-4', shopId: 'shop-pl', intake }, by(0));
    const input = { body: 'Potwierdzamy przyjęcie reklamacji.', to: ['CUSTOMER'], topic: { type: 'FREE_TEXT', value: 'Reklamacja' } };
    await queuePhoneComplaintConfirmation(db, 'pc-4', input, 'item-1', by(1));
    await expect(queuePhoneComplaintConfirmation(db, 'pc-4', input, 'item-2', by(2))).rejects.toThrow('already on its way');
    const items = await db.outbox.toArray();
    expect(items.map((i) => [i.id, i.kind, i.payload, i.state])).toEqual([
      ['item-1', 'order-thread', { ...input, order_id: 'PL1-1002' }, 'queued'],
    ]);
    const view = await phoneComplaintView(db, 'pc-4');
    expect(view?.confirmation?.id).toBe('item-1');
    expect(view?.history.map((h) => [h.event.action, h.item?.id ?? null])).toEqual([
      ['phone-taken', null],
      ['phone-confirmation-queued', 'item-1'],
    ]);
    // Once delivered and synced, the thread the confirmation created is found by its first message.
    await db.outbox.where('id').equals('item-1').modify({ state: 'sent', deliveredMessageId: 'm-first' });
    await db.threads.bulkPut([thread('t-new', { orderId: 'PL1-1002' }), thread('t-other', { orderId: 'PL1-1002' })]);
    await storeMessages(db, [
      {
        shopId: 'shop-pl',
        threadId: 't-new',
        id: 'm-first',
        dateCreated: '',
        fromType: 'SHOP_USER',
        fromName: '',
        body: '',
        attachmentIds: [],
      },
    ]);
    expect((await phoneComplaintView(db, 'pc-4'))?.createdThreadId).toBe('t-new');
    await createPhoneComplaint(db, { id: 'pc-5', shopId: 'shop-pl', intake: { ...intake, orderId: undefined } }, by(3));
    await expect(queuePhoneComplaintConfirmation(db, 'pc-5', input, 'item-3', by(4))).rejects.toThrow('names no order');
    expect(await db.outbox.count()).toBe(1);
  });

  it('finds orders from threads, incidents and returns of the shop, and offers the order threads to link', async () => {
    db = new ConsoleDatabase('phone-complaints-5');
    await db.shops.put({ id: 'shop-pl', label: 'Sklep PL', market: 'PL' });
    await db.threads.bulkPut([
      thread('t-1', { orderId: 'PL1-1002', orderLabel: 'PL1-1002-A' }),
      thread('t-2', { orderId: 'PL1-1002', dateUpdated: '2026-11-25T10:00:00Z' }),
      thread('t-3', { shopId: 'shop-lv', orderId: 'LV1-7' }),
      thread('t-4', {}),
    ]);
    await db.incidents.put({
      shopId: 'shop-pl',
      orderId: 'PL1-2001',
      lineId: 'L1',
      state: 'INCIDENT_OPEN',
      dateUpdated: '2026-11-27T10:00:00Z',
      raw: { order: { commercial_id: 'PL1-2001-B', customer: { firstname: 'Piotr', lastname: 'Nowak' } } },
    });
    await db.returns.put({
      shopId: 'shop-pl',
      id: 'R1',
      state: 'WAITING_ACCEPTANCE',
      orderId: 'PL1-3001',
      dateUpdated: '2026-11-27T10:00:00Z',
      raw: {},
    });
    const orders = await cachedOrders(db, 'shop-pl');
    expect(orders).toEqual([
      { orderId: 'PL1-1002', buyer: 'Anna Kowalska', label: 'PL1-1002-A' },
      { orderId: 'PL1-2001', label: 'PL1-2001-B', buyer: 'Piotr Nowak' },
      { orderId: 'PL1-3001' },
    ]);
    expect(matchOrders(orders, '2001-b').map((o) => o.orderId)).toEqual(['PL1-2001']);
    expect(matchOrders(orders, 'pl1', 2)).toHaveLength(2);
    expect(matchOrders(orders, '  ')).toEqual([]);
    await createPhoneComplaint(db, { id: 'pc-6', shopId: 'shop-pl', intake }, by(0));
    expect((await phoneComplaintView(db, 'pc-6'))?.threads.map((t) => t.id)).toEqual(['t-2', 't-1']);
  });
});
