// Where an initial threads sync spends its time: each stage of syncThreads run alone over the same
// M11 pages (network and JSON, zod validation, record derivation with deadlines, Dexie writes) and
// the bare IndexedDB writes of the same records. The engine overlaps the next page's request with
// the current page's work, so its total is less than the sum of these.
import { z } from 'zod';
import { threadSchema, type Thread } from '../../../shared/mirakl';
import { replyDueAt } from '../../../shared/working-time';
import { createPlatform } from '../../../renderer/src/api/platform';
import { platformHttp } from '../../../renderer/src/api/platform-client';
import { ConsoleDatabase } from '../../../renderer/src/data/db';
import {
  prepareThreadsPage,
  storeThreadsPage,
  threadMessagesRecord,
  threadStoreTables,
} from '../../../renderer/src/data/thread-messages.queries';
import { searchSegments } from '../../../renderer/src/data/search-segments';
import { listEnvelope, validatePage } from '../../../renderer/src/sync/payload-validation';
import { readJson } from '../../../renderer/src/sync/sync-platform';
import { threadRecords, type ThreadRecords } from '../../../renderer/src/sync/thread-records';
import { deleteRawDatabase, openRawDatabase, writeRawBatches, type RawBatch } from './raw-idb';
import type { BenchShop, ProfileResult } from './sync-bench-api';

// As threads.sync.ts reads an M11 page.
const threadsEnvelope = listEnvelope('data').extend({ next_page_token: z.string().nullish() });

/** One M11 page as fetched and parsed, with its shop. */
export interface FetchedPage {
  shop: BenchShop;
  payload: unknown;
}

async function medianOf(rounds: number, run: () => Promise<number> | number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) times.push(await run());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Runs `write` on a fresh database `name` (answering its own timing), then deletes the database. */
async function timedWrite(name: string, write: (name: string) => Promise<number>): Promise<number> {
  const ms = await write(name);
  await deleteRawDatabase(name);
  return ms;
}

function timed(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/**
 * Every M11 page of every shop (with messages, 100 threads a page), fetched one after another
 * through the gateway with the app's client (ky) and parsed: the download-and-parse baseline of an
 * initial sync, and the source of the search benchmark's threads.
 */
export async function downloadPages(shops: readonly BenchShop[]): Promise<FetchedPage[]> {
  const platform = createPlatform(platformHttp, () => new Date());
  const pages: FetchedPage[] = [];
  for (const shop of shops) {
    let token: string | undefined;
    do {
      const payload = await readJson(platform, shop.id, 'M11', {
        query: token ? { page_token: token } : { limit: 100, with_messages: true },
      });
      pages.push({ shop, payload });
      token = (payload as { next_page_token?: string | null }).next_page_token ?? undefined;
    } while (token);
  }
  return pages;
}

/** Measures each stage of an initial sync of every shop's threads (see ProfileResult). */
export async function profileThreadsSync(shops: readonly BenchShop[]): Promise<ProfileResult> {
  const now = (): Date => new Date();

  const fetchStarted = performance.now();
  const pages = await downloadPages(shops);
  const fetchMs = performance.now() - fetchStarted;
  const encoder = new TextEncoder();
  const jsonBytes = pages.reduce((n, p) => n + encoder.encode(JSON.stringify(p.payload)).length, 0);

  let validated: { shop: BenchShop; threads: Thread[] }[] = [];
  const receivedAt = now().toISOString();
  const validateMs = await medianOf(3, () =>
    timed(() => {
      validated = pages.map(({ shop, payload }) => ({
        shop,
        threads: validatePage(payload, threadsEnvelope, (p) => p.data, threadSchema, { shopId: shop.id, kind: 'thread', receivedAt }).valid,
      }));
    }),
  );

  let derived: { shop: BenchShop; records: ThreadRecords[] }[] = [];
  const deriveMs = await medianOf(3, () =>
    timed(() => {
      derived = validated.map(({ shop, threads }) => ({ shop, records: threads.map((t) => threadRecords(shop.id, shop.market, t)) }));
    }),
  );

  const waiting = validated.flatMap(({ shop, threads }) =>
    threads.flatMap((t) =>
      t.metadata.shop_reply_needed_since ? [{ since: t.metadata.shop_reply_needed_since, market: shop.market }] : [],
    ),
  );
  let sink = 0;
  const replyDueAtMs = await medianOf(3, () =>
    timed(() => {
      for (const w of waiting) sink += replyDueAt(w.since, w.market).length;
    }),
  );

  // Tokenizing and indexing (what prepareThreadsPage does ahead of each page's transaction).
  const tokenizeMs = await medianOf(3, () =>
    timed(() => {
      for (const { records } of derived) sink += prepareThreadsPage(records).segments.length;
    }),
  );

  const batches: RawBatch[] = derived.map(({ shop, records }, i) => {
    const threadMessages = records.map((r) => threadMessagesRecord(r.thread.shopId, r.thread.id, r.thread, [...r.messages], r.attachments));
    return {
      threads: records.map((r) => r.thread),
      threadMessages,
      searchSegments: searchSegments(threadMessages, []),
      cursor: { shopId: shop.id, kind: 'threads', pendingPageToken: `page-${i}`, pendingCount: records.length },
    };
  });

  // One run each, Dexie first, bare IndexedDB right after (the main figures take medians).
  const dexieWriteMs = await timedWrite('bench-profile-dexie', async (name) => {
    const db = new ConsoleDatabase(name);
    await db.open();
    const started = performance.now();
    // As syncThreads stores a page: prepared (tokens, segments), then one transaction with the cursor.
    for (const [i, { records }] of derived.entries()) {
      const prepared = prepareThreadsPage(records);
      await db.transaction('rw', [...threadStoreTables(db), db.syncCursors, db.quarantine], async () => {
        await storeThreadsPage(db, prepared);
        await db.syncCursors.put(batches[i]?.cursor as { shopId: string; kind: 'threads' });
      });
    }
    const ms = performance.now() - started;
    db.close();
    return ms;
  });
  const rawWriteMs = await timedWrite('bench-profile-raw', async (name) => {
    const db = await openRawDatabase(name);
    const started = performance.now();
    await writeRawBatches(db, batches);
    const ms = performance.now() - started;
    db.close();
    return ms;
  });

  // The deadlines' sum is used, so the loop above cannot be optimised away.
  if (sink < 0) throw new Error('unreachable');
  return {
    pages: pages.length,
    fetchMs,
    jsonBytes,
    validateMs,
    deriveMs,
    replyDueAtMs,
    replyDueAtCalls: waiting.length,
    tokenizeMs,
    dexieWriteMs,
    rawWriteMs,
  };
}
