import { describeIssues } from '../../../../shared/validation';
import { operations } from '../../../../shared/mirakl';
import type { WriteAnswer } from '../../api/platform';
import { clockSkewMs } from './delivery-check';
import { createdThreads, findCreatedThread, operatorThreadReadBackPages } from './operator-thread.handler';
import { type OutboxHandler } from './outbox-handler';
import { readBackMessages } from './reply.handler';

/** The entity type of the threads OR43 creates (a marketplace order), what the read-back filters M11 on. */
export const orderThreadEntityType = 'MMP_ORDER';

/** The id OR43 answers with for the thread's first message (`message_id`), when the answer could be read. */
function createdFirstMessageId(answer: WriteAnswer<'OR43'>): string | undefined {
  const id = answer.readable ? answer.body?.message_id : undefined;
  return id ? id : undefined;
}

/**
 * A new thread with the buyer on an order: OR43 `POST api/orders/{order_id}/threads` (multipart
 * `thread_input` {body, to, topic} + `files`), answered 201 {message_id, thread_id}; the written
 * confirmation of a phone complaint whose order has no thread yet. The payload is the thread_input
 * and `order_id`. Each item creates its own thread, so none waits for another. OR43 is not
 * repeatable (a second call is a second thread), so an unknown outcome is read back with M11
 * filtered by the order (`entity_type` MMP_ORDER, `entity_id` the order id), updated since the
 * first attempt, with messages: a thread whose first message the shop wrote with the same text,
 * not claimed by another item (findCreatedThread); a thread M11 cut short is read whole with M10.
 */
export const orderThreadHandler: OutboxHandler<'order-thread'> = {
  noun: 'message to the buyer',
  createsMessage: true,
  orderKey: (item) => `item\u0000${item.id}`,
  check(item) {
    const orderId = (item.payload as Partial<typeof item.payload>).order_id;
    if (typeof orderId !== 'string' || !orderId) return 'This message to the buyer does not say which order it is about.';
    const parsed = operations.OR43.body.schema.safeParse(item.payload);
    return parsed.success ? null : `This message to the buyer cannot be sent as it is (${describeIssues(parsed.error.issues)}).`;
  },
  request(item) {
    const { order_id: orderId, ...thread } = item.payload;
    return { code: 'OR43', input: { params: { order_id: orderId }, body: thread, files: item.attachments } };
  },
  accept: (_item, answer) => ({ outcome: 'delivered', deliveredId: createdFirstMessageId(answer) }),
  async readBack(item, context) {
    const pending = { body: item.payload.body, firstAttemptAt: item.firstAttemptAt ?? item.createdAt };
    const since = new Date(Date.parse(pending.firstAttemptAt) - clockSkewMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    let token: string | undefined;
    for (let page = 0; page < operatorThreadReadBackPages; page++) {
      const query = token
        ? { page_token: token }
        : { entity_type: orderThreadEntityType, entity_id: item.payload.order_id, updated_since: since, with_messages: true, limit: 100 };
      const answer = await context.read('M11', { query });
      const threads = await Promise.all(
        createdThreads(answer).map(async (t) =>
          t.first || Date.parse(t.dateCreated) < Date.parse(since)
            ? t
            : { ...t, first: readBackMessages(await context.read('M10', { params: { thread_id: t.id } }))[0] ?? null },
        ),
      );
      const found = findCreatedThread(pending, threads, context.claimed);
      if (found) return { found: true, deliveredId: found };
      if (!answer.next_page_token) break;
      token = answer.next_page_token;
    }
    return { found: false };
  },
};
