import type { Table } from 'dexie';
import type { SyncCursorRecord, SyncKind } from '../data/records';
import type { Quarantined } from './payload-validation';
import { addToQuarantine } from './quarantine.repository';
import { laterInstant, loadCursor, prefetch, withoutPendingPass, type PassReport, type SyncContext, type SyncShop } from './sync-context';
import { SyncFailureError } from './sync-platform';

/** One page of a list operation, validated and mapped. */
export interface PassPage {
  /** How many records the page stored (progress and report). */
  stored: number;
  quarantined: Quarantined[];
  /** The newest update instant on the page (moves the high-water mark when the pass completes). */
  maxUpdated?: string;
  /** Where the next page starts (a seek token or an offset), absent on the last page. */
  next?: string;
  /** Writes the page's records; runs inside the page's transaction. */
  write: () => Promise<void>;
  /** More cursor fields to store with the page (e.g. the threads still to fetch whole). */
  cursorChanges?: (cursor: SyncCursorRecord) => Partial<SyncCursorRecord>;
}

/**
 * The shape every list pass shares (M11, OR11, RT11): fetch a page from the stored position (or from the
 * start, filtered by the high-water mark), then store the page's records, quarantine and the new
 * cursor in one transaction, so a kill mid-pass resumes from the next page and loses nothing.
 * `tables` are the tables `write` touches. A position the marketplace refuses (an expired token)
 * restarts the pass once. Throws SyncFailureError or PayloadError.
 */
export async function runPagedPass(
  ctx: SyncContext,
  shop: SyncShop,
  kind: SyncKind,
  tables: readonly Table[],
  fetchPage: (position: string | undefined, updatedSince: string | undefined) => Promise<PassPage>,
): Promise<PassReport> {
  const { db } = ctx;
  const report: PassReport = { requests: 0, stored: 0, quarantined: 0 };
  let cursor = await loadCursor(db, shop.id, kind);
  let restarted = false;
  // The next page is fetched while the current one is stored (see syncThreads).
  let prefetched: Promise<PassPage> | null = null;
  for (;;) {
    let page: PassPage;
    try {
      if (!prefetched) report.requests += 1;
      page = await (prefetched ?? fetchPage(cursor.pendingPageToken, cursor.updatedSince));
    } catch (error) {
      prefetched = null;
      if (cursor.pendingPageToken && !restarted && error instanceof SyncFailureError && error.failure.kind === 'refused') {
        restarted = true;
        cursor = withoutPendingPass(cursor);
        await db.syncCursors.put(cursor);
        continue;
      }
      throw error;
    }
    const maxUpdated = laterInstant(cursor.pendingMaxUpdated, page.maxUpdated);
    const stored = (cursor.pendingCount ?? 0) + page.stored;
    const extra = page.cursorChanges?.(cursor) ?? {};
    const updated: SyncCursorRecord = page.next
      ? { ...cursor, ...extra, pendingPageToken: page.next, pendingMaxUpdated: maxUpdated, pendingCount: stored }
      : { ...withoutPendingPass(cursor), ...extra, updatedSince: laterInstant(cursor.updatedSince, maxUpdated) };
    prefetched = page.next ? prefetch(fetchPage(page.next, cursor.updatedSince)) : null;
    if (page.next) report.requests += 1;
    await db.transaction('rw', [...tables, db.syncCursors, db.quarantine], async () => {
      await page.write();
      await addToQuarantine(db, page.quarantined);
      await db.syncCursors.put(updated);
    });
    cursor = updated;
    report.stored += page.stored;
    report.quarantined += page.quarantined.length;
    ctx.onProgress?.({ shopId: shop.id, kind, stored });
    if (!page.next) return report;
  }
}
