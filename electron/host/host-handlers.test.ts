// The host's IPC handlers over an in-memory store, with a real local server standing in for a
// marketplace's A01 (shop information) endpoint. Calls go through the real dispatcher, so inputs are
// parsed as they are in the app.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcDispatcher } from '../ipc/ipc-dispatcher';
import type { ShopConnection } from '../shops/shop-connection';
import { createShopDirectory, createShopStore, plainSecretBox } from '../shops/shop-store';
import { memoryTextFile } from '../storage/atomic-file';
import { createHostHandlers } from './host-handlers';

const goodKey = 'GOOD-KEY-0123456789';

interface A01Call {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

let server: Server;
let baseUrl: string;
let calls: A01Call[];

beforeEach(async () => {
  calls = [];
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    calls.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    if (url.pathname !== '/api/account') {
      res.writeHead(404).end();
    } else if (req.headers.authorization === goodKey) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"shop_id":2001,"shop_name":"Ma boutique"}');
    } else {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"status":401,"message":"Unauthorized"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const demoShop: ShopConnection = {
  id: 'demo-fr',
  label: 'Demo FR',
  market: 'FR',
  baseUrl: 'http://127.0.0.1:1',
  key: 'DEMO-SECRET-KEY',
  miraklShopId: 1,
  kind: 'demo',
};

function setup() {
  const file = memoryTextFile();
  let n = 0;
  const store = createShopStore(file, plainSecretBox, () => `shop-${++n}`);
  const directory = createShopDirectory([demoShop], store);
  const handlers = createHostHandlers({ mode: 'web', version: '9.8.7', demo: true, directory, store });
  const log: unknown[] = [];
  const dispatch = createIpcDispatcher(handlers, (_message, error) => log.push(error));
  return { file, store, directory, handlers, dispatch, log };
}

function connectInput(overrides: Record<string, unknown> = {}) {
  return { label: 'Ma boutique', baseUrl, key: goodKey, miraklShopId: 2001, market: 'fr', ...overrides };
}

describe('app:info', () => {
  it('describes the host', async () => {
    const { dispatch } = setup();
    expect(await dispatch('app:info', {})).toEqual({ ok: true, value: { mode: 'web', version: '9.8.7', demo: true } });
  });

  it('reports desktop mode without the demo when so configured', async () => {
    const store = createShopStore(memoryTextFile(), plainSecretBox, () => 'x');
    const handlers = createHostHandlers({
      mode: 'desktop',
      version: '1.0.0',
      demo: false,
      directory: createShopDirectory([], store),
      store,
    });
    expect(await handlers['app:info']({})).toEqual({ mode: 'desktop', version: '1.0.0', demo: false });
  });
});

describe('shops:connect', () => {
  it('checks the key with A01, then stores the shop and returns its summary without the key', async () => {
    const { dispatch, store, file } = setup();
    const result = await dispatch('shops:connect', connectInput());
    expect(result).toEqual({
      ok: true,
      value: { id: 'shop-1', label: 'Ma boutique', market: 'FR', baseUrl, miraklShopId: 2001, kind: 'mirakl' },
    });
    expect(JSON.stringify(result)).not.toContain(goodKey);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.path).toBe('/api/account');
    expect(calls[0]?.headers.authorization).toBe(goodKey);
    expect(calls[0]?.query.get('shop_id')).toBe('2001');
    expect(await store.list()).toEqual([
      { id: 'shop-1', label: 'Ma boutique', market: 'FR', baseUrl, key: goodKey, miraklShopId: 2001, kind: 'mirakl' },
    ]);
    expect(file.text).not.toBeNull();
    expect(file.text).not.toContain(goodKey);
  });

  it('strips trailing slashes from baseUrl, before checking and before storing', async () => {
    const { dispatch, store } = setup();
    const result = await dispatch('shops:connect', connectInput({ baseUrl: `${baseUrl}//`, miraklShopId: null }));
    expect(result).toMatchObject({ ok: true, value: { baseUrl } });
    expect(calls[0]?.path).toBe('/api/account');
    expect(calls[0]?.query.has('shop_id')).toBe(false);
    expect((await store.list())[0]?.baseUrl).toBe(baseUrl);
  });

  it('stores nothing when the marketplace refuses the key (INVALID_KEY)', async () => {
    const { dispatch, store, file } = setup();
    const result = await dispatch('shops:connect', connectInput({ key: 'WRONG-KEY-0000' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_KEY' } });
    expect(JSON.stringify(result)).not.toContain('WRONG-KEY-0000');
    expect(calls).toHaveLength(1);
    expect(await store.list()).toEqual([]);
    expect(file.text).toBeNull();
  });

  it('stores nothing when the marketplace cannot be reached (UNREACHABLE)', async () => {
    const { dispatch, store, file } = setup();
    const closedPort = (server.address() as AddressInfo).port;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const result = await dispatch('shops:connect', connectInput({ baseUrl: `http://127.0.0.1:${closedPort}` }));
    expect(result).toMatchObject({ ok: false, error: { code: 'UNREACHABLE' } });
    expect(await store.list()).toEqual([]);
    expect(file.text).toBeNull();
    // Reopen something on a fresh port so afterEach has a server to close.
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  });

  it('stores nothing and calls nothing for an invalid input', async () => {
    const { dispatch, file } = setup();
    const result = await dispatch('shops:connect', connectInput({ baseUrl: 'http://evil.example.com' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(calls).toHaveLength(0);
    expect(file.text).toBeNull();
  });

  it('uses the fetch it is given for the key check', async () => {
    const store = createShopStore(memoryTextFile(), plainSecretBox, () => 'shop-x');
    const seen: string[] = [];
    const handlers = createHostHandlers({
      mode: 'desktop',
      version: '1',
      demo: false,
      directory: createShopDirectory([], store),
      store,
      fetch: async (input) => {
        seen.push(String(input));
        return new Response('{}', { status: 200 });
      },
    });
    const summary = await handlers['shops:connect']({
      label: 'L',
      baseUrl: 'https://m.example.net/',
      key: 'k-12345678',
      miraklShopId: 5,
      market: 'DE',
    });
    expect(seen).toEqual(['https://m.example.net/api/account?shop_id=5']);
    expect(summary).toEqual({ id: 'shop-x', label: 'L', market: 'DE', baseUrl: 'https://m.example.net', miraklShopId: 5, kind: 'mirakl' });
    expect(summary).not.toHaveProperty('key');
  });
});

describe('shops:list', () => {
  it('lists the demo and the connected shops, never with keys', async () => {
    const { dispatch } = setup();
    await dispatch('shops:connect', connectInput());
    const result = await dispatch('shops:list', {});
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect((result.value as Array<{ id: string; kind: string }>).map((s) => [s.id, s.kind])).toEqual([
        ['demo-fr', 'demo'],
        ['shop-1', 'mirakl'],
      ]);
      for (const shop of result.value as object[]) expect(shop).not.toHaveProperty('key');
    }
    expect(JSON.stringify(result)).not.toContain(goodKey);
    expect(JSON.stringify(result)).not.toContain(demoShop.key);
  });
});

describe('shops:disconnect', () => {
  it('removes a connected shop', async () => {
    const { dispatch, store } = setup();
    await dispatch('shops:connect', connectInput());
    expect(await dispatch('shops:disconnect', { id: 'shop-1' })).toEqual({ ok: true, value: null });
    expect(await store.list()).toEqual([]);
  });

  it('refuses a demo shop with DEMO_SHOP', async () => {
    const { dispatch, directory } = setup();
    expect(await dispatch('shops:disconnect', { id: 'demo-fr' })).toMatchObject({ ok: false, error: { code: 'DEMO_SHOP' } });
    expect(await directory.get('demo-fr')).toEqual(demoShop);
  });

  it('refuses an unknown id with UNKNOWN_SHOP, and a second disconnect too', async () => {
    const { dispatch } = setup();
    expect(await dispatch('shops:disconnect', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_SHOP' } });
    await dispatch('shops:connect', connectInput());
    expect(await dispatch('shops:disconnect', { id: 'shop-1' })).toMatchObject({ ok: true });
    expect(await dispatch('shops:disconnect', { id: 'shop-1' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_SHOP' } });
  });
});

describe('desktop channels in web mode', () => {
  it('drops attention reports, has no settings and refuses to change them, and never has a thread to open', async () => {
    const { dispatch } = setup();
    const report = { overdue: 1, dueSoon: 0, threads: [], texts: { badge: 'b', dueSoon: 'd', takenOver: 't', several: 's' } };
    expect(await dispatch('desktop:attention', report)).toEqual({ ok: true, value: null });
    expect(await dispatch('desktop:settings', {})).toEqual({
      ok: true,
      value: { available: false, startAtLogin: false, notifyLeadMinutes: 0 },
    });
    expect(await dispatch('desktop:settings:set', { startAtLogin: true })).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE' } });
    expect(await dispatch('desktop:take-open-thread', {})).toEqual({ ok: true, value: null });
  });

  it('refuses an attention report carrying more than the contract allows (e.g. a buyer name field)', async () => {
    const { dispatch } = setup();
    const thread = { shopId: 's', threadId: 't', shopLabel: 'S', dueAtMs: null, takenOver: false, buyerName: 'Jan Kowalski' };
    const report = { overdue: 0, dueSoon: 0, threads: [thread], texts: { badge: 'b', dueSoon: 'd', takenOver: 't', several: 's' } };
    expect(await dispatch('desktop:attention', report)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
