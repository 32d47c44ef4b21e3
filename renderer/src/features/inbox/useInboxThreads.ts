import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsoleDatabase } from '../../data/db';
import type { ThreadRecord } from '../../data/records';

/** What the inbox shows: the rows (waiting first, by deadline; then the rest, newest first) and counts. */
export interface InboxThreads {
  rows: ThreadRecord[];
  total: number;
  waiting: number;
}

/**
 * The inbox's threads from the cache, live: the ones waiting for a reply come first, the earliest
 * deadline on top (those whose deadline could not be computed right after, by waiting time); then
 * the others by last update. Only the threads of `shopIds` (the shops connected now) are listed: a
 * disconnected shop's cache stays in the profile's database for when it is connected again.
 * `limit` caps the rows rendered (the counts are always complete). Undefined while the first query runs.
 */
export function useInboxThreads(db: ConsoleDatabase, shopIds: readonly string[], limit: number): InboxThreads | undefined {
  const key = shopIds.join(',');
  return useLiveQuery(async () => {
    const shops = new Set(shopIds);
    const ofShops = (t: ThreadRecord) => shops.has(t.shopId);
    const [total, waiting] = await Promise.all([
      db.threads.where('shopId').anyOf([...shops]).count(),
      db.threads.where('replyState').equals('waiting').filter(ofShops).count(),
    ]);
    const due = await db.threads.where('[replyState+dueAt]').between(['waiting', ''], ['waiting', '\uffff']).filter(ofShops).limit(limit).toArray();
    const rows = [...due];
    if (rows.length < limit && due.length < waiting) {
      const undated = await db.threads.where('replyState').equals('waiting').filter((t) => !t.dueAt && ofShops(t)).toArray();
      rows.push(...undated.sort((a, b) => (a.replyNeededSince ?? '').localeCompare(b.replyNeededSince ?? '')).slice(0, limit - rows.length));
    }
    if (rows.length < limit) {
      const rest = await db.threads.orderBy('dateUpdated').reverse().filter((t) => t.replyState !== 'waiting' && ofShops(t)).limit(limit - rows.length).toArray();
      rows.push(...rest);
    }
    return { rows, total, waiting };
  }, [db, key, limit]);
}
