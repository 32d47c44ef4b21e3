import type { ConsoleDatabase } from '../../data/db';
import type { OutboxItem } from '../../data/records';
import { backoffDelay } from './backoff';
import { findDeliveredCopy } from './delivery-check';
import type { OutboxPlatform } from './outbox-platform';
import { claimedMessageIds, pendingItems, transition } from './outbox.repository';
import { SendFailureError, type SendFailure } from './send-failure';

export interface OutboxSenderDeps {
  db: ConsoleDatabase;
  platform: OutboxPlatform;
  /** The clock (the sender never reads Date.now itself, so tests control time). */
  now: () => Date;
  /** Random numbers in [0, 1) for backoff jitter. */
  random: () => number;
}

/** What one pass over the outbox did. */
export interface DrainReport {
  sent: number;
  confirmed: number;
  parked: number;
  retryLater: number;
  /** The earliest instant a waiting item becomes due again, if any. */
  nextDueAt: number | null;
}

/**
 * One pass over the outbox: sends every item that is due, in order per thread, exactly once.
 *
 * Must run only while holding the profile's sender lock (see outbox-leader.ts): items found in
 * `sending` are then known to be orphans of a crash or reload, not another window's work in flight.
 * Before any resend of an item whose outcome is unknown (`sending` or `unknown`), the thread is read
 * back and the reply looked for; it is sent again only if it is not there. A parked item holds back
 * the later items of its thread, so replies never arrive out of order.
 */
export async function drainOutbox(deps: OutboxSenderDeps): Promise<DrainReport> {
  const report: DrainReport = { sent: 0, confirmed: 0, parked: 0, retryLater: 0, nextDueAt: null };
  const blockedThreads = new Set<string>();
  const parked = await deps.db.outbox.where('state').equals('parked').toArray();
  for (const item of parked) blockedThreads.add(threadKey(item));

  for (const item of await pendingItems(deps.db)) {
    const key = threadKey(item);
    if (blockedThreads.has(key)) continue;
    const nowMs = deps.now().getTime();
    if (item.notBefore && Date.parse(item.notBefore) > nowMs) {
      blockedThreads.add(key);
      report.nextDueAt = Math.min(report.nextDueAt ?? Infinity, Date.parse(item.notBefore));
      continue;
    }
    const outcome = await deliver(deps, item);
    report[outcome.result] += 1;
    if (outcome.result !== 'sent' && outcome.result !== 'confirmed') blockedThreads.add(key);
    if (outcome.nextDueAt !== null) report.nextDueAt = Math.min(report.nextDueAt ?? Infinity, outcome.nextDueAt);
  }
  return report;
}

function threadKey(item: OutboxItem): string {
  return `${item.shopId}\u0000${item.threadId ?? item.id}`;
}

type Outcome = { result: 'sent' | 'confirmed' | 'parked' | 'retryLater'; nextDueAt: number | null };

async function deliver(deps: OutboxSenderDeps, item: OutboxItem): Promise<Outcome> {
  const { db, platform } = deps;
  if (item.state === 'sending' || item.state === 'unknown') {
    // The last attempt may have reached the marketplace: look before sending again.
    if (item.kind === 'reply' && item.threadId && item.firstAttemptAt) {
      let messages;
      try {
        messages = await platform.readThreadMessages(item.shopId, item.threadId);
      } catch (error) {
        // Still in doubt: the read-back failed, so nothing was learnt.
        return retryLater(deps, item, toFailure(error), 'unknown');
      }
      const claimed = await claimedMessageIds(db, item.shopId, item.threadId);
      const found = findDeliveredCopy({ body: String(item.payload.body ?? ''), firstAttemptAt: item.firstAttemptAt }, messages, claimed);
      if (found) {
        await transition(db, item.id, ['sending', 'unknown'], () => ({
          state: 'sent',
          deliveredMessageId: found,
          sentAt: deps.now().toISOString(),
          lastError: undefined,
          notBefore: undefined,
        }));
        return { result: 'confirmed', nextDueAt: null };
      }
    }
  }

  const claimed = await transition(db, item.id, ['queued', 'sending', 'unknown'], (current) => ({
    state: 'sending',
    attempts: current.attempts + 1,
    firstAttemptAt: current.firstAttemptAt ?? deps.now().toISOString(),
    notBefore: undefined,
  }));
  if (!claimed) return { result: 'retryLater', nextDueAt: null };

  try {
    const { messageId } = await platform.sendReply(claimed);
    await transition(db, item.id, 'sending', () => ({
      state: 'sent',
      deliveredMessageId: messageId ?? undefined,
      sentAt: deps.now().toISOString(),
      lastError: undefined,
    }));
    return { result: 'sent', nextDueAt: null };
  } catch (error) {
    const failure = toFailure(error);
    if (failure.kind === 'refused') {
      await transition(db, item.id, 'sending', () => ({
        state: 'parked',
        lastError: { code: failure.code, message: failure.message, status: failure.status },
      }));
      return { result: 'parked', nextDueAt: null };
    }
    // A throttled request was not taken (and the read-back, if any, found no copy): plain retry.
    // Anything else may have reached the marketplace: the next attempt starts with a read-back.
    return retryLater(deps, claimed, failure, failure.kind === 'throttled' ? 'queued' : 'unknown');
  }
}

async function retryLater(deps: OutboxSenderDeps, item: OutboxItem, failure: SendFailure, nextState: 'queued' | 'unknown'): Promise<Outcome> {
  const wait =
    failure.kind === 'throttled' && failure.retryAfterMs !== null ? failure.retryAfterMs : backoffDelay(Math.max(1, item.attempts), deps.random);
  const notBefore = deps.now().getTime() + wait;
  await transition(deps.db, item.id, ['sending', 'unknown', 'queued'], () => ({
    state: nextState,
    notBefore: new Date(notBefore).toISOString(),
    lastError: { code: failure.kind === 'throttled' ? 'THROTTLED' : failure.code, message: failure.message, status: failure.status ?? undefined },
  }));
  return { result: 'retryLater', nextDueAt: notBefore };
}

function toFailure(error: unknown): SendFailure {
  if (error instanceof SendFailureError) return error.failure;
  return { kind: 'unknown', status: null, code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}
