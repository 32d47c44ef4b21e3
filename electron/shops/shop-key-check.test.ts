// Checking a shop key with one A01 call against a real local server.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HandlerError } from '../ipc/ipc-dispatcher';
import { checkShopKey } from './shop-key-check';
import { closeServer, listenOnLoopback } from '../../test/support/loopback-server';

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});

const listen = listenOnLoopback;

async function marketplace(respond: (res: ServerResponse, seen: Seen) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const entry = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers };
    seen.push(entry);
    respond(res, entry);
  });
  servers.push(server);
  const port = await listen(server);
  return { baseUrl: `http://127.0.0.1:${port}`, seen };
}

function answer(status: number) {
  return (res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status, message: 'x' }));
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HandlerError);
    expect((error as HandlerError).message.length).toBeGreaterThan(0);
    return (error as HandlerError).code;
  }
  throw new Error('expected checkShopKey to reject');
}

describe('checkShopKey', () => {
  it('passes on 200, calling GET /api/account with the key as Authorization', async () => {
    const { baseUrl, seen } = await marketplace(answer(200));
    await expect(checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: null })).resolves.toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.path).toBe('/api/account');
    expect(seen[0]?.headers.authorization).toBe('good-key-123');
    expect(seen[0]?.headers.accept).toBe('application/json');
    expect(seen[0]?.query.has('shop_id')).toBe(false);
  });

  it('sends shop_id when given', async () => {
    const { baseUrl, seen } = await marketplace(answer(200));
    await checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: 2001 });
    expect(seen[0]?.query.getAll('shop_id')).toEqual(['2001']);
  });

  it.each([401, 403])('answers INVALID_KEY to %i', async (status) => {
    const { baseUrl } = await marketplace(answer(status));
    expect(await codeOf(checkShopKey({ baseUrl, key: 'bad-key-123', miraklShopId: null }))).toBe('INVALID_KEY');
  });

  it.each([500, 404, 400])('answers UNEXPECTED_ANSWER to %i, naming the status', async (status) => {
    const { baseUrl } = await marketplace(answer(status));
    const promise = checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: null });
    await expect(promise).rejects.toThrow(String(status));
    expect(await codeOf(checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: null }))).toBe('UNEXPECTED_ANSWER');
  });

  it('does not follow a redirect: UNEXPECTED_ANSWER, and the key goes nowhere else', async () => {
    const other = await marketplace(answer(200));
    const { baseUrl } = await marketplace((res) => {
      res.writeHead(302, { location: `${other.baseUrl}/api/account` }).end();
    });
    expect(await codeOf(checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: null }))).toBe('UNEXPECTED_ANSWER');
    expect(other.seen).toHaveLength(0);
  });

  it('answers UNREACHABLE when nothing listens, naming the address', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const baseUrl = `http://127.0.0.1:${port}`;
    const promise = checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: null });
    await expect(promise).rejects.toThrow(baseUrl);
    expect(await codeOf(checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: null }))).toBe('UNREACHABLE');
  });

  it('answers UNREACHABLE when the marketplace does not answer in time', async () => {
    const { baseUrl } = await marketplace(() => {
      // never answers
    });
    const started = performance.now();
    expect(await codeOf(checkShopKey({ baseUrl, key: 'good-key-123', miraklShopId: null }, fetch, 150))).toBe('UNREACHABLE');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(null, { status: 200 });
    };
    await checkShopKey({ baseUrl: 'https://example.mirakl.net', key: 'k-12345678', miraklShopId: 7 }, fakeFetch);
    expect(calls).toEqual(['https://example.mirakl.net/api/account?shop_id=7']);
  });
});
