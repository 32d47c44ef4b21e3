import { describe, expect, it } from 'vitest';
import type { ThreadDetail, ThreadsPage } from '../../../../shared/mirakl';
import type { OperatorThreadPayload, OutboxItemOf } from '../../data/records';
import { createdThreads, findCreatedThread, operatorThreadHandler } from './operator-thread.handler';
import type { ReadBackContext } from './outbox-handler';

type SupportThread = OutboxItemOf<'support-thread'>;
const handler = operatorThreadHandler<'support-thread'>('message to marketplace support');
const firstAttemptAt = '2026-11-23T10:00:00.000Z';
const body = 'Proszę o korektę prowizji za zamówienie 123.';
function item(change: Partial<SupportThread> = {}): SupportThread {
  return {
    id: 's1',
    shopId: 'demo-2001',
    kind: 'support-thread',
    payload: { body, entity: { type: 'SELLER_OPERATOR' }, topic: { type: 'FREE_TEXT', value: 'Prowizja' } },
    attachments: [],
    state: 'unknown',
    createdAt: firstAttemptAt,
    firstAttemptAt,
    attempts: 1,
    ...change,
  };
}
const msg = (id: string, type: string, text: string, date: string) => ({
  id,
  body: text,
  date_created: date,
  from: { type, display_name: 'x' },
  to: [],
});
const thread = (id: string, created: string, messages: unknown[], total = messages.length) => ({
  id,
  date_created: created,
  messages,
  metadata: { total_count: total },
});
/** An M11 page as its schema reads it (only what the read-back looks at is filled in). */
const page = (threads: ReturnType<typeof thread>[], next?: string) => ({ data: threads, next_page_token: next }) as unknown as ThreadsPage;

describe('operator thread handler (M14)', () => {
  it('creates a thread with thread_input and the files, each item on its own', () => {
    expect(handler.request(item())).toEqual({ code: 'M14', input: { body: item().payload, files: [] } });
    expect(handler.orderKey(item())).not.toBe(handler.orderKey(item({ id: 's2' })));
    expect(handler.check(item())).toBeNull();
    expect(handler.check(item({ payload: { body } as unknown as OperatorThreadPayload }))).toMatch(
      /^This message to marketplace support cannot be sent as it is \(entity: /,
    );
  });

  it('finds the thread whose first message is ours: shop-authored, same text, since the first attempt, unclaimed', () => {
    const pending = { body, firstAttemptAt };
    const ours = thread('t-new', '2026-11-23T10:00:01Z', [
      msg('m-first', 'SHOP_USER', body, '2026-11-23T10:00:01Z'),
      msg('m-op', 'OPERATOR_USER', 'Dzień dobry', '2026-11-23T10:05:00Z'),
    ]);
    expect(findCreatedThread(pending, createdThreads(page([ours])), new Set())).toBe('m-first');
    expect(findCreatedThread(pending, createdThreads(page([ours])), new Set(['m-first']))).toBeNull();
    // The same text as a later message of another thread is not a created thread.
    const later = thread('t-old', '2026-11-20T10:00:00Z', [
      msg('x', 'SHOP_USER', 'Stara sprawa', '2026-11-20T10:00:00Z'),
      msg('y', 'SHOP_USER', body, '2026-11-23T10:00:02Z'),
    ]);
    expect(findCreatedThread(pending, createdThreads(page([later])), new Set())).toBeNull();
    // Written by the operator, or before the attempt: not ours.
    const byOperator = thread('t-op', '2026-11-23T10:00:01Z', [msg('o', 'OPERATOR_USER', body, '2026-11-23T10:00:01Z')]);
    const before = thread('t-before', '2026-11-23T09:00:00Z', [msg('b', 'SHOP_USER', body, '2026-11-23T09:00:00Z')]);
    expect(findCreatedThread(pending, createdThreads(page([byOperator, before])), new Set())).toBeNull();
  });

  it('does not take the first of the last 100 messages M11 embeds for the first message of a longer thread', () => {
    const cut = thread('t-long', '2026-11-23T10:00:01Z', [msg('m-101', 'SHOP_USER', body, '2026-11-23T10:00:01Z')], 101);
    expect(createdThreads(page([cut]))).toEqual([{ id: 't-long', dateCreated: '2026-11-23T10:00:01Z', first: null }]);
  });

  it('reads back with M11 filtered by entity, updated since the first attempt minus the clock skew, page by page', async () => {
    const reads: unknown[] = [];
    const pages: Record<string, ThreadsPage> = {
      first: page([thread('t1', '2026-11-23T10:00:01Z', [msg('n1', 'SHOP_USER', 'Inna sprawa', '2026-11-23T10:00:01Z')])], 'p2'),
      p2: page([thread('t2', '2026-11-23T10:00:02Z', [msg('n2', 'SHOP_USER', body, '2026-11-23T10:00:02Z')])]),
    };
    const read: ReadBackContext['read'] = async (code, input) => {
      const { query } = input as { query?: { page_token?: string } };
      reads.push([code, query]);
      return pages[query?.page_token ?? 'first'] as never;
    };
    expect(await handler.readBack(item(), { read, claimed: new Set() })).toEqual({ found: true, deliveredId: 'n2' });
    expect(reads).toEqual([
      ['M11', { entity_type: 'SELLER_OPERATOR', updated_since: '2026-11-23T09:58:00Z', with_messages: true, limit: 100 }],
      ['M11', { page_token: 'p2' }],
    ]);
    expect(await handler.readBack(item(), { read, claimed: new Set(['n2']) })).toEqual({ found: false });
  });

  it('reads a long new thread whole (M10) to see its first message', async () => {
    const read = async (code: string) =>
      (code === 'M11'
        ? page([thread('t-long', '2026-11-23T10:00:01Z', [msg('late', 'OPERATOR_USER', 'ok', '2026-11-23T11:00:00Z')], 150)])
        : ({ messages: [msg('m-first', 'SHOP_USER', body, '2026-11-23T10:00:01Z')] } as unknown as ThreadDetail)) as never;
    expect(await handler.readBack(item(), { read, claimed: new Set() })).toEqual({ found: true, deliveredId: 'm-first' });
  });
});
