// The sync benchmark's page (bundled by test/bench/sync.bench.ts with vite, served by a console
// host on the same origin as the gateway): the renderer's real sync engine, Dexie database and ky
// client, run in Chromium's real IndexedDB. Exposes window.syncBench for page.evaluate.
import { createPlatform } from '../../../renderer/src/api/platform';
import { platformHttp } from '../../../renderer/src/api/platform-client';
import { ConsoleDatabase } from '../../../renderer/src/data/db';
import { searchSegments } from '../../../renderer/src/data/search-segments';
import type { SyncKind, ThreadMessagesRecord } from '../../../renderer/src/data/records';
import { syncPasses } from '../../../renderer/src/sync/sync.scheduler';
import type { SyncPlatform } from '../../../renderer/src/sync/sync-platform';
import { syncThreads } from '../../../renderer/src/sync/threads.sync';
import { spiedPlatform } from '../../support/platform-spy';
import { downloadPages, profileThreadsSync } from './profile';
import { deleteRawDatabase, openRawDatabase, writeRawBatches, type RawBatch } from './raw-idb';
import type { BenchShop, LongTasks, PassesResult, SyncBenchApi, TypingResult } from './sync-bench-api';

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
let typing: (() => TypingResult) | null = null;

/** Records the page's long tasks until `stop` (which answers their count, longest and sum). */
function recordLongTasks(): { stop: () => LongTasks } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      durations.push(...observer.takeRecords().map((e) => e.duration));
      observer.disconnect();
      return { count: durations.length, maxMs: Math.max(0, ...durations), totalMs: durations.reduce((a, b) => a + b, 0) };
    },
  };
}

const api: SyncBenchApi = {
  async initialSync(dbName, shops) {
    const db = new ConsoleDatabase(dbName);
    await db.open();
    const { platform, requests } = countingPlatform();
    let quarantined = 0;
    const longTasks = recordLongTasks();
    const started = performance.now();
    for (const shop of shops) quarantined += (await syncThreads({ db, platform, now }, shop)).quarantined;
    const ms = performance.now() - started;
    // Entries are delivered after the task that ends them: give the observer a turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = {
      ms,
      threads: await db.threads.count(),
      messages: await countMessages(db),
      attachments: await countAttachments(db),
      quarantined,
      requests,
      longTasks: longTasks.stop(),
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
      const messages = new Map(
        (await db.threadMessages.where(':id').between([shop.id], [shop.id, []]).toArray()).map((r) => [r.threadId, r]),
      );
      for (let i = 0; i < threads.length; i += pageSize) {
        const page = threads.slice(i, i + pageSize);
        batches.push({
          threads: page,
          threadMessages: page.flatMap((t) => messages.get(t.id) ?? []),
          searchSegments: searchSegments(
            page.flatMap((t) => messages.get(t.id) ?? []),
            [],
          ),
          cursor: { shopId: shop.id, kind: 'threads', pendingPageToken: `page-${i}`, pendingCount: i + page.length },
        });
      }
    }
    db.close();
    loaded = batches;
    return {
      batches: batches.length,
      threads: batches.reduce((n, b) => n + b.threads.length, 0),
      messages: batches.reduce((n, b) => n + messagesIn(b), 0),
      attachments: batches.reduce((n, b) => n + attachmentsIn(b), 0),
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
      messages: loaded.reduce((n, b) => n + messagesIn(b), 0),
      attachments: loaded.reduce((n, b) => n + attachmentsIn(b), 0),
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

  async download(shops) {
    const started = performance.now();
    const pages = await downloadPages(shops);
    return { ms: performance.now() - started, pages: pages.length };
  },

  startTyping() {
    const area = document.createElement('textarea');
    area.id = 'composer';
    document.body.append(area);
    area.focus();
    const events: PerformanceEventTiming[] = [];
    const observer = new PerformanceObserver((list) => events.push(...(list.getEntries() as PerformanceEventTiming[])));
    observer.observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    let keys = 0;
    area.addEventListener('keydown', () => {
      keys += 1;
    });
    const longTasks = recordLongTasks();
    typing = () => {
      events.push(...(observer.takeRecords() as PerformanceEventTiming[]));
      observer.disconnect();
      area.remove();
      return {
        keys,
        maxEventMs: events.reduce((max, e) => Math.max(max, e.duration), 0),
        eventsOver50: events.filter((e) => e.duration > 50).length,
        longTasks: longTasks.stop(),
      };
    };
  },

  typingResult() {
    if (!typing) throw new Error('startTyping was not called.');
    const result = typing();
    typing = null;
    return result;
  },

  async deleteDatabase(name) {
    await deleteRawDatabase(name);
  },
};

/** Every cached message (the sum over the threads' messages records). */
async function countMessages(db: ConsoleDatabase): Promise<number> {
  let count = 0;
  await db.threadMessages.each((r) => {
    count += r.messages.length;
  });
  return count;
}

function messagesIn(batch: RawBatch): number {
  return (batch.threadMessages as ThreadMessagesRecord[]).reduce((n, r) => n + r.messages.length, 0);
}

/** Every cached attachment (kept in the threads' messages records since schema version 9). */
async function countAttachments(db: ConsoleDatabase): Promise<number> {
  let count = 0;
  await db.threadMessages.each((r) => {
    count += r.attachments?.length ?? 0;
  });
  return count;
}

function attachmentsIn(batch: RawBatch): number {
  return (batch.threadMessages as ThreadMessagesRecord[]).reduce((n, r) => n + (r.attachments?.length ?? 0), 0);
}

window.syncBench = api;
