import type { ConsoleDatabase } from './db';
import { unsentStates } from './outbox.queries';

/** What moving on after a send needs to know about one thread of the list. */
export interface ThreadTriageState {
  /** The thread waits for the seller's reply. */
  waiting: boolean;
  /** A reply to it is in the outbox and has not reached the marketplace yet. */
  replyQueued: boolean;
  /** The shop may still write to it (not closed to the shop, not at the 1000-message limit). */
  canReply: boolean;
}

/**
 * The triage state of each of `keys` (in the same order; undefined for a thread not in the cache),
 * read in one transaction so a reply just queued and its thread agree. Called once per send, for
 * the rows the list shows.
 */
export async function threadTriageStates(
  db: ConsoleDatabase,
  keys: readonly { shopId: string; threadId: string }[],
): Promise<(ThreadTriageState | undefined)[]> {
  return db.transaction('r', [db.threads, db.outbox], async () => {
    const [threads, unsent] = await Promise.all([
      db.threads.bulkGet(keys.map((k) => [k.shopId, k.threadId])),
      db.outbox
        .where('state')
        .anyOf(unsentStates)
        .toArray((items) => new Set(items.filter((i) => i.threadId).map((i) => `${i.shopId}\u0000${i.threadId}`))),
    ]);
    return threads.map((thread) =>
      thread
        ? {
            waiting: thread.replyState === 'waiting',
            replyQueued: unsent.has(`${thread.shopId}\u0000${thread.id}`),
            canReply: thread.closed !== 1 && thread.atMessageLimit !== 1,
          }
        : undefined,
    );
  });
}
