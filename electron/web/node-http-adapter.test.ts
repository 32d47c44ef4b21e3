// The Node <-> web Request/Response adapter, on a bare node:http server (no web-server around it).
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadWholeThenGet } from '../../test/support/large-bodies';
import { readBoundedBody } from '../http/bounded-body';
import { sendWebResponse, toWebRequest } from './node-http-adapter';
import { consoleRequestHeaderName, consoleRequestHeaderValue, consoleRequestHeaders } from '../../shared/ipc';

let server: Server | undefined;

afterEach(async () => {
  const current = server;
  server = undefined;
  if (!current) return;
  current.closeAllConnections();
  await new Promise<void>((resolve) => current.close(() => resolve()));
});

/** A server whose every request goes through toWebRequest -> `handle` -> sendWebResponse. */
async function serve(handle: (request: Request) => Promise<Response>): Promise<number> {
  server = createServer((req, res) => {
    void (async () => {
      try {
        await sendWebResponse(await handle(toWebRequest(req, 'http://console.test')), res);
      } catch (error) {
        res.writeHead(599).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

function raw(port: number, options: { method?: string; path?: string; headers?: Record<string, string | string[]>; body?: Buffer }) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('toWebRequest', () => {
  it('keeps the method, the path and query on the given origin, and the headers', async () => {
    const seen: Request[] = [];
    const port = await serve(async (request) => {
      seen.push(request);
      return new Response('ok');
    });
    await raw(port, { path: '/platform/s/api/orders?a=1&a=2&b=%20', headers: { ...consoleRequestHeaders, accept: 'application/json' } });
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.url).toBe('http://console.test/platform/s/api/orders?a=1&a=2&b=%20');
    expect(seen[0]?.headers.get(consoleRequestHeaderName)).toBe(consoleRequestHeaderValue);
    expect(seen[0]?.headers.get('accept')).toBe('application/json');
    expect(seen[0]?.body).toBeNull();
  });

  it('keeps every value of a repeated header', async () => {
    const seen: Request[] = [];
    const port = await serve(async (request) => {
      seen.push(request);
      return new Response('ok');
    });
    await raw(port, { headers: { 'x-multi': ['one', 'two'] } });
    expect(seen[0]?.headers.get('x-multi')).toBe('one, two');
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('gives a %s its body, bytes intact', async (method) => {
    const payload = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    const port = await serve(async (request) => {
      const bytes = Buffer.from(await request.arrayBuffer());
      return new Response(`${request.method} ${bytes.equals(payload) ? 'same' : 'different'} ${bytes.length}`);
    });
    const response = await raw(port, { method, body: payload, headers: { 'content-length': String(payload.length) } });
    expect(response.body.toString()).toBe(`${method} same ${payload.length}`);
  });

  it('lets a handler stop reading at its limit: a client that keeps sending gets the 413, finishes, and its connection serves the next request', async () => {
    const port = await serve(async (request) => {
      if (request.method === 'GET') return new Response('next request answered');
      const body = await readBoundedBody(request, 64 * 1024);
      return new Response(body.tooLarge ? 'too large' : 'read', { status: body.tooLarge ? 413 : 200 });
    });
    const received = await uploadWholeThenGet(port, {
      path: '/ipc/x',
      nextPath: '/',
      totalBytes: 16 * 1024 * 1024,
      until: 'next request answered',
    });
    expect(received.startsWith('HTTP/1.1 413 ')).toBe(true);
    expect(received).toMatch(/HTTP\/1\.1 200 [\s\S]*next request answered/);
  });

  it('gives a HEAD no body', async () => {
    const seen: Request[] = [];
    const port = await serve(async (request) => {
      seen.push(request);
      return new Response(null, { status: 204 });
    });
    await raw(port, { method: 'HEAD' });
    expect(seen[0]?.method).toBe('HEAD');
    expect(seen[0]?.body).toBeNull();
  });
});

describe('sendWebResponse', () => {
  it('writes status and headers, and ends a bodiless response', async () => {
    const port = await serve(
      async () => new Response(null, { status: 204, headers: { 'x-mirakl-operation': 'RT21', 'cache-control': 'no-store' } }),
    );
    const response = await raw(port, {});
    expect(response.status).toBe(204);
    expect(response.headers['x-mirakl-operation']).toBe('RT21');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.length).toBe(0);
  });

  it('streams a multi-chunk body in order', async () => {
    const port = await serve(async () => {
      const encoder = new TextEncoder();
      let i = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (i === 5) controller.close();
          else controller.enqueue(encoder.encode(`chunk${i++};`));
        },
      });
      return new Response(body, { status: 202, headers: { 'content-type': 'text/plain' } });
    });
    const response = await raw(port, {});
    expect(response.status).toBe(202);
    expect(response.headers['content-type']).toBe('text/plain');
    expect(response.body.toString()).toBe('chunk0;chunk1;chunk2;chunk3;chunk4;');
  });
});
