import type { InboxThread } from '../../data/inbox.queries';

/**
 * The inbox's threads kept current by changes (useInboxThreads): after a full read, each write's
 * threads are read again and put in place, a new one added at the end, a deleted one (or one of a
 * shop not shown) dropped. Each change answers a new array (React sees it), the unchanged threads'
 * objects kept.
 */
export interface ThreadList {
  /** The threads now (the array last set or patched). */
  readonly threads: InboxThread[];
  /** Replaces everything (a full read). */
  reset(threads: InboxThread[]): InboxThread[];
  /** Puts `fresh[i]` (undefined: deleted) in the place of the thread of `keys[i]`; answers the new array. */
  patch(keys: readonly (readonly [string, string])[], fresh: readonly (InboxThread | undefined)[]): InboxThread[];
}

const keyOf = (shopId: string, id: string): string => `${shopId}\n${id}`;

/** An empty list of the threads of `shopIds` (threads of other shops are never taken in). */
export function createThreadList(shopIds: readonly string[]): ThreadList {
  const shops = new Set(shopIds);
  let threads: InboxThread[] = [];
  let at = new Map<string, number>();
  const index = () => {
    at = new Map(threads.map((t, i) => [keyOf(t.shopId, t.id), i]));
  };
  return {
    get threads() {
      return threads;
    },
    reset(next) {
      threads = next;
      index();
      return threads;
    },
    patch(keys, fresh) {
      const next = threads.slice();
      let removed = false;
      keys.forEach(([shopId, id], i) => {
        const thread = fresh[i];
        const place = at.get(keyOf(shopId, id));
        const keep = thread !== undefined && shops.has(thread.shopId);
        if (place !== undefined) {
          if (keep) next[place] = thread;
          else {
            next[place] = undefined as unknown as InboxThread;
            at.delete(keyOf(shopId, id));
            removed = true;
          }
        } else if (keep) at.set(keyOf(shopId, id), next.push(thread) - 1);
      });
      threads = removed ? next.filter((t) => t !== undefined) : next;
      if (removed) index();
      return threads;
    },
  };
}
