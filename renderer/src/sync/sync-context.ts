import type { ConsoleDatabase } from '../data/db';
import type { SyncCursorRecord, SyncKind } from '../data/records';
import type { SyncPlatform } from './sync-platform';

/** What a sync pass needs: the cache, the marketplace, a clock, and where to report progress. */
export interface SyncContext {
  db: ConsoleDatabase;
  platform: SyncPlatform;
  now: () => Date;
  /** Records per list page (1..100; default 100, the most Mirakl serves, so fewest requests). */
  pageSize?: number;
  /** Called after each stored page with the records stored so far in this pass. */
  onProgress?: (progress: { shopId: string; kind: SyncKind; stored: number }) => void;
}

/** The shop a pass syncs: its console id and its market (whose calendar sets the deadlines). */
export interface SyncShop {
  id: string;
  market: string;
}

/** What one pass did: requests made, records stored, records quarantined. */
export interface PassReport {
  requests: number;
  stored: number;
  quarantined: number;
}

/** The stored cursor of a shop and kind, or a fresh one. */
export async function loadCursor(db: ConsoleDatabase, shopId: string, kind: SyncKind): Promise<SyncCursorRecord> {
  return (await db.syncCursors.get([shopId, kind])) ?? { shopId, kind };
}

/** The later of two ISO instants (either may be absent). */
export function laterInstant(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** The earlier of two holds (an ISO instant, or 'start' = before everything); either may be absent. */
export function earlierHold(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a === 'start' || b === 'start') return 'start';
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** Clears a pass in progress from a cursor. */
export function withoutPendingPass(cursor: SyncCursorRecord): SyncCursorRecord {
  const { pendingPageToken: _token, pendingMaxUpdated: _max, pendingCount: _count, pendingHold: _hold, ...rest } = cursor;
  return rest;
}

/** A request started ahead: its failure is seen when it is awaited, never as an unhandled rejection. */
export function prefetch<T>(request: Promise<T>): Promise<T> {
  request.catch(() => {});
  return request;
}

/**
 * Makes the next passes of a shop start from scratch (every record fetched again, nothing deleted):
 * the way to give quarantined records another chance after a marketplace fix, or to repair a cache
 * the seller distrusts. Backoff is cleared too, so the passes run at the next round.
 */
export async function resetShopCursors(db: ConsoleDatabase, shopId: string): Promise<void> {
  await db.transaction('rw', db.syncCursors, async () => {
    const cursors = await db.syncCursors.where('[shopId+kind]').between([shopId, ''], [shopId, '\uffff']).toArray();
    await db.syncCursors.bulkPut(
      cursors.map((c) => ({ shopId: c.shopId, kind: c.kind, lastSuccessAt: c.lastSuccessAt, pendingFullThreads: c.pendingFullThreads })),
    );
  });
}

/**
 * Lets the event loop run other tasks (input, paint) before the caller goes on: the sync engine
 * yields between a page's stages (parsing, validation, mapping and tokenizing), so each is its own
 * task instead of one long one. A MessageChannel message, not a timer (no 4 ms clamp, and fake or
 * pinned clocks in tests do not hold it back). Never call it inside a Dexie transaction: an await
 * on a task ends the transaction.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
