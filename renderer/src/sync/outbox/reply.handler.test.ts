import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../data/records';
import type { ReadBackContext } from './outbox-handler';
import { createdMessageId, readBackMessages, replyHandler } from './reply.handler';

const firstAttemptAt = '2026-11-23T10:00:00.000Z';
function item(change: Partial<OutboxItem> = {}): OutboxItem {
  return { id: 'i1', shopId: 'demo-2001', kind: 'reply', threadId: 't1', payload: { body: 'Wysłaliśmy paczkę.', to: [{ type: 'CUSTOMER' }] }, attachments: [], state: 'unknown', createdAt: firstAttemptAt, firstAttemptAt, attempts: 1, ...change };
}
const message = (id: string, type: string, body: string, date: string) => ({ id, body, date_created: date, from: { type, display_name: 'x' }, to: [] });
function context(thread: unknown, claimed: string[] = []): ReadBackContext & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    claimed: new Set(claimed),
    read: async (path) => {
      paths.push(path);
      return thread;
    },
  };
}

describe('reply handler', () => {
  it('sends M12 multipart to the thread with the payload as message_input and the files', () => {
    const file = { name: 'a.png', type: 'image/png', blob: new Blob(['x']) };
    const request = replyHandler.request(item({ threadId: 'a/b', attachments: [file] }));
    expect(request).toEqual({ method: 'POST', path: 'api/inbox/threads/a%2Fb/message', multipart: { field: 'message_input', value: item().payload, files: [file] } });
  });

  it('checks the payload against M12 before any send', () => {
    expect(replyHandler.check(item())).toBeNull();
    expect(replyHandler.check(item({ threadId: undefined }))).toBe('This reply has no thread to go to.');
    expect(replyHandler.check(item({ payload: { body: 'ok', to: [] } }))).toMatch(/^This reply cannot be sent as it is \(body: /);
    expect(replyHandler.check(item({ payload: { body: 'Hello there' } }))).toMatch(/\(to: /);
  });

  it('takes the new message id from the answer, and delivers without one when the answer had none', () => {
    expect(replyHandler.accept(item(), { status: 201, body: { message_id: 'm9', thread_id: 't1' } })).toEqual({ outcome: 'delivered', deliveredId: 'm9' });
    expect(replyHandler.accept(item(), { status: 201, body: undefined })).toEqual({ outcome: 'delivered', deliveredId: undefined });
    expect(createdMessageId({ message_id: 404 })).toBeUndefined();
    expect(createdMessageId({ message_id: '' })).toBeUndefined();
  });

  it('reads the thread back (M10) and finds the shop message with the same text written since the first attempt', async () => {
    const thread = { messages: [message('m1', 'CUSTOMER_USER', 'Wysłaliśmy paczkę.', '2026-11-23T10:00:02Z'), message('m2', 'SHOP_USER', 'Wysłaliśmy paczkę.', '2026-11-23T10:00:03Z')] };
    const ctx = context(thread);
    expect(await replyHandler.readBack(item(), ctx)).toEqual({ found: true, deliveredId: 'm2' });
    expect(ctx.paths).toEqual(['api/inbox/threads/t1']);
  });

  it('does not find a copy already claimed by another item, nor one from before the attempt', async () => {
    const thread = { messages: [message('m0', 'SHOP_USER', 'Wysłaliśmy paczkę.', '2026-11-23T09:00:00Z'), message('m2', 'SHOP_USER', 'Wysłaliśmy paczkę.', '2026-11-23T10:00:03Z')] };
    expect(await replyHandler.readBack(item(), context(thread, ['m2']))).toEqual({ found: false });
    expect(await replyHandler.readBack(item(), context({ messages: [] }))).toEqual({ found: false });
  });

  it('reads only messages it can match (an id and a date), whatever else the payload holds', () => {
    expect(readBackMessages({ messages: [{ id: 'a', body: 'x', date_created: 'd', from: { type: 'SHOP_USER' } }, { id: 'b' }, 'junk', { body: 'no id', date_created: 'd' }] })).toEqual([
      { id: 'a', body: 'x', dateCreated: 'd', fromType: 'SHOP_USER' },
    ]);
    expect(readBackMessages(null)).toEqual([]);
  });

  it('keeps the replies of one thread in one order key, apart from other threads and shops', () => {
    expect(replyHandler.orderKey(item())).toBe(replyHandler.orderKey(item({ id: 'i2' })));
    expect(replyHandler.orderKey(item())).not.toBe(replyHandler.orderKey(item({ threadId: 't2' })));
    expect(replyHandler.orderKey(item())).not.toBe(replyHandler.orderKey(item({ shopId: 'demo-2002' })));
  });
});
