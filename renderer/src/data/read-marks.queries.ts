import type { ConsoleDatabase } from './db';
import type { ReadMarkRecord, ThreadRecord } from './records';

/** Senders whose message makes a thread unread: the buyer and the platform's operator (not the shop itself). */
const othersWriting: ReadonlySet<string> = new Set(['CUSTOMER_USER', 'OPERATOR_USER']);

/** When the thread last had a message (records cached before schema version 4 may lack it: their last update). */
export function lastActivityAt(thread: Pick<ThreadRecord, 'lastMessageAt' | 'dateUpdated'>): string {
  return thread.lastMessageAt ?? thread.dateUpdated;
}

/**
 * Unread: the last message is the buyer's or the operator's, and it came after the thread was last
 * read (or the thread was never read in this profile). A reply by the shop makes the thread read.
 */
export function isUnread(
  thread: Pick<ThreadRecord, 'lastMessageAt' | 'dateUpdated' | 'lastSenderType'>,
  mark: Pick<ReadMarkRecord, 'activityAt'> | undefined,
): boolean {
  if (!othersWriting.has(thread.lastSenderType ?? '')) return false;
  if (!mark) return true;
  return Date.parse(lastActivityAt(thread)) > Date.parse(mark.activityAt);
}

/**
 * Marks a thread read as of its last message now in the cache, stamped `now`. A thread not in the
 * cache, or already read up to its last message, is left as it is (no write, so live queries do not
 * run again for nothing).
 */
export async function markThreadRead(db: ConsoleDatabase, shopId: string, threadId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.threads, db.readMarks], async () => {
    const thread = await db.threads.get([shopId, threadId]);
    if (!thread) return;
    const activityAt = lastActivityAt(thread);
    const mark = await db.readMarks.get([shopId, threadId]);
    if (mark && Date.parse(mark.activityAt) >= Date.parse(activityAt)) return;
    await db.readMarks.put({ shopId, threadId, activityAt, readAt: now.toISOString() });
  });
}
