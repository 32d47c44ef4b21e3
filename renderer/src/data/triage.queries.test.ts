import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import type { OutboxItem, ThreadRecord } from './records';
import { threadTriageStates } from './triage.queries';

const thread = (id: string, change: Partial<ThreadRecord> = {}): ThreadRecord =>
  ({ shopId: 'demo-2001', id, replyState: 'waiting', closed: 0, atMessageLimit: 0, ...change }) as ThreadRecord;
const reply = (id: string, threadId: string, state: OutboxItem['state']): OutboxItem => ({
  id,
  shopId: 'demo-2001',
  threadId,
  kind: 'reply',
  payload: { body: id, to: [{ type: 'CUSTOMER' }] },
  attachments: [],
  state,
  createdAt: '2026-11-23T10:00:00Z',
  attempts: 0,
});

describe('threadTriageStates', () => {
  it('says of each listed thread whether it waits, has a reply on its way and may be answered', async () => {
    const db = new ConsoleDatabase('triage-queries');
    await db.threads.bulkPut([
      thread('waiting'),
      thread('answered', { replyState: 'answered' }),
      thread('queued'),
      thread('closed', { closed: 1 }),
      thread('full', { atMessageLimit: 1 }),
      thread('refused'),
    ]);
    await db.outbox.bulkAdd([reply('a', 'queued', 'sending'), reply('b', 'refused', 'parked'), reply('c', 'answered', 'sent')]);
    const keys = ['waiting', 'answered', 'queued', 'closed', 'full', 'refused', 'not-cached'].map((threadId) => ({
      shopId: 'demo-2001',
      threadId,
    }));

    expect(await threadTriageStates(db, keys)).toEqual([
      { waiting: true, replyQueued: false, canReply: true },
      { waiting: false, replyQueued: false, canReply: true },
      { waiting: true, replyQueued: true, canReply: true },
      { waiting: true, replyQueued: false, canReply: false },
      { waiting: true, replyQueued: false, canReply: false },
      // A refused (parked) reply has not gone anywhere: the thread still waits for one.
      { waiting: true, replyQueued: false, canReply: true },
      undefined,
    ]);
    db.close();
  });
});
