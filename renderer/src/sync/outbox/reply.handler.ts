import { describeIssues } from '../../../../shared/validation';
import { operations, type ThreadMessage } from '../../../../shared/mirakl';
import type { WriteAnswer } from '../../api/platform';
import { findDeliveredCopy, type ReadBackMessage } from './delivery-check';
import { type OutboxHandler } from './outbox-handler';

/** Reads a thread's messages (M10, or M11 with messages) into what the delivery check compares. */
export function readBackMessages(thread: { messages?: readonly ThreadMessage[] | null }): ReadBackMessage[] {
  return (thread.messages ?? []).map((m) => ({ id: m.id, body: m.body, dateCreated: m.date_created, fromType: m.from.type }));
}

/** The id M12/M14 answer with (`message_id`), when the answer could be read and holds one. */
export function createdMessageId(answer: WriteAnswer<'M12' | 'M14'>): string | undefined {
  const id = answer.readable ? answer.body?.message_id : undefined;
  return id ? id : undefined;
}

/**
 * A reply in a thread: M12 (multipart `message_input` {body, to, topic?} + `files`). Replies of one
 * thread keep their order. Read-back: M10 of the thread, looking for a shop message with the same
 * text written since the first attempt and not claimed by another item (delivery-check.ts).
 */
export const replyHandler: OutboxHandler<'reply'> = {
  noun: 'reply',
  createsMessage: true,
  orderKey: (item) => `thread\u0000${item.shopId}\u0000${item.threadId ?? item.id}`,
  check(item) {
    if (!item.threadId) return 'This reply has no thread to go to.';
    const parsed = operations.M12.body.schema.safeParse(item.payload);
    return parsed.success ? null : `This reply cannot be sent as it is (${describeIssues(parsed.error.issues)}).`;
  },
  request: (item) => ({ code: 'M12', input: { params: { thread_id: item.threadId ?? '' }, body: item.payload, files: item.attachments } }),
  accept: (_item, answer) => ({ outcome: 'delivered', deliveredId: createdMessageId(answer) }),
  async readBack(item, context) {
    const thread = await context.read('M10', { params: { thread_id: item.threadId ?? '' } });
    const found = findDeliveredCopy(
      { body: item.payload.body, firstAttemptAt: item.firstAttemptAt ?? item.createdAt },
      readBackMessages(thread),
      context.claimed,
    );
    return found ? { found: true, deliveredId: found } : { found: false };
  },
};
