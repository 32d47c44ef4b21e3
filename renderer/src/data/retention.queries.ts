import type { ConsoleDatabase } from './db';
import type { SearchSegmentRecord } from './records';
import { segmentWithout } from './search-segments';

/** Search segments rewritten per transaction when the purge takes purged threads out of them. */
const segmentBatch = 200;

/** How long cached buyer data is kept after a thread's last change, unless the profile sets otherwise. */
export const defaultRetentionDays = 180;

/** What a purge removed. */
export interface PurgeReport {
  threads: number;
  messages: number;
  attachments: number;
}

/**
 * Deletes cached buyer data older than the retention: every thread last changed (`dateUpdated`)
 * before `now - retentionDays`, with its messages, attachments (and their downloaded bytes) and read
 * mark, and its words in the search postings (searchSegments, rewritten without it: they are
 * append-only otherwise, so a purged buyer's words would stay on disk). A thread with a draft or with
 * an item still to be sent is kept whatever its age, so nothing the seller wrote is lost. Each thread
 * goes in one transaction (a crash leaves whole threads); the postings are rewritten after them, in
 * batches, before the purge returns (a crash in between leaves those words until the thread is purged
 * again: known limit).
 * Throws for a retention under one day (a slip that would empty the cache).
 */
export async function purgeExpiredBuyerData(db: ConsoleDatabase, now: Date, retentionDays: number): Promise<PurgeReport> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new Error(`A retention of ${retentionDays} days is too short.`);
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const old = await db.threads.where('dateUpdated').below(cutoff).primaryKeys();
  const report: PurgeReport = { threads: 0, messages: 0, attachments: 0 };
  const purged = new Set<string>();
  for (const [shopId, threadId] of old) {
    await db.transaction('rw', [db.threads, db.threadMessages, db.attachmentBlobs, db.readMarks, db.drafts, db.outbox], async () => {
      const thread = await db.threads.get([shopId, threadId]);
      if (!thread || thread.dateUpdated >= cutoff) return;
      if (await db.drafts.get([shopId, threadId])) return;
      const pending = await db.outbox
        .where('[shopId+threadId]')
        .equals([shopId, threadId])
        .filter((item) => item.state !== 'sent')
        .count();
      if (pending > 0) return;
      const content = await db.threadMessages.get([shopId, threadId]);
      const attachments = (content?.attachments ?? []).map((a) => [shopId, a.id] as [string, string]);
      await db.attachmentBlobs.bulkDelete(attachments);
      report.messages += content?.messages.length ?? 0;
      await db.threadMessages.delete([shopId, threadId]);
      await db.readMarks.delete([shopId, threadId]);
      await db.threads.delete([shopId, threadId]);
      report.threads += 1;
      report.attachments += attachments.length;
      purged.add(`${shopId}\n${threadId}`);
    });
  }
  if (purged.size > 0) await dropPostings(db, purged);
  return report;
}

/**
 * Takes the threads in `gone` (`shopId\nthreadId` keys) out of every search segment: a segment that
 * posts one of them is rewritten without it, or deleted when none of its threads is left. A thread
 * synced again meanwhile is not touched: it is posted afresh (its tokens were purged with it).
 */
export async function dropPostings(db: ConsoleDatabase, gone: ReadonlySet<string>): Promise<void> {
  const keys = await db.searchSegments.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += segmentBatch) {
    const batch = keys.slice(start, start + segmentBatch);
    await db.transaction('rw', [db.searchSegments, db.threadMessages], async () => {
      const segments = await db.searchSegments.bulkGet(batch);
      // A thread back in the cache since (synced again) keeps its postings: only the still-gone are dropped.
      const found = [...new Set(segments.flatMap((segment) => segment?.threads.filter((key) => gone.has(key)) ?? []))];
      if (found.length === 0) return;
      const back = await db.threadMessages.bulkGet(found.map((key) => key.split('\n') as [string, string]));
      const still = new Set(found.filter((_, i) => !back[i]));
      const rewritten: SearchSegmentRecord[] = [];
      const emptied: [string, string][] = [];
      for (const [i, segment] of segments.entries()) {
        if (!segment) continue;
        const kept = segmentWithout(segment, still);
        if (kept === null) emptied.push(batch[i]!);
        else if (kept !== segment) rewritten.push(kept);
      }
      await db.searchSegments.bulkDelete(emptied);
      await db.searchSegments.bulkPut(rewritten);
    });
  }
}
