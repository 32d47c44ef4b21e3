import { z } from 'zod';
import { threadDetailSchema, threadSchema } from '../../../shared/mirakl';
import { listEnvelope, PayloadError, validatePage, validateRecord } from './payload-validation';
import { addToQuarantine } from './quarantine.repository';
import { runPagedPass } from './paged-pass';
import { laterInstant, loadCursor, type PassReport, type SyncContext, type SyncShop } from './sync-context';
import { SyncFailureError } from './sync-platform';
import { threadRecords, type ThreadRecords } from './thread-records';

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
 * cursor until done). Invalid threads are quarantined and the pass goes on. Throws
 * SyncFailureError (marketplace or network) or PayloadError (a page that cannot be read at all).
 */
export async function syncThreads(ctx: SyncContext, shop: SyncShop): Promise<PassReport> {
  const { db } = ctx;
  const whole: PassReport = { requests: 0, stored: 0, quarantined: 0 };
  await fetchWholeThreads(ctx, shop, whole);
  const pass = await runPagedPass(ctx, shop, 'threads', [db.threads, db.messages, db.attachments], async (token, updatedSince) => {
    const query = token ? { page_token: token } : { limit: ctx.pageSize ?? 100, with_messages: true, updated_since: updatedSince };
    const payload = await ctx.platform.getJson(shop.id, 'api/inbox/threads', query);
    const where = { shopId: shop.id, kind: 'thread', receivedAt: ctx.now().toISOString() };
    const { page, valid, quarantined } = validatePage(payload, threadsEnvelope, (p) => p.data, threadSchema, where);
    const records = valid.map((t) => threadRecords(shop.id, shop.market, t));
    const incomplete = valid.filter((t) => t.metadata.total_count > (t.messages?.length ?? 0)).map((t) => t.id);
    return {
      stored: records.length,
      quarantined,
      maxUpdated: valid.reduce<string | undefined>((max, t) => laterInstant(max, t.date_updated), undefined),
      next: page.next_page_token ?? undefined,
      write: () => putThreadRecords(ctx, records),
      cursorChanges: (cursor) => ({ pendingFullThreads: [...new Set([...(cursor.pendingFullThreads ?? []), ...incomplete])] }),
    };
  });
  await fetchWholeThreads(ctx, shop, whole);
  return { requests: pass.requests + whole.requests, stored: pass.stored + whole.stored, quarantined: pass.quarantined + whole.quarantined };
}

async function putThreadRecords(ctx: SyncContext, records: readonly ThreadRecords[]): Promise<void> {
  const { db } = ctx;
  await db.threads.bulkPut(records.map((r) => r.thread));
  const messages = records.flatMap((r) => r.messages);
  if (messages.length > 0) await db.messages.bulkPut(messages);
  const attachments = records.flatMap((r) => r.attachments);
  if (attachments.length > 0) await db.attachments.bulkPut(attachments);
}

/**
 * Fetches with M10 the threads the cursor lists as incomplete, one transaction per thread (thread,
 * messages, and its removal from the list). A thread whose messages are all cached already needs
 * no request; a thread that is gone (404) or unreadable (quarantined) leaves the list too.
 */
async function fetchWholeThreads(ctx: SyncContext, shop: SyncShop, report: PassReport): Promise<void> {
  const { db } = ctx;
  const pending = (await loadCursor(db, shop.id, 'threads')).pendingFullThreads ?? [];
  for (const threadId of pending) {
    const cached = await db.threads.get([shop.id, threadId]);
    const have = await db.messages.where('[shopId+threadId+dateCreated]').between([shop.id, threadId, ''], [shop.id, threadId, '\uffff']).count();
    let records: ThreadRecords | null = null;
    let problem: PayloadError | null = null;
    if (!cached || have < cached.messageCount) {
      try {
        report.requests += 1;
        records = await readWholeThread(ctx, shop, threadId);
      } catch (error) {
        if (error instanceof PayloadError) problem = error;
        else if (!(error instanceof SyncFailureError && error.failure.status === 404)) throw error;
      }
    }
    await db.transaction('rw', [db.threads, db.messages, db.attachments, db.syncCursors, db.quarantine], async () => {
      if (records) await putThreadRecords(ctx, [records]);
      if (problem) await addToQuarantine(db, [problem.record]);
      const current = await loadCursor(db, shop.id, 'threads');
      await db.syncCursors.put({ ...current, pendingFullThreads: (current.pendingFullThreads ?? []).filter((id) => id !== threadId) });
    });
    if (records) report.stored += 1;
    if (problem) report.quarantined += 1;
  }
}

/** Reads one thread whole (M10) and maps it; throws SyncFailureError or PayloadError. */
async function readWholeThread(ctx: SyncContext, shop: SyncShop, threadId: string): Promise<ThreadRecords> {
  const payload = await ctx.platform.getJson(shop.id, `api/inbox/threads/${encodeURIComponent(threadId)}`);
  return threadRecords(shop.id, shop.market, validateRecord(payload, threadDetailSchema, { shopId: shop.id, kind: 'thread', receivedAt: ctx.now().toISOString() }));
}

/**
 * Fetches one thread whole with M10 and stores it (thread, messages, attachments) in one
 * transaction; used when the seller opens a thread, so it is fresh whatever the sync loop's
 * timing. An unreadable answer is quarantined and rethrown as PayloadError.
 */
export async function refreshThread(ctx: SyncContext, shop: SyncShop, threadId: string): Promise<void> {
  const { db } = ctx;
  try {
    const records = await readWholeThread(ctx, shop, threadId);
    await db.transaction('rw', [db.threads, db.messages, db.attachments], () => putThreadRecords(ctx, [records]));
  } catch (error) {
    if (error instanceof PayloadError) await db.transaction('rw', db.quarantine, () => addToQuarantine(db, [error.record]));
    throw error;
  }
}
