// The platform client over a scripted fetch: the requests it builds from the catalogue, and what it
// makes of each kind of answer (the classification itself is in platform-failure.test.ts).
import ky from 'ky';
import { describe, expect, it } from 'vitest';
import { createPlatform } from './platform';

const now = () => new Date('2026-11-23T10:00:00Z');

/** A platform whose every request is answered by `answer` (after recording it). */
function platformAnswering(answer: (request: Request) => Response | Promise<Response>, timeout = 1_000) {
  const requests: Request[] = [];
  const http = ky.create({
    prefixUrl: 'http://console.test/platform/',
    timeout,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      return answer(request);
    },
  });
  return { platform: createPlatform(http, now), requests };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => Response.json(body, { status, headers });
const reasons = { reasons: [{ code: '30', label: 'Zwrot' }], total_count: 1 };

describe('requests', () => {
  it('builds the URL from the catalogue: shop, path with its parameters, query without absent values', async () => {
    const { platform, requests } = platformAnswering(() => json({ data: [] }));
    await platform.callRaw('demo-2001', 'M11', { query: { limit: 100, with_messages: true, updated_since: undefined } });
    await platform.callRaw('demo-2001', 'M10', { params: { thread_id: 't-1' } });
    expect(requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', 'http://console.test/platform/demo-2001/api/inbox/threads?limit=100&with_messages=true'],
      ['GET', 'http://console.test/platform/demo-2001/api/inbox/threads/t-1'],
    ]);
  });

  it('makes no request for a path parameter that is not an id', async () => {
    const { platform, requests } = platformAnswering(() => json({}));
    const result = await platform.write('demo-2001', 'M12', { params: { thread_id: '../account' }, body: { body: 'Dzień dobry', to: [] } });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'invalid', status: null, code: 'INVALID_REQUEST' } });
    expect(requests).toEqual([]);
  });

  it('sends a JSON body, or the multipart form with the JSON part and the files', async () => {
    const { platform, requests } = platformAnswering(() => json({ message_id: 'm-1' }, 201));
    await platform.write('demo-2001', 'OR64', { params: { order_id: 'O-1', line: 'O-1-1' }, body: { reason_code: '30' } });
    const file = { name: 'paragon.pdf', blob: new Blob(['%PDF'], { type: 'application/pdf' }) };
    await platform.write('demo-2001', 'M12', {
      params: { thread_id: 't-1' },
      body: { body: 'Dzień dobry', to: [{ type: 'CUSTOMER' }] },
      files: [file],
    });
    const [put, post] = requests;
    expect([put?.method, put?.url]).toEqual(['PUT', 'http://console.test/platform/demo-2001/api/orders/O-1/lines/O-1-1/resolve_incident']);
    expect(await put?.json()).toEqual({ reason_code: '30' });
    const form = await post?.formData();
    expect(JSON.parse(await (form?.get('message_input') as Blob).text())).toEqual({ body: 'Dzień dobry', to: [{ type: 'CUSTOMER' }] });
    expect((form?.getAll('files') as File[]).map((f) => f.name)).toEqual(['paragon.pdf']);
  });
});

