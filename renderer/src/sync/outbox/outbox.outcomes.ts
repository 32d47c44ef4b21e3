import { retryDelay } from '../../api/retry-policy';
import type { ConsoleDatabase } from '../../data/db';
import type { OutboxItem } from '../../data/records';
import { transition } from './outbox.repository';
import { SendFailureError, type SendFailure } from './send-failure';

/** What recording an attempt's outcome needs: the cache, the clock, jitter, and the settle time. */
export interface OutcomeDeps {
  db: ConsoleDatabase;
  /** The clock (the sender never reads Date.now itself, so tests control time). */
  now: () => Date;
  /** Random numbers in [0, 1) for backoff jitter. */
  random: () => number;
  /**
   * How long after a write the marketplace may still process it although its answer never came
   * (default 30 s, the gateway's own timeout): a timed-out, aborted or orphaned write is not read
   * back before then, or the read-back could run ahead of the write, find nothing, and send it twice.
   */
  settleMs?: number;
}

/** See OutcomeDeps.settleMs. */
export const defaultSettleMs = 30_000;

/** What became of one item in a pass. */
export type Outcome = { result: 'sent' | 'confirmed' | 'parked' | 'retryLater'; nextDueAt: number | null };

/**
 * A write that got no 2xx: a refusal is parked; a throttled request was not taken (and the
 * read-back, if any, found no copy): plain retry; anything else may have reached the marketplace,
 * so the next attempt starts with a read-back.
 */
export async function afterFailedWrite(deps: OutcomeDeps, item: OutboxItem, failure: SendFailure): Promise<Outcome> {
  if (failure.kind === 'refused')
    return park(deps, item, 'sending', { code: failure.code, message: failure.message, status: failure.status ?? undefined });
  return retryLater(deps, item, failure, failure.kind === 'throttled' ? 'queued' : 'unknown', { afterWrite: true });
}

export async function markSent(
  deps: OutcomeDeps,
  id: string,
  from: OutboxItem['state'] | OutboxItem['state'][],
  deliveredId: string | undefined,
  sentAt: string | undefined,
): Promise<void> {
  await transition(deps.db, id, from, () => ({
    state: 'sent',
    deliveredMessageId: deliveredId,
    sentAt: sentAt ?? deps.now().toISOString(),
    lastError: undefined,
    notBefore: undefined,
  }));
}

export async function park(
  deps: OutcomeDeps,
  item: OutboxItem,
  from: OutboxItem['state'] | OutboxItem['state'][],
  error: NonNullable<OutboxItem['lastError']>,
): Promise<Outcome> {
  await transition(deps.db, item.id, from, () => ({ state: 'parked', lastError: error, notBefore: undefined }));
  return { result: 'parked', nextDueAt: null };
}

export function settleMs(deps: OutcomeDeps): number {
  return deps.settleMs ?? defaultSettleMs;
}

/**
 * A failed write whose request may still be processed: no answer at all (timeout, abort, broken
 * connection) or a gateway or proxy that gave up waiting (408, 504). A 5xx from the marketplace
 * itself, or the gateway's 502 for a connection the marketplace closed, ends the request.
 */
function mayStillLand(failure: SendFailure): boolean {
  return failure.kind === 'unknown' && (failure.status === null || failure.status === 408 || failure.status === 504);
}

export async function retryLater(
  deps: OutcomeDeps,
  item: OutboxItem,
  failure: SendFailure,
  nextState: 'queued' | 'unknown',
  options: { afterWrite: boolean },
): Promise<Outcome> {
  let wait = retryDelay(failure, Math.max(1, item.attempts), deps.random);
  if (options.afterWrite && mayStillLand(failure)) wait = Math.max(wait, settleMs(deps));
  const notBefore = deps.now().getTime() + wait;
  await transition(deps.db, item.id, ['sending', 'unknown', 'queued'], () => ({
    state: nextState,
    notBefore: new Date(notBefore).toISOString(),
    lastError: item.sentAt
      ? item.lastError
      : { code: failure.kind === 'throttled' ? 'THROTTLED' : failure.code, message: failure.message, status: failure.status ?? undefined },
  }));
  return { result: 'retryLater', nextDueAt: notBefore };
}

/** A failure thrown instead of answered (a read-back's SendFailureError, or anything unexpected: outcome unknown). */
export function toFailure(error: unknown): SendFailure {
  if (error instanceof SendFailureError) return error.failure;
  return { kind: 'unknown', status: null, code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}
