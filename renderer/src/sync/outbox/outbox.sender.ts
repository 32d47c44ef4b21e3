import { retryDelay } from '../../api/retry-policy';
import { parkedItems } from '../../data/outbox.queries';
import type { OutboxItem, OutboxKind } from '../../data/records';
import type { OutboxHandler, OutboxWriteCodes, ReadBackContext, ReadBackResult } from './outbox-handler';
import { outboxHandlers } from './outbox-handlers';
import type { OutboxPlatform } from './outbox-platform';
import { claimedMessageIds, pendingItems, transition } from './outbox.repository';
import { afterFailedWrite, markSent, park, retryLater, settleMs, toFailure, type Outcome, type OutcomeDeps } from './outbox.outcomes';
import { SendFailureError, sendFailureOf } from './send-failure';

export { defaultSettleMs } from './outbox.outcomes';

export interface OutboxSenderDeps extends OutcomeDeps {
  platform: OutboxPlatform;
  /** The handler of each kind (default outboxHandlers; tests may swap one). */
  handlers?: Readonly<Record<OutboxItem['kind'], OutboxHandler>>;
  /**
   * Whether an item can be sent now (default: all): the console holds back the items of a shop
   * that is not connected, instead of sending them to a gateway that would refuse them.
   */
  isSendable?: (item: OutboxItem) => boolean;
}

/** What one pass over the outbox did. */
export interface DrainReport {
  sent: number;
  confirmed: number;
  parked: number;
  retryLater: number;
  /** The earliest instant a waiting item becomes due again, if any. */
  nextDueAt: number | null;
  /** The items this pass delivered or found delivered (the caller reads their threads back). */
  delivered: Pick<OutboxItem, 'id' | 'shopId' | 'kind' | 'threadId'>[];
}

/**
 * One pass over the outbox: sends every item that is due, in order per order key, exactly once.
 *
 * Must run only while holding the profile's leader lock (runAsLeader in ../leader.ts, which
 * console-runtime.ts takes before it starts runOutbox): items found in `sending` are then known to be
 * orphans of a crash or reload, not another window's work in flight. Before any resend of an item
 * whose outcome is unknown (`sending` or `unknown`), its handler reads the marketplace back and
 * looks for it; it is sent again only if it is not there, and never before the write could have
 * landed (`settleMs` after a write that got no answer or was orphaned). A parked item holds back the later items
 * of its order key (a thread's replies, one return's actions), so they never arrive out of order.
 * `signal` stops the pass between items.
 */
export async function drainOutbox(deps: OutboxSenderDeps, signal?: AbortSignal): Promise<DrainReport> {
  const handlers: Handlers = deps.handlers ?? outboxHandlers;
  const report: DrainReport = { sent: 0, confirmed: 0, parked: 0, retryLater: 0, nextDueAt: null, delivered: [] };
  const blocked = new Set<string>();
  const parked = await parkedItems(deps.db);
  for (const item of parked) blocked.add(orderKey(handlers, item));

  for (const item of await pendingItems(deps.db)) {
    if (signal?.aborted) break;
    const key = orderKey(handlers, item);
    if (blocked.has(key)) continue;
    if (deps.isSendable && !deps.isSendable(item)) {
      blocked.add(key);
      continue;
    }
    const nowMs = deps.now().getTime();
    if (item.state === 'sending' && !item.notBefore) {
      // An orphan from before writes recorded when they may be read back: give it the settle time now.
      const due = nowMs + settleMs(deps);
      await transition(deps.db, item.id, 'sending', () => ({ notBefore: new Date(due).toISOString() }));
      blocked.add(key);
      report.nextDueAt = Math.min(report.nextDueAt ?? Infinity, due);
      continue;
    }
    if (item.notBefore && Date.parse(item.notBefore) > nowMs) {
      blocked.add(key);
      report.nextDueAt = Math.min(report.nextDueAt ?? Infinity, Date.parse(item.notBefore));
      continue;
    }
    const outcome = await deliver(deps, handlers[item.kind], item, signal);
    report[outcome.result] += 1;
    if (outcome.result === 'sent' || outcome.result === 'confirmed')
      report.delivered.push({ id: item.id, shopId: item.shopId, kind: item.kind, threadId: item.threadId });
    else blocked.add(key);
    if (outcome.nextDueAt !== null) report.nextDueAt = Math.min(report.nextDueAt ?? Infinity, outcome.nextDueAt);
  }
  return report;
}

function orderKey(handlers: Handlers, item: OutboxItem): string {
  return handlers[item.kind]?.orderKey(item) ?? `item\u0000${item.id}`;
}

type Handlers = Readonly<Record<OutboxItem['kind'], OutboxHandler>>;

