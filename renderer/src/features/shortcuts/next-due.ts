/** What the cache says about one row of the list, for choosing where to go after a send. */
export interface TriageFacts {
  /** The thread waits for the seller's reply. */
  waiting: boolean;
  /** A reply of the seller to it is in the outbox, not yet delivered. */
  replyQueued: boolean;
  /** The seller may write to it (not closed to the shop, not at the message limit). */
  canReply: boolean;
}

/**
 * The thread to open after a reply to `current` was queued ("Then open the next thread due"): the
 * first row after `current` in the list's order that waits for a reply the seller can write and has
 * none queued yet, wrapping round to the top; `current` itself never. When `current` is not in the
 * list (filtered out), the search starts at the top. Null when no other thread is due. `facts[i]`
 * describes `order[i]` (undefined: not in the cache, skipped).
 */
export function nextThreadDue<K>(
  order: readonly K[],
  facts: readonly (TriageFacts | undefined)[],
  current: K,
  same: (a: K, b: K) => boolean,
): K | null {
  const at = order.findIndex((k) => same(k, current));
  for (let step = 1; step <= order.length; step++) {
    const index = (at + step) % order.length;
    const key = order[index];
    const fact = facts[index];
    if (key === undefined || same(key, current) || !fact) continue;
    if (fact.waiting && fact.canReply && !fact.replyQueued) return key;
  }
  return null;
}
