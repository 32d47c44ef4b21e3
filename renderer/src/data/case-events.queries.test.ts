import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import { caseHistory, readCaseMeta, recordCaseEvent, updateCaseMeta } from './case-events.queries';
import { caseKey } from './records';

let db: ConsoleDatabase;
afterEach(async () => {
  await db.delete();
});

describe('case history and facts', () => {
  it('lists a case’s steps oldest first, joined with their outbox items, and only that case’s', async () => {
    db = new ConsoleDatabase('case-events-1');
    const key = caseKey('return', 'shop-1', 'R-1');
    await recordCaseEvent(db, {
      caseKey: key,
      at: '2026-11-28T10:05:00Z',
      actor: 'Ana',
      action: 'return-received',
      outboxItemId: 'item-2',
    });
    await recordCaseEvent(db, {
      caseKey: key,
      at: '2026-11-28T10:00:00Z',
      actor: 'Ana',
      action: 'return-accepted',
      outboxItemId: 'item-1',
    });
    await recordCaseEvent(db, {
      caseKey: caseKey('return', 'shop-1', 'R-2'),
      at: '2026-11-28T09:00:00Z',
      actor: 'Ana',
      action: 'return-accepted',
    });
    await db.outbox.add({
      id: 'item-1',
      kind: 'return-action',
      shopId: 'shop-1',
      attachments: [],
      state: 'sent',
      createdAt: '2026-11-28T10:00:00Z',
      attempts: 1,
      payload: { action: 'accept', returns: [{ id: 'R-1', accepted: true }] },
    } as never);
    const history = await caseHistory(db, key);
    expect(history.map((h) => h.event.action)).toEqual(['return-accepted', 'return-received']);
    expect(history[0]?.item?.state).toBe('sent');
    expect(history[1]?.item).toBeUndefined();
  });

  it('merges facts into a case and removes the fields set to undefined', async () => {
    db = new ConsoleDatabase('case-events-2');
    const key = caseKey('incident', 'shop-1', 'O-1/1');
    expect(await readCaseMeta(db, key)).toEqual({ key });
    await updateCaseMeta(db, key, { responsible: 'Ana', stage: 'shipped', stageAt: '2026-11-28T10:00:00Z' });
    const next = await updateCaseMeta(db, key, { responsible: 'Marek', stageAt: undefined });
    expect(next).toEqual({ key, responsible: 'Marek', stage: 'shipped' });
    expect(await readCaseMeta(db, key)).toEqual(next);
  });
});
