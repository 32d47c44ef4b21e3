// The one bounded-body reader of the console's origin (gateway and web-mode IPC): it never reads
// past its limit, whether the size is declared or the body arrives in chunks.
import { describe, expect, it } from 'vitest';
import { countingBody, streamedPost } from '../../test/support/large-bodies';
import { readBoundedBody } from './bounded-body';

const url = 'http://127.0.0.1:5170/x';

describe('readBoundedBody', () => {
  it('returns a chunked body up to the limit byte for byte', async () => {
    const body = countingBody(10_000, 3_000);
    const read = await readBoundedBody(streamedPost(url, body), 10_000);
    expect(read.tooLarge).toBe(false);
    if (!read.tooLarge) expect(Array.from(read.bytes)).toEqual(new Array(10_000).fill(0x20));
  });

  it('stops at the first chunk past the limit and cancels the rest of the stream', async () => {
    const body = countingBody(64 * 1024 * 1024, 4_000);
    expect(await readBoundedBody(streamedPost(url, body), 10_000)).toEqual({ tooLarge: true });
    expect(body.pulled()).toBe(12_000);
    expect(body.cancelled()).toBe(true);
  });

  it('refuses a declared Content-Length over the limit without reading anything', async () => {
    const body = countingBody(50, 50);
    const request = streamedPost(url, body, { 'content-length': '10001' });
    expect(await readBoundedBody(request, 10_000)).toEqual({ tooLarge: true });
    expect(body.pulled()).toBe(0);
  });

  it('does not trust a declared Content-Length under the limit', async () => {
    const body = countingBody(64 * 1024 * 1024, 4_000);
    const request = streamedPost(url, body, { 'content-length': '10' });
    expect(await readBoundedBody(request, 10_000)).toEqual({ tooLarge: true });
    expect(body.pulled()).toBeLessThan(20_000);
  });

  it('reads a request without a body as empty', async () => {
    const read = await readBoundedBody(new Request(url), 10);
    expect(read).toEqual({ tooLarge: false, bytes: new Uint8Array(0) });
  });
});
