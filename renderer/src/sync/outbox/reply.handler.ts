import { messageInputSchema } from '../../../../shared/mirakl';
import type { OutboxItem } from '../../data/records';
import { findDeliveredCopy, type ReadBackMessage } from './delivery-check';
import { describeIssue, record, records, text, type OutboxHandler } from './outbox-handler';

/**
 * Reads M10's messages into what the delivery check compares (id, author type, body, date); a
 * message without an id or a date cannot be matched and is left out.
 */
export function readBackMessages(thread: unknown): ReadBackMessage[] {
  return records(thread, 'messages').flatMap((m): ReadBackMessage[] =>
    typeof m.id === 'string' && typeof m.date_created === 'string'
      ? [{ id: m.id, body: text(m.body), dateCreated: m.date_created, fromType: text(record(m, 'from').type) }]
      : [],
  );
}

/** The id M12/M14 answer with (`message_id`), when it is a usable string. */
export function createdMessageId(body: unknown): string | undefined {
  const id = record(body).message_id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** The reply payload M12 expects as `message_input`. */
export function replyPayload(body: string, to: { type: string; id?: string }[]): OutboxItem['payload'] {
  return { body, to };
}

/**
 * A reply in a thread: M12 (multipart `message_input` {body, to, topic?} + `files`). Replies of one
 * thread keep their order. Read-back: M10 of the thread, looking for a shop message with the same
 * text written since the first attempt and not claimed by another item (delivery-check.ts).
 */
export const replyHandler: OutboxHandler = {
  noun: 'reply',
  createsMessage: true,
  orderKey: (item) => `thread\u0000${item.shopId}\u0000${item.threadId ?? item.id}`,
  check(item) {
    if (!item.threadId) return 'This reply has no thread to go to.';
    const parsed = messageInputSchema.safeParse(item.payload);
    return parsed.success ? null : `This reply cannot be sent as it is (${describeIssue(parsed.error.issues)}).`;
  },
  request: (item) => ({
    method: 'POST',
    path: `api/inbox/threads/${encodeURIComponent(item.threadId ?? '')}/message`,
    multipart: { field: 'message_input', value: item.payload, files: item.attachments },
  }),
  accept: (_item, answer) => ({ outcome: 'delivered', deliveredId: createdMessageId(answer.body) }),
  async readBack(item, context) {
    const thread = await context.read(`api/inbox/threads/${encodeURIComponent(item.threadId ?? '')}`);
    const found = findDeliveredCopy(
      { body: text(item.payload.body), firstAttemptAt: item.firstAttemptAt ?? item.createdAt },
      readBackMessages(thread),
      context.claimed,
    );
    return found ? { found: true, deliveredId: found } : { found: false };
  },
};
