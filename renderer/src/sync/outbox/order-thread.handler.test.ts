import { describe, expect, it } from 'vitest';
import type { ThreadDetail, ThreadsPage } from '../../../../shared/mirakl';
import type { OrderThreadPayload, OutboxItemOf } from '../../data/records';
import { orderThreadHandler } from './order-thread.handler';
import type { ReadBackContext } from './outbox-handler';

type OrderThread = OutboxItemOf<'order-thread'>;
const firstAttemptAt = '2026-11-23T10:00:00.000Z';
const body = 'Dzień dobry, potwierdzamy przyjęcie reklamacji.';
const payload: OrderThreadPayload = { order_id: 'PL1-1002', body, to: ['CUSTOMER'], topic: { type: 'FREE_TEXT', value: 'Reklamacja' } };
function item(change: Partial<OrderThread> = {}): OrderThread {
  return {
    id: 'c1',
    shopId: 'demo-2001',
    kind: 'order-thread',
    payload,
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
const page = (threads: ReturnType<typeof thread>[], next?: string) => ({ data: threads, next_page_token: next }) as unknown as ThreadsPage;

describe('order thread handler (OR43)', () => {
  it('creates a thread on the order with thread_input (without the order id) and the files, each item on its own', () => {
    expect(orderThreadHandler.request(item())).toEqual({
      code: 'OR43',
      input: {
        params: { order_id: 'PL1-1002' },
        body: { body, to: ['CUSTOMER'], topic: { type: 'FREE_TEXT', value: 'Reklamacja' } },
        files: [],
      },
    });
    expect(orderThreadHandler.orderKey(item())).not.toBe(orderThreadHandler.orderKey(item({ id: 'c2' })));
    expect(orderThreadHandler.createsMessage).toBe(true);
  });

  it('parks an item without an order or with a body the operation refuses', () => {
    expect(orderThreadHandler.check(item())).toBeNull();
    expect(orderThreadHandler.check(item({ payload: { ...payload, order_id: '' } }))).toBe(
      'This message to the buyer does not say which order it is about.',
    );
    expect(orderThreadHandler.check(item({ payload: { ...payload, body: 'x' } }))).toMatch(
      /^This message to the buyer cannot be sent as it is \(body: /,
    );
  });

  it('takes the first message id of the 201 answer, none from an unreadable one', () => {
    expect(orderThreadHandler.accept(item(), { status: 201, readable: true, body: { message_id: 'm9', thread_id: 't9' } })).toEqual({
      outcome: 'delivered',
      deliveredId: 'm9',
    });
    expect(orderThreadHandler.accept(item(), { status: 201, readable: false })).toEqual({ outcome: 'delivered', deliveredId: undefined });
  });

  it('reads back with M11 filtered by the order entity, since the first attempt minus the clock skew, page by page', async () => {
    const reads: unknown[] = [];
    const pages: Record<string, ThreadsPage> = {
      first: page(
        [
          // An older thread of the order where the same text came later is not the created thread.
          thread('t-old', '2026-11-20T10:00:00Z', [
            msg('o1', 'CUSTOMER_USER', 'Gdzie paczka?', '2026-11-20T10:00:00Z'),
            msg('o2', 'SHOP_USER', body, '2026-11-23T10:00:02Z'),
          ]),
        ],
        'p2',
      ),
      p2: page([thread('t-new', '2026-11-23T10:00:02Z', [msg('n1', 'SHOP_USER', body, '2026-11-23T10:00:02Z')])]),
    };
    const read: ReadBackContext['read'] = async (code, input) => {
      const { query } = input as { query?: { page_token?: string } };
      reads.push([code, query]);
      return pages[query?.page_token ?? 'first'] as never;
    };
    expect(await orderThreadHandler.readBack(item(), { read, claimed: new Set() })).toEqual({ found: true, deliveredId: 'n1' });
    expect(reads).toEqual([
      ['M11', { entity_type: 'MMP_ORDER', entity_id: 'PL1-1002', updated_since: '2026-11-23T09:58:00Z', with_messages: true, limit: 100 }],
      ['M11', { page_token: 'p2' }],
    ]);
    expect(await orderThreadHandler.readBack(item(), { read, claimed: new Set(['n1']) })).toEqual({ found: false });
  });

  it('reads a long new thread whole (M10) to see its first message', async () => {
    const read = async (code: string) =>
      (code === 'M11'
        ? page([thread('t-long', '2026-11-23T10:00:01Z', [msg('late', 'CUSTOMER_USER', 'ok', '2026-11-23T11:00:00Z')], 150)])
        : ({ messages: [msg('m-first', 'SHOP_USER', body, '2026-11-23T10:00:01Z')] } as unknown as ThreadDetail)) as never;
    expect(await orderThreadHandler.readBack(item(), { read, claimed: new Set() })).toEqual({ found: true, deliveredId: 'm-first' });
  });
});
