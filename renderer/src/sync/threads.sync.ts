import { z } from 'zod';
import { threadSchema } from '../../../shared/mirakl';
import { listEnvelope, PayloadError, validatePageInSlices } from './payload-validation';
import { addToQuarantine, resolveQuarantinedRecord } from './quarantine.repository';
import { quarantineHold, runPagedPass } from './paged-pass';
import { laterInstant, loadCursor, nextTask, type PassReport, type SyncContext, type SyncShop } from './sync-context';
import { readJson, readRecord, SyncFailureError, type SyncFailure } from './sync-platform';
import { threadRecords, type ThreadRecords } from './thread-records';
import { cachedMessageCount, prepareThreadsPageInSlices, storeThreadsPage, threadStoreTables } from '../data/thread-messages.queries';

const threadsEnvelope = listEnvelope('data').extend({ next_page_token: z.string().nullish() });

/**
 * One M11 pass for a shop: the threads updated since the last completed pass (all of them the
 * first time), newest first by seek pagination, with their last 100 messages (`with_messages`).
 *
 * Each page is stored together with the cursor in one transaction: the cursor holds the next page
 * token, so a crash, kill or reload mid-pass resumes where it stopped and never stores a page
 * without remembering it (or the reverse). The high-water mark (`updatedSince`) moves only when the
 * pass completes; a thread updated during the pass is newer than the mark and comes with the next.
 * Threads with more than 100 messages are then fetched whole with M10 (their ids are kept in the
 * cursor until done). Invalid threads are quarantined and the pass goes on; they hold the
 * high-water mark back so the next pass reads them again (runPagedPass), and a thread whose M10
 * answer could not be read is read again once per pass (`retryThreads`) until it can be. Throws
 * SyncFailureError (marketplace or network) or PayloadError (a page that cannot be read at all).
 */
export async function syncThreads(ctx: SyncContext, shop: SyncShop): Promise<PassReport> {
  const { db } = ctx;
  const whole: PassReport = { requests: 0, stored: 0, quarantined: 0 };
  await fetchWholeThreads(ctx, shop, whole, 'retryThreads');
  await fetchWholeThreads(ctx, shop, whole, 'pendingFullThreads');
  const pass = await runPagedPass(ctx, shop, 'threads', 'thread', threadStoreTables(db), async (token, updatedSince) => {
    const query = token ? { page_token: token } : { limit: ctx.pageSize ?? 100, with_messages: true, updated_since: updatedSince };
    const payload = await readJson(ctx.platform, shop.id, 'M11', { query });
    const where = { shopId: shop.id, kind: 'thread', receivedAt: ctx.now().toISOString() };
    // Each stage its own tasks (parsing, validation and tokenizing in slices of threads, mapping),
    // so input and paint get their turn between them while a long initial sync runs.
    await nextTask();
    const { page, valid, quarantined } = await validatePageInSlices(payload, threadsEnvelope, (p) => p.data, threadSchema, where, nextTask);
    await nextTask();
    const records = valid.map((t) => threadRecords(shop.id, shop.market, t));
    await nextTask();
    // Tokenized and indexed now, while the previous page's transaction commits (see runPagedPass).
    const prepared = await prepareThreadsPageInSlices(records, nextTask);
    const incomplete = valid.filter((t) => t.metadata.total_count > (t.messages?.length ?? 0)).map((t) => t.id);
    return {
      stored: records.length,
      quarantined,
      hold: quarantineHold(quarantined, 'date_updated'),
      maxUpdated: valid.reduce<string | undefined>((max, t) => laterInstant(max, t.date_updated), undefined),
      next: page.next_page_token ?? undefined,
      write: () => storeThreadsPage(db, prepared),
      cursorChanges: (cursor) => ({ pendingFullThreads: [...new Set([...(cursor.pendingFullThreads ?? []), ...incomplete])] }),
    };
  });
  await fetchWholeThreads(ctx, shop, whole, 'pendingFullThreads');
  return {
    requests: pass.requests + whole.requests,
    stored: pass.stored + whole.stored,
    quarantined: pass.quarantined + whole.quarantined,
  };
}

