import { describe, expect, it } from 'vitest';
import type { ThreadDetail } from '../../../../shared/mirakl';
import type { OutboxItemOf, ReplyPayload } from '../../data/records';
import type { ReadBackContext } from './outbox-handler';
import { createdMessageId, readBackMessages, replyHandler } from './reply.handler';

const firstAttemptAt = '2026-11-23T10:00:00.000Z';
type Reply = OutboxItemOf<'reply'>;
function item(change: Partial<Reply> = {}): Reply {
  return {
    id: 'i1',
    shopId: 'demo-2001',
    kind: 'reply',
    threadId: 't1',
    payload: { body: 'Wysłaliśmy paczkę.', to: [{ type: 'CUSTOMER' }] },
    attachments: [],
    state: 'unknown',
    createdAt: firstAttemptAt,
    firstAttemptAt,
    attempts: 1,
    ...change,
  };
}
const message = (id: string, type: string, body: string, date: string) => ({
  id,
  body,
  date_created: date,
  from: { type, display_name: 'x' },
  to: [],
});
/** A thread as M10's schema reads it (only what the read-back looks at is filled in). */
const detail = (messages: ReturnType<typeof message>[]) => ({ messages }) as unknown as ThreadDetail;
function context(thread: ThreadDetail, claimed: string[] = []): ReadBackContext & { reads: unknown[] } {
  const reads: unknown[] = [];
  return {
    reads,
    claimed: new Set(claimed),
    read: async (code, input) => {
      reads.push([code, input]);
      return thread as never;
    },
  };
}

describe('reply handler', () => {
  it('sends M12 multipart to the thread with the payload as message_input and the files', () => {
    const file = { name: 'a.png', type: 'image/png', blob: new Blob(['x']) };
    const request = replyHandler.request(item({ threadId: 'a-b', attachments: [file] }));
    expect(request).toEqual({ code: 'M12', input: { params: { thread_id: 'a-b' }, body: item().payload, files: [file] } });
  });

  it('checks the payload against M12 before any send', () => {
    expect(replyHandler.check(item())).toBeNull();
    expect(replyHandler.check(item({ threadId: undefined }))).toBe('This reply has no thread to go to.');
    expect(replyHandler.check(item({ payload: { body: 'ok', to: [] } }))).toMatch(/^This reply cannot be sent as it is \(body: /);
    // What IndexedDB holds is checked, not trusted: an item written without recipients.
    expect(replyHandler.check(item({ payload: { body: 'Hello there' } as unknown as ReplyPayload }))).toMatch(/\(to: /);
  });

  it('takes the new message id from the answer, and delivers without one when the answer had none or could not be read', () => {
    expect(replyHandler.accept(item(), { status: 201, readable: true, body: { message_id: 'm9', thread_id: 't1' } })).toEqual({
      outcome: 'delivered',
      deliveredId: 'm9',
    });
    expect(replyHandler.accept(item(), { status: 201, readable: false })).toEqual({ outcome: 'delivered', deliveredId: undefined });
    expect(createdMessageId({ status: 201, readable: true, body: null })).toBeUndefined();
    expect(createdMessageId({ status: 201, readable: true, body: { message_id: '' } })).toBeUndefined();
  });

  it('reads the thread back (M10) and finds the shop message with the same text written since the first attempt', async () => {
    const thread = detail([
      message('m1', 'CUSTOMER_USER', 'Wysłaliśmy paczkę.', '2026-11-23T10:00:02Z'),
      message('m2', 'SHOP_USER', 'Wysłaliśmy paczkę.', '2026-11-23T10:00:03Z'),
    ]);
    const ctx = context(thread);
    expect(await replyHandler.readBack(item(), ctx)).toEqual({ found: true, deliveredId: 'm2' });
    expect(ctx.reads).toEqual([['M10', { params: { thread_id: 't1' } }]]);
  });

  it('does not find a copy already claimed by another item, nor one from before the attempt', async () => {
    const thread = detail([
      message('m0', 'SHOP_USER', 'Wysłaliśmy paczkę.', '2026-11-23T09:00:00Z'),
      message('m2', 'SHOP_USER', 'Wysłaliśmy paczkę.', '2026-11-23T10:00:03Z'),
    ]);
    expect(await replyHandler.readBack(item(), context(thread, ['m2']))).toEqual({ found: false });
    expect(await replyHandler.readBack(item(), context(detail([])))).toEqual({ found: false });
  });

  it('reads the messages M10 answered (validated by its schema) into what the delivery check compares', () => {
    expect(readBackMessages(detail([message('a', 'SHOP_USER', 'x', '2026-11-23T10:00:00Z')]))).toEqual([
      { id: 'a', body: 'x', dateCreated: '2026-11-23T10:00:00Z', fromType: 'SHOP_USER' },
    ]);
    expect(readBackMessages({ messages: null })).toEqual([]);
  });

  it('keeps the replies of one thread in one order key, apart from other threads and shops', () => {
    expect(replyHandler.orderKey(item())).toBe(replyHandler.orderKey(item({ id: 'i2' })));
    expect(replyHandler.orderKey(item())).not.toBe(replyHandler.orderKey(item({ threadId: 't2' })));
    expect(replyHandler.orderKey(item())).not.toBe(replyHandler.orderKey(item({ shopId: 'demo-2002' })));
  });
});
