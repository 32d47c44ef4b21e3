import type { KyInstance } from 'ky';
import { createPlatform } from '../api/platform';
import type { ConsoleData } from '../data/console-data-context';
import { ConsoleDatabase, profileDatabaseName } from '../data/db';
import { adoptLegacyDatabases, browserDatabases, type DatabaseDirectory } from '../data/legacy-databases';
import { storeShops } from '../data/shops.queries';
import type { ShopSummary } from '../host/host-contract';
import { inProcessLocks, runAsLeader, type LockManagerLike } from '../sync/leader';
import type { DrainReport } from '../sync/outbox/outbox.sender';
import { runOutbox } from '../sync/outbox/outbox-runner';
import { PayloadError } from '../sync/payload-validation';
import { runSyncLoop, type PassOutcome } from '../sync/sync.scheduler';
import { resetShopCursors, type SyncContext } from '../sync/sync-context';
import { SyncFailureError } from '../sync/sync-platform';
import type { SyncPolicy } from '../sync/sync-policy';
import { loadSyncPolicy, saveInboxPollMs } from '../sync/sync-settings';
import { refreshThread } from '../sync/threads.sync';
import { createWaker } from '../sync/waker';
import { systemClock, type Clock } from './clock';

/** What the runtime of a window is started with: whose work, which shops, how to reach them, and the clock. */
export interface ConsoleRuntimeOptions {
  profileId: string;
  author: string;
  shops: readonly ShopSummary[];
  /** ky reaching the gateway (`/platform/`). */
  http: KyInstance;
  policy?: SyncPolicy;
  /** Minutes without keyboard or pointer input after which the seller counts as idle (slower polling). */
  idleAfterMs?: number;
  onPass?: (outcome: PassOutcome) => void;
  log?: (message: string, error?: unknown) => void;
  /** The origin's databases, where older caches of the profile are found (default: this browser's). */
  databases?: DatabaseDirectory;
  /** The one clock every part of the runtime reads (default: the system clock). */
  now?: Clock;
}

/** A started runtime: the data the features read (ConsoleData), and how to stop it. */
export interface ConsoleRuntime {
  data: ConsoleData;
  /** Stops the background work of this window and closes its database connection. */
  stop(): Promise<void>;
}

type Nudge = { type: 'outbox' } | { type: 'sync'; shopId?: string } | { type: 'settings' };

let fallbackLocks: LockManagerLike | null = null;

/**
 * Starts the console's background work for a profile and its shops in this window: opens the
 * profile's database, and competes for the profile's leader lock (Web Locks, shared by every
 * window and tab of the console). The leader runs the outbox sender and the sync loop; the other
 * windows only read the database (Dexie live queries see the leader's writes) and forward their
 * nudges ("send now", "sync now") to the leader over a BroadcastChannel. When the leader's window
 * closes, the browser releases its lock and the next window takes over. Every reading of the time
 * (sync, outbox, idle detection, what the features stamp) comes from `options.now`, read nowhere else.
 */
