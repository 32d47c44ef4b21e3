// Downloads (M13) over a scripted fetch: the bytes as they came, the claimed type, progress, the size
// limit before and while reading, and failures as values.
import ky from 'ky';
import { describe, expect, it } from 'vitest';
import { createPlatform } from './platform';

const now = () => new Date('2026-11-23T10:00:00Z');

function platformAnswering(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const http = ky.create({
    prefixUrl: 'http://console.test/platform/',
    headers: { accept: 'application/json', 'x-console-request': '1' },
    timeout: 1_000,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      return answer(request);
    },
  });
  return { platform: createPlatform(http, now), requests };
}

/** A body that arrives in the given chunks, with no Content-Length. */
function chunked(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

const input = { params: { attachment_id: 'att-1' } };

describe('download', () => {
  it('asks for any type at the catalogue path and answers the bytes with the claimed type, reporting progress', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00]);
    const { platform, requests } = platformAnswering(
      () => new Response(bytes, { headers: { 'content-type': 'Application/PDF; name="x.pdf"', 'content-length': '7' } }),
    );
    const progress: [number, number | null][] = [];
    const result = await platform.download('demo-2001', 'M13', input, { maxBytes: 100, onProgress: (r, t) => progress.push([r, t]) });
    expect(requests[0]?.url).toBe('http://console.test/platform/demo-2001/api/inbox/threads/att-1/download');
    expect(requests[0]?.headers.get('accept')).toBe('*/*');
    // The client's own headers (the console's marker the gateway requires) stay.
    expect(requests[0]?.headers.get('x-console-request')).toBe('1');
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.value.contentType).toBe('application/pdf');
    expect(new Uint8Array(await result.value.blob.arrayBuffer())).toEqual(bytes);
    expect(progress[0]).toEqual([0, 7]);
    expect(progress.at(-1)).toEqual([7, 7]);
  });

  it('refuses a file larger than the limit from its Content-Length, or while reading when none is said', async () => {
    const declared = platformAnswering(() => new Response(new Uint8Array(20), { headers: { 'content-length': '20' } }));
    expect(await declared.platform.download('demo-2001', 'M13', input, { maxBytes: 10 })).toMatchObject({
      ok: false,
      failure: { kind: 'too-large', code: 'TOO_LARGE', limitBytes: 10 },
    });
    const streamed = platformAnswering(() => new Response(chunked(new Uint8Array(6), new Uint8Array(6), new Uint8Array(6))));
    const progress: number[] = [];
    const result = await streamed.platform.download('demo-2001', 'M13', input, { maxBytes: 10, onProgress: (r) => progress.push(r) });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'too-large' } });
    expect(Math.max(...progress)).toBeLessThanOrEqual(10);
  });

  it("answers the marketplace's refusal and a broken connection as failures", async () => {
    const missing = platformAnswering(() => Response.json({ status: 404, message: 'Attachment not found' }, { status: 404 }));
    expect(await missing.platform.download('demo-2001', 'M13', input, { maxBytes: 10 })).toMatchObject({
      ok: false,
      failure: { kind: 'refused', status: 404, message: 'Attachment not found' },
    });
    const down = platformAnswering(() => {
      throw new TypeError('fetch failed');
    });
    expect(await down.platform.download('demo-2001', 'M13', input, { maxBytes: 10 })).toMatchObject({
      ok: false,
      failure: { kind: 'offline' },
    });
  });
});
