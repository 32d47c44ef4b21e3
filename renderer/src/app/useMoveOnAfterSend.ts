import { useCallback, useState } from 'react';
import type { ConsoleDatabase } from '../data/db';
import { threadTriageStates } from '../data/triage.queries';
import { sameThread, useInboxSelection, type ThreadKey } from '../features/inbox';
import { nextThreadDue, useTriagePreferences } from '../features/shortcuts';

/** Moving on after a send: the composer's `onQueued`, and the thread for which nothing else was due. */
export interface MoveOn {
  /** A reply to `key` was queued: with "Then open the next thread due" on, opens the next one due. */
  onQueued(key: ThreadKey): void;
  /** The thread whose send found no other thread due (its pane says so), or null. */
  noneDueAfter: ThreadKey | null;
}

/**
 * After a reply is queued, and when the seller turned "Then open the next thread due" on, opens the
 * next thread in the list's order that waits for a reply (nextThreadDue over the cache's state of
 * the listed rows) with the cursor in its reply box (`openWithReply`, i.e. ReplyFocus.request).
 */
export function useMoveOnAfterSend(db: ConsoleDatabase | undefined, openWithReply: (key: ThreadKey) => void): MoveOn {
  const [noneDueAfter, setNoneDueAfter] = useState<ThreadKey | null>(null);
  const onQueued = useCallback(
    (key: ThreadKey) => {
      setNoneDueAfter(null);
      if (!db || !useTriagePreferences.getState().openNextAfterSend) return;
      const order = useInboxSelection.getState().order;
      void threadTriageStates(db, order).then(
        (facts) => {
          // The seller may have opened another thread meanwhile: then theirs is the last word.
          if (!sameThread(useInboxSelection.getState().selected, key)) return;
          const next = nextThreadDue(order, facts, key, sameThread);
          if (next) openWithReply(next);
          else setNoneDueAfter(key);
        },
        // Reading the cache failed: the reply is stored all the same; the seller moves on by hand.
        () => setNoneDueAfter(null),
      );
    },
    [db, openWithReply],
  );
  return { onQueued, noneDueAfter };
}
