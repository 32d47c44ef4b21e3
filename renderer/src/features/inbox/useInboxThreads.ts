import { useEffect, useState } from 'react';
import type { ConsoleDatabase } from '../../data/db';
import { threadsByKey, watchThreads, type ThreadPrimaryKey } from '../../data/inbox-changes.queries';
import { inboxThreads, type InboxThread } from '../../data/inbox.queries';
import { createThreadList } from './inbox-threads.model';

/**
 * Reads the threads of `shopIds` whole (inboxThreads), then after each committed write the threads it
 * changed alone (watchThreads; a change too large to tell, whole again), and gives each result to
 * `onThreads` (`intern` applied to every read, so unchanged threads keep their objects). Updates run
 * one at a time, in order: a change seen during a read is read after it. A failed read goes to
 * `onError`. Answers the function that stops (nothing is given after it).
 */
export function followInboxThreads(
  db: ConsoleDatabase,
  shopIds: readonly string[],
  intern: (threads: InboxThread[]) => InboxThread[],
  onThreads: (threads: InboxThread[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const list = createThreadList(shopIds);
  let stopped = false;
  let all = true;
  const dirty = new Map<string, ThreadPrimaryKey>();
  let queue = Promise.resolve();
  const update = async (): Promise<void> => {
    if (stopped) return;
    let threads: InboxThread[];
    if (all) {
      all = false;
      dirty.clear();
      threads = list.reset(intern(await inboxThreads(db, shopIds)));
    } else {
      if (dirty.size === 0) return;
      const keys = [...dirty.values()];
      dirty.clear();
      const found = await threadsByKey(db, keys);
      const interned = intern(found.filter((t): t is InboxThread => t !== undefined));
      let next = 0;
      threads = list.patch(
        keys,
        found.map((t) => (t === undefined ? undefined : interned[next++])),
      );
    }
    if (!stopped) onThreads(threads);
  };
  const schedule = (): void => {
    queue = queue.then(update).catch((error: unknown) => {
      if (!stopped) onError(error);
    });
  };
  const stop = watchThreads(db, (change) => {
    if (change === 'all') all = true;
    else for (const key of change.keys) dirty.set(`${key[0]}\n${key[1]}`, key);
    schedule();
  });
  schedule();
  return () => {
    stopped = true;
    stop();
  };
}

/**
 * The connected shops' threads, kept current by followInboxThreads once `enabled`: a sync pass that
 * stores a few threads costs those lookups, not a read of 100,000 (a live query read them all again,
 * and deep-cloned them). Undefined until the first read; a failed read is thrown in render (as
 * useLiveQuery does).
 */
export function useInboxThreads(
  db: ConsoleDatabase,
  shopIds: readonly string[],
  enabled: boolean,
  intern: (threads: InboxThread[]) => InboxThread[],
): InboxThread[] | undefined {
  const [state, setState] = useState<{ threads?: InboxThread[]; error?: unknown }>({});
  useEffect(() => {
    if (!enabled) return undefined;
    return followInboxThreads(
      db,
      shopIds,
      intern,
      (threads) => setState({ threads }),
      (error) => setState({ error }),
    );
    // The row cache's intern is stable; the shops' identity stands for their content (useInboxView memoizes it).
  }, [db, shopIds, enabled]);
  if (state.error) throw state.error;
  return enabled ? state.threads : undefined;
}
