import type { DownloadFailure, DownloadOptions, DownloadResult } from '../../api/platform-download';
import { cachedAttachmentBlob, keepAttachmentBlob } from '../../data/attachments.queries';
import type { ConsoleDatabase } from '../../data/db';
import { decidePreview, sniffLength, type PreviewDecision } from './file-sniff';

/**
 * The most bytes the console fetches for one attachment (25 MiB, the gateway's own request limit):
 * the file is held in memory while it is shown, so a larger one is refused with a clear word
 * (`too-large`) instead of filling the window's memory.
 */
export const maxFetchBytes = 25 * 1024 * 1024;

/** What loading needs: the profile's database, the M13 download (ConsoleData's), and the clock that dates what is kept. */
export interface AttachmentLoaderDeps {
  db: ConsoleDatabase;
  download(shopId: string, attachmentId: string, options: DownloadOptions): Promise<DownloadResult>;
  now(): Date;
}

/** A loaded attachment: its bytes, the type the marketplace claimed, where it came from, and how it may be shown. */
export interface LoadedAttachment {
  blob: Blob;
  contentType: string;
  fromCache: boolean;
  /** Whether it is in the offline cache now (false for a file too large to keep, or a failed write). */
  kept: boolean;
  preview: PreviewDecision;
}

/** Why an attachment could not be loaded (thrown, so react-query holds it as the request's error). */
export class AttachmentLoadError extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(failure.message);
    this.name = 'AttachmentLoadError';
  }
}

/**
 * Loads one attachment: from the offline cache when it was fetched before (so it opens offline), else
 * once from the marketplace through the gateway (M13), then kept in the cache (see
 * attachmentCacheLimits). A cache that cannot be written (full disk) still shows the file. The preview
 * decision is made from the bytes every time, never trusted from an earlier run. Throws
 * AttachmentLoadError for a failed fetch (offline, refused, too large, aborted…).
 */
export async function loadAttachment(
  deps: AttachmentLoaderDeps,
  shopId: string,
  attachment: { id: string; name: string },
  options: { signal?: AbortSignal; onProgress?: (received: number, total: number | null) => void } = {},
): Promise<LoadedAttachment> {
  const cached = await cachedAttachmentBlob(deps.db, shopId, attachment.id);
  if (cached) {
    const preview = await decide(cached.contentType, attachment.name, cached.blob);
    return { blob: cached.blob, contentType: cached.contentType, fromCache: true, kept: true, preview };
  }
  const result = await deps.download(shopId, attachment.id, {
    maxBytes: maxFetchBytes,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (!result.ok) throw new AttachmentLoadError(result.failure);
  const { blob, contentType } = result.value;
  const record = { shopId, id: attachment.id, blob, contentType, fetchedAt: deps.now().toISOString() };
  const kept = await keepAttachmentBlob(deps.db, record).catch(() => false);
  return { blob, contentType, fromCache: false, kept, preview: await decide(contentType, attachment.name, blob) };
}

async function decide(contentType: string, name: string, blob: Blob): Promise<PreviewDecision> {
  const leading = new Uint8Array(await blob.slice(0, sniffLength).arrayBuffer());
  return decidePreview(contentType, name, leading);
}
