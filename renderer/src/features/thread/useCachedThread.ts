import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsoleDatabase } from '../../data/db';
import { cachedThread, type CachedThread } from '../../data/threads.queries';

/**
 * One thread from the cache (cachedThread), live: re-read whenever the sync engine stores it or the
 * outbox sender moves one of its items. Undefined while the first read runs.
 */
export function useCachedThread(db: ConsoleDatabase, shopId: string, threadId: string): CachedThread | undefined {
  return useLiveQuery(() => cachedThread(db, shopId, threadId), [db, shopId, threadId]);
}
