import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsoleDatabase } from '../../data/db';
import type { AttachmentRecord, MessageRecord, OutboxItem, ThreadRecord } from '../../data/records';

/** A thread as the offline cache holds it, with what the seller has queued for it. */
export interface CachedThread {
  /** Undefined while the thread is not in the cache yet (the first sync has not reached it). */
  thread: ThreadRecord | undefined;
  /** Oldest first. */
  messages: MessageRecord[];
  attachments: Map<string, AttachmentRecord>;
  /** The thread's outbox items in the order written. */
  outbox: OutboxItem[];
}

/**
 * One thread from the cache, live: re-read whenever the sync engine stores it or the outbox
 * sender moves one of its items, all in one read so the messages and the outbox never disagree
 * (a reply is never shown both as a message and as waiting). Undefined while the first read runs.
 */
export function useCachedThread(db: ConsoleDatabase, shopId: string, threadId: string): CachedThread | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', [db.threads, db.messages, db.attachments, db.outbox], async () => {
        const [thread, messages, attachments, outbox] = await Promise.all([
          db.threads.get([shopId, threadId]),
          db.messages.where('[shopId+threadId+dateCreated]').between([shopId, threadId, Dexie.minKey], [shopId, threadId, Dexie.maxKey]).toArray(),
          db.attachments.where('[shopId+threadId]').equals([shopId, threadId]).toArray(),
          db.outbox.where('[shopId+threadId]').equals([shopId, threadId]).sortBy('seq'),
        ]);
        return { thread, messages, attachments: new Map(attachments.map((a) => [a.id, a])), outbox };
      }),
    [db, shopId, threadId],
  );
}
