// The search benchmark's page (bundled by test/bench/search.bench.ts, served on the gateway's
// origin): seeds a large cache through the data layer's write function (storeThreadsPage, as sync
// stores a page), from real M11 pages of the demo marketplace copied under new thread ids, then
// times searchThreads in Chromium's real IndexedDB. Exposes window.searchBench for page.evaluate.
import { z } from 'zod';
import { threadSchema } from '../../../shared/mirakl';
import { ConsoleDatabase } from '../../../renderer/src/data/db';
import { searchFold } from '../../../renderer/src/data/search-tokens';
import { storeThreadsPage } from '../../../renderer/src/data/thread-messages.queries';
import { searchThreads } from '../../../renderer/src/data/thread-search.queries';
import { listEnvelope, validatePage } from '../../../renderer/src/sync/payload-validation';
import { threadRecords, type ThreadRecords } from '../../../renderer/src/sync/thread-records';
import { downloadPages } from './profile';
import { deleteRawDatabase } from './raw-idb';
import type { BenchShop } from './sync-bench-api';

const threadsEnvelope = listEnvelope('data').extend({ next_page_token: z.string().nullish() });

/** What the page offers the Node side. */
export interface SearchBenchApi {
  /** Seeds `dbName` with `copies` copies of every shop's threads (new thread ids), 100 threads per storeThreadsPage. */
  seed(dbName: string, shops: BenchShop[], copies: number): Promise<{ ms: number; threads: number; messages: number; orderId: string }>;
  /** searchThreads with a limit, `runs` times on one connection (the first run opens the database). */
  first(dbName: string, shopIds: string[], query: string, limit: number, runs: number): Promise<{ ms: number[]; found: number }>;
  /** searchThreads without a limit (every match), once. */
  all(dbName: string, shopIds: string[], query: string): Promise<{ ms: number; found: number }>;
  /** Baseline: `limit` threadMessages records read with the bare IndexedDB API (getAll of a key range), `runs` times. */
  bareRead(dbName: string, shopIds: string[], limit: number, runs: number): Promise<{ ms: number[] }>;
  /** Baseline: search without an index, every thread's messages folded and scanned (the search before issue 15), once. */
  scan(dbName: string, query: string): Promise<{ ms: number; found: number }>;
  deleteDatabase(name: string): Promise<void>;
}

declare global {
  interface Window {
    searchBench: SearchBenchApi;
  }
}

function copyOf(records: ThreadRecords, copy: number): ThreadRecords {
  if (copy === 0) return records;
  const id = `${records.thread.id}~${copy}`;
  return {
    thread: { ...records.thread, id },
    messages: records.messages.map((m) => ({ ...m, threadId: id })),
    attachments: records.attachments.map((a) => ({ ...a, id: `${a.id}~${copy}` })),
  };
}

const api: SearchBenchApi = {
  async seed(dbName, shops, copies) {
    const pages = await downloadPages(shops);
    const receivedAt = new Date().toISOString();
    const perPage = pages.map(({ shop, payload }) =>
      validatePage(payload, threadsEnvelope, (p) => p.data, threadSchema, { shopId: shop.id, kind: 'thread', receivedAt }).valid.map((t) =>
        threadRecords(shop.id, shop.market, t),
      ),
    );
    const db = new ConsoleDatabase(dbName);
    await db.open();
    let threads = 0;
    let messages = 0;
    const started = performance.now();
    for (let copy = 0; copy < copies; copy += 1) {
      for (const page of perPage) {
        const batch = page.map((r) => copyOf(r, copy));
        await storeThreadsPage(db, batch);
        threads += batch.length;
        messages += batch.reduce((n, r) => n + r.messages.length, 0);
      }
    }
    const ms = performance.now() - started;
    db.close();
    const orderId = perPage.flat().find((r) => r.thread.orderId)?.thread.orderId ?? '';
    return { ms, threads, messages, orderId };
  },

  async first(dbName, shopIds, query, limit, runs) {
    const db = new ConsoleDatabase(dbName);
    const ms: number[] = [];
    let found = 0;
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      found = (await searchThreads(db, shopIds, query, { limit })).size;
      ms.push(performance.now() - started);
    }
    db.close();
    return { ms, found };
  },

  async all(dbName, shopIds, query) {
    const db = new ConsoleDatabase(dbName);
    await db.open();
    const started = performance.now();
    const found = (await searchThreads(db, shopIds, query)).size;
    const ms = performance.now() - started;
    db.close();
    return { ms, found };
  },

  async bareRead(dbName, shopIds, limit, runs) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const ms: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const request = db
          .transaction('threadMessages', 'readonly')
          .objectStore('threadMessages')
          .getAll(IDBKeyRange.lowerBound([shopIds[i % shopIds.length] ?? '']), limit);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      ms.push(performance.now() - started);
    }
    db.close();
    return { ms };
  },

  async scan(dbName, query) {
    const db = new ConsoleDatabase(dbName);
    await db.open();
    const term = searchFold(query);
    let found = 0;
    const started = performance.now();
    await db.threadMessages.each((record) => {
      if (record.messages.some((m) => searchFold(m.body).includes(term))) found += 1;
    });
    const ms = performance.now() - started;
    db.close();
    return { ms, found };
  },

  deleteDatabase: (name) => deleteRawDatabase(name),
};

window.searchBench = api;
