/** What `readBoundedBody` found: the whole body, or that it is larger than the limit. */
export type BoundedBody = { tooLarge: false; bytes: Uint8Array<ArrayBuffer> } | { tooLarge: true };

/**
 * Reads a request's body, but never more than `maxBytes` of it. A declared Content-Length over the
 * limit is refused before anything is read; a body without one (chunked) is read chunk by chunk and
 * the stream is cancelled as soon as the total passes the limit, so the rest is never held in memory.
 * The caller answers 413; getting that answer to a client that is still sending is the transport's
 * job (the web-mode adapter discards what follows instead of cutting the connection).
 * A request without a body reads as empty. Rejects only when the body stream itself fails.
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<BoundedBody> {
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return { tooLarge: true };
  }
  if (!request.body) return { tooLarge: false, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { tooLarge: false, bytes };
}
