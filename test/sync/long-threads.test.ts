// Threads with more than the 100 messages M11 embeds are completed with M10, and that work
// survives an interruption (the ids wait in the cursor).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../renderer/src/data/db';
import { createPlatform } from '../../renderer/src/api/platform';
import { SyncFailureError, type SyncPlatform } from '../../renderer/src/sync/sync-platform';
import { syncThreads } from '../../renderer/src/sync/threads.sync';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';
import { spiedPlatform } from '../support/platform-spy';
import { cachedMessageCount } from '../../renderer/src/data/thread-messages.queries';

let stack: ConsoleStack;
beforeAll(async () => {
  stack = await startConsoleStack({ seed: 3, threads: 24, messagesPerThread: 90 });
});
afterAll(async () => {
  await stack.close();
});

const shop = { id: 'demo-2001', market: 'PL' };

function platform(calls: string[], failM10 = false): SyncPlatform {
  return spiedPlatform(
    createPlatform(stack.http, () => new Date()),
    (_shopId, code) => {
      calls.push(code);
      if (code === 'M10' && failM10)
        return { kind: 'offline', status: null, code: 'NETWORK', message: 'The connection to the marketplace failed.' };
    },
  );
}

async function messageCountsOf(db: ConsoleDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const t of await db.threads.where('shopId').equals(shop.id).toArray()) {
    counts.set(t.id, await cachedMessageCount(db, shop.id, t.id));
  }
  return counts;
}

describe('threads with more than 100 messages', () => {
  it('are fetched whole with M10, once', async () => {
    const db = new ConsoleDatabase('long-threads-1');
    const calls: string[] = [];
    await syncThreads({ db, platform: platform(calls), now: () => new Date() }, shop);
    const long = (await db.threads.where('shopId').equals(shop.id).toArray()).filter((t) => t.messageCount > 100);
    expect(long.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c === 'M10')).toHaveLength(long.length);
    const counts = await messageCountsOf(db);
    for (const t of await db.threads.where('shopId').equals(shop.id).toArray()) expect(counts.get(t.id), t.id).toBe(t.messageCount);
    calls.length = 0;
    await syncThreads({ db, platform: platform(calls), now: () => new Date() }, shop);
    expect(calls).toEqual(['M11']);
  });

  it('are completed by the next pass when M10 failed, with nothing else refetched', async () => {
    const db = new ConsoleDatabase('long-threads-2');
    const calls: string[] = [];
    await expect(syncThreads({ db, platform: platform(calls, true), now: () => new Date() }, shop)).rejects.toBeInstanceOf(
      SyncFailureError,
    );
    const cursor = await db.syncCursors.get([shop.id, 'threads']);
    expect(cursor?.pendingFullThreads?.length).toBeGreaterThan(0);
    expect(cursor?.updatedSince).toBeTruthy();
    calls.length = 0;
    await syncThreads({ db, platform: platform(calls), now: () => new Date() }, shop);
    expect(calls.filter((c) => c === 'M10')).toHaveLength(cursor?.pendingFullThreads?.length ?? -1);
    expect((await db.syncCursors.get([shop.id, 'threads']))?.pendingFullThreads).toEqual([]);
    const counts = await messageCountsOf(db);
    for (const t of await db.threads.where('shopId').equals(shop.id).toArray()) expect(counts.get(t.id), t.id).toBe(t.messageCount);
  });
});
