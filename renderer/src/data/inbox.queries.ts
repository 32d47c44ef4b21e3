import Dexie from 'dexie';
import { z } from 'zod';
import type { ConsoleDatabase } from './db';
import type { ReadMarkRecord, ThreadRecord } from './records';

/** One key for a thread across shops, for maps and sets (ids never hold a line break). */
export function threadKeyOf(shopId: string, threadId: string): string {
  return `${shopId}\n${threadId}`;
}

/** One key for an order across shops (incidents and returns join threads on it). */
export function orderKeyOf(shopId: string, orderId: string): string {
  return `${shopId}\n${orderId}`;
}

/** One key for a reason code of a shop (RE11 labels differ from shop to shop). */
export function reasonKeyOf(shopId: string, code: string): string {
  return `${shopId}\n${code}`;
}

/** An order's total as OR11 sent it (the cache holds it only for orders with an incident). */
export interface OrderAmount {
  amount: number;
  currency: string;
}

/**
 * What the inbox shows of the cache, read in one transaction: the connected shops' threads and what
 * the marketplace tells about them (incidents, returns, reason labels); the seller's own marks are
 * read apart (inboxMarks). The rules that turn this into rows (filters, groups, sort) are pure
 * functions of the inbox feature, so this stays one read that a later, indexed version can replace.
 */
export interface InboxSource {
  threads: InboxThread[];
  /** Orders (orderKeyOf) with an order line in INCIDENT_OPEN. */
  incidentOrders: ReadonlySet<string>;
  /** Orders (orderKeyOf) with a return still in progress (not closed, cancelled or refused). */
  returnOrders: ReadonlySet<string>;
  /** Order totals (orderKeyOf) where OR11 put them in the cache (incident records carry their order). */
  orderAmounts: ReadonlyMap<string, OrderAmount>;
  /** RE11 labels (reasonKeyOf): the REASON_CODE topics' words, in the language the marketplace sent. */
  topicLabels: ReadonlyMap<string, string>;
}

/**
 * A thread as the inbox keeps it in memory: the record without what the list never shows (the
 * marketplace's raw thread and the participant lists, most of a record's size), so 100,000 cached
 * threads stay a fraction of the heap they would take whole.
 */
export type InboxThread = Omit<ThreadRecord, 'raw' | 'currentParticipants' | 'authorizedParticipants'>;

/** The record without the fields InboxThread leaves out. */
export function inboxThread(record: ThreadRecord): InboxThread {
  const { raw: _raw, currentParticipants: _current, authorizedParticipants: _authorized, ...thread } = record;
  return thread;
}

/** Return states after which a return needs nothing more from anyone. */
const finishedReturnStates: ReadonlySet<string> = new Set(['CLOSED', 'CANCELED', 'REFUSED']);

/** What the inbox reads of an incident record's `raw.order` (OR11, validated when stored). */
const incidentOrderSchema = z.object({
  order: z.object({ total_price: z.number(), currency_iso_code: z.string() }),
});

/**
 * The inbox's source (see InboxSource) for the shops in `shopIds` (the shops connected now: a
 * disconnected shop's cache stays in the profile's database for when it is connected again).
 * Read-only; used as a live query, so it runs again whenever the sync engine stores anything it read.
 */
export async function inboxSource(db: ConsoleDatabase, shopIds: readonly string[]): Promise<InboxSource> {
  return db.transaction('r', [db.threads, db.incidents, db.returns, db.reasons], async () => {
    const [threads, context] = await Promise.all([inboxThreads(db, shopIds), inboxContext(db, shopIds)]);
    return { threads, ...context };
  });
}

/**
 * inboxSource's threads alone. As a live query of its own, it is not read again (100,000 threads)
 * when the sync engine stores only incidents, returns or reasons: inboxContext is.
 */
export async function inboxThreads(db: ConsoleDatabase, shopIds: readonly string[]): Promise<InboxThread[]> {
  const ids = [...new Set(shopIds)].sort();
  // One getAll of each shop's range of primary keys (in anyOf's order): anyOf walks a cursor, and a live
  // query records every key a secondary index read yields; for 100,000 threads that took seconds, while
  // a primary-key range is recorded as the range.
  const perShop = await Promise.all(ids.map((id) => shopThreads(db, id)));
  return perShop.flat().map(inboxThread);
}

/** inboxSource without its threads (incidents, returns, reason labels of the shops): a few records, read in one transaction. */
export async function inboxContext(db: ConsoleDatabase, shopIds: readonly string[]): Promise<Omit<InboxSource, 'threads'>> {
  const ids = [...new Set(shopIds)].sort();
  return db.transaction('r', [db.incidents, db.returns, db.reasons], () => threadContext(db, ids));
}

/** How many threads one request of inboxSource reads: short requests, so a reload need not wait for a long one. */
const threadChunk = 5000;

/**
 * A shop's threads by primary key, in requests of threadChunk: each result is deserialized in a
 * task of its own, and a page that goes away leaves no long read running that the next page's
 * database open would wait for.
 */