/**
 * Fetches with M10 the threads the cursor lists under `list`, one transaction per thread (thread,
 * messages, and the list's update): `pendingFullThreads` are threads with more messages than M11
 * embeds (a thread whose messages are all cached already needs no request); `retryThreads` are
 * threads whose M10 answer could not be read before. A thread read fine, or gone (404), leaves both
 * lists and its quarantine entries are cleared; one that cannot be read is quarantined and moves to
 * `retryThreads`, which the next pass tries again (not at once: a broken record is not hammered).
 */
async function fetchWholeThreads(
  ctx: SyncContext,
  shop: SyncShop,
  report: PassReport,
  list: 'pendingFullThreads' | 'retryThreads',
): Promise<void> {
  const { db } = ctx;
  const pending = (await loadCursor(db, shop.id, 'threads'))[list] ?? [];
  for (const threadId of pending) {
    let records: ThreadRecords | null = null;
    let problem: PayloadError | null = null;
    if (list === 'retryThreads' || !(await hasAllMessages(ctx, shop, threadId))) {
      try {
        report.requests += 1;
        records = await readWholeThread(ctx, shop, threadId);
      } catch (error) {
        if (error instanceof PayloadError) problem = error;
        else if (!(error instanceof SyncFailureError && cannotBeReadById(error.failure))) throw error;
      }
    }
    await db.transaction('rw', [...threadStoreTables(db), db.syncCursors, db.quarantine], async () => {
      if (records) await storeThreadsPage(db, [records]);
      if (problem) await addToQuarantine(db, [problem.record]);
      else await resolveQuarantinedRecord(db, shop.id, 'thread', threadId);
      const current = await loadCursor(db, shop.id, 'threads');
      const others = (ids: string[] | undefined) => (ids ?? []).filter((id) => id !== threadId);
      const retry = others(current.retryThreads);
      await db.syncCursors.put({
        ...current,
        pendingFullThreads: others(current.pendingFullThreads),
        retryThreads: problem ? [...retry, threadId] : retry,
      });
    });
    if (records) report.stored += 1;
    if (problem) report.quarantined += 1;
  }
}

async function hasAllMessages(ctx: SyncContext, shop: SyncShop, threadId: string): Promise<boolean> {
  const { db } = ctx;
  const cached = await db.threads.get([shop.id, threadId]);
  const have = await cachedMessageCount(db, shop.id, threadId);
  return cached !== undefined && have >= cached.messageCount;
}

/**
 * A thread M10 will never answer: gone (404), or an id the console cannot ask for (no request was
 * made; the gateway would not forward it either). It leaves the lists instead of failing every pass.
 */
function cannotBeReadById(failure: SyncFailure): boolean {
  return failure.status === 404 || (failure.kind === 'refused' && failure.status === null);
}

/** Reads one thread whole (M10) and maps it; throws SyncFailureError or PayloadError. */
async function readWholeThread(ctx: SyncContext, shop: SyncShop, threadId: string): Promise<ThreadRecords> {
  const where = { shopId: shop.id, kind: 'thread', receivedAt: ctx.now().toISOString(), recordId: threadId };
  return threadRecords(shop.id, shop.market, await readRecord(ctx.platform, shop.id, 'M10', { params: { thread_id: threadId } }, where));
}

/**
 * Fetches one thread whole with M10 and stores it (thread, messages, attachments) in one
 * transaction; used when the seller opens a thread, so it is fresh whatever the sync loop's
 * timing. An unreadable answer is quarantined, listed for the next passes to read again, and
 * rethrown as PayloadError; a readable one clears the thread's earlier quarantine entries.
 */
export async function refreshThread(ctx: SyncContext, shop: SyncShop, threadId: string): Promise<void> {
  const { db } = ctx;
  let records: ThreadRecords;
  try {
    records = await readWholeThread(ctx, shop, threadId);
  } catch (error) {
    if (error instanceof PayloadError) {
      const problem = error;
      await db.transaction('rw', db.quarantine, db.syncCursors, async () => {
        await addToQuarantine(db, [problem.record]);
        const current = await loadCursor(db, shop.id, 'threads');
        if (!current.retryThreads?.includes(threadId))
          await db.syncCursors.put({ ...current, retryThreads: [...(current.retryThreads ?? []), threadId] });
      });
    }
    throw error;
  }
  await db.transaction('rw', [...threadStoreTables(db), db.quarantine], async () => {
    await storeThreadsPage(db, [records]);
    await resolveQuarantinedRecord(db, shop.id, 'thread', threadId);
  });
}
