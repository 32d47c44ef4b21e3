import type { PlatformFailure } from './platform-failure';
import { classifyError } from './platform-failure';

/** A file the marketplace sent (M13): its bytes, and the media type it claimed (lower-case, no parameters; '' when none). */
export interface DownloadedFile {
  blob: Blob;
  contentType: string;
}

/**
 * Why a download gave no file: any PlatformFailure, or `too-large`: the file is bigger than the
 * caller's `maxBytes` (said by Content-Length before reading, or found while reading, which then
 * stops), so the console never holds more than it chose to.
 */
export type DownloadFailure =
  PlatformFailure | { kind: 'too-large'; status: number; code: 'TOO_LARGE'; limitBytes: number; message: string };

/** A download's outcome, never thrown. */
export type DownloadResult = { ok: true; value: DownloadedFile } | { ok: false; failure: DownloadFailure };

/** How a download is read: its size limit, progress reports and cancellation. */
export interface DownloadOptions {
  signal?: AbortSignal;
  /** The most bytes read; a larger file is a `too-large` failure. */
  maxBytes: number;
  /** Called as bytes arrive: how many so far, and the total when the answer said it (Content-Length). */
  onProgress?: (received: number, total: number | null) => void;
}

/**
 * Reads a 2xx answer's body as a file, chunk by chunk, so progress can be shown and a body that
 * outgrows `maxBytes` is cut off rather than buffered. A connection that breaks mid-body is the
 * failure classifyError makes of it (offline, aborted).
 */
export async function readDownload(response: Response, options: DownloadOptions): Promise<DownloadResult> {
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const length = response.headers.get('content-length');
  const total = length !== null && /^\d+$/.test(length.trim()) ? Number(length) : null;
  const tooLarge = (): DownloadResult => ({
    ok: false,
    failure: {
      kind: 'too-large',
      status: response.status,
      code: 'TOO_LARGE',
      limitBytes: options.maxBytes,
      message: `The file is larger than the console opens (${options.maxBytes} bytes).`,
    },
  });
  try {
    if (total !== null && total > options.maxBytes) {
      await response.body?.cancel();
      return tooLarge();
    }
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    const reader = response.body?.getReader();
    options.onProgress?.(0, total);
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > options.maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value as Uint8Array<ArrayBuffer>);
      options.onProgress?.(received, total);
    }
    return { ok: true, value: { blob: new Blob(chunks, { type: contentType }), contentType } };
  } catch (error) {
    return { ok: false, failure: classifyError(error) };
  }
}
