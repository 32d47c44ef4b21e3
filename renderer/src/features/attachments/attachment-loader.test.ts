import { describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../api/platform-download';
import { ConsoleDatabase } from '../../data/db';
import { AttachmentLoadError, loadAttachment, maxFetchBytes, type AttachmentLoaderDeps } from './attachment-loader';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const now = () => new Date('2026-11-23T10:00:00Z');

function deps(db: ConsoleDatabase, answers: DownloadResult[]): AttachmentLoaderDeps & { calls: { id: string; maxBytes: number }[] } {
  const calls: { id: string; maxBytes: number }[] = [];
  return {
    db,
    now,
    calls,
    download: async (_shopId, id, options) => {
      calls.push({ id, maxBytes: options.maxBytes });
      const answer = answers.shift();
      if (!answer) throw new Error('no answer scripted');
      return answer;
    },
  };
}

const offline: DownloadResult = {
  ok: false,
  failure: { kind: 'offline', status: null, code: 'NETWORK', message: 'The connection to the marketplace failed.' },
};

describe('loadAttachment', () => {
  it('fetches once through the platform, keeps the file, and opens it from the cache when offline', async () => {
    const db = new ConsoleDatabase('loader-cache');
    const world = deps(db, [{ ok: true, value: { blob: new Blob([png], { type: 'image/png' }), contentType: 'image/png' } }, offline]);
    const first = await loadAttachment(world, 'demo-2001', { id: 'a-1', name: 'photo.png' });
    expect(first).toMatchObject({ fromCache: false, kept: true, contentType: 'image/png', preview: { kind: 'image', type: 'image/png' } });
    expect(world.calls).toEqual([{ id: 'a-1', maxBytes: maxFetchBytes }]);
    expect((await db.attachmentBlobs.get(['demo-2001', 'a-1']))?.fetchedAt).toBe('2026-11-23T10:00:00.000Z');
    const again = await loadAttachment(world, 'demo-2001', { id: 'a-1', name: 'photo.png' });
    expect(again).toMatchObject({ fromCache: true, preview: { kind: 'image' } });
    expect(new Uint8Array(await again.blob.arrayBuffer())).toEqual(png);
    expect(world.calls).toHaveLength(1);
    db.close();
  });

  it('says why when the file is not kept and cannot be fetched', async () => {
    const db = new ConsoleDatabase('loader-offline');
    const error = await loadAttachment(deps(db, [offline]), 'demo-2001', { id: 'a-2', name: 'photo.png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttachmentLoadError);
    expect((error as AttachmentLoadError).failure.kind).toBe('offline');
    db.close();
  });

  it('decides from the bytes, also for a file read back from the cache', async () => {
    const db = new ConsoleDatabase('loader-spoof');
    const html = new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' });
    const world = deps(db, [{ ok: true, value: { blob: html, contentType: 'image/png' } }]);
    const first = await loadAttachment(world, 'demo-2001', { id: 'a-3', name: 'photo.png' });
    expect(first.preview).toEqual({ kind: 'download-only', reason: 'type-mismatch' });
    const cached = await loadAttachment(world, 'demo-2001', { id: 'a-3', name: 'photo.png' });
    expect(cached).toMatchObject({ fromCache: true, preview: { kind: 'download-only', reason: 'type-mismatch' } });
    db.close();
  });
});
