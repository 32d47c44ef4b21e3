import type { SyncCursorRecord, SyncKind } from '../../data/records';

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

const kindWords: Record<SyncKind, string> = {
  threads: 'messages',
  orders: 'incidents',
  returns: 'returns',
  reasons: 'reasons',
  account: 'shop information',
};

/**
 * Words a cursor's last failure for the seller: a refused key needs the seller to reconnect the
 * shop; a throttled, unreachable or refusing marketplace only needs time, and the console retries
 * by itself (saying when, if it knows); unreadable data is in Diagnostics.
 */
export function problemText(cursor: SyncCursorRecord, formatTime: (iso: string) => string): string | null {
  if (!cursor.lastError) return null;
  const retry = cursor.notBefore ? ` Next try at ${formatTime(cursor.notBefore)}.` : ' The console tries again by itself.';
  const what = kindWords[cursor.kind] ?? cursor.kind;
  switch (cursor.lastErrorKind) {
    case 'key':
      return `The marketplace refused this shop's API key. Reconnect the shop under Shops with a valid key.${cursor.notBefore ? ` The console tries it again at ${formatTime(cursor.notBefore)}.` : ' The console tries again by itself.'}`;
    case 'throttled':
      return `The marketplace asked the console to slow down.${retry}`;
    case 'storage':
      return `${cursor.lastError} New ${what} cannot be stored until there is room: free some disk space. Nothing stored before is lost.${retry}`;
    case 'payload':
      return `Some ${what} from the marketplace could not be read; they are kept under Diagnostics.${retry}`;
    case 'refused':
      return `The marketplace refused to send ${what}: ${cursor.lastError}${retry}`;
    default:
      return `Could not fetch ${what}: ${cursor.lastError}${retry}`;
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
 * the most important problem, and how many of its records are in the quarantine (`unreadableByShop`).
 * A shop with no cursor yet is loading for the first time. While
 * offline (`online` false), connection failures are not repeated per shop; a refused key still is.
 */
export function shopSyncStatuses(
  shops: readonly { id: string; label: string }[],
  cursors: readonly SyncCursorRecord[],
  formatTime: (iso: string) => string,
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
      problem: worst ? problemText(worst, formatTime) : null,
      needsSeller: worst?.lastErrorKind === 'key',
      unreadable: unreadableByShop.get(shop.id) ?? 0,
    };
  });
}
