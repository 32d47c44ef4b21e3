import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../test/support/stored-thread';
import { absenceStatuses, dropAbsence, fileAbsenceNotices, saveAbsencePlan, type AbsenceDraft } from './absences.queries';
import { ConsoleDatabase } from './db';
import { storeMessages } from './thread-messages.queries';

// Today 1 December 2026; an on-time absence (file by 7 Dec) and a late one (file by 26 Nov).
const now = new Date('2026-12-01T09:00:00Z');
const shops = [
  { shopId: 'demo-2001', shopName: 'Elektro-Dom', market: 'PL' },
  { shopId: 'demo-2002', shopName: 'Porto Casa', market: 'PT' },
];
const draft: AbsenceDraft = { firstDay: '2026-12-21', lastDay: '2027-01-08', standIn: 'Jan Kowalski', note: '', shops, closeShops: false };
const names = new Map(shops.map((s) => [s.shopId, s.shopName]));
const ids = () => {
  let n = 0;
  return () => `item-${++n}`;
};

describe('absences.queries', () => {
  it('files one notice per shop with the bilingual body, and a closing only when the seller ticked it', async () => {
    const db = new ConsoleDatabase('absences-file');
    await saveAbsencePlan(db, draft, 'a1', now);
    await saveAbsencePlan(db, { ...draft, closeShops: true, shops: [shops[0]!] }, 'a2', now);
    const filed = await fileAbsenceNotices(db, 'a1', names, ids(), now);
    expect(filed.shops.map((s) => [s.shopId, s.noticeItemId, s.closingItemId, s.fileBy])).toEqual([
      ['demo-2001', 'item-1', undefined, '2026-12-07'],
      ['demo-2002', 'item-2', undefined, '2026-12-07'],
    ]);
    const items = await db.outbox.toArray();
    expect(items.map((i) => [i.shopId, i.kind])).toEqual([
      ['demo-2001', 'absence-notice'],
      ['demo-2002', 'absence-notice'],
    ]);
    expect(items[0]?.kind === 'absence-notice' && items[0].payload.body).toContain('Zawiadomienie o nieobecności sprzedawcy');
    expect(items[1]?.kind === 'absence-notice' && items[1].payload.body).toContain('Aviso de ausência do vendedor');
    // Filing again queues nothing more.
    await fileAbsenceNotices(db, 'a1', names, ids(), now);
    expect(await db.outbox.count()).toBe(2);

    const closing = await fileAbsenceNotices(db, 'a2', names, () => `c-${Math.random()}`, now);
    const closingItem = await db.outbox.where('id').equals(closing.shops[0]!.closingItemId!).first();
    expect(closingItem).toMatchObject({
      kind: 'status-update',
      shopId: 'demo-2001',
      payload: { closed_from: '2026-12-20T23:00:00Z', closed_to: '2027-01-08T22:59:59Z' },
    });
    db.close();
  });

  it('refuses a late shop before anything is queued, recording the file-by date it missed', async () => {
    const db = new ConsoleDatabase('absences-late');
    await saveAbsencePlan(db, { ...draft, firstDay: '2026-12-10', lastDay: '2026-12-23', closeShops: true }, 'late', now);
    const filed = await fileAbsenceNotices(db, 'late', names, ids(), now);
    expect(filed.shops.map((s) => [s.refusedLate, s.noticeItemId])).toEqual([
      ['2026-11-26', undefined],
      ['2026-11-26', undefined],
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect((await absenceStatuses(db))[0]?.shops.map((s) => s.state)).toEqual(['refused-late', 'refused-late']);
    db.close();
  });

  it('lists each shop as waiting, refused with the reason, sent with its operator thread, answered', async () => {
    const db = new ConsoleDatabase('absences-status');
    await saveAbsencePlan(db, draft, 'a1', now);
    expect((await absenceStatuses(db))[0]?.shops.map((s) => s.state)).toEqual(['planned', 'planned']);
    await fileAbsenceNotices(db, 'a1', names, ids(), now);
    expect((await absenceStatuses(db))[0]?.shops.map((s) => s.state)).toEqual(['waiting', 'waiting']);
    await db.outbox.where('id').equals('item-1').modify({ state: 'sent', deliveredMessageId: 'op-1-m0000' });
    await db.outbox
      .where('id')
      .equals('item-2')
      .modify({ state: 'parked', lastError: { code: 'INVALID', message: 'Topic too long' } });
    let entry = (await absenceStatuses(db))[0];
    expect(entry?.shops.map((s) => [s.state, s.reason, s.threadId])).toEqual([
      ['sent', undefined, undefined],
      ['refused', 'Topic too long', undefined],
    ]);
    const operatorThread = storedThread({ id: 'op-1', messages: ['Zawiadomienie'] });
    await db.threads.put({ ...operatorThread.thread, entityType: 'SELLER_OPERATOR' });
    await storeMessages(
      db,
      operatorThread.messages.map((m) => ({ ...m, fromType: 'SHOP_USER' })),
    );
    entry = (await absenceStatuses(db))[0];
    expect(entry?.shops[0]).toMatchObject({ state: 'sent', threadId: 'op-1' });
    await storeMessages(db, [
      {
        ...operatorThread.messages[0]!,
        id: 'op-1-m0001',
        dateCreated: '2026-12-02T10:00:00Z',
        fromType: 'OPERATOR_USER',
      },
    ]);
    expect((await absenceStatuses(db))[0]?.shops[0]).toMatchObject({ state: 'answered', threadId: 'op-1' });
    db.close();
  });

  it('drops a planned absence, but not one whose notice is queued', async () => {
    const db = new ConsoleDatabase('absences-drop');
    await saveAbsencePlan(db, draft, 'planned', now);
    await saveAbsencePlan(db, draft, 'filed', now);
    await fileAbsenceNotices(db, 'filed', names, ids(), now);
    expect(await dropAbsence(db, 'planned', now)).toBe(true);
    expect(await dropAbsence(db, 'filed', now)).toBe(false);
    expect((await db.absences.get('planned'))?.droppedAt).toBe(now.toISOString());
    await expect(fileAbsenceNotices(db, 'planned', names, ids(), now)).rejects.toThrow('dropped');
    await expect(saveAbsencePlan(db, { ...draft, lastDay: '2026-12-01' }, 'bad', now)).rejects.toThrow('cannot be planned');
    db.close();
  });
});
