import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsoleDatabase } from '../../data/db';
import { inboxThreads, type InboxThreads } from '../../data/threads.queries';

/**
 * The inbox's threads from the cache (inboxThreads), live: re-read whenever the sync engine stores
 * threads. Undefined while the first query runs.
 */
export function useInboxThreads(db: ConsoleDatabase, shopIds: readonly string[], limit: number): InboxThreads | undefined {
  const key = shopIds.join(',');
  // The key stands for the shop ids' content; the array's identity changes on every render.
  return useLiveQuery(() => inboxThreads(db, shopIds, limit), [db, key, limit]);
}
