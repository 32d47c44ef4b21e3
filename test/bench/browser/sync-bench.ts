// The sync benchmark's page (bundled by test/bench/sync.bench.ts with vite, served by a console
// host on the same origin as the gateway): the renderer's real sync engine, Dexie database and ky
// client, run in Chromium's real IndexedDB. Exposes window.syncBench for page.evaluate.
import { createPlatform } from '../../../renderer/src/api/platform';
import { platformHttp } from '../../../renderer/src/api/platform-client';
import { ConsoleDatabase } from '../../../renderer/src/data/db';
import type { AttachmentRecord, MessageRecord, SyncKind } from '../../../renderer/src/data/records';
import { syncPasses } from '../../../renderer/src/sync/sync.scheduler';
import type { SyncPlatform } from '../../../renderer/src/sync/sync-platform';
import { syncThreads } from '../../../renderer/src/sync/threads.sync';
import { spiedPlatform } from '../../support/platform-spy';
import { profileThreadsSync } from './profile';
import { deleteRawDatabase, openRawDatabase, writeRawBatches, type RawBatch } from './raw-idb';
import type { BenchShop, PassesResult, SyncBenchApi } from './sync-bench-api';

declare global {
  interface Window {
    syncBench: SyncBenchApi;
  }
}

const now = (): Date => new Date();

/** The app's marketplace client (ky through the gateway, the console header), counting requests per shop. */
function countingPlatform(): { platform: SyncPlatform; requests: Record<string, number> } {
  const requests: Record<string, number> = {};
  const platform = spiedPlatform(createPlatform(platformHttp, now), (shopId) => {
    requests[shopId] = (requests[shopId] ?? 0) + 1;
  });
  return { requests, platform };
}

let loaded: RawBatch[] = [];

const api: SyncBenchApi = {
  async initialSync(dbName, shops) {
    const db = new ConsoleDatabase(dbName);
    await db.open();
    const { platform, requests } = countingPlatform();
    let quarantined = 0;
    const started = performance.now();
    for (const shop of shops) quarantined += (await syncThreads({ db, platform, now }, shop)).quarantined;
    const ms = performance.now() - started;
    const result = {
      ms,
      threads: await db.threads.count(),
      messages: await db.messages.count(),
      attachments: await db.attachments.count(),
      quarantined,
      requests,
    };
    db.close();
    return result;
  },

  async loadRecords(fromDb, shops, pageSize) {
    const db = new ConsoleDatabase(fromDb);
    const batches: RawBatch[] = [];
    for (const shop of shops) {
      // In the order M11 serves them (newest first), one batch per page as the engine stores them.
      const threads = await db.threads.where('[shopId+dateUpdated]').between([shop.id, ''], [shop.id, '\uffff']).reverse().toArray();
      const messages = groupByThread(
        await db.messages.where('[shopId+threadId+dateCreated]').between([shop.id, '', ''], [shop.id, '\uffff', '\uffff']).toArray(),
      );
      const attachments = groupByThread(
        await db.attachments.where('[shopId+threadId]').between([shop.id, ''], [shop.id, '\uffff']).toArray(),
      );
      for (let i = 0; i < threads.length; i += pageSize) {
        const page = threads.slice(i, i + pageSize);
        batches.push({
          threads: page,
          messages: page.flatMap((t) => messages.get(t.id) ?? []),
          attachments: page.flatMap((t) => attachments.get(t.id) ?? []),
          cursor: { shopId: shop.id, kind: 'threads', pendingPageToken: `page-${i}`, pendingCount: i + page.length },
        });
      }
    }
    db.close();
    loaded = batches;
    return {
      batches: batches.length,
      threads: batches.reduce((n, b) => n + b.threads.length, 0),
      messages: batches.reduce((n, b) => n + b.messages.length, 0),
      attachments: batches.reduce((n, b) => n + b.attachments.length, 0),
    };
  },

  async rawWrite(dbName) {
    const db = await openRawDatabase(dbName);
    const started = performance.now();
    const transactions = await writeRawBatches(db, loaded);
    const ms = performance.now() - started;
    db.close();
    return {
      ms,
      transactions,
      threads: loaded.reduce((n, b) => n + b.threads.length, 0),
      messages: loaded.reduce((n, b) => n + b.messages.length, 0),
      attachments: loaded.reduce((n, b) => n + b.attachments.length, 0),
    };
  },

  async passes(dbName, shops, kinds) {
    const db = new ConsoleDatabase(dbName);
    await db.open();
    const result: PassesResult = { ms: {}, requests: {}, stored: {} };
    for (const kind of kinds as SyncKind[]) {
      const { platform, requests } = countingPlatform();
      let stored = 0;
      const started = performance.now();
      for (const shop of shops) stored += (await syncPasses[kind]({ db, platform, now }, shop)).stored;
      result.ms[kind] = performance.now() - started;
      result.requests[kind] = requests;
      result.stored[kind] = stored;
    }
    db.close();
    return result;
  },

  profile: (shops: BenchShop[]) => profileThreadsSync(shops),

  async deleteDatabase(name) {
    await deleteRawDatabase(name);
  },
};

function groupByThread<T extends MessageRecord | AttachmentRecord>(records: T[]): Map<string, T[]> {
  const byThread = new Map<string, T[]>();
  for (const record of records) {
    const list = byThread.get(record.threadId);
    if (list) list.push(record);
    else byThread.set(record.threadId, [record]);
  }
  return byThread;
}

window.syncBench = api;