async function deliver(
  deps: OutboxSenderDeps,
  handler: OutboxHandler | undefined,
  item: OutboxItem,
  signal: AbortSignal | undefined,
): Promise<Outcome> {
  const { db, platform } = deps;
  if (!handler)
    return park(deps, item, ['queued', 'sending', 'unknown'], {
      code: 'UNKNOWN_KIND',
      message: `This console cannot send items of the kind "${item.kind}".`,
    });
  const readBack = async (target: OutboxItem): Promise<ReadBackResult> =>
    handler.readBack(target, await readBackContext(deps, target, signal));

  if ((item.state === 'sending' || item.state === 'unknown') && item.firstAttemptAt) {
    // The last attempt may have reached the marketplace: look before sending again. An item with
    // `sentAt` is known to be there (a 2xx came) and is only waiting to learn what it created.
    let found;
    try {
      if (handler.createsMessage) await identifyEarlier(deps, deps.handlers ?? outboxHandlers, item, signal);
      found = await readBack(item);
    } catch (error) {
      // Still in doubt: the read-back failed, so nothing was learnt.
      return retryLater(deps, item, toFailure(error), 'unknown', { afterWrite: false });
    }
    if (found.found || item.sentAt) {
      await markSent(deps, item.id, ['sending', 'unknown'], found.found ? found.deliveredId : undefined, item.sentAt);
      return { result: 'confirmed', nextDueAt: null };
    }
  }

  const problem = handler.check(item);
  if (problem) return park(deps, item, ['queued', 'sending', 'unknown'], { code: 'INVALID', message: problem });

  // Until the answer is recorded, a later pass that finds the item still `sending` (this window
  // was closed or reloaded meanwhile) must give the request time to land before reading back.
  const claimed = await transition(db, item.id, ['queued', 'sending', 'unknown'], (current) => ({
    state: 'sending',
    attempts: current.attempts + 1,
    firstAttemptAt: current.firstAttemptAt ?? deps.now().toISOString(),
    notBefore: new Date(deps.now().getTime() + settleMs(deps)).toISOString(),
  }));
  if (!claimed) return { result: 'retryLater', nextDueAt: null };

  let sent: Awaited<ReturnType<OutboxPlatform['write']>>;
  try {
    const request = handler.request(claimed);
    sent = await platform.write<OutboxWriteCodes[OutboxKind]>(item.shopId, request.code, request.input, { signal });
  } catch (error) {
    return afterFailedWrite(deps, claimed, toFailure(error));
  }
  if (!sent.ok) return afterFailedWrite(deps, claimed, sendFailureOf(sent.failure));
  const answer = sent.value;
  const acceptance = handler.accept(claimed, answer);
  if (acceptance.outcome === 'unknown') {
    // Processed, but the answer does not say how: the request is over, so no settle time.
    return retryLater(
      deps,
      claimed,
      { kind: 'unknown', status: answer.status, code: 'UNCLEAR_ANSWER', message: acceptance.message },
      'unknown',
      { afterWrite: true },
    );
  }

  // From here on the marketplace has answered: nothing below may lead to sending the item again.
  if (acceptance.outcome === 'refused')
    return park(deps, claimed, 'sending', { code: acceptance.code, message: acceptance.message, status: answer.status });
  const sentAt = deps.now().toISOString();
  if (acceptance.deliveredId === undefined && handler.createsMessage) {
    return identify(deps, claimed, sentAt, async (target) => {
      await identifyEarlier(deps, deps.handlers ?? outboxHandlers, target, signal);
      return readBack(target);
    });
  }
  await markSent(deps, item.id, 'sending', acceptance.deliveredId, sentAt);
  return { result: 'sent', nextDueAt: null };
}

/**
 * The marketplace took the item (2xx) but its answer did not say what was created (cut short, no
 * id). The id is looked up at once, because an unclaimed copy could later be taken for another item
 * with the same text (which would then never be sent). Until it is found the item stays `unknown`
 * with `sentAt` set: it is never sent again, and later items of its thread wait.
 */
async function identify(
  deps: OutboxSenderDeps,
  item: OutboxItem,
  sentAt: string,
  readBack: (target: OutboxItem) => Promise<ReadBackResult>,
): Promise<Outcome> {
  try {
    const found = await readBack(item);
    await markSent(deps, item.id, 'sending', found.found ? found.deliveredId : undefined, sentAt);
    return { result: 'sent', nextDueAt: null };
  } catch (error) {
    const failure = toFailure(error);
    const notBefore = deps.now().getTime() + retryDelay(failure, 1, deps.random);
    await transition(deps.db, item.id, 'sending', () => ({
      state: 'unknown',
      sentAt,
      notBefore: new Date(notBefore).toISOString(),
      lastError: { code: 'UNIDENTIFIED', message: 'The marketplace took it; the console is looking up its copy.' },
    }));
    return { result: 'retryLater', nextDueAt: notBefore };
  }
}

/**
 * Before a read-back looks for `item`, earlier items of the same scope that were delivered without a
 * known id are identified first, in the order they were written, so that each copy is claimed by
 * the item that made it and never by a later one with the same text.
 */
async function identifyEarlier(
  deps: OutboxSenderDeps,
  handlers: Handlers,
  item: OutboxItem,
  signal: AbortSignal | undefined,
): Promise<void> {
  const scope = item.threadId
    ? await deps.db.outbox.where('[shopId+threadId]').equals([item.shopId, item.threadId]).toArray()
    : await deps.db.outbox
        .where('shopId')
        .equals(item.shopId)
        .filter((i) => i.threadId === undefined)
        .toArray();
  const unidentified = scope.filter(
    (i) => i.state === 'sent' && i.deliveredMessageId === undefined && (i.seq ?? 0) < (item.seq ?? 0) && handlers[i.kind]?.createsMessage,
  );
  for (const earlier of unidentified.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    const found = await handlers[earlier.kind].readBack(earlier, await readBackContext(deps, earlier, signal));
    if (found.found && found.deliveredId) await transition(deps.db, earlier.id, 'sent', () => ({ deliveredMessageId: found.deliveredId }));
  }
}

/**
 * What a handler's read-back may use for `item`: typed reads of the item's shop that throw
 * SendFailureError when the marketplace gives no usable answer, and the ids claimed by other items.
 */
async function readBackContext(deps: OutboxSenderDeps, item: OutboxItem, signal: AbortSignal | undefined): Promise<ReadBackContext> {
  return {
    async read(code, input) {
      const result = await deps.platform.call(item.shopId, code, input, { signal });
      if (!result.ok) throw new SendFailureError(sendFailureOf(result.failure));
      return result.value;
    },
    claimed: await claimedMessageIds(deps.db, item),
  };
}
