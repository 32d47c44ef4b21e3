import type { Table, Transaction } from 'dexie';
import type { AttachmentRecord, MessageRecord, SearchSegmentRecord, ThreadAttachment, ThreadMessagesRecord, ThreadRecord } from './records';
import { searchSegments } from './search-segments';
import { threadMessagesRecord } from './thread-messages.queries';

/** Records read at once by the migration (bounded memory whatever the cache's size). */
const chunk = 2000;

/**
 * Schema version 7's upgrade: moves version 6's one-record-per-message `messages` into one
 * ThreadMessagesRecord per thread (with the thread's search tokens, posted to searchSegments), then gives every thread without
 * messages its (empty) record too, so search finds threads by their own fields. Reads a chunk at a
 * time in key order, so a thread's messages arrive together; messages whose thread is not cached
 * keep their record (tokens from their text alone). Dexie deletes `messages` after this runs.
 */
export async function moveMessagesIntoThreads(tx: Transaction): Promise<void> {
  const messages = tx.table<MessageRecord, [string, string, string]>('messages');
  const threads = tx.table<ThreadRecord, [string, string]>('threads');
  const target = tx.table<ThreadMessagesRecord, [string, string]>('threadMessages');
  const segments = tx.table<SearchSegmentRecord, [string, string]>('searchSegments');
  // The messages a chunk at a time; the last thread of a chunk may go on in the next, so it waits.
  let pending: MessageRecord[] = [];
  let after: [string, string, string] | null = null;
  for (;;) {
    const page: MessageRecord[] = after
      ? await messages.where(':id').above(after).limit(chunk).toArray()
      : await messages.toCollection().limit(chunk).toArray();
    const all = [...pending, ...page];
    const last = all[all.length - 1];
    const done = page.length < chunk;
    const cut = done || !last ? all.length : all.findIndex((m) => m.shopId === last.shopId && m.threadId === last.threadId);
    await writeGroups(threads, target, segments, all.slice(0, cut));
    pending = all.slice(cut);
    if (done) break;
    const end = page[page.length - 1] as MessageRecord;
    after = [end.shopId, end.threadId, end.id];
  }
  // Threads with no message cached get a record too.
  let from: [string, string] | null = null;
  for (;;) {
    const keys: [string, string][] = from
      ? await threads.where(':id').above(from).limit(chunk).primaryKeys()
      : await threads.toCollection().limit(chunk).primaryKeys();
    if (keys.length === 0) break;
    const have = await target.bulkGet(keys);
    const missing = keys.filter((_, i) => have[i] === undefined);
    const records = await threads.bulkGet(missing);
    const created = missing.map(([shopId, threadId], i) => threadMessagesRecord(shopId, threadId, records[i], []));
    await target.bulkPut(created);
    await segments.bulkPut(searchSegments(created, []));
    from = keys[keys.length - 1] as [string, string];
  }
}

async function writeGroups(
  threads: Table<ThreadRecord, [string, string]>,
  target: Table<ThreadMessagesRecord, [string, string]>,
  segments: Table<SearchSegmentRecord, [string, string]>,
  messages: readonly MessageRecord[],
): Promise<void> {
  const groups = new Map<string, MessageRecord[]>();
  for (const m of messages) {
    const key = `${m.shopId}\n${m.threadId}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  const lists = [...groups.values()];
  const keys = lists.map((list) => [list[0]?.shopId ?? '', list[0]?.threadId ?? ''] as [string, string]);
  const owners = await threads.bulkGet(keys);
  const records = keys.map(([shopId, threadId], i) => threadMessagesRecord(shopId, threadId, owners[i], lists[i] ?? []));
  await target.bulkPut(records);
  await segments.bulkPut(searchSegments(records, []));
}

/**
 * Schema version 9's upgrade: moves version 8's `attachments` records into their threads'
 * ThreadMessagesRecords (`attachments`, merged by id with any already there). The attachment
 * records are small (ids, names, sizes), so they are read at once and grouped by thread; the
 * threads' records are then rewritten a chunk at a time. An attachment whose thread has no messages
 * record (its messages are not cached, so no message shows it) is dropped with the store; its
 * downloaded bytes (attachmentBlobs) stay until evicted. Dexie deletes `attachments` after this runs.
 */
export async function moveAttachmentsIntoThreads(tx: Transaction): Promise<void> {
  const target = tx.table<ThreadMessagesRecord, [string, string]>('threadMessages');
  const groups = new Map<string, ThreadAttachment[]>();
  await tx.table<AttachmentRecord, [string, string]>('attachments').each(({ shopId, threadId, ...attachment }) => {
    const key = `${shopId}\n${threadId}`;
    const list = groups.get(key);
    if (list) list.push(attachment);
    else groups.set(key, [attachment]);
  });
  const keys = [...groups.keys()];
  const threadsPerChunk = 200;
  for (let start = 0; start < keys.length; start += threadsPerChunk) {
    const batch = keys.slice(start, start + threadsPerChunk);
    const owners = await target.bulkGet(batch.map((key) => key.split('\n') as [string, string]));
    const updated = owners.flatMap((owner, i) => {
      if (!owner) return [];
      const byId = new Map((owner.attachments ?? []).map((a) => [a.id, a]));
      for (const a of groups.get(batch[i] ?? '') ?? []) byId.set(a.id, a);
      return [{ ...owner, attachments: [...byId.values()] }];
    });
    await target.bulkPut(updated);
  }
}
