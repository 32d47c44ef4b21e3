// The platform gateway against a real local HTTP server standing in for a Mirakl instance: what it
// forwards (key, shop_id, allowed headers, query, body bytes), what it refuses, and how it fails.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShopConnection, ShopDirectory } from '../shops/shop-connection';
import { createGateway, gatewayError, platformPrefix, type GatewayOptions } from './gateway';
import { closeServer, listenOnLoopback } from '../../test/support/loopback-server';
import { consoleRequestHeaderName, consoleRequestHeaderValue } from '../../shared/ipc';

interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

type Respond = (req: IncomingMessage, res: ServerResponse, received: Received) => void;

interface Upstream {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

const openServers: Server[] = [];

afterEach(async () => {
  await Promise.all(openServers.splice(0).map(closeServer));
});

const listen = listenOnLoopback;

/** A recording upstream: every request is stored (with its whole body) before `respond` runs. */
async function startUpstream(respond: Respond = defaultRespond): Promise<Upstream> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://upstream');
      const entry: Received = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      received.push(entry);
      respond(req, res, entry);
    });
  });
  openServers.push(server);
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function defaultRespond(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
}

/** A port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const shopKey = 'secret-shop-key-123';

function shop(baseUrl: string, overrides: Partial<ShopConnection> = {}): ShopConnection {
  return { id: 'shop-1', label: 'Test shop', market: 'FR', baseUrl, key: shopKey, miraklShopId: 2001, kind: 'mirakl', ...overrides };
}

function directory(...shops: ShopConnection[]): ShopDirectory {
  return {
    list: async () => shops,
    get: async (id) => shops.find((s) => s.id === id),
  };
}

function gatewayFor(shops: ShopConnection[], options: Partial<GatewayOptions> = {}) {
  return createGateway({ shops: directory(...shops), ...options });
}

const origin = 'http://127.0.0.1:5170';

function consoleRequest(path: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (!headers.has(consoleRequestHeaderName)) headers.set(consoleRequestHeaderName, consoleRequestHeaderValue);
  return new Request(`${origin}${path}`, { ...init, headers });
}

async function expectGatewayError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('x-gateway-error')).toBe(code);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { status: unknown; message: unknown; code: unknown };
  expect(body.status).toBe(status);
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
}

describe('gateway: forwarding', () => {
  it('sends the shop key as Authorization and its shop_id, overriding what the caller sent', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    const response = await gateway(
      consoleRequest('/platform/shop-1/api/inbox/threads?max=10&shop_id=999', {
        headers: { authorization: 'Bearer stolen', accept: 'application/json' },
      }),
    );
    expect(response.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
    const [call] = upstream.received;
    expect(call?.method).toBe('GET');
    expect(call?.path).toBe('/api/inbox/threads');
    expect(call?.headers.authorization).toBe(shopKey);
    expect(call?.query.getAll('shop_id')).toEqual(['2001']);
    expect(call?.query.get('max')).toBe('10');
  });

  it('drops a caller-sent shop_id when the shop has no Mirakl shop id', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url, { miraklShopId: null })]);
    const response = await gateway(consoleRequest('/platform/shop-1/api/account?shop_id=999'));
    expect(response.status).toBe(200);
    expect(upstream.received[0]?.query.has('shop_id')).toBe(false);
    expect(upstream.received[0]?.headers.authorization).toBe(shopKey);
  });

  it('passes the query through, repeated and encoded parameters included', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    await gateway(consoleRequest('/platform/shop-1/api/orders?order_ids=A-1&order_ids=B-2&q=a%20b%26c&paginate=true'));
    const query = upstream.received[0]?.query;
    expect(query?.getAll('order_ids')).toEqual(['A-1', 'B-2']);
    expect(query?.get('q')).toBe('a b&c');
    expect(query?.get('paginate')).toBe('true');
    expect(query?.get('shop_id')).toBe('2001');
  });

  it('forwards only the allowed request headers: no cookies, no console or proxy headers', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    await gateway(
      consoleRequest('/platform/shop-1/api/account', {
        headers: {
          accept: 'application/json',
          'accept-language': 'fr-FR',
          cookie: 'session=abc',
          'x-forwarded-for': '10.0.0.1',
          'x-custom': 'nope',
          origin: 'http://127.0.0.1:5170',
          referer: 'http://127.0.0.1:5170/inbox',
        },
      }),
    );
    const headers = upstream.received[0]?.headers ?? {};
    expect(headers.accept).toBe('application/json');
    expect(headers['accept-language']).toBe('fr-FR');
    for (const name of ['cookie', 'x-forwarded-for', 'x-custom', 'origin', 'referer', consoleRequestHeaderName]) {
      expect(headers[name], name).toBeUndefined();
    }
  });

  it('returns only the allowed response headers, plus x-mirakl-operation and no-store', async () => {
    const upstream = await startUpstream((_req, res) => {
      res
        .writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'attachment; filename="a.pdf"',
          'retry-after': '5',
          'last-modified': 'Tue, 01 Jul 2025 10:00:00 GMT',
          etag: '"v1"',
          'set-cookie': 'upstream-session=xyz; Path=/',
          'x-powered-by': 'Mirakl',
          'access-control-allow-origin': '*',
        })
        .end('{"shop_id":2001}');
    });
    const gateway = gatewayFor([shop(upstream.url)]);
    const response = await gateway(consoleRequest('/platform/shop-1/api/account'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-mirakl-operation')).toBe('A01');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.pdf"');
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('last-modified')).toBe('Tue, 01 Jul 2025 10:00:00 GMT');
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('x-gateway-error')).toBeNull();
    expect(await response.text()).toBe('{"shop_id":2001}');
  });

  it('passes an attachment (M13) through byte for byte, never to be sniffed or run as a page', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x10, 0x80]);
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-disposition': 'attachment; filename="a.png"' }).end(bytes);
    });
    const gateway = gatewayFor([shop(upstream.url)]);
    const response = await gateway(consoleRequest('/platform/shop-1/api/inbox/threads/att-1/download'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-mirakl-operation')).toBe('M13');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('forwards a multipart body byte for byte, with its content type', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    const boundary = '----console-boundary-7MA4YWxk';
    const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="message_input"\r\nContent-Type: application/json\r\n\r\n`),
      Buffer.from('{"body":"Bonjour, votre colis est parti. Ça arrive !"}'),
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="scan.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      binary,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const contentType = `multipart/form-data; boundary=${boundary}`;
    const response = await gateway(
      consoleRequest('/platform/shop-1/api/inbox/threads/thread-42/message', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-mirakl-operation')).toBe('M12');
    const [call] = upstream.received;
    expect(call?.method).toBe('POST');
    expect(call?.path).toBe('/api/inbox/threads/thread-42/message');
    expect(call?.headers['content-type']).toBe(contentType);
    expect(call?.body.equals(body)).toBe(true);
  });

  it('forwards a PUT JSON body (A02)', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    const json = JSON.stringify({ shop_state: 'OPEN', closed_from: null });
    const response = await gateway(
      consoleRequest('/platform/shop-1/api/account', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: json }),
    );
    expect(response.headers.get('x-mirakl-operation')).toBe('A02');
    expect(upstream.received[0]?.method).toBe('PUT');
    expect(upstream.received[0]?.body.toString('utf8')).toBe(json);
  });

  it('passes a 204 through with no body', async () => {
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(204).end();
    });
    const gateway = gatewayFor([shop(upstream.url)]);
    const response = await gateway(consoleRequest('/platform/shop-1/api/returns/accept', { method: 'PUT', body: '[]' }));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(response.headers.get('x-mirakl-operation')).toBe('RT21');
    expect(response.headers.get('x-gateway-error')).toBeNull();
  });

  it("passes the marketplace's own errors through unmarked", async () => {
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"status":400,"message":"Bad thread"}');
    });
    const gateway = gatewayFor([shop(upstream.url)]);
    const response = await gateway(consoleRequest('/platform/shop-1/api/inbox/threads/t-1'));
    expect(response.status).toBe(400);
    expect(response.headers.get('x-gateway-error')).toBeNull();
    expect(response.headers.get('x-mirakl-operation')).toBe('M10');
    expect(await response.json()).toEqual({ status: 400, message: 'Bad thread' });
  });

  it('does not follow a redirect (the key is never sent elsewhere)', async () => {
    const other = await startUpstream();
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(302, { location: `${other.url}/api/account` }).end();
    });
    const gateway = gatewayFor([shop(upstream.url)]);
    const response = await gateway(consoleRequest('/platform/shop-1/api/account'));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBeNull();
    expect(other.received).toHaveLength(0);
  });

  it('decodes the shop id in the path', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url, { id: 'shop one' })]);
    const response = await gateway(consoleRequest('/platform/shop%20one/api/account'));
    expect(response.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
  });
});

describe('gateway: refusals', () => {
  it('refuses a request without x-console-request: 1 (400 NOT_A_CONSOLE_REQUEST) and calls nothing', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    await expectGatewayError(await gateway(new Request(`${origin}/platform/shop-1/api/account`)), 400, 'NOT_A_CONSOLE_REQUEST');
    for (const value of ['0', 'true', '']) {
      const request = new Request(`${origin}/platform/shop-1/api/account`, { headers: { [consoleRequestHeaderName]: value } });
      await expectGatewayError(await gateway(request), 400, 'NOT_A_CONSOLE_REQUEST');
    }
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 404 UNKNOWN_SHOP for a shop that is not connected', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    await expectGatewayError(await gateway(consoleRequest('/platform/shop-2/api/account')), 404, 'UNKNOWN_SHOP');
    await expectGatewayError(await gateway(consoleRequest('/platform/')), 404, 'UNKNOWN_SHOP');
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 404 NOT_FOUND for a path outside the platform prefix', async () => {
    const gateway = gatewayFor([]);
    expect(platformPrefix).toBe('/platform/');
    await expectGatewayError(await gateway(consoleRequest('/api/account')), 404, 'NOT_FOUND');
  });

  it.each([
    ['DELETE', '/api/account'],
    ['POST', '/api/account'],
    ['GET', '/api/offers'],
    ['GET', '/api/accounts'],
    ['GET', '/api/account/'],
    ['PUT', '/api/inbox/threads'],
    ['GET', '/api/inbox/threads/../../offers'],
    ['GET', '/api/inbox/threads/%2e%2e/%2e%2e/offers'],
    ['GET', '/api/inbox/threads/..%2f..%2foffers'],
    ['GET', '/api/inbox/threads/a/b'],
    ['GET', '/api/orders/O-1/threads'],
    ['GET', ''],
  ])('answers 403 OPERATION_NOT_ALLOWED to %s %s and calls nothing', async (method, apiPath) => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)]);
    const response = await gateway(consoleRequest(`/platform/shop-1${apiPath}`, { method, body: method === 'GET' ? undefined : '{}' }));
    await expectGatewayError(response, 403, 'OPERATION_NOT_ALLOWED');
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 413 BODY_TOO_LARGE for a body over maxBodyBytes and calls nothing', async () => {
    const upstream = await startUpstream();
    const gateway = gatewayFor([shop(upstream.url)], { maxBodyBytes: 1024 });
    const path = '/platform/shop-1/api/inbox/threads/t-1/message';
    const tooBig = consoleRequest(path, { method: 'POST', body: new Uint8Array(1025) });
    await expectGatewayError(await gateway(tooBig), 413, 'BODY_TOO_LARGE');
    const declaredTooBig = consoleRequest(path, { method: 'POST', body: 'small', headers: { 'content-length': '999999' } });
    await expectGatewayError(await gateway(declaredTooBig), 413, 'BODY_TOO_LARGE');
    expect(upstream.received).toHaveLength(0);

    const justRight = await gateway(consoleRequest(path, { method: 'POST', body: new Uint8Array(1024).fill(7) }));
    expect(justRight.status).toBe(200);
    expect(upstream.received[0]?.body.length).toBe(1024);
  });
});

describe('gateway: upstream failures', () => {
  it('answers 502 UPSTREAM_UNREACHABLE when nothing listens', async () => {
    const port = await closedPort();
    const gateway = gatewayFor([shop(`http://127.0.0.1:${port}`)]);
    const response = await gateway(consoleRequest('/platform/shop-1/api/account'));
    await expectGatewayError(response, 502, 'UPSTREAM_UNREACHABLE');
  });

  it('says what failed without the key, and without the shop name (the console already shows which shop)', async () => {
    const port = await closedPort();
    const gateway = gatewayFor([shop(`http://127.0.0.1:${port}`)]);
    const body = (await (await gateway(consoleRequest('/platform/shop-1/api/account'))).json()) as { message: string };
    expect(body.message).toMatch(/^The marketplace could not be reached \(ECONNREFUSED\)\.$/);
    expect(body.message).not.toContain('Test shop');
    expect(body.message).not.toContain(shopKey);
  });

  it('answers 504 UPSTREAM_TIMEOUT when the marketplace never answers', async () => {
    const upstream = await startUpstream(() => {
      // never answers
    });
    const gateway = gatewayFor([shop(upstream.url)], { timeoutMs: 150 });
    const started = performance.now();
    const response = await gateway(consoleRequest('/platform/shop-1/api/account'));
    await expectGatewayError(response, 504, 'UPSTREAM_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(upstream.received).toHaveLength(1);
  });

  it('answers 504 when the headers come but the body stalls past the timeout', async () => {
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
    });
    const gateway = gatewayFor([shop(upstream.url)], { timeoutMs: 150 });
    await expectGatewayError(await gateway(consoleRequest('/platform/shop-1/api/account')), 504, 'UPSTREAM_TIMEOUT');
  });

  it('answers 502 (not a hang) when the marketplace dies mid-body', async () => {
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"threads":[', () => setTimeout(() => res.socket?.destroy(), 20));
    });
    const gateway = gatewayFor([shop(upstream.url)], { timeoutMs: 10_000 });
    const started = performance.now();
    const response = await gateway(consoleRequest('/platform/shop-1/api/inbox/threads'));
    await expectGatewayError(response, 502, 'UPSTREAM_UNREACHABLE');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('gatewayError', () => {
  it('builds the Mirakl error shape with code and marker header', async () => {
    const response = gatewayError(418, 'TEAPOT', 'Short and stout.');
    expect(response.status).toBe(418);
    expect(response.headers.get('x-gateway-error')).toBe('TEAPOT');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 418, message: 'Short and stout.', code: 'TEAPOT' });
  });
});
