import type { ConsoleDatabase } from './db';
import { topicLabel } from './inbox.queries';
import { threadContentOf } from './thread-messages.queries';
import type { AttachmentRecord, MessageRecord, OutboxItem, ThreadRecord } from './records';

/** A thread as the offline cache holds it, with what the seller has queued for it. */
export interface CachedThread {
  /** Undefined while the thread is not in the cache yet (the first sync has not reached it). */
  thread: ThreadRecord | undefined;
  /** Oldest first. */
  messages: MessageRecord[];
  attachments: Map<string, AttachmentRecord>;
  /** The thread's outbox items in the order written. */
  outbox: OutboxItem[];
  /** The RE11 label of a REASON_CODE topic (topicLabel), so the header names the topic as the inbox row does. */
  topicLabel?: string;
}

/**
 * One thread with its messages, attachments and outbox items, all in one read transaction, so the
 * messages and the outbox never disagree (a reply is never shown both as a message and as waiting).
 */
export async function cachedThread(db: ConsoleDatabase, shopId: string, threadId: string): Promise<CachedThread> {
  return db.transaction('r', [db.threads, db.threadMessages, db.outbox, db.reasons], async () => {
    const [thread, { messages, attachments }, outbox] = await Promise.all([
      db.threads.get([shopId, threadId]),
      threadContentOf(db, shopId, threadId),
      db.outbox.where('[shopId+threadId]').equals([shopId, threadId]).sortBy('seq'),
    ]);
    const label = await topicLabel(db, shopId, thread?.topicCode);
    return { thread, messages, attachments, outbox, topicLabel: label };
  });
}
