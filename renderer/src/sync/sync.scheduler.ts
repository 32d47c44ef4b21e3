import { retryDelay } from '../api/retry-policy';
import type { SyncCursorRecord, SyncKind } from '../data/records';
import { syncIncidents } from './incidents.sync';
import { isStorageFull, storageFullText } from '../data/storage-errors';
import { PayloadError } from './payload-validation';
import { addToQuarantine } from './quarantine.repository';
import { syncAccount, syncReasons } from './reference.sync';
import { syncReturns } from './returns.sync';
import { loadCursor, type PassReport, type SyncContext, type SyncShop } from './sync-context';
import { minimumIntervalMs, intervalFor, type SyncPolicy } from './sync-policy';
import { SyncFailureError, type SyncFailure } from './sync-platform';
import { syncThreads } from './threads.sync';

/** The pass for each kind of data, in the order a round runs them (the inbox first). */
export const syncPasses: Readonly<Record<SyncKind, (ctx: SyncContext, shop: SyncShop) => Promise<PassReport>>> = {
  threads: syncThreads,
  orders: syncIncidents,
  returns: syncReturns,
  reasons: syncReasons,
  account: syncAccount,
};
export const syncKinds = Object.keys(syncPasses) as SyncKind[];

/**
 * When a shop's kind is next due, in epoch ms: a pass left half-done resumes at once; otherwise the
 * interval for the kind (by visibility, never below the published maximum frequency) after the
 * last attempt; never before a backoff or Retry-After (`notBefore`). `forced` (the seller asked)
 * shortens the wait to the published minimum.
 */
export function nextDueAt(cursor: SyncCursorRecord, kind: SyncKind, policy: SyncPolicy, visible: boolean, forced: boolean): number {
  const notBefore = cursor.notBefore ? Date.parse(cursor.notBefore) : -Infinity;
  // An attempt newer than the last success that recorded no error was cut off (crash, kill,
  // closed window): resume it at once, like a pass left at a page token.
  const interrupted =
    cursor.lastAttemptAt !== undefined && !cursor.lastError && (!cursor.lastSuccessAt || cursor.lastSuccessAt < cursor.lastAttemptAt);
  if (!cursor.lastAttemptAt || interrupted || cursor.pendingPageToken || (cursor.pendingFullThreads?.length ?? 0) > 0)
    return Math.max(notBefore, -Infinity);
  const interval = forced ? minimumIntervalMs[kind] : intervalFor(kind, policy, visible);
  return Math.max(Date.parse(cursor.lastAttemptAt) + interval, notBefore);
}

export interface PassOutcome {
  shopId: string;
  kind: SyncKind;
  report: PassReport | null;
  error: { kind: SyncCursorRecord['lastErrorKind']; message: string } | null;
}

/**
 * Runs one pass and records its outcome on the cursor: on success the last success time; on
 * failure the error in words, the failure count, and `notBefore` from Retry-After (when given) or
 * capped exponential backoff with jitter. A refused key waits the longest (retrying cannot help
 * until the seller reconnects the shop). A page that cannot be read is quarantined. Never throws
 * for marketplace or payload problems (other shops and kinds go on); rethrows anything else.
 */
export async function runPass(
  ctx: SyncContext,
  shop: SyncShop,
  kind: SyncKind,
  policy: SyncPolicy,
  random: () => number,
): Promise<PassOutcome> {
  const { db } = ctx;
  const startedAt = ctx.now().toISOString();
  await updateCursor(ctx, shop.id, kind, () => ({ lastAttemptAt: startedAt }));
  try {
    const report = await syncPasses[kind](ctx, shop);
    await updateCursor(ctx, shop.id, kind, () => ({
      lastSuccessAt: ctx.now().toISOString(),
      lastError: undefined,
      lastErrorKind: undefined,
      notBefore: undefined,
      failures: 0,
    }));
    return { shopId: shop.id, kind, report, error: null };
  } catch (error) {
    let failure: SyncFailure | { kind: 'payload' | 'storage'; message: string };
    if (error instanceof SyncFailureError) failure = error.failure;
    else if (error instanceof PayloadError) {
      await db.transaction('rw', db.quarantine, () => addToQuarantine(db, [error.record]));
      failure = { kind: 'payload', message: error.message };
    } else if (isStorageFull(error)) failure = { kind: 'storage', message: storageFullText };
    else throw error;
    await recordFailure(ctx, shop.id, kind, policy, random, failure);
    return { shopId: shop.id, kind, report: null, error: { kind: failure.kind, message: failure.message } };
  }
}

