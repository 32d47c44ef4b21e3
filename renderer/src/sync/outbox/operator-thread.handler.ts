import { describeIssues } from '../../../../shared/validation';
import { operations, type ThreadsPage } from '../../../../shared/mirakl';
import type { WriteAnswer } from '../../api/platform';
import { clockSkewMs, findDeliveredCopy, type ReadBackMessage } from './delivery-check';
import { type OutboxHandler } from './outbox-handler';
import { createdMessageId, readBackMessages } from './reply.handler';

/** A thread as the read-back sees it: its first message when known (null when M11 cut it off). */
export interface CreatedThread {
  id: string;
  dateCreated: string;
  first: ReadBackMessage | null;
}

/** The longest the read-back pages through M11 (100 threads a page) before it gives up looking. */
export const operatorThreadReadBackPages = 10;

/**
 * Reads an M11 page into created-thread candidates. M11 embeds only a thread's last 100 messages,
 * so the first message is known only when the thread holds no more than that (`total_count`).
 */
export function createdThreads(page: ThreadsPage): CreatedThread[] {
  return page.data.map((t) => {
    const messages = readBackMessages(t);
    const complete = messages.length >= t.metadata.total_count;
    return { id: t.id, dateCreated: t.date_created, first: complete ? (messages[0] ?? null) : null };
  });
}

/**
 * Finds the thread an M14 whose outcome is unknown created: a thread whose *first* message was
 * written by the shop, with the same text, since the first attempt (minus the clock skew), and not
 * claimed by another delivered item. Returns that first message's id (what M14 answers as
 * `message_id`), or null: then the thread was not created and M14 is sent again.
 */
export function findCreatedThread(
  pending: { body: string; firstAttemptAt: string },
  threads: readonly CreatedThread[],
  claimed: ReadonlySet<string>,
): string | null {
  const firsts = threads.flatMap((t) => (t.first ? [t.first] : []));
  return findDeliveredCopy(pending, firsts, claimed);
}

/**
 * A new thread with the operator: M14 (multipart `thread_input` {body, entity: {type:
 * 'SELLER_OPERATOR'}, topic} + `files`), for a question to marketplace support ('support-thread')
 * and for the seller's absence notice ('absence-notice'). Each item creates its own thread, so none
 * waits for another. Read-back: M11 filtered by the entity type, updated since the first attempt,
 * with messages, looking for a shop-authored first message with the same text (findCreatedThread);
 * a thread M11 cut short is read whole with M10.
 */
export function operatorThreadHandler<K extends 'support-thread' | 'absence-notice'>(noun: string): OutboxHandler<K> {
  return {
    noun,
    createsMessage: true,
    orderKey: (item) => `item\u0000${item.id}`,
    check(item) {
      const parsed = operations.M14.body.schema.safeParse(item.payload);
      return parsed.success ? null : `This ${noun} cannot be sent as it is (${describeIssues(parsed.error.issues)}).`;
    },
    request: (item) => ({ code: 'M14', input: { body: item.payload, files: item.attachments } }),
    accept: (_item, answer: WriteAnswer<'M14'>) => ({ outcome: 'delivered', deliveredId: createdMessageId(answer) }),
    async readBack(item, context) {
      const pending = { body: item.payload.body, firstAttemptAt: item.firstAttemptAt ?? item.createdAt };
      const since = new Date(Date.parse(pending.firstAttemptAt) - clockSkewMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
      let token: string | undefined;
      for (let page = 0; page < operatorThreadReadBackPages; page++) {
        const query = token
          ? { page_token: token }
          : { entity_type: item.payload.entity.type || 'SELLER_OPERATOR', updated_since: since, with_messages: true, limit: 100 };
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
}
