// The shop store over a real file in a temporary directory: persistence, encrypted keys, damaged
// files that are never overwritten, and the directory over demo + stored shops.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicTextFile, memoryTextFile } from '../storage/atomic-file';
import type { ShopConnection } from './shop-connection';
import { createShopDirectory, createShopStore, plainSecretBox, type SecretBox } from './shop-store';

/** A SecretBox that really transforms the key (reversed, prefixed), so clear text is detectable. */
const reversingBox: SecretBox = {
  kind: 'test-reverse',
  encrypt: (plain) => `enc:${[...plain].reverse().join('')}`,
  decrypt: (stored) => {
    if (!stored.startsWith('enc:')) throw new Error('not encrypted by this box');
    return [...stored.slice(4)].reverse().join('');
  },
};

const key = 'KEY-0123456789-abcdef';

const newShop = {
  label: 'Ma boutique',
  market: 'FR',
  baseUrl: 'https://example.mirakl.net',
  key,
  miraklShopId: 2001,
};

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shop-store-test-'));
  path = join(dir, 'data', 'shops.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function ids(...values: string[]): () => string {
  let i = 0;
  return () => values[i++] ?? `id-${i}`;
}

function storeAt(file: string, secrets: SecretBox = reversingBox, newId = ids('shop-a', 'shop-b', 'shop-c')) {
  return createShopStore(atomicTextFile(file, { temporaryPath: () => `${file}.fixed.tmp` }), secrets, newId);
}

describe('createShopStore', () => {
  it('lists nothing when no file exists', async () => {
    expect(await storeAt(path).list()).toEqual([]);
  });

  it('round-trips add, list and remove through a new store instance', async () => {
    const added = await storeAt(path).add(newShop);
    expect(added).toEqual({ ...newShop, id: 'shop-a', kind: 'mirakl' });
    await storeAt(path, reversingBox, ids('shop-b')).add({ ...newShop, label: 'Second', miraklShopId: null, key: 'OTHER-KEY-999' });

    const reopened = storeAt(path);
    expect(await reopened.list()).toEqual([
      { ...newShop, id: 'shop-a', kind: 'mirakl' },
      { ...newShop, id: 'shop-b', label: 'Second', miraklShopId: null, key: 'OTHER-KEY-999', kind: 'mirakl' },
    ]);

    expect(await reopened.remove('shop-a')).toBe(true);
    expect(await reopened.remove('shop-a')).toBe(false);
    expect(await reopened.remove('nope')).toBe(false);
    const afterRemove = await storeAt(path).list();
    expect(afterRemove.map((s) => s.id)).toEqual(['shop-b']);
  });

  it('never stores the key in clear', async () => {
    await storeAt(path).add(newShop);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain(reversingBox.encrypt(key));
    const json = JSON.parse(text) as { version: number; shops: Array<Record<string, unknown>> };
    expect(json.version).toBe(1);
    expect(json.shops[0]).toMatchObject({ id: 'shop-a', secretKind: 'test-reverse', key: reversingBox.encrypt(key) });
    expect(json.shops[0]).not.toHaveProperty('kind');
  });

  it('writes the file with mode 0600', async () => {
    await storeAt(path).add(newShop);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('works with plainSecretBox (base64, not the clear key)', async () => {
    await storeAt(path, plainSecretBox).add(newShop);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain(Buffer.from(key).toString('base64'));
    expect((await storeAt(path, plainSecretBox).list())[0]?.key).toBe(key);
  });

  it('gives a clear error for a key saved with another kind of secret storage', async () => {
    await storeAt(path, reversingBox).add(newShop);
    const before = await readFile(path);
    const other = storeAt(path, plainSecretBox);
    await expect(other.list()).rejects.toThrow(
      'The key of shop "Ma boutique" was saved with test-reverse storage and cannot be read here.',
    );
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it.each([
    ['not JSON', '{"version":1,"shops":[', /damaged \(not JSON\)/],
    ['empty', '', /damaged \(not JSON\)/],
    ['a wrong version', '{"version":2,"shops":[]}', /unexpected shape/],
    ['shops not an array', '{"version":1,"shops":{}}', /unexpected shape/],
    [
      'a shop missing its key',
      '{"version":1,"shops":[{"id":"a","label":"x","market":"FR","baseUrl":"https://x","miraklShopId":null,"secretKind":"test-reverse"}]}',
      /unexpected shape/,
    ],
    ['JSON null', 'null', /unexpected shape/],
  ])('a damaged file (%s) makes list reject, and add/remove leave it byte for byte', async (_name, content, message) => {
    await mkdir(join(dir, 'data'));
    await writeFile(path, content);
    const before = await readFile(path);
    const store = storeAt(path);
    await expect(store.list()).rejects.toThrow(message);
    await expect(store.add(newShop)).rejects.toThrow(message);
    await expect(store.remove('a')).rejects.toThrow(message);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('a failed write rejects and leaves the previous shops intact', async () => {
    const store = storeAt(path);
    await store.add(newShop);
    const before = await readFile(path);
    // A directory where the atomic write's temporary file goes: fails even for root.
    await mkdir(`${path}.fixed.tmp`);
    await expect(store.add({ ...newShop, label: 'Lost' })).rejects.toThrow();
    await expect(store.remove('shop-a')).rejects.toThrow();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await storeAt(path).list()).map((s) => s.label)).toEqual(['Ma boutique']);
  });

  it('uses newId for each added shop', async () => {
    const store = createShopStore(memoryTextFile(), reversingBox, ids('x1', 'x2'));
    expect((await store.add(newShop)).id).toBe('x1');
    expect((await store.add(newShop)).id).toBe('x2');
    expect((await store.list()).map((s) => s.id)).toEqual(['x1', 'x2']);
  });
});

describe('createShopDirectory', () => {
  const demo: ShopConnection = {
    id: 'demo-fr',
    label: 'Demo FR',
    market: 'FR',
    baseUrl: 'http://127.0.0.1:4000',
    key: 'demo-key',
    miraklShopId: 1,
    kind: 'demo',
  };

  it('lists the demo shops first, then the stored ones, and finds each by id', async () => {
    const store = storeAt(path);
    await store.add(newShop);
    const shops = createShopDirectory([demo], storeAt(path));
    expect((await shops.list()).map((s) => [s.id, s.kind])).toEqual([
      ['demo-fr', 'demo'],
      ['shop-a', 'mirakl'],
    ]);
    expect(await shops.get('demo-fr')).toEqual(demo);
    expect(await shops.get('shop-a')).toEqual({ ...newShop, id: 'shop-a', kind: 'mirakl' });
    expect(await shops.get('unknown')).toBeUndefined();
  });

  it('sees shops added to the store after it was created', async () => {
    const store = storeAt(path);
    const shops = createShopDirectory([demo], store);
    expect(await shops.get('shop-a')).toBeUndefined();
    await store.add(newShop);
    expect((await shops.get('shop-a'))?.key).toBe(key);
    expect(await shops.list()).toHaveLength(2);
  });

  it('finds a demo shop even when the stored file is damaged', async () => {
    await mkdir(join(dir, 'data'));
    await writeFile(path, 'garbage');
    const shops = createShopDirectory([demo], storeAt(path));
    expect(await shops.get('demo-fr')).toEqual(demo);
    await expect(shops.list()).rejects.toThrow(/damaged/);
  });
});