export function startConsoleRuntime(options: ConsoleRuntimeOptions): ConsoleRuntime {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const storage = typeof localStorage === 'undefined' ? null : localStorage;
  let policy = options.policy ?? loadSyncPolicy(storage);
  const now = options.now ?? systemClock;
  // One database per profile, whatever its shops: a change of shops never hides a queued reply.
  const db = new ConsoleDatabase(profileDatabaseName(options.profileId));
  const connected = new Set(options.shops.map((s) => s.id));
  const outboxWaker = createWaker();
  const syncWaker = createWaker();
  const forced = new Set<string>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`seller-console:${options.profileId}`) : null;
  const receive = (nudge: Nudge): void => {
    if (nudge.type === 'outbox') outboxWaker.wake();
    else if (nudge.type === 'settings') {
      policy = options.policy ?? loadSyncPolicy(storage);
      syncWaker.wake();
    } else {
      forced.add(nudge.shopId ?? '*');
      syncWaker.wake();
    }
  };
  const nudge = (message: Nudge): void => {
    receive(message);
    channel?.postMessage(message);
  };
  if (channel) channel.onmessage = (event: MessageEvent<Nudge>) => receive(event.data);

  let lastInput = now().getTime();
  const idleAfterMs = options.idleAfterMs ?? 10 * 60_000;
  const onInput = (): void => {
    lastInput = now().getTime();
  };
  const isVisible = (): boolean => document.visibilityState === 'visible' && now().getTime() - lastInput < idleAfterMs;
  const isOnline = (): boolean => navigator.onLine;
  const onBack = (): void => {
    outboxWaker.wake();
    syncWaker.wake();
  };
  const onVisibility = (): void => {
    if (document.visibilityState === 'visible') syncWaker.wake();
  };
  window.addEventListener('online', onBack);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('keydown', onInput, { passive: true });
  window.addEventListener('pointerdown', onInput, { passive: true });

  const platform = createPlatform(options.http, now);
  const ctx: SyncContext = { db, platform, now };
  const syncShops = options.shops.map((s) => ({ id: s.id, market: s.market }));
  const abort = new AbortController();
  const ready = storeShops(db, options.shops);
  const leader = ready
    .then(() =>
      runAsLeader(
        typeof navigator.locks?.request === 'function' ? (navigator.locks as LockManagerLike) : (fallbackLocks ??= inProcessLocks()),
        `seller-console:${options.profileId}:leader`,
        async (signal) => {
          // Before anything is sent: whatever older caches of this profile still hold is taken over.
          // A failure here is reported and never keeps the sender and sync from starting.
          await adoptLegacyDatabases(db, options.profileId, options.databases ?? browserDatabases, log)
            .then((adopted) => {
              if (adopted.databases > 0) console.info('Older offline caches taken over:', adopted);
            })
            .catch((error: unknown) => log('Older offline caches could not be looked for; trying again at the next start.', error));
          await Promise.all([
            runOutbox(
              {
                db,
                // Items of a shop that is not connected now wait (they are shown so) until it is again.
                isSendable: (item) => connected.has(item.shopId),
                platform,
                now,
                random: Math.random,
                isOnline,
                sleep: outboxWaker.sleep,
                onPass: (report) => {
                  if (report.delivered.length > 0)
                    void refreshDeliveredThreads(report.delivered).catch((e: unknown) =>
                      log('outbox: refreshing answered threads failed', e),
                    );
                },
                onError: (e) => log('outbox: a pass failed', e),
              },
              signal,
            ),
            runSyncLoop(
              {
                ctx,
                shops: syncShops,
                // Read on every round, so a changed setting applies without a restart.
                get policy() {
                  return policy;
                },
                isVisible,
                isOnline,
                random: Math.random,
                sleep: syncWaker.sleep,
                takeForced: () => {
                  const taken = new Set(forced);
                  forced.clear();
                  return taken;
                },
                onPass: options.onPass,
                onError: (e) => log('sync: a round failed', e),
              },
              signal,
            ),
          ]);
        },
        abort.signal,
      ),
    )
    .catch((error: unknown) => log('The console could not start its background work.', error));

  // After a reply is delivered, its thread is read back at once, so the message shows as the
  // marketplace stored it and the thread stops counting as waiting. Best effort: when the marketplace
  // or the connection fails now, the next sync pass brings the thread, so that is no error.
  const refreshDeliveredThreads = async (delivered: DrainReport['delivered']): Promise<void> => {
    const threads = new Map(delivered.filter((i) => i.kind === 'reply' && i.threadId).map((i) => [`${i.shopId}\u0000${i.threadId}`, i]));
    for (const item of threads.values()) {
      const shop = syncShops.find((s) => s.id === item.shopId);
      if (!shop || !item.threadId) continue;
      await refreshThread(ctx, shop, item.threadId).catch((error: unknown) => {
        if (!(error instanceof SyncFailureError || error instanceof PayloadError)) throw error;
      });
    }
  };

  const data: ConsoleData = {
    db,
    profileId: options.profileId,
    author: options.author,
    shops: options.shops,
    now,
    wakeOutbox: () => nudge({ type: 'outbox' }),
    syncNow: (shopId) => nudge({ type: 'sync', shopId }),
    resyncShop: async (shopId) => {
      await resetShopCursors(db, shopId);
      nudge({ type: 'sync', shopId });
    },
    inboxPollMs: () => policy.inboxVisibleMs,
    setInboxPollMs: (ms) => {
      if (storage) saveInboxPollMs(storage, ms);
      nudge({ type: 'settings' });
    },
    refreshThread: async (shopId, threadId) => {
      const shop = syncShops.find((s) => s.id === shopId);
      if (!shop) throw new Error(`Unknown shop ${shopId}.`);
      await refreshThread(ctx, shop, threadId);
    },
    downloadAttachment: (shopId, attachmentId, download) =>
      platform.download(shopId, 'M13', { params: { attachment_id: attachmentId } }, download),
  };
  return {
    data,
    stop: async () => {
      abort.abort();
      window.removeEventListener('online', onBack);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('keydown', onInput);
      window.removeEventListener('pointerdown', onInput);
      channel?.close();
      await leader;
      db.close();
    },
  };
}
