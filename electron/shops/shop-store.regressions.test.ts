// Regression tests of bugs found by the host tests and fixed in d12b4dd: each states the behaviour that was wrong before.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { atomicTextFile, memoryTextFile } from '../storage/atomic-file';
import { createShopStore, plainSecretBox } from './shop-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shop-store-bug-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const shop = { label: 'L', market: 'FR', baseUrl: 'https://m.example.net', key: 'k-12345678', miraklShopId: null };

it('keeps every shop when adds run concurrently (file on disk)', async () => {
  let n = 0;
  const store = createShopStore(atomicTextFile(join(dir, 'shops.json')), plainSecretBox, () => `shop-${++n}`);
  const results = await Promise.allSettled([store.add(shop), store.add(shop), store.add(shop)]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
  expect((await store.list()).map((s) => s.id).sort()).toEqual(['shop-1', 'shop-2', 'shop-3']);
});

it('keeps every shop when adds run concurrently (in memory)', async () => {
  let n = 0;
  const store = createShopStore(memoryTextFile(), plainSecretBox, () => `shop-${++n}`);
  await Promise.all([store.add(shop), store.add(shop)]);
  expect((await store.list()).map((s) => s.id).sort()).toEqual(['shop-1', 'shop-2']);
});
