import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import type { MessageRecord, ThreadRecord } from './records';
import { readReportFacts, reasonLabels } from './report-facts.queries';
import { storeMessages } from './thread-messages.queries';

const thread = (shopId: string, id: string, takenOver: 0 | 1 = 0): ThreadRecord =>
  ({ shopId, id, market: shopId === 'pl' ? 'PL' : 'LV', takenOver }) as ThreadRecord;
const message = (shopId: string, threadId: string, id: string, dateCreated: string, fromType: string): MessageRecord => ({
  shopId,
  threadId,
  id,
  dateCreated,
  fromType,
  fromName: '',
  body: 'not read by the reports',
  attachmentIds: [],
});

describe('readReportFacts', () => {
  it("reads each shop's threads with their messages' times and senders, reporting progress per shop", async () => {
    const db = new ConsoleDatabase('report-facts-1');
    await db.shops.bulkPut([
      { id: 'pl', label: 'PL shop', market: 'PL' },
      { id: 'lv', label: 'LV shop', market: 'LV' },
    ]);
    await db.threads.bulkPut([thread('pl', 't1'), thread('pl', 't2', 1), thread('lv', 't1')]);
    await storeMessages(db, [
      message('pl', 't1', 'm2', '2026-11-16T10:00:00Z', 'SHOP_USER'),
      message('pl', 't1', 'm1', '2026-11-16T08:00:00Z', 'CUSTOMER_USER'),
      message('lv', 't1', 'm1', '2026-11-17T08:00:00Z', 'CUSTOMER_USER'),
    ]);
    const progress: string[] = [];
    const facts = await readReportFacts(db, (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(['1/2', '2/2']);
    const byKey = new Map(facts.threads.map((t) => [`${t.shopId}/${t.threadId}`, t]));
    expect(byKey.get('pl/t1')).toMatchObject({ market: 'PL', takenOver: false });
    expect(byKey.get('pl/t1')?.messages).toHaveLength(2);
    expect(byKey.get('pl/t2')).toMatchObject({ takenOver: true, messages: [] });
    expect(byKey.get('lv/t1')?.messages).toEqual([{ at: '2026-11-17T08:00:00Z', from: 'CUSTOMER_USER' }]);
    db.close();
  });

  it('reads phone complaints and absence notices as case and notice facts, the notice filed on its outbox day', async () => {
    const db = new ConsoleDatabase('report-facts-2');
    await db.shops.put({ id: 'pl', label: 'PL shop', market: 'PL' });
    await db.phoneComplaints.put({
      id: 'p1',
      shopId: 'pl',
      buyerName: 'Anna',
      contact: '+48 600 000 000',
      product: 'Czajnik X1',
      description: 'cieknie',
      expectation: 'replacement',
      promisedAnswerBy: '2026-11-30',
      responsible: 'Ola',
      createdAt: '2026-11-20T10:00:00Z',
      updatedAt: '2026-11-21T10:00:00Z',
      closedAt: '2026-11-21T10:00:00Z',
    });
    await db.absences.put({
      id: 'a1',
      firstDay: '2026-12-21',
      lastDay: '2027-01-04',
      standIn: '',
      note: '',
      createdAt: '2026-11-20T10:00:00Z',
      shops: [{ shopId: 'pl', market: 'PL', workingDays: 8, noticeRequired: true, fileBy: '2026-12-07', noticeItemId: 'n1' }],
    });
    await db.outbox.add({
      id: 'n1',
      kind: 'absence-notice',
      shopId: 'pl',
      attachments: [],
      state: 'sent',
      createdAt: '2026-11-20T10:00:00Z',
      attempts: 1,
      payload: { body: 'x', entity: { type: 'SELLER_OPERATOR' }, topic: { type: 'FREE_TEXT', value: 'Absence' } },
    } as never);
    await db.reasons.put({ shopId: 'pl', type: 'incident_open', code: '13', label: 'Produkt uszkodzony', raw: null });
    const facts = await readReportFacts(db);
    expect(facts.cases).toEqual([
      {
        key: 'phone-complaint:pl:p1',
        shopId: 'pl',
        market: 'PL',
        category: 'replacement',
        product: 'Czajnik X1',
        openedAt: '2026-11-20T10:00:00Z',
        resolvedAt: '2026-11-21T10:00:00Z',
      },
    ]);
    expect(facts.notices).toEqual([{ shopId: 'pl', market: 'PL', fileBy: '2026-12-07', filedOn: '2026-11-20' }]);
    expect(await reasonLabels(db)).toEqual(new Map([['13', 'Produkt uszkodzony']]));
    db.close();
  });
});