async function shopThreads(db: ConsoleDatabase, shopId: string): Promise<ThreadRecord[]> {
  const threads: ThreadRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const chunk: ThreadRecord[] = await db.threads
      .where('[shopId+id]')
      .between([shopId, after ?? Dexie.minKey], [shopId, Dexie.maxKey], after === null, false)
      .limit(threadChunk)
      .toArray();
    threads.push(...chunk);
    const last = chunk[chunk.length - 1];
    if (chunk.length < threadChunk || !last) return threads;
    after = last.id;
  }
}

/**
 * The first screen's part of inboxSource, read through the [shopId+dueAt] index instead of every
 * thread: the `limit` waiting threads of the connected shops with the earliest deadlines (the top of
 * the list sorted by due time, overdue first), with the same context. Shown while inboxSource reads a
 * large cache; the caller must not take its counts for the whole inbox's.
 */
export async function inboxFirstThreads(db: ConsoleDatabase, shopIds: readonly string[], limit: number): Promise<InboxSource> {
  const ids = [...new Set(shopIds)];
  return db.transaction('r', [db.threads, db.incidents, db.returns, db.reasons], async () => {
    const [perShop, context] = await Promise.all([Promise.all(ids.map((id) => firstWaiting(db, id, limit))), threadContext(db, ids)]);
    const threads = perShop
      .flat()
      .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''))
      .slice(0, limit);
    return { threads: threads.map(inboxThread), ...context };
  });
}

/**
 * A shop's `limit` waiting threads with the earliest deadlines. Threads with a deadline are waiting
 * ones, so one getAll of the index's first `limit` usually answers (one round trip); only when some of
 * them are not waiting does a filtered cursor (a round trip per thread) read on.
 */
async function firstWaiting(db: ConsoleDatabase, shopId: string, limit: number): Promise<ThreadRecord[]> {
  const byDue = () => db.threads.where('[shopId+dueAt]').between([shopId, Dexie.minKey], [shopId, Dexie.maxKey]);
  const head = await byDue().limit(limit).toArray();
  const waiting = head.filter((t) => t.replyState === 'waiting');
  if (waiting.length === head.length || head.length < limit) return waiting;
  return byDue()
    .filter((t) => t.replyState === 'waiting')
    .limit(limit)
    .toArray();
}

/** What inboxSource tells beside the threads, for the shops in `ids` (inside the caller's transaction). */
async function threadContext(db: ConsoleDatabase, ids: readonly string[]): Promise<Omit<InboxSource, 'threads'>> {
  const [incidents, returns, reasons] = await Promise.all([
    db.incidents.where('shopId').anyOf(ids).toArray(),
    db.returns.where('shopId').anyOf(ids).toArray(),
    db.reasons
      .where('[shopId+type]')
      .anyOf(ids.map((id) => [id, 'incident_open']))
      .toArray(),
  ]);
  const incidentOrders = new Set<string>();
  const orderAmounts = new Map<string, OrderAmount>();
  for (const incident of incidents) {
    const key = orderKeyOf(incident.shopId, incident.orderId);
    if (incident.state === 'INCIDENT_OPEN') incidentOrders.add(key);
    const parsed = incidentOrderSchema.safeParse(incident.raw);
    if (parsed.success) orderAmounts.set(key, { amount: parsed.data.order.total_price, currency: parsed.data.order.currency_iso_code });
  }
  const returnOrders = new Set(
    returns.filter((r) => r.orderId && !finishedReturnStates.has(r.state)).map((r) => orderKeyOf(r.shopId, r.orderId ?? '')),
  );
  return { incidentOrders, returnOrders, orderAmounts, topicLabels: new Map(reasons.map((r) => [reasonKeyOf(r.shopId, r.code), r.label])) };
}

/** What the seller has done to threads in this profile: the threads with a draft, and the read marks (threadKeyOf keys). */
export interface InboxMarks {
  drafts: ReadonlySet<string>;
  readMarks: ReadonlyMap<string, ReadMarkRecord>;
}

/**
 * The drafts and read marks, read apart from inboxSource: they change as the seller types and opens
 * threads, and a live query over them alone does not read every thread again at each change.
 */
export async function inboxMarks(db: ConsoleDatabase): Promise<InboxMarks> {
  return db.transaction('r', [db.drafts, db.readMarks], async () => {
    const [drafts, marks] = await Promise.all([db.drafts.toCollection().primaryKeys(), db.readMarks.toArray()]);
    return {
      drafts: new Set(drafts.map(([shopId, threadId]) => threadKeyOf(shopId, threadId))),
      readMarks: new Map(marks.map((m) => [threadKeyOf(m.shopId, m.threadId), m])),
    };
  });
}

/**
 * The RE11 label of a thread's REASON_CODE topic as the shop's cached reasons give it (in the language
 * the marketplace sent: RE11 takes no locale), or undefined when the reasons are not cached or the
 * topic is free text. For the thread view's header, so it names the topic as the inbox row does.
 */
export async function topicLabel(db: ConsoleDatabase, shopId: string, topicCode: string | undefined): Promise<string | undefined> {
  if (!topicCode) return undefined;
  return (await db.reasons.get([shopId, 'incident_open', topicCode]))?.label;
}
