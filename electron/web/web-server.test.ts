// The web-mode server on a free port: it answers with the handler's response (streamed), passes
// request bodies intact, refuses foreign Host headers (DNS rebinding) and requests from pages of other
// origins, survives handler failures and stops on close().
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWebServer, type RunningWebServer } from './web-server';
import { consoleRequestHeaderName, consoleRequestHeaderValue, consoleRequestHeaders } from '../../shared/ipc';

const running: RunningWebServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close().catch(() => {})));
});

async function start(handle: (request: Request) => Promise<Response>, log: (message: string, error?: unknown) => void = () => {}) {
  const server = await startWebServer({ host: '127.0.0.1', port: 0, handle, log });
  running.push(server);
  return { server, port: Number(new URL(server.url).port) };
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request through node:http, so the Host header (and everything else) is exactly what we set. */
function raw(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer; setHost?: boolean } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
        setHost: options.setHost ?? true,
        timeout: 5_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('startWebServer', () => {
  it('listens on a free port and reports its URL', async () => {
    const { server, port } = await start(async () => new Response('hi'));
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    expect(port).toBeGreaterThan(0);
  });

  it("answers with the handler's status, headers and body", async () => {
    const { server } = await start(
      async () => new Response('created!', { status: 201, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-custom': 'yes' } }),
    );
    const response = await fetch(`${server.url}/anything`);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-custom')).toBe('yes');
    expect(await response.text()).toBe('created!');
  });

  it('gives the handler the method, URL (path and query) and headers of the request', async () => {
    const seen: Request[] = [];
    const { server, port } = await start(async (request) => {
      seen.push(request);
      return new Response(null, { status: 204 });
    });
    const response = await fetch(`${server.url}/platform/shop-1/api/orders?order_ids=a&order_ids=b`, {
      method: 'GET',
      headers: { ...consoleRequestHeaders, 'accept-language': 'fr-FR' },
    });
    expect(response.status).toBe(204);
    const request = seen[0];
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`http://127.0.0.1:${port}/platform/shop-1/api/orders?order_ids=a&order_ids=b`);
    expect(request?.headers.get(consoleRequestHeaderName)).toBe(consoleRequestHeaderValue);
    expect(request?.headers.get('accept-language')).toBe('fr-FR');
  });

  it('passes a POST body through byte for byte', async () => {
    const bodies: Buffer[] = [];
    const { port } = await start(async (request) => {
      const bytes = Buffer.from(await request.arrayBuffer());
      bodies.push(bytes);
      return new Response(String(bytes.length));
    });
    const payload = randomBytes(300 * 1024);
    const response = await raw(port, {
      method: 'POST',
      path: '/ipc/app:info',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(payload.length) },
      body: payload,
    });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe(String(payload.length));
    expect(bodies[0]?.equals(payload)).toBe(true);
  });

  it('streams the response body: the first chunk arrives before the handler finishes it', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const encoder = new TextEncoder();
    const { server } = await start(async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode('first;'));
          await released;
          controller.enqueue(encoder.encode('second'));
          controller.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/plain' } });
    });
    const response = await fetch(server.url);
    const reader = response.body!.getReader();
    const first = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the first chunk was not streamed')), 3_000)),
    ]);
    expect(new TextDecoder().decode(first.value)).toBe('first;');
    release();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(rest).toBe('second');
  });

  it('sends a large response body whole (back-pressure)', async () => {
    const big = randomBytes(8 * 1024 * 1024);
    const { port } = await start(async () => new Response(big));
    const response = await raw(port);
    expect(response.status).toBe(200);
    expect(response.body.equals(big)).toBe(true);
  });

  it.each([
    'evil.example.com',
    'evil.example.com:PORT',
    '127.0.0.1',
    '127.0.0.1:1',
    'localhost',
    '127.0.0.1.nip.io:PORT',
    '0.0.0.0:PORT',
    '[::1]:1',
  ])('answers 421 to the Host header %j without calling the handler', async (hostPattern) => {
    const handle = vi.fn(async () => new Response('secret data'));
    const { port } = await start(handle);
    const response = await raw(port, { headers: { host: hostPattern.replace('PORT', String(port)) } });
    expect(response.status).toBe(421);
    expect(response.body.toString()).not.toContain('secret data');
    expect(handle).not.toHaveBeenCalled();
  });

  it('refuses a request without a Host header, without calling the handler', async () => {
    const handle = vi.fn(async () => new Response('secret data'));
    const { port } = await start(handle);
    const response = await raw(port, { setHost: false });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.toString()).not.toContain('secret data');
    expect(handle).not.toHaveBeenCalled();
  });

  it.each(['127.0.0.1:PORT', 'localhost:PORT', 'LOCALHOST:PORT'])('answers the Host header %j', async (hostPattern) => {
    const { port } = await start(async () => new Response('ok'));
    const response = await raw(port, { headers: { host: hostPattern.replace('PORT', String(port)) } });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('ok');
  });

  it.each([
    'http://evil.example.com',
    'http://127.0.0.1:1',
    'https://127.0.0.1:PORT',
    'http://127.0.0.1:PORT.evil.example',
    'null',
    'http://127.0.0.1:PORT, http://evil.example.com',
  ])('answers 403 to a request from the page origin %j without calling the handler', async (originPattern) => {
    const handle = vi.fn(async () => new Response('secret data'));
    const { port } = await start(handle);
    const response = await raw(port, {
      method: 'POST',
      path: '/ipc/shops:list',
      headers: { origin: originPattern.replaceAll('PORT', String(port)) },
      body: Buffer.from('{}'),
    });
    expect(response.status).toBe(403);
    expect(response.body.toString()).toMatch(/another origin/);
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([
    ['127.0.0.1:PORT', 'http://127.0.0.1:PORT'],
    ['localhost:PORT', 'http://localhost:PORT'],
    ['127.0.0.1:PORT', undefined],
  ])('answers a request to Host %j from its own origin or without Origin (%j)', async (hostPattern, originPattern) => {
    const { port } = await start(async () => new Response('ok'));
    const headers: Record<string, string> = { host: hostPattern.replace('PORT', String(port)) };
    if (originPattern) headers.origin = originPattern.replace('PORT', String(port));
    const response = await raw(port, { method: 'POST', path: '/ipc/shops:list', headers, body: Buffer.from('{}') });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('ok');
  });

  it('answers 500 when the handler throws, logs it, and keeps serving', async () => {
    const log = vi.fn();
    const { server } = await start(async (request) => {
      if (new URL(request.url).pathname === '/boom') throw new Error('handler exploded at /secret/path');
      return new Response('still here');
    }, log);
    const failed = await fetch(`${server.url}/boom`);
    expect(failed.status).toBe(500);
    const text = await failed.text();
    expect(text).not.toContain('exploded');
    expect(text).not.toContain('/secret/path');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('/boom');
    expect(log.mock.calls[0]?.[1]).toBeInstanceOf(Error);

    const next = await fetch(`${server.url}/fine`);
    expect(next.status).toBe(200);
    expect(await next.text()).toBe('still here');
  });

  it('close() stops it: new connections are refused', async () => {
    const { server } = await start(async () => new Response('up'));
    expect(await (await fetch(server.url)).text()).toBe('up');
    await server.close();
    running.splice(running.indexOf(server), 1);
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('close() does not wait for an open keep-alive or hanging connection', async () => {
    const { server, port } = await start(() => new Promise<Response>(() => {}));
    const pending = raw(port).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await server.close();
    running.splice(running.indexOf(server), 1);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
