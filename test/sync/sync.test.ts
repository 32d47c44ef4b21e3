// The sync engine against the demo marketplace over real HTTP (through the console's gateway), with
// the cache in IndexedDB (fake-indexeddb in Node; the real one is covered by the e2e tests).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../renderer/src/data/db';
import { refreshThread, syncThreads } from '../../renderer/src/sync/threads.sync';
import { PayloadError } from '../../renderer/src/sync/payload-validation';
import { nextDueAt, runPass, syncPasses } from '../../renderer/src/sync/sync.scheduler';
import { defaultSyncPolicy } from '../../renderer/src/sync/sync-policy';
import { createPlatform } from '../../renderer/src/api/platform';
import type { SyncPlatform } from '../../renderer/src/sync/sync-platform';
import { resetShopCursors, type SyncContext } from '../../renderer/src/sync/sync-context';
import { setFaults, startConsoleStack, type ConsoleStack } from '../support/console-stack';
import { spiedPlatform } from '../support/platform-spy';
import { shopMessagesByThread, threadMessagesOf } from '../../renderer/src/data/thread-messages.queries';

let stack: ConsoleStack;
let dbCount = 0;

beforeAll(async () => {
  stack = await startConsoleStack({ seed: 11 });
});
afterAll(async () => {
  await stack.close();
});

/** The platform, counting its reads (`<shop> <operation>`), with a hook run before each read is counted and made. */
function countingPlatform(inner: SyncPlatform): SyncPlatform & { calls: string[]; before?: () => Promise<void> } {
  const counting: { calls: string[]; before?: () => Promise<void> } = { calls: [] };
  const spied = spiedPlatform(inner, async (shopId, code) => {
    await counting.before?.();
    counting.calls.push(`${shopId} ${code}`);
  });
  return Object.assign(counting, spied);
}

function context(pageSize = 100): SyncContext & { platform: ReturnType<typeof countingPlatform> } {
  dbCount += 1;
  return {
    db: new ConsoleDatabase(`sync-test-${dbCount}`),
    platform: countingPlatform(createPlatform(stack.http, () => new Date())),
    now: () => new Date(),
    pageSize,
  };
}

/** Every thread of a shop as the marketplace lists it now (id → date_updated, message count). */
async function marketplaceThreads(shopId: string): Promise<Map<string, { updated: string; count: number }>> {
  const all = new Map<string, { updated: string; count: number }>();
  let token: string | undefined;
  do {
    const page = await stack.http
      .get(`${shopId}/api/inbox/threads`, { searchParams: token ? { page_token: token } : { limit: 100 } })
      .json<{ data: { id: string; date_updated: string; metadata: { total_count: number } }[]; next_page_token?: string }>();
    for (const t of page.data) all.set(t.id, { updated: t.date_updated, count: t.metadata.total_count });
    token = page.next_page_token ?? undefined;
  } while (token);
  return all;
}

async function expectCacheEqualsMarketplace(db: ConsoleDatabase, shopId: string): Promise<void> {
  const expected = await marketplaceThreads(shopId);
  const cached = await db.threads.where('shopId').equals(shopId).toArray();
  expect(new Map(cached.map((t) => [t.id, { updated: t.dateUpdated, count: t.messageCount }]))).toEqual(expected);
  const messages = [...(await shopMessagesByThread(db, shopId)).values()].reduce((sum, list) => sum + list.length, 0);
  expect(messages).toBe([...expected.values()].reduce((sum, t) => sum + t.count, 0));
}

