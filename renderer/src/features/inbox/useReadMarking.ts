import { useEffect } from 'react';
import type { ConsoleDatabase } from '../../data/db';
import { markThreadRead } from '../../data/read-marks.queries';
import { useInboxSelection } from './selection.store';
import type { InboxRow } from './triage';

/**
 * Marks the open thread read (read marks are per profile: the database is the profile's): when it
 * opens (the selection store's `selected` changes), and again when a message arrives while it stays
 * open (`rows` carry its last activity), so what the seller has on screen never counts as unread.
 * A mark that cannot be stored (e.g. a full disk) is let go: the thread just stays marked unread.
 */
export function useReadMarking(db: ConsoleDatabase, rows: readonly InboxRow[] | undefined, now: () => Date): void {
  const selected = useInboxSelection((s) => s.selected);
  const activity = rows?.find((r) => selected && r.thread.shopId === selected.shopId && r.thread.id === selected.threadId)?.activityMs;
  useEffect(() => {
    if (!selected) return;
    markThreadRead(db, selected.shopId, selected.threadId, now()).catch(() => undefined);
    // `now` is read when the effect runs; a new clock function alone is no reason to mark again.
  }, [db, selected, activity]);
}
