import { describe, expect, it } from 'vitest';
import { storedThread } from '../../../../test/support/stored-thread';
import { recordCaseEvent } from '../../data/case-events.queries';
import { ConsoleDatabase } from '../../data/db';
import { storeMessages } from '../../data/thread-messages.queries';
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
      { action: 'reply-sent', subject: 'demo-2001/t-1', detail: '' },
      { action: 'guard-override', subject: 'demo-2001/t-1', detail: 'generic: asked twice' },
      { action: 'case-changed', subject: 'return:demo-2001:r-9', detail: 'stage:shipped' },
    ]);

    stop();
    await recordCaseEvent(db, { caseKey: 'return:demo-2001:r-9', at: at.toISOString(), actor: 'Ben', action: 'note' });
    expect(recorded).toHaveLength(3);
    db.close();
  });
});
