import type { ConsoleDatabase } from './db';
import type { AttachmentBlobRecord } from './records';

/**
 * How much of the profile's database attachments may take. A file up to `maxFileBytes` (10 MiB, more
 * than the photos and return labels buyers send) is kept once fetched, so it opens offline later;
 * a larger one is opened but not kept. All kept files together stay under `maxTotalBytes` (100 MiB):
 * keeping one more evicts the least recently fetched until they fit, so the cache never crowds out
 * the threads and the outbox in the browser's storage quota.
 */
export const attachmentCacheLimits = { maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024 } as const;

export type AttachmentCacheLimits = { maxFileBytes: number; maxTotalBytes: number };

/** An attachment's bytes as the cache keeps them, or undefined when it was never fetched (or was evicted). */
export function cachedAttachmentBlob(db: ConsoleDatabase, shopId: string, attachmentId: string): Promise<AttachmentBlobRecord | undefined> {
  return db.attachmentBlobs.get([shopId, attachmentId]);
}

/**
 * Keeps a fetched attachment in the cache (replacing an earlier copy), then evicts the least recently
 * fetched others until all fit in `limits.maxTotalBytes`, in one transaction. Answers false, keeping
 * nothing, for a file larger than `limits.maxFileBytes`. Rejects when the database cannot write
 * (e.g. a full disk: see storage-errors.ts); the caller still has the bytes it fetched.
 */
export async function keepAttachmentBlob(
  db: ConsoleDatabase,
  record: AttachmentBlobRecord,
  limits: AttachmentCacheLimits = attachmentCacheLimits,
): Promise<boolean> {
  if (record.blob.size > limits.maxFileBytes) return false;
  await db.transaction('rw', db.attachmentBlobs, async () => {
    await db.attachmentBlobs.put(record);
    // Reading the records gives Blob handles, not their bytes, so this stays cheap.
    const kept = await db.attachmentBlobs.toArray();
    let total = kept.reduce((sum, r) => sum + r.blob.size, 0);
    const oldestFirst = kept
      .filter((r) => !(r.shopId === record.shopId && r.id === record.id))
      .sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt));
    for (const old of oldestFirst) {
      if (total <= limits.maxTotalBytes) break;
      await db.attachmentBlobs.delete([old.shopId, old.id]);
      total -= old.blob.size;
    }
  });
  return true;
}
