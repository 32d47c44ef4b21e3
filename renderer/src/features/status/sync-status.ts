import type { SyncCursorRecord } from '../../data/records';
import { failureText } from '../../ui/failure-text';
import { messages as failureMessages } from '../../ui/failure.messages';
import type { Translate } from '../../ui/translate';
import { messages } from './status.messages';

/** One shop's line in the status bar. */
export interface ShopSyncStatus {
  shopId: string;
  label: string;
  /** When the inbox (M11 threads) was last fetched successfully. */
  lastSuccessAt: string | null;
  /** Threads stored so far by a first or resumed pass, when one is running. */
  loadingThreads: number | null;
  /** The problem to show, in words; null when there is none. */
  problem: string | null;
  /** The problem needs the seller (the key was refused), not just time. */
  needsSeller: boolean;
  /** Records of this shop kept in the quarantine (Diagnostics): synced, but not everything could be read. */
  unreadable: number;
}

/**
 * Words a cursor's last failure for the seller (in the UI language of `t`): a refused key needs the
 * seller to reconnect the shop; a throttled, unreachable or refusing marketplace only needs time, and
 * the console retries by itself (saying when, if it knows); unreadable data is in Diagnostics. The
 * failure's own sentence is translated where the console wrote it (failureText).
 */
export function problemText(cursor: SyncCursorRecord, formatTime: (iso: string) => string, t: Translate): string | null {
  if (!cursor.lastError) return null;
  const retry = cursor.notBefore ? t(messages.retryAt, { time: formatTime(cursor.notBefore) }) : t(messages.retryBySelf);
  const kind = cursor.kind;
  const error = failureText(cursor.lastError, t);
  switch (cursor.lastErrorKind) {
    case 'key':
      return `${t(messages.keyRefused)} ${cursor.notBefore ? t(messages.keyRetryAt, { time: formatTime(cursor.notBefore) }) : t(messages.retryBySelf)}`;
    case 'throttled':
      return `${t(failureMessages.slowDown)} ${retry}`;
    case 'storage':
      return `${t(messages.storage, { storageFull: error, kind })} ${retry}`;
    case 'payload':
      return `${t(messages.payload, { kind })} ${retry}`;
    case 'refused':
      return `${t(messages.refused, { kind, error })} ${retry}`;
    default:
      return `${t(messages.fetchFailed, { kind, error })} ${retry}`;
  }
}

/** The problem of a shop to show first: a refused key, then the inbox, then the other kinds. */
function mostImportant(cursors: readonly SyncCursorRecord[]): SyncCursorRecord | undefined {
  const failing = cursors.filter((c) => c.lastError);
  return failing.find((c) => c.lastErrorKind === 'key') ?? failing.find((c) => c.kind === 'threads') ?? failing[0];
}

/**
 * Summarises the sync cursors per shop, in the shops' order: the inbox's last success, the
 * progress of a pass that is loading threads (a first sync, or one resumed after a restart), and
 * the most important problem (worded by `t`), and how many of its records are in the quarantine (`unreadableByShop`).
 * A shop with no cursor yet is loading for the first time. While
 * offline (`online` false), connection failures are not repeated per shop; a refused key still is.
 */
export function shopSyncStatuses(
  shops: readonly { id: string; label: string }[],
  cursors: readonly SyncCursorRecord[],
  formatTime: (iso: string) => string,
  t: Translate,
  online = true,
  unreadableByShop: ReadonlyMap<string, number> = new Map(),
): ShopSyncStatus[] {
  return shops.map((shop) => {
    // Offline, a failed connection is expected and already said once for all shops.
    const own = cursors
      .filter((c) => c.shopId === shop.id)
      .map((c) => (online || c.lastErrorKind !== 'transient' ? c : { ...c, lastError: undefined, lastErrorKind: undefined }));
    const threads = own.find((c) => c.kind === 'threads');
    const worst = mostImportant(own);
    // Loading: a pass is part-way (its token is kept), or the first pass has not finished and has not failed.
    const loading = threads?.pendingPageToken !== undefined || (!threads?.lastSuccessAt && !worst);
    return {
      shopId: shop.id,
      label: shop.label,
      lastSuccessAt: threads?.lastSuccessAt ?? null,
      loadingThreads: loading ? (threads?.pendingCount ?? 0) : null,
      problem: worst ? problemText(worst, formatTime, t) : null,
      needsSeller: worst?.lastErrorKind === 'key',
      unreadable: unreadableByShop.get(shop.id) ?? 0,
    };
  });
}
