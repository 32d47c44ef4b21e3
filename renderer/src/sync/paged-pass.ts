import type { Table } from 'dexie';
import type { SyncCursorRecord, SyncKind } from '../data/records';
import type { Quarantined } from './payload-validation';
import { addToQuarantine, resolveQuarantine } from './quarantine.repository';
import {
  earlierHold,
  laterInstant,
  loadCursor,
  prefetch,
  withoutPendingPass,
  type PassReport,
  type SyncContext,
  type SyncShop,
} from './sync-context';
import { SyncFailureError } from './sync-platform';

/** One page of a list operation, validated and mapped. */
export interface PassPage {
  /** How many records the page stored (progress and report). */
  stored: number;
  quarantined: Quarantined[];
  /**
   * Where the next pass must start again for the quarantined records to be fetched once more: the
   * earliest update instant among them, or 'start' when one has no readable instant (the mark then
   * does not move at all). Absent when nothing was quarantined. See quarantineHold.
   */
  hold?: string | 'start';
  /** The newest update instant on the page (moves the high-water mark when the pass completes). */
  maxUpdated?: string;
  /** Where the next page starts (a seek token or an offset), absent on the last page. */
  next?: string;
  /** Writes the page's records; runs inside the page's transaction. */
  write: () => Promise<void>;
  /** More cursor fields to store with the page (e.g. the threads still to fetch whole). */
  cursorChanges?: (cursor: SyncCursorRecord) => Partial<SyncCursorRecord>;
}

/** How many pages a pass reads ahead of the one it stores (each is held in memory until stored). */
const readAhead = 2;

/**
 * The shape every list pass shares (M11, OR11, RT11): fetch a page from the stored position (or from the
 * start, filtered by the high-water mark), then store the page's records, quarantine and the new
 * cursor in one transaction, so a kill mid-pass resumes from the next page and loses nothing.
 * `tables` are the tables `write` touches. A position the marketplace refuses (an expired token)
 * restarts the pass once. Throws SyncFailureError or PayloadError.
 *
 * Quarantined records hold the high-water mark back (to their own update instant, see
 * PassPage.hold), so every later pass fetches them again until they can be read; a completed pass
 * that quarantined nothing clears the shop's quarantine of `recordKind` (those records are now read
 * fine, or gone). Without the hold, a broken record older than the pass's newest one would be
 * skipped by every later pass while the cache looked complete.
 */
export async function runPagedPass(
  ctx: SyncContext,
  shop: SyncShop,
  kind: SyncKind,
  recordKind: string,
  tables: readonly Table[],
  fetchPage: (position: string | undefined, updatedSince: string | undefined) => Promise<PassPage>,
): Promise<PassReport> {
  const { db } = ctx;
  const report: PassReport = { requests: 0, stored: 0, quarantined: 0 };
  let cursor = await loadCursor(db, shop.id, kind);
  let restarted = false;
  // Pages read ahead while earlier ones are stored (see fetchAhead); empty when none is in flight.
  let ahead: Promise<PassPage | null>[] = [];
  /** The page after the one `previous` answers, its request started as soon as `previous` is read. */
  const fetchAhead = (previous: Promise<PassPage | null>): Promise<PassPage | null> =>
    prefetch(
      previous.then((page) => {
        if (!page?.next) return null;
        report.requests += 1;
        return fetchPage(page.next, cursor.updatedSince);
      }),
    );
  for (;;) {
    let page: PassPage;
    try {
      const next = ahead.shift();
      if (!next) report.requests += 1;
      const read = await (next ?? fetchPage(cursor.pendingPageToken, cursor.updatedSince));
      if (!read) throw new Error('A page was read ahead past the last page.');
      page = read;
    } catch (error) {
      ahead = [];
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
    const hold = earlierHold(cursor.pendingHold, page.hold);
    const updated: SyncCursorRecord = page.next
      ? { ...cursor, ...extra, pendingPageToken: page.next, pendingMaxUpdated: maxUpdated, pendingCount: stored, pendingHold: hold }
      : { ...withoutPendingPass(cursor), ...extra, updatedSince: nextMark(cursor.updatedSince, maxUpdated, hold) };
    // The next pages are read while this one is stored: up to `readAhead` of them, each requested
    // as soon as the one before it is read (its position is then known), so the network, parsing
    // and tokenizing overlap IndexedDB's work instead of waiting for it.
    if (page.next) {
      if (ahead.length === 0) ahead.push(fetchAhead(Promise.resolve(page)));
      while (ahead.length < readAhead) ahead.push(fetchAhead(ahead[ahead.length - 1] as Promise<PassPage | null>));
    }
    // Issued together within the one transaction (still all or nothing), so the browser does not
    // wait for one write's answer before it is handed the next.
    await db.transaction('rw', [...tables, db.syncCursors, db.quarantine], async () => {
      const quarantine = async () => {
        await addToQuarantine(db, page.quarantined);
        if (!page.next && hold === undefined) await resolveQuarantine(db, shop.id, recordKind);
      };
      await Promise.all([page.write(), quarantine(), db.syncCursors.put(updated)]);
    });
    cursor = updated;
    report.stored += page.stored;
    report.quarantined += page.quarantined.length;
    ctx.onProgress?.({ shopId: shop.id, kind, stored });
    if (!page.next) return report;
  }
}

/**
 * The high-water mark after a completed pass: the newest instant stored, unless quarantined records
 * hold it back to their own instant (inclusive, so they come again), or to where the pass began.
 */
function nextMark(previous: string | undefined, maxUpdated: string | undefined, hold: string | 'start' | undefined): string | undefined {
  const newest = laterInstant(previous, maxUpdated);
  if (hold === undefined) return newest;
  if (hold === 'start') return previous;
  return newest && Date.parse(newest) < Date.parse(hold) ? newest : hold;
}

/**
 * PassPage.hold for a page's quarantined records: the earliest of their `field` instants, 'start'
 * when one of them has none that parses (a broken record may lack exactly that), undefined when
 * nothing was quarantined.
 */
export function quarantineHold(quarantined: readonly Quarantined[], field: string): string | 'start' | undefined {
  let hold: string | 'start' | undefined;
  for (const record of quarantined) {
    const value =
      typeof record.payload === 'object' && record.payload !== null ? (record.payload as Record<string, unknown>)[field] : undefined;
    const instant = typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : 'start';
    hold = earlierHold(hold, instant);
  }
  return hold;
}
