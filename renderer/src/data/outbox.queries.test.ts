import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import { outboxCounts, parkedItems, parkedWithThreads } from './outbox.queries';
import type { OutboxItem } from './records';

function item(
  id: string,
  state: OutboxItem['state'],
  change: Partial<Pick<OutboxItem, 'threadId' | 'shopId'>> & { kind?: 'support-thread' } = {},
): OutboxItem {
  const fields = { id, shopId: 'demo-2001', threadId: 't-1', attachments: [], state, createdAt: '2026-11-23T10:00:00Z', attempts: 0 };
  if (change.kind === 'support-thread') {
    return {
      ...fields,
      ...change,
      kind: 'support-thread',
      payload: { body: id, entity: { type: 'SELLER_OPERATOR' }, topic: { type: 'FREE_TEXT', value: 'Question' } },
    };
  }
  return { ...fields, ...change, kind: 'reply', payload: { body: id, to: [{ type: 'CUSTOMER' }] } };
}

describe('outbox queries', () => {
  it('lists parked items in the order written, each with its thread when cached, and counts the rest', async () => {
    const db = new ConsoleDatabase('outbox-queries');
    await db.outbox.bulkAdd([
      item('a', 'parked'),
      item('b', 'queued'),
      item('c', 'sent'),
      item('d', 'parked', { threadId: 't-2' }),
      item('e', 'unknown', { shopId: 'demo-2002' }),
      item('f', 'parked', { threadId: undefined, kind: 'support-thread' }),
    ]);
    await db.threads.put({ shopId: 'demo-2001', id: 't-1', topic: 'Gwarancja' } as never);

    expect((await parkedItems(db)).map((i) => i.id)).toEqual(['a', 'd', 'f']);
    const entries = await parkedWithThreads(db);
    expect(entries.map((e) => [e.item.id, e.thread?.topic])).toEqual([
      ['a', 'Gwarancja'],
      ['d', undefined],
      ['f', undefined],
    ]);
    expect(await outboxCounts(db)).toEqual({ unsentShopIds: ['demo-2001', 'demo-2002'], parked: 3 });
    db.close();
  });
});
