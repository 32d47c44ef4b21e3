import { Dexie } from 'dexie';
import type { ConsoleDatabase } from './db';
import type { AttachmentRecord, MessageRecord, OutboxItem, ThreadRecord } from './records';

/** What the inbox shows: the rows (waiting first, by deadline; then the rest, newest first) and counts. */
export interface InboxThreads {
  rows: ThreadRecord[];
  total: number;
  waiting: number;
}

/**
 * The inbox's threads: the ones waiting for a reply come first, the earliest deadline on top (those
 * whose deadline could not be computed right after, by waiting time); then the others by last
 * update. Only the threads of `shopIds` (the shops connected now) are listed: a disconnected shop's
 * cache stays in the profile's database for when it is connected again. `limit` caps the rows (the
 * counts are always complete).
 */
export async function inboxThreads(db: ConsoleDatabase, shopIds: readonly string[], limit: number): Promise<InboxThreads> {
  const shops = new Set(shopIds);
  const ofShops = (t: ThreadRecord) => shops.has(t.shopId);
  const [total, waiting] = await Promise.all([
    db.threads
      .where('shopId')
      .anyOf([...shops])
      .count(),
    db.threads.where('replyState').equals('waiting').filter(ofShops).count(),
  ]);
  const due = await db.threads
    .where('[replyState+dueAt]')
    .between(['waiting', ''], ['waiting', '\uffff'])
    .filter(ofShops)
    .limit(limit)
    .toArray();
  const rows = [...due];
  if (rows.length < limit && due.length < waiting) {
    const undated = await db.threads
      .where('replyState')
      .equals('waiting')
      .filter((t) => !t.dueAt && ofShops(t))
      .toArray();
    rows.push(...undated.sort((a, b) => (a.replyNeededSince ?? '').localeCompare(b.replyNeededSince ?? '')).slice(0, limit - rows.length));
  }
  if (rows.length < limit) {
    const rest = await db.threads
      .orderBy('dateUpdated')
      .reverse()
      .filter((t) => t.replyState !== 'waiting' && ofShops(t))
      .limit(limit - rows.length)
      .toArray();
    rows.push(...rest);
  }
  return { rows, total, waiting };
}

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
 * One thread with its messages, attachments and outbox items, all in one read transaction, so the
 * messages and the outbox never disagree (a reply is never shown both as a message and as waiting).
 */
export async function cachedThread(db: ConsoleDatabase, shopId: string, threadId: string): Promise<CachedThread> {
  return db.transaction('r', [db.threads, db.messages, db.attachments, db.outbox], async () => {
    const [thread, messages, attachments, outbox] = await Promise.all([
      db.threads.get([shopId, threadId]),
      db.messages
        .where('[shopId+threadId+dateCreated]')
        .between([shopId, threadId, Dexie.minKey], [shopId, threadId, Dexie.maxKey])
        .toArray(),
      db.attachments.where('[shopId+threadId]').equals([shopId, threadId]).toArray(),
      db.outbox.where('[shopId+threadId]').equals([shopId, threadId]).sortBy('seq'),
    ]);
    return { thread, messages, attachments: new Map(attachments.map((a) => [a.id, a])), outbox };
  });
}
