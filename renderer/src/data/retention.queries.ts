import type { ConsoleDatabase } from './db';

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
 * mark. A thread with a draft or with an item still to be sent is kept whatever its age, so nothing
 * the seller wrote is lost. Each thread goes in one transaction (a crash leaves whole threads).
 * Throws for a retention under one day (a slip that would empty the cache).
 */
export async function purgeExpiredBuyerData(db: ConsoleDatabase, now: Date, retentionDays: number): Promise<PurgeReport> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new Error(`A retention of ${retentionDays} days is too short.`);
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const old = await db.threads.where('dateUpdated').below(cutoff).primaryKeys();
  const report: PurgeReport = { threads: 0, messages: 0, attachments: 0 };
  for (const [shopId, threadId] of old) {
    await db.transaction(
      'rw',
      [db.threads, db.threadMessages, db.attachments, db.attachmentBlobs, db.readMarks, db.drafts, db.outbox],
      async () => {
        const thread = await db.threads.get([shopId, threadId]);
        if (!thread || thread.dateUpdated >= cutoff) return;
        if (await db.drafts.get([shopId, threadId])) return;
        const pending = await db.outbox
          .where('[shopId+threadId]')
          .equals([shopId, threadId])
          .filter((item) => item.state !== 'sent')
          .count();
        if (pending > 0) return;
        const attachments = await db.attachments.where('[shopId+threadId]').equals([shopId, threadId]).primaryKeys();
        await db.attachmentBlobs.bulkDelete(attachments);
        await db.attachments.bulkDelete(attachments);
        report.messages += (await db.threadMessages.get([shopId, threadId]))?.messages.length ?? 0;
        await db.threadMessages.delete([shopId, threadId]);
        await db.readMarks.delete([shopId, threadId]);
        await db.threads.delete([shopId, threadId]);
        report.threads += 1;
        report.attachments += attachments.length;
      },
    );
  }
  return report;
}
