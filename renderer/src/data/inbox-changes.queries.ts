import Dexie, { cmp, type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import type { ConsoleDatabase } from './db';
import { inboxThread, type InboxThread } from './inbox.queries';

// Which threads changed, instead of reading every thread again: Dexie tells each committed write's
// primary keys (its 'storagemutated' event, also for writes of the profile's other windows), so the
// inbox re-reads those threads alone. A live query over 100,000 threads read them all again (and
// Dexie's live query deep-cloned the result) after every write. Dexie tells a write of 50 records or
// more (a full sync page) as a change of everything: that is still read whole.

/** A thread's primary key ([shopId, id]). */
export type ThreadPrimaryKey = [string, string];

/** What changed in the threads store: these threads (stored, changed or deleted), or too much to tell ('all'). */
export type ThreadChange = { keys: ThreadPrimaryKey[] } | 'all';

/** Above this many keys in one write, the whole set is read again (one read is then cheaper than the lookups). */
const mostKeys = 20_000;

function* nodes(tree: IntervalTree): Generator<IntervalTreeNode> {
  if (!('from' in tree)) return;
  if (tree.l) yield* nodes(tree.l);
  yield tree;
  if (tree.r) yield* nodes(tree.r);
}

/**
 * The change to `dbName`'s threads a storagemutated event tells of: null when none, 'all' for a range
 * (a clear or a ranged delete) or a write too large to look up key by key. Pure.
 */
export function threadChangeOf(parts: ObservabilitySet, dbName: string): ThreadChange | null {
  const tree = parts[`idb://${dbName}/threads/`];
  if (!tree) return null;
  const keys: ThreadPrimaryKey[] = [];
  for (const node of nodes(tree)) {
    if (cmp(node.from, node.to) !== 0 || !Array.isArray(node.from) || node.from.length !== 2) return 'all';
    keys.push([String(node.from[0]), String(node.from[1])]);
    if (keys.length > mostKeys) return 'all';
  }
  return keys.length > 0 ? { keys } : null;
}

/**
 * Calls `onChange` after each committed write to the threads of `db` (in this window or another of
 * the profile's), with what it changed. Answers the function that stops watching.
 */
export function watchThreads(db: ConsoleDatabase, onChange: (change: ThreadChange) => void): () => void {
  const listener = (parts: ObservabilitySet): void => {
    const change = threadChangeOf(parts, db.name);
    if (change) onChange(change);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

/** The threads of `keys` as the inbox keeps them (InboxThread), undefined where none is stored (deleted). */
export async function threadsByKey(db: ConsoleDatabase, keys: readonly ThreadPrimaryKey[]): Promise<(InboxThread | undefined)[]> {
  const records = await db.threads.bulkGet(keys.map((k) => [...k]));
  return records.map((record) => (record ? inboxThread(record) : undefined));
}