describe('answers', () => {
  it('validates a read with the operation schema: an answer that breaks it is unreadable', async () => {
    expect(await platformAnswering(() => json(reasons)).platform.call('demo-2001', 'RE11', {})).toEqual({ ok: true, value: reasons });
    const broken = { reasons: [{ code: 404, label: null }], total_count: 1 };
    expect(await platformAnswering(() => json(broken)).platform.call('demo-2001', 'RE11', {})).toMatchObject({
      ok: false,
      failure: { kind: 'unreadable', status: 200 },
    });
  });

  it('hands list pages over unvalidated, for their records to be checked one by one', async () => {
    const page = { data: [{ id: 404_404 }] };
    expect(await platformAnswering(() => json(page)).platform.callRaw('demo-2001', 'M11', {})).toEqual({ ok: true, value: page });
  });

  it('calls an answer cut short unreadable', async () => {
    const { platform } = platformAnswering(() => new Response('{"reasons": [', { status: 200 }));
    expect(await platform.call('demo-2001', 'RE11', {})).toMatchObject({ ok: false, failure: { kind: 'unreadable', code: 'UNREADABLE' } });
    expect(await platform.callRaw('demo-2001', 'RE11', {})).toMatchObject({
      ok: false,
      failure: { kind: 'unreadable', code: 'UNREADABLE' },
    });
  });

  it('takes a write as done on any 2xx, saying whether its answer could be read', async () => {
    const write = (response: () => Response) =>
      platformAnswering(response).platform.write('demo-2001', 'RT25', { body: { returns: [{ id: 'R-1' }] } });
    expect(await write(() => json({ return_success: [{ id: 'R-1' }] }))).toEqual({
      ok: true,
      value: { status: 200, readable: true, body: { return_success: [{ id: 'R-1' }] } },
    });
    expect(await write(() => json({ return_success: 'not-an-array', return_errors: 42 }))).toEqual({
      ok: true,
      value: { status: 200, readable: false },
    });
    expect(await write(() => new Response('{"return_su', { status: 200 }))).toEqual({ ok: true, value: { status: 200, readable: false } });
    expect(await write(() => new Response(null, { status: 204 }))).toEqual({
      ok: true,
      value: { status: 204, readable: true, body: null },
    });
  });
});

describe('failures', () => {
  it('keeps the marketplace words of a refusal and of a 5xx, and the gateway its own', async () => {
    const refused = await platformAnswering(() => json({ status: 400, message: 'Injected fault: 400' }, 400)).platform.write(
      'demo-2001',
      'A02',
      { body: {} },
    );
    expect(refused).toEqual({ ok: false, failure: { kind: 'refused', status: 400, code: 'HTTP_400', message: 'Injected fault: 400' } });
    const down = await platformAnswering(() => json({ status: 503, message: 'Maintenance' }, 503)).platform.call('demo-2001', 'A01', {});
    expect(down).toMatchObject({ ok: false, failure: { kind: 'server', message: 'The marketplace answered 503 (Maintenance).' } });
    const unreachable = 'The marketplace could not be reached (ECONNRESET).';
    const gateway = await platformAnswering(() =>
      json({ status: 502, code: 'UPSTREAM_UNREACHABLE', message: unreachable }, 502, { 'x-gateway-error': 'UPSTREAM_UNREACHABLE' }),
    ).platform.call('demo-2001', 'A01', {});
    expect(gateway).toMatchObject({
      ok: false,
      failure: { kind: 'server', code: 'UPSTREAM_UNREACHABLE', message: unreachable, fromGateway: true },
    });
  });

  it('reads Retry-After from a throttled answer', async () => {
    const result = await platformAnswering(() =>
      json({ status: 429, message: 'Too Many Requests' }, 429, { 'retry-after': '120' }),
    ).platform.callRaw('demo-2001', 'M11', {});
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'throttled',
        status: 429,
        code: 'THROTTLED',
        retryAfterMs: 120_000,
        message: 'The marketplace asked the console to slow down.',
      },
    });
  });

  it('answers a broken connection, a timeout and an abort as values, never by throwing', async () => {
    const offline = await platformAnswering(() => Promise.reject(new TypeError('fetch failed'))).platform.call('demo-2001', 'A01', {});
    expect(offline).toMatchObject({ ok: false, failure: { kind: 'offline', message: 'The connection to the marketplace failed.' } });
    // As fetch does: no answer ever, until the request's signal aborts (at once if it already has).
    const hanging = (request: Request) =>
      new Promise<Response>((_resolve, reject) => {
        if (request.signal.aborted) reject(request.signal.reason);
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    const late = await platformAnswering(hanging, 20).platform.call('demo-2001', 'A01', {});
    expect(late).toMatchObject({ ok: false, failure: { kind: 'timeout', message: 'The marketplace did not answer in time.' } });
    const abort = new AbortController();
    const stopped = platformAnswering(hanging).platform.write('demo-2001', 'A02', { body: {} }, { signal: abort.signal });
    abort.abort();
    expect(await stopped).toMatchObject({ ok: false, failure: { kind: 'aborted', code: 'ABORTED' } });
  });
});
