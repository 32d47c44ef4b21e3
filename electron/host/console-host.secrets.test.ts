// Where the console host keeps connected shops, by secret box: a session-only box (no real keychain)
// writes nothing to the data directory and says 'session'; a disk box writes the encrypted key.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionSecretBox } from '../main/safe-storage-box';
import { plainSecretBox, type SecretBox } from '../shops/shop-store';
import { keyStorageOf, startConsoleHost } from './console-host';

const key = 'SESSION-ONLY-KEY-0123456789';
let server: Server;
let baseUrl: string;
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'console-host-secrets-'));
  server = createServer((req, res) => {
    if (req.headers.authorization === key) res.writeHead(200, { 'content-type': 'application/json' }).end('{"shop_id":7,"shop_name":"S"}');
    else res.writeHead(401).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dataDir, { recursive: true, force: true });
});

async function hostWith(secrets: SecretBox) {
  return startConsoleHost({
    mode: 'desktop',
    version: '1.0.0',
    dataDir,
    secrets,
    files: { read: async () => null },
    demo: null,
    log: () => undefined,
  });
}

const connect = () => ({ label: 'Shop', baseUrl, key, miraklShopId: 7, market: 'PL' });

describe('startConsoleHost secrets', () => {
  it('keeps shops connected with a session-only box in memory: usable now, nothing on disk', async () => {
    const host = await hostWith(sessionSecretBox);
    expect(await host.dispatch('app:info', {})).toMatchObject({ ok: true, value: { keyStorage: 'session' } });
    expect(await host.dispatch('shops:connect', connect())).toMatchObject({ ok: true });
    expect(await host.dispatch('shops:list', {})).toMatchObject({ ok: true, value: [{ label: 'Shop' }] });
    expect(await readdir(dataDir)).toEqual([]);
    await host.close();
    const again = await hostWith(sessionSecretBox);
    expect(await again.dispatch('shops:list', {})).toEqual({ ok: true, value: [] });
    await again.close();
  });

  it('writes the shop file, without the clear key, with a persistent box', async () => {
    const host = await hostWith(plainSecretBox);
    expect(await host.dispatch('app:info', {})).toMatchObject({ ok: true, value: { keyStorage: 'file' } });
    expect(await host.dispatch('shops:connect', connect())).toMatchObject({ ok: true });
    const text = await readFile(join(dataDir, 'shops.json'), 'utf8');
    expect(text).toContain('Shop');
    expect(text).not.toContain(key);
    await host.close();
  });

  it('names the storage of each kind of box', () => {
    expect(keyStorageOf(sessionSecretBox)).toBe('session');
    expect(keyStorageOf(plainSecretBox)).toBe('file');
    expect(keyStorageOf({ kind: 'safeStorage', encrypt: (s) => s, decrypt: (s) => s })).toBe('keychain');
  });
});
