import type { ConsoleDatabase } from './db';
import type { AttachmentRecord, MessageRecord, SearchSegmentRecord, ThreadAttachment, ThreadMessagesRecord, ThreadRecord } from './records';
import { searchSegments } from './search-segments';
import { joinTokens, searchTokens } from './search-tokens';
import type { ThreadRecords } from '../sync/thread-records';

/** A thread's messages in the thread's order: by dateCreated, then id (as IndexedDB compares strings). */
export function inThreadOrder(messages: MessageRecord[]): MessageRecord[] {
  return messages.sort((a, b) =>
    a.dateCreated < b.dateCreated ? -1 : a.dateCreated > b.dateCreated ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/**
 * The cache record of a thread's messages (ThreadMessagesRecord): the messages in thread order, the
 * thread's search tokens (one string, see joinTokens), from its own fields (when the thread is
 * known) and every message, and the messages' attachments (the field left out when there are none).
 */
export function threadMessagesRecord(
  shopId: string,
  threadId: string,
  thread: ThreadRecord | undefined,
  messages: MessageRecord[],
  attachments: readonly ThreadAttachment[] = [],
): ThreadMessagesRecord {
  const fields = thread ? [thread.customerName, thread.orderId, thread.orderLabel, thread.topic, thread.topicCode] : [];
  const tokens = joinTokens(searchTokens([...fields, ...messages.map((m) => m.body)]));
  const record: ThreadMessagesRecord = { shopId, threadId, messages: inThreadOrder(messages), tokens };
  if (attachments.length > 0) record.attachments = [...attachments];
  return record;
}

/** The tables storeThreadsPage writes: a transaction around it must include them. */
export function threadStoreTables(db: ConsoleDatabase) {
  return [db.threads, db.threadMessages, db.searchSegments] as const;
}

/**
 * A page of threads made ready to store before its transaction opens (prepareThreadsPage): each
 * thread's messages record as it is when the cache holds none of its messages yet (tokens
 * included), and the search segments of a page of such threads. The sync engine prepares the next
 * page while the current one is written, so tokenizing overlaps IndexedDB's commit instead of
 * lengthening the page's transaction.
 */
export interface PreparedThreadsPage {
  records: readonly ThreadRecords[];
  /** Per record, its ThreadMessagesRecord from the page's messages alone. */
  fresh: ThreadMessagesRecord[];
  /** searchSegments of `fresh` with nothing posted before: right when no thread of the page is cached. */
  segments: SearchSegmentRecord[];
}

/** Tokenizes and indexes a page of threads ahead of storeThreadsPage (pure; no database access). */
export function prepareThreadsPage(records: readonly ThreadRecords[]): PreparedThreadsPage {
  const fresh = records.map(freshThreadMessages);
  return { records, fresh, segments: searchSegments(fresh, []) };
}

/**
 * prepareThreadsPage in slices of `slice` threads, awaiting `pause` between them (the sync engine
 * passes nextTask), so tokenizing a page of long threads never holds the main thread for long.
 */
export async function prepareThreadsPageInSlices(
  records: readonly ThreadRecords[],
  pause: () => Promise<void>,
  slice = 25,
): Promise<PreparedThreadsPage> {
  const fresh: ThreadMessagesRecord[] = [];
  for (let start = 0; start < records.length; start += slice) {
    if (start > 0) await pause();
    fresh.push(...records.slice(start, start + slice).map(freshThreadMessages));
  }
  await pause();
  return { records, fresh, segments: searchSegments(fresh, []) };
}

function freshThreadMessages(r: ThreadRecords): ThreadMessagesRecord {
  return threadMessagesRecord(r.thread.shopId, r.thread.id, r.thread, [...r.messages], r.attachments);
}

/**
 * Stores a page of threads as the sync engine maps them (threadRecords): the thread records, each
 * thread's messages merged into its ThreadMessagesRecord (a message already cached and absent from
 * the page stays: M11 embeds only the last 100 messages), its search tokens renewed and the tokens
 * it gained posted to the search index (searchSegments) in the same write, and its attachments
 * merged into the same record. One bulkGet and one bulkPut per table, so a page of a hundred threads
 * costs a few hundred IndexedDB requests whatever its message or attachment count. A PreparedThreadsPage (prepareThreadsPage) saves the
 * tokenizing inside the transaction for threads the cache does not hold yet (every thread of an
 * initial sync); threads already cached are merged and tokenized here.
 *
 * The one write path of threads and messages: the sync engine (sync/threads.sync.ts) calls it
 * inside its page-and-cursor transaction, and benchmarks seed large caches with it. Call it inside a
 * 'rw' transaction over threadStoreTables (plus whatever else the caller writes), or alone (it then
 * opens its own). Throws what IndexedDB throws (e.g. a full disk, see storage-errors.ts).
 */
export async function storeThreadsPage(db: ConsoleDatabase, page: readonly ThreadRecords[] | PreparedThreadsPage): Promise<void> {
  const prepared = 'fresh' in page ? page : null;
  const records = prepared ? prepared.records : (page as readonly ThreadRecords[]);
  if (records.length === 0) return;
  await db.transaction('rw', threadStoreTables(db), async () => {
    const keys = records.map((r) => [r.thread.shopId, r.thread.id] as [string, string]);
    // The writes are issued together, not each after the last one's answer, so the browser stores
    // one while the page serializes the next (as bare IndexedDB code would). The threads' put goes
    // with the read of the cached messages records (IndexedDB answers a transaction's requests in
    // order, so the read waits for nothing more than before).
    const [, cached] = await Promise.all([db.threads.bulkPut(records.map((r) => r.thread)), db.threadMessages.bulkGet(keys)]);
    const merged = records.map((r, i) => {
      const before = cached[i]?.messages ?? [];
      const ready = prepared?.fresh[i];
      if (before.length === 0 && ready) return ready;
      const messages = before.length === 0 ? [...r.messages] : mergeMessages(before, r.messages);
      const attachments = mergeById(cached[i]?.attachments ?? [], r.attachments);
      return threadMessagesRecord(r.thread.shopId, r.thread.id, r.thread, messages, attachments);
    });
    const noneCached = cached.every((c) => c === undefined);
    const segments =
      prepared && noneCached
        ? prepared.segments
        : searchSegments(
            merged,
            cached.map((c) => c?.tokens),
          );
    await Promise.all([db.threadMessages.bulkPut(merged), db.searchSegments.bulkPut(segments)]);
  });
}

/**
 * Adds messages to their threads' records (merged by id, the search tokens renewed), for messages
 * that come without their thread's page: e.g. test setups and a copy of a reply learnt elsewhere.
 * The threads need not be cached (their records then hold the messages' tokens alone). Opens its
 * own 'rw' transaction over threads, threadMessages and searchSegments, or joins the caller's.
 */
export async function storeMessages(db: ConsoleDatabase, messages: readonly MessageRecord[]): Promise<void> {
  const groups = new Map<string, MessageRecord[]>();
  for (const m of messages) {
    const key = `${m.shopId}\n${m.threadId}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const keys = [...groups.keys()].map((key) => key.split('\n') as [string, string]);
  await db.transaction('rw', [db.threads, db.threadMessages, db.searchSegments], async () => {
    const [threads, cached] = await Promise.all([db.threads.bulkGet(keys), db.threadMessages.bulkGet(keys)]);
    const records = keys.map(([shopId, threadId], i) =>
      threadMessagesRecord(
        shopId,
        threadId,
        threads[i],
        mergeMessages(cached[i]?.messages ?? [], groups.get(`${shopId}\n${threadId}`) ?? []),
        cached[i]?.attachments,
      ),
    );
    await db.threadMessages.bulkPut(records);
    await db.searchSegments.bulkPut(
      searchSegments(
        records,
        cached.map((c) => c?.tokens),
      ),
    );
  });
}

function mergeMessages(before: readonly MessageRecord[], page: readonly MessageRecord[]): MessageRecord[] {
  return mergeById(before, page);
}

/** `before` with `page`'s items added, an item of `page` replacing the one of `before` with its id. */
function mergeById<T extends { id: string }>(before: readonly T[], page: readonly T[]): T[] {
  if (before.length === 0) return [...page];
  const byId = new Map(before.map((item) => [item.id, item]));
  for (const item of page) byId.set(item.id, item);
  return [...byId.values()];
}

/** A thread's cached messages in thread order (empty when none are cached). */
export async function threadMessagesOf(db: ConsoleDatabase, shopId: string, threadId: string): Promise<MessageRecord[]> {
  return (await db.threadMessages.get([shopId, threadId]))?.messages ?? [];
}

/**
 * A thread's cached messages (in thread order) and their attachments by id, as the thread view and
 * the case detail show them; empty when the cache holds nothing of the thread. The one reader of
 * cached attachments (schema version 9 keeps them in the thread's ThreadMessagesRecord).
 */
export async function threadContentOf(
  db: ConsoleDatabase,
  shopId: string,
  threadId: string,
): Promise<{ messages: MessageRecord[]; attachments: Map<string, AttachmentRecord> }> {
  const record = await db.threadMessages.get([shopId, threadId]);
  return { messages: record?.messages ?? [], attachments: attachmentsOf(shopId, threadId, record) };
}

/** The attachments of a thread's ThreadMessagesRecord by id, in AttachmentRecord's shape (empty for none). */
export function attachmentsOf(shopId: string, threadId: string, record: ThreadMessagesRecord | undefined): Map<string, AttachmentRecord> {
  return new Map((record?.attachments ?? []).map((a) => [a.id, { ...a, shopId, threadId }]));
}

/** How many of a thread's messages the cache holds. */
export async function cachedMessageCount(db: ConsoleDatabase, shopId: string, threadId: string): Promise<number> {
  return (await threadMessagesOf(db, shopId, threadId)).length;
}

/** Whether the cache holds message `messageId` of a thread. */
export async function hasCachedMessage(db: ConsoleDatabase, shopId: string, threadId: string, messageId: string): Promise<boolean> {
  return (await threadMessagesOf(db, shopId, threadId)).some((m) => m.id === messageId);
}

/**
 * Every cached message of a shop, grouped by thread id (each list in thread order): one range read
 * of the shop's ThreadMessagesRecords. For the reports, which read every thread anyway.
 */
export async function shopMessagesByThread(db: ConsoleDatabase, shopId: string): Promise<Map<string, MessageRecord[]>> {
  // Every key [shop, thread] lies between [shop] and [shop, []] (an array sorts after any string).
  const records = await db.threadMessages.where(':id').between([shopId], [shopId, []]).toArray();
  return new Map(records.map((r) => [r.threadId, r.messages]));
}
