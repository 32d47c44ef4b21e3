import { describe, expect, it } from 'vitest';
import { cachedAttachmentBlob, keepAttachmentBlob } from './attachments.queries';
import { ConsoleDatabase } from './db';

const file = (id: string, size: number, fetchedAt: string, shopId = 'demo-2001') => ({
  shopId,
  id,
  blob: new Blob([new Uint8Array(size).fill(7)], { type: 'image/png' }),
  contentType: 'image/png',
  fetchedAt,
});

describe('attachment blobs in the cache', () => {
  it('keeps a fetched file per shop, bytes and type intact', async () => {
    const db = new ConsoleDatabase('attachments-keep');
    expect(await keepAttachmentBlob(db, file('a-1', 10, '2026-11-23T10:00:00Z'))).toBe(true);
    const kept = await cachedAttachmentBlob(db, 'demo-2001', 'a-1');
    expect(kept?.contentType).toBe('image/png');
    expect(new Uint8Array(await (kept?.blob as Blob).arrayBuffer())).toEqual(new Uint8Array(10).fill(7));
    expect(await cachedAttachmentBlob(db, 'demo-2002', 'a-1')).toBeUndefined();
    db.close();
  });

  it('keeps nothing larger than the file limit', async () => {
    const db = new ConsoleDatabase('attachments-file-limit');
    expect(await keepAttachmentBlob(db, file('big', 101, '2026-11-23T10:00:00Z'), { maxFileBytes: 100, maxTotalBytes: 1000 })).toBe(false);
    expect(await cachedAttachmentBlob(db, 'demo-2001', 'big')).toBeUndefined();
    db.close();
  });

  it('evicts the least recently fetched files until all fit, never the one just kept', async () => {
    const db = new ConsoleDatabase('attachments-total-limit');
    const limits = { maxFileBytes: 100, maxTotalBytes: 250 };
    await keepAttachmentBlob(db, file('old', 100, '2026-11-23T10:00:00Z'), limits);
    await keepAttachmentBlob(db, file('mid', 100, '2026-11-23T11:00:00Z', 'demo-2002'), limits);
    await keepAttachmentBlob(db, file('new', 100, '2026-11-23T12:00:00Z'), limits);
    expect(await cachedAttachmentBlob(db, 'demo-2001', 'old')).toBeUndefined();
    expect(await cachedAttachmentBlob(db, 'demo-2002', 'mid')).toBeDefined();
    expect(await cachedAttachmentBlob(db, 'demo-2001', 'new')).toBeDefined();
    // A refetched file replaces its copy instead of counting twice.
    await keepAttachmentBlob(db, file('new', 100, '2026-11-23T13:00:00Z'), limits);
    expect(await db.attachmentBlobs.count()).toBe(2);
    db.close();
  });
});