/**
 * Records a failed pass on its cursor (error, count, backoff). With the storage full even this small
 * write may fail: the pass then keeps its old cursor and is simply tried again at the next round.
 */
async function recordFailure(
  ctx: SyncContext,
  shopId: string,
  kind: SyncKind,
  policy: SyncPolicy,
  random: () => number,
  failure: SyncFailure | { kind: 'payload' | 'storage'; message: string },
): Promise<void> {
  try {
    await updateCursor(ctx, shopId, kind, (cursor) => {
      const failures = (cursor.failures ?? 0) + 1;
      const wait =
        failure.kind === 'key'
          ? policy.backoffCapMs
          : retryDelay(failure, failures, random, { baseMs: policy.backoffBaseMs, capMs: policy.backoffCapMs });
      return {
        failures,
        lastError: failure.message,
        lastErrorKind: failure.kind,
        notBefore: new Date(ctx.now().getTime() + wait).toISOString(),
      };
    });
  } catch (error) {
    if (!isStorageFull(error)) throw error;
  }
}

async function updateCursor(
  ctx: SyncContext,
  shopId: string,
  kind: SyncKind,
  change: (cursor: SyncCursorRecord) => Partial<SyncCursorRecord>,
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.syncCursors, async () => {
    const cursor = await loadCursor(db, shopId, kind);
    await db.syncCursors.put({ ...cursor, ...change(cursor) });
  });
}

export interface SyncLoopDeps {
  ctx: SyncContext;
  shops: readonly SyncShop[];
  policy: SyncPolicy;
  isVisible: () => boolean;
  isOnline: () => boolean;
  random: () => number;
  /** Resolves after `ms`, or earlier when woken (a "sync now", back online, window shown), or on abort. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The shops the seller asked to refresh since the last look (emptied by the call); '*' = all. */
  takeForced: () => ReadonlySet<string>;
  onPass?: (outcome: PassOutcome) => void;
  onError?: (error: unknown) => void;
}

/**
 * The leader's sync loop: runs every pass that is due, one at a time (threads of every shop first),
 * then sleeps until the next one is due. Offline, it does not try. Ends when `signal` aborts.
 */
export async function runSyncLoop(deps: SyncLoopDeps, signal: AbortSignal): Promise<void> {
  const forced = new Set<string>();
  while (!signal.aborted) {
    let wakeAt = deps.ctx.now().getTime() + 60_000;
    if (deps.isOnline()) {
      for (const id of deps.takeForced()) forced.add(id);
      try {
        for (const kind of syncKinds) {
          for (const shop of deps.shops) {
            if (signal.aborted) return;
            const isForced = forced.has('*') || forced.has(shop.id);
            const cursor = await loadCursor(deps.ctx.db, shop.id, kind);
            const due = nextDueAt(cursor, kind, deps.policy, deps.isVisible(), isForced);
            if (due <= deps.ctx.now().getTime()) {
              // Not `onPass?.(await runPass(...))`: an optional call skips its arguments when absent.
              const outcome = await runPass(deps.ctx, shop, kind, deps.policy, deps.random);
              deps.onPass?.(outcome);
            } else {
              wakeAt = Math.min(wakeAt, due);
            }
          }
        }
        forced.clear();
        // Look again at what is due now that the round is over (a pass may have ended with a retry due).
        wakeAt = Math.min(wakeAt, await earliestDue(deps));
      } catch (error) {
        deps.onError?.(error);
        wakeAt = deps.ctx.now().getTime() + 5_000;
      }
    }
    await deps.sleep(Math.max(0, wakeAt - deps.ctx.now().getTime()), signal);
  }
}

async function earliestDue(deps: SyncLoopDeps): Promise<number> {
  let earliest = Infinity;
  for (const kind of syncKinds) {
    for (const shop of deps.shops) {
      const cursor = await loadCursor(deps.ctx.db, shop.id, kind);
      earliest = Math.min(earliest, nextDueAt(cursor, kind, deps.policy, deps.isVisible(), false));
    }
  }
  return Math.max(earliest, deps.ctx.now().getTime() + 1_000);
}
