import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../../test/support/stored-thread';
import { recordCaseEvent } from '../../data/case-events.queries';
import { ConsoleDatabase } from '../../data/db';
import { storeMessages } from '../../data/thread-messages.queries';
import { markSent, park } from '../../sync/outbox/outbox.outcomes';
import { enqueue } from '../../sync/outbox/outbox.repository';
import { recordAuditFrom, type AuditRecord } from './audit-recorder';

const at = new Date('2026-11-23T10:00:00Z');

describe('recordAuditFrom', () => {
  it('records a queued reply (and its guard override) and a case change made by a person, not an automatic step', async () => {
    const db = new ConsoleDatabase('audit-recorder-1');
    const thread = storedThread({ id: 't-1', market: 'PL', messages: ['Kiedy wyślecie?'] });
    await db.threads.put(thread.thread);
    await storeMessages(db, thread.messages);
    const recorded: AuditRecord[] = [];
    const stop = recordAuditFrom(db, (entry) => recorded.push(entry));

    await enqueue(
      db,
      {
        shopId: 'demo-2001',
        kind: 'reply',
        threadId: 't-1',
        payload: { body: 'Dzień dobry, wysyłamy jutro.', to: [{ type: 'CUSTOMER' }] },
        guardOverride: { rules: ['generic'], reason: 'asked twice', questions: [] },
        author: 'Anna',
      },
      'item-1',
      at,
      { checker: () => [{ rule: 'generic', severity: 'warn', start: 0, end: 0, message: 'Generic.' }] },
    );
    await recordCaseEvent(db, { caseKey: 'return:demo-2001:r-9', at: at.toISOString(), actor: 'Ben', action: 'stage:shipped' });
    await recordCaseEvent(db, { caseKey: 'return:demo-2001:r-9', at: at.toISOString(), actor: 'console', action: 'delivered' });

    expect(recorded).toEqual([
      { action: 'reply-queued', subject: 'demo-2001/t-1', detail: '' },
      { action: 'guard-override', subject: 'demo-2001/t-1', detail: 'generic: asked twice' },
      { action: 'case-changed', subject: 'return:demo-2001:r-9', detail: 'stage:shipped' },
    ]);

    stop();
    await recordCaseEvent(db, { caseKey: 'return:demo-2001:r-9', at: at.toISOString(), actor: 'Ben', action: 'note' });
    expect(recorded).toHaveLength(3);
    db.close();
  });

  it('records "reply sent" only when the outbox marks the reply sent, never for a refused (parked) one', async () => {
    const db = new ConsoleDatabase('audit-recorder-2');
    const thread = storedThread({ id: 't-2', market: 'PL', messages: ['Gdzie paczka?'] });
    await db.threads.put(thread.thread);
    await storeMessages(db, thread.messages);
    const recorded: AuditRecord[] = [];
    const stop = recordAuditFrom(db, (entry) => recorded.push(entry));
    const reply = (id: string) =>
      enqueue(
        db,
        { shopId: 'demo-2001', kind: 'reply', threadId: 't-2', payload: { body: `Wysłane ${id}.`, to: [{ type: 'CUSTOMER' }] } },
        id,
        at,
        { checker: () => [] },
      );
    await reply('item-ok');
    await reply('item-refused');
    expect(recorded.map((r) => r.action)).toEqual(['reply-queued', 'reply-queued']);

    const deps = { db, now: () => at, random: () => 0 };
    await markSent(deps, 'item-ok', 'queued', 'm-77', undefined);
    const refused = (await db.outbox.where('id').equals('item-refused').first())!;
    await park(deps, refused, 'queued', { code: 'REFUSED', message: 'Closed thread.', status: 400 });
    // Marking it sent again (a second read-back) does not record it twice.
    await markSent(deps, 'item-ok', 'sent', 'm-77', undefined);

    expect(recorded).toEqual([
      { action: 'reply-queued', subject: 'demo-2001/t-2', detail: '' },
      { action: 'reply-queued', subject: 'demo-2001/t-2', detail: '' },
      { action: 'reply-sent', subject: 'demo-2001/t-2', detail: '' },
    ]);
    stop();
    db.close();
  });
});