describe('threads sync (M11)', () => {
  const shop = { id: 'demo-2001', market: 'PL' };

  it('fills an empty cache with every thread and message, with the reply deadline in the market calendar', async () => {
    const ctx = context(20);
    const report = await syncThreads(ctx, shop);
    await expectCacheEqualsMarketplace(ctx.db, shop.id);
    expect(report.requests).toBeGreaterThan(1);
    const waiting = await ctx.db.threads.where('[replyState+dueAt]').between(['waiting', ''], ['waiting', '\uffff']).toArray();
    expect(waiting.length).toBeGreaterThan(0);
    for (const t of waiting) {
      expect(t.replyNeededSince).toBeTruthy();
      // 24 working hours later: at least a calendar day, at most two weeks (Easter and Christmas included).
      const hours = (Date.parse(t.dueAt ?? '') - Date.parse(t.replyNeededSince ?? '')) / 3_600_000;
      expect(hours).toBeGreaterThanOrEqual(24);
      expect(hours).toBeLessThan(14 * 24);
    }
    const cursor = await ctx.db.syncCursors.get([shop.id, 'threads']);
    expect(cursor?.pendingPageToken).toBeUndefined();
    expect(cursor?.updatedSince).toBe(
      [...(await marketplaceThreads(shop.id)).values()]
        .map((t) => t.updated)
        .sort()
        .at(-1),
    );
  });

  it('costs one request when nothing changed, and picks up a new buyer message', async () => {
    const ctx = context();
    await syncThreads(ctx, shop);
    ctx.platform.calls.length = 0;
    const again = await syncThreads(ctx, shop);
    expect(ctx.platform.calls).toEqual([`${shop.id} M11`]);
    expect(again.requests).toBe(1);

    const answered = await ctx.db.threads
      .where('[shopId+id]')
      .between([shop.id, ''], [shop.id, '\uffff'])
      .filter((t) => t.replyState !== 'waiting' && t.takenOver === 0 && t.closed === 0)
      .first();
    expect(answered).toBeDefined();
    const response = await fetch(`${stack.demoUrl}/__control/buyer-message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ threadId: answered?.id, body: 'Czy mogę jeszcze zwrócić towar?' }),
    });
    expect(response.status).toBe(201);
    await syncThreads(ctx, shop);
    const updated = await ctx.db.threads.get([shop.id, answered?.id ?? '']);
    expect(updated?.replyState).toBe('waiting');
    expect(updated?.dueAt).toBeTruthy();
    const last = (await threadMessagesOf(ctx.db, shop.id, answered?.id ?? '')).at(-1);
    expect(last?.body).toBe('Czy mogę jeszcze zwrócić towar?');
    expect(last?.fromType).toBe('CUSTOMER_USER');
    await expectCacheEqualsMarketplace(ctx.db, shop.id);
  });

  it('resumes after the connection dies mid-pass and converges, storing no page twice or never', async () => {
    const ctx = context(10);
    // After two pages, the marketplace drops the connection of the next M11 request.
    ctx.platform.before = async () => {
      if (ctx.platform.calls.length === 2) await setFaults(stack, [{ operation: 'M11', fault: 'reset', times: 1 }]);
    };
    try {
      await expect(syncThreads(ctx, shop)).rejects.toMatchObject({ failure: { kind: 'transient', status: 502 } });
    } finally {
      await setFaults(stack, []);
      ctx.platform.before = undefined;
    }
    const cursor = await ctx.db.syncCursors.get([shop.id, 'threads']);
    expect(cursor?.pendingPageToken ?? null).not.toBeNull();
    expect(cursor?.pendingCount).toBe(20);
    expect(await ctx.db.threads.count()).toBe(20);
    const resumed = await syncThreads(ctx, shop);
    expect(resumed.stored + (cursor?.pendingCount ?? 0)).toBe((await marketplaceThreads(shop.id)).size);
    await expectCacheEqualsMarketplace(ctx.db, shop.id);
  });

  it('quarantines a thread that breaks the schema and stores the others', async () => {
    const ctx = context();
    await setFaults(stack, [{ operation: 'M11', fault: 'schema-violation', times: 1 }]);
    try {
      const report = await syncThreads(ctx, shop);
      expect(report.quarantined).toBe(1);
    } finally {
      await setFaults(stack, []);
    }
    const quarantined = await ctx.db.quarantine.toArray();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ shopId: shop.id, kind: 'thread' });
    expect(quarantined[0]?.problem).toMatch(/id/);
    expect((await marketplaceThreads(shop.id)).size - (await ctx.db.threads.where('shopId').equals(shop.id).count())).toBe(1);
    // Once the marketplace sends it right, a resync of the shop brings the missing thread in.
    await resetShopCursors(ctx.db, shop.id);
    await syncThreads(ctx, shop);
    await expectCacheEqualsMarketplace(ctx.db, shop.id);
  });
});

describe('quarantined records are read again until they can be', () => {
  const shop = { id: 'demo-2003', market: 'PT' };

  it('a thread quarantined beyond the first page is fetched by the next pass, and its quarantine clears by itself', async () => {
    const ctx = context(20);
    // Pages 1 and 2 each carry one broken thread; page 2's is older than page 1's newest record.
    await setFaults(stack, [{ operation: 'M11', fault: 'schema-violation', times: 2 }]);
    try {
      expect((await syncThreads(ctx, shop)).quarantined).toBe(2);
    } finally {
      await setFaults(stack, []);
    }
    const expected = await marketplaceThreads(shop.id);
    expect(expected.size - (await ctx.db.threads.where('shopId').equals(shop.id).count())).toBe(2);
    expect(await ctx.db.quarantine.where('shopId').equals(shop.id).count()).toBe(2);

    // The marketplace sends them right again: a plain later pass (no reset) brings both in.
    await syncThreads(ctx, shop);
    await expectCacheEqualsMarketplace(ctx.db, shop.id);
    expect(await ctx.db.quarantine.where('shopId').equals(shop.id).count()).toBe(0);
    // Converged: the mark is the newest thread again, and an unchanged pass costs one request.
    const cursor = await ctx.db.syncCursors.get([shop.id, 'threads']);
    expect(cursor?.updatedSince).toBe(
      [...expected.values()]
        .map((t) => t.updated)
        .sort()
        .at(-1),
    );
    expect((await syncThreads(ctx, shop)).requests).toBe(1);
  });

  it('records that stay broken keep the mark where it is and are kept once, however many passes read them', async () => {
    const ctx = context(20);
    await setFaults(stack, [{ operation: 'M11', fault: 'schema-violation' }]);
    try {
      await syncThreads(ctx, shop);
      await syncThreads(ctx, shop);
      const held = (await ctx.db.syncCursors.get([shop.id, 'threads']))?.updatedSince;
      const kept = await ctx.db.quarantine.where('shopId').equals(shop.id).count();
      expect(kept).toBeGreaterThan(0);
      await syncThreads(ctx, shop);
      expect((await ctx.db.syncCursors.get([shop.id, 'threads']))?.updatedSince).toBe(held);
      expect(await ctx.db.quarantine.where('shopId').equals(shop.id).count()).toBe(kept);
    } finally {
      await setFaults(stack, []);
    }
    await syncThreads(ctx, shop);
    await expectCacheEqualsMarketplace(ctx.db, shop.id);
    expect(await ctx.db.quarantine.where('shopId').equals(shop.id).count()).toBe(0);
  });

  it('a thread whose M10 answer is unreadable is read again on the next pass, not at once', async () => {
    const ctx = context(100);
    await syncThreads(ctx, shop);
    const [thread] = await ctx.db.threads.where('shopId').equals(shop.id).limit(1).toArray();
    if (!thread) throw new Error('The demo shop has no thread.');
    await setFaults(stack, [{ operation: 'M10', fault: 'schema-violation', times: 1 }]);
    try {
      await expect(refreshThread(ctx, shop, thread.id)).rejects.toBeInstanceOf(PayloadError);
    } finally {
      await setFaults(stack, []);
    }
    expect(await ctx.db.quarantine.where('shopId').equals(shop.id).toArray()).toMatchObject([{ kind: 'thread', recordId: thread.id }]);
    const cursor = await ctx.db.syncCursors.get([shop.id, 'threads']);
    expect(cursor?.retryThreads).toEqual([thread.id]);
    // Listed for retry, the pass is not due at once after the last one (a broken record is not hammered).
    const lastPass = '2026-11-23T10:00:00.000Z';
    const due = nextDueAt(
      { ...(cursor ?? { shopId: shop.id, kind: 'threads' }), lastAttemptAt: lastPass, lastSuccessAt: lastPass },
      'threads',
      defaultSyncPolicy,
      true,
      false,
    );
    expect(due).toBe(Date.parse(lastPass) + defaultSyncPolicy.inboxVisibleMs);
    const report = await syncThreads(ctx, shop);
    expect(report.requests).toBe(2);
    expect(await ctx.db.quarantine.where('shopId').equals(shop.id).count()).toBe(0);
    expect((await ctx.db.syncCursors.get([shop.id, 'threads']))?.retryThreads).toEqual([]);
  });
});

describe('malformed answers', () => {
  const shop = { id: 'demo-2004', market: 'HR' };

  it('a truncated page is a transient failure: nothing stored, the cursor unchanged, the next pass converges', async () => {
    const ctx = context(25);
    await setFaults(stack, [{ operation: 'M11', fault: 'truncate', times: 1 }]);
    try {
      await expect(syncThreads(ctx, shop)).rejects.toMatchObject({ failure: { kind: 'transient' } });
    } finally {
      await setFaults(stack, []);
    }
    expect(await ctx.db.threads.count()).toBe(0);
    expect(await ctx.db.syncCursors.get([shop.id, 'threads'])).toBeUndefined();
    await syncThreads(ctx, shop);
    await expectCacheEqualsMarketplace(ctx.db, shop.id);
  });

  it('a page whose envelope is unreadable is quarantined whole and the pass fails with a clear message', async () => {
    const { validatePage, listEnvelope, PayloadError } = await import('../../renderer/src/sync/payload-validation');
    const { threadSchema } = await import('../../shared/mirakl');
    const where = { shopId: shop.id, kind: 'thread', receivedAt: '2026-11-23T10:00:00Z' };
    const broken = { data: { unexpected: 'object instead of an array' } };
    let caught: unknown;
    try {
      validatePage(broken, listEnvelope('data'), (p) => p.data, threadSchema, where);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PayloadError);
    expect((caught as InstanceType<typeof PayloadError>).record).toMatchObject({ ...where, payload: broken });
    expect((caught as Error).message).toMatch(
      /^The marketplace sent thread data the console cannot read: The page could not be read: data: /,
    );
  });
});

describe('passes and their outcome', () => {
  const shop = { id: 'demo-2002', market: 'LV' };

  it('records a throttled pass with Retry-After and tries again no earlier', async () => {
    const ctx = context();
    const now = new Date('2026-11-23T10:00:00Z');
    ctx.now = () => now;
    await setFaults(stack, [{ operation: 'M11', fault: 'rate-limit', retryAfterSeconds: 120, times: 1 }]);
    try {
      const outcome = await runPass(ctx, shop, 'threads', defaultSyncPolicy, () => 0);
      expect(outcome.error?.kind).toBe('throttled');
    } finally {
      await setFaults(stack, []);
    }
    const cursor = await ctx.db.syncCursors.get([shop.id, 'threads']);
    expect(Date.parse(cursor?.notBefore ?? '') - now.getTime()).toBeGreaterThanOrEqual(120_000);
    expect(cursor?.lastErrorKind).toBe('throttled');
    expect(cursor?.failures).toBe(1);
  });

  it('says plainly when the key is refused', async () => {
    const ctx = context();
    await setFaults(stack, [{ operation: 'RT11', fault: 'status', status: 401, times: 1 }]);
    try {
      const outcome = await runPass(ctx, shop, 'returns', defaultSyncPolicy, () => 0.5);
      expect(outcome.error).toEqual({ kind: 'key', message: 'The marketplace refused the shop key. Reconnect the shop in Settings.' });
    } finally {
      await setFaults(stack, []);
    }
  });

  it('quarantines unreadable reasons one by one, keeps the rest, and stores the same one only once', async () => {
    const ctx = context();
    await setFaults(stack, [{ operation: 'RE11', fault: 'schema-violation', times: 1 }]);
    let outcome;
    try {
      outcome = await runPass(ctx, shop, 'reasons', defaultSyncPolicy, () => 0.5);
    } finally {
      await setFaults(stack, []);
    }
    // RE11's violation replaces the list by reasons with numeric codes: each is quarantined, the pass completes.
    expect(outcome.error).toBeNull();
    expect(await ctx.db.quarantine.where('kind').equals('reason').count()).toBeGreaterThan(0);
    // A second identical violation is not stored twice.
    await setFaults(stack, [{ operation: 'RE11', fault: 'schema-violation', times: 1 }]);
    const before = await ctx.db.quarantine.count();
    try {
      await runPass(ctx, shop, 'reasons', defaultSyncPolicy, () => 0.5);
    } finally {
      await setFaults(stack, []);
    }
    expect(await ctx.db.quarantine.count()).toBe(before);
  });

  it('syncs incidents, returns, reasons and the account of a shop', async () => {
    const ctx = context();
    await ctx.db.shops.put({ id: shop.id, label: 'Baltic Home', market: 'LV' });
    for (const kind of ['orders', 'returns', 'reasons', 'account'] as const) {
      const report = await syncPasses[kind](ctx, shop);
      expect(report.requests, kind).toBeGreaterThan(0);
    }
    const open = await ctx.db.incidents.where('state').equals('INCIDENT_OPEN').count();
    const withIncident = await stack.http
      .get(`${shop.id}/api/orders`, { searchParams: { has_incident: true, max: 100 } })
      .json<{ orders: { order_lines: { order_line_state: string }[] }[] }>();
    expect(open).toBe(withIncident.orders.flatMap((o) => o.order_lines).filter((l) => l.order_line_state === 'INCIDENT_OPEN').length);
    expect(await ctx.db.returns.where('shopId').equals(shop.id).count()).toBeGreaterThan(0);
    expect(await ctx.db.reasons.where('[shopId+type]').equals([shop.id, 'incident_open']).count()).toBeGreaterThan(0);
    expect(await ctx.db.reasons.where('[shopId+type]').equals([shop.id, 'incident_close']).count()).toBeGreaterThan(0);
    expect((await ctx.db.shops.get(shop.id))?.accountFetchedAt).toBeTruthy();
    // Nothing changed: one request per kind (two for the reasons: RE11 and RE12).
    ctx.platform.calls.length = 0;
    for (const kind of ['orders', 'returns'] as const) await syncPasses[kind](ctx, shop);
    expect(ctx.platform.calls).toEqual([`${shop.id} OR11`, `${shop.id} RT11`]);
  });
});
