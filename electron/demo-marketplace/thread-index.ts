import type { ThreadRecord } from './model';

/** Sort order of M11: `date_updated` descending, then id ascending (ties need a total order for seeking). */
export function compareThreads(a: { updated: number; id: string }, b: { updated: number; id: string }): number {
  if (a.updated !== b.updated) return b.updated - a.updated;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * One shop's threads kept sorted by `date_updated` descending, so M11 pages are a binary search and
 * a slice instead of a sort per request. Updating a thread moves it (usually to the front).
 */
export class ThreadIndex {
  private readonly items: ThreadRecord[];

  constructor(threads: Iterable<ThreadRecord>) {
    this.items = [...threads].sort(compareThreads);
  }

  get size(): number {
    return this.items.length;
  }

  /** The thread at position `i` of the sorted order. */
  at(i: number): ThreadRecord | undefined {
    return this.items[i];
  }

  /** The first position whose thread sorts after or at `key` (threads strictly before it come first). */
  lowerBound(key: { updated: number; id: string }): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareThreads(this.items[mid] as ThreadRecord, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The number of threads with `updated >= since` (they are a prefix of the order). */
  countUpdatedSince(since: number): number {
    return this.lowerBound({ updated: since - 1, id: '' });
  }

  /** Adds a new thread. */
  insert(thread: ThreadRecord): void {
    this.items.splice(this.lowerBound(thread), 0, thread);
  }

  /** Sets `thread.updated` to `updated` and moves it to its new position. */
  touch(thread: ThreadRecord, updated: number): void {
    const at = this.lowerBound(thread);
    if (this.items[at] === thread) this.items.splice(at, 1);
    else {
      const found = this.items.indexOf(thread);
      if (found >= 0) this.items.splice(found, 1);
    }
    thread.updated = updated;
    this.insert(thread);
  }
}
