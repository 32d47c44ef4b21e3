import type { ConsoleDatabase } from './db';
import type { OutboxItem, OutboxState, ThreadRecord } from './records';

/** The states of an item that has still to reach the marketplace (waiting, sending, being checked). */
export const unsentStates: readonly OutboxState[] = ['queued', 'sending', 'unknown'];

/** Items the marketplace refused, waiting for the seller (the one definition of "parked"). */
function parked(db: ConsoleDatabase) {
  return db.outbox.where('state').equals('parked');
}

/** The parked items across shops and threads, in the order written. */
export async function parkedItems(db: ConsoleDatabase): Promise<OutboxItem[]> {
  return parked(db).sortBy('seq');
}

/** A parked item with its thread from the cache, when it belongs to one that is there. */
export interface ParkedEntry {
  item: OutboxItem;
  thread: ThreadRecord | undefined;
}

/** The parked items (parkedItems), each with its thread from the cache. */
export async function parkedWithThreads(db: ConsoleDatabase): Promise<ParkedEntry[]> {
  const items = await parkedItems(db);
  const keys = items.filter((i) => i.threadId).map((i) => [i.shopId, i.threadId] as [string, string]);
  const threads = await db.threads.bulkGet(keys);
  const byKey = new Map(threads.filter((t): t is ThreadRecord => t !== undefined).map((t) => [`${t.shopId}\u0000${t.id}`, t]));
  return items.map((item) => ({ item, thread: item.threadId ? byKey.get(`${item.shopId}\u0000${item.threadId}`) : undefined }));
}

/** What the status bar counts: the shop of each unsent item (one entry per item), and the parked items. */
export interface OutboxCounts {
  unsentShopIds: string[];
  parked: number;
}

/** Counts the outbox for the status bar (see OutboxCounts). */
export async function outboxCounts(db: ConsoleDatabase): Promise<OutboxCounts> {
  return {
    unsentShopIds: await db.outbox
      .where('state')
      .anyOf(unsentStates)
      .toArray((items) => items.map((i) => i.shopId)),
    parked: await parked(db).count(),
  };
}
