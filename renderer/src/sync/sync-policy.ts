import type { SyncKind } from '../data/records';

/**
 * How often each kind of data is refreshed. Mirakl publishes call frequencies per operation instead
 * of rate limits; these follow them:
 * - threads (M11): "at each page that includes an inbox display": every `inboxVisibleMs` while the
 *   inbox is on screen, every `hiddenMs` when the window is hidden or the seller idle;
 * - orders with incidents (OR11): asynchronous at most once per minute, recommended every 5 minutes;
 * - returns (RT11): at most every 5 minutes, recommended every 15;
 * - reasons (RE11/RE12): once on an incident page: once a day is plenty, they change rarely;
 * - account (A01): once per day.
 */
export interface SyncPolicy {
  inboxVisibleMs: number;
  hiddenMs: number;
  ordersMs: number;
  returnsMs: number;
  reasonsMs: number;
  accountMs: number;
  /** Backoff after failures: first ceiling and cap (capped exponential with full jitter). */
  backoffBaseMs: number;
  backoffCapMs: number;
}

export const defaultSyncPolicy: SyncPolicy = {
  inboxVisibleMs: 60_000,
  hiddenMs: 5 * 60_000,
  ordersMs: 5 * 60_000,
  returnsMs: 15 * 60_000,
  reasonsMs: 24 * 60 * 60_000,
  accountMs: 24 * 60 * 60_000,
  backoffBaseMs: 2_000,
  backoffCapMs: 10 * 60_000,
};

/** The published maximum frequency per kind: no setting may refresh more often than this. */
export const minimumIntervalMs: Record<SyncKind, number> = {
  threads: 10_000,
  orders: 60_000,
  returns: 5 * 60_000,
  reasons: 60 * 60_000,
  account: 24 * 60 * 60_000,
};

/** The interval for a kind under the policy and the window's visibility, never below the published maximum. */
export function intervalFor(kind: SyncKind, policy: SyncPolicy, visible: boolean): number {
  const wanted = {
    threads: visible ? policy.inboxVisibleMs : policy.hiddenMs,
    orders: visible ? policy.ordersMs : Math.max(policy.ordersMs, policy.hiddenMs),
    returns: policy.returnsMs,
    reasons: policy.reasonsMs,
    account: policy.accountMs,
  }[kind];
  return Math.max(wanted, minimumIntervalMs[kind]);
}
