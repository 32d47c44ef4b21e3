import { Dexie, type Table } from 'dexie';
import { ConsoleDatabase, legacyDatabaseNames } from './db';
import type { DraftRecord, OutboxItem, QuarantineRecord, SyncCursorRecord } from './records';

/** The origin's IndexedDB databases, as adoption needs them (a port: tests pass fake-indexeddb's). */
export interface DatabaseDirectory {
  names(): Promise<string[]>;
  open(name: string): ConsoleDatabase;
  remove(name: string): Promise<void>;
}

/** This browser profile's databases. */
export const browserDatabases: DatabaseDirectory = {
  names: async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name !== ''),
  open: (name) => new ConsoleDatabase(name),
  remove: (name) => Dexie.delete(name),
};

/** What adoption took over from older databases (all zero when there were none). */
export interface AdoptionReport {
  databases: number;
  outboxItems: number;
  drafts: number;
  records: number;
}

/** Cache tables copied record by record, keeping what the profile's database already holds. */
const cacheTables = ['shops', 'threads', 'threadMessages', 'searchSegments', 'attachmentBlobs', 'incidents', 'returns', 'reasons'] as const;
const chunkSize = 500;

/**
 * Takes everything of a profile's older databases (one per set of shops, as the console kept them
 * before one database per profile) into the profile's database `db`, then deletes them: every
 * outbox item not already there (in the order written, so a thread's replies stay in order), the
 * newer of two drafts of a thread, cached records the profile's database lacks, quarantine entries,
 * and sync cursors merged so the next passes fetch whatever either cache could have missed.
 *
 * Runs on every start of the leader, before the sender: a pending write left anywhere in the
 * profile's storage is adopted and sent. Safe to interrupt: each step can run again (items by id,
 * records only where absent), and an older database is deleted only after it was copied whole. A
 * database that cannot be opened (e.g. from a newer console) is left alone and reported to `log`.
 */
export async function adoptLegacyDatabases(
  db: ConsoleDatabase,
  profileId: string,
  directory: DatabaseDirectory,
  log: (message: string, error?: unknown) => void,
): Promise<AdoptionReport> {
  const report: AdoptionReport = { databases: 0, outboxItems: 0, drafts: 0, records: 0 };
  for (const name of legacyDatabaseNames(profileId, await directory.names())) {
    const legacy = directory.open(name);
    try {
      await legacy.open();
      report.outboxItems += await adoptOutbox(db, legacy);
      report.drafts += await adoptDrafts(db, legacy);
      await adoptCursors(db, legacy);
      report.records += await adoptQuarantine(db, legacy);
      for (const table of cacheTables) report.records += await copyAbsent(legacy.table(table), db.table(table));
      legacy.close();
      await directory.remove(name);
      report.databases += 1;
    } catch (error) {
      legacy.close();
      log(`The older offline cache "${name}" could not be taken over; it is kept and tried again at the next start.`, error);
    }
  }
  return report;
}

/**
 * Adds the legacy outbox items the profile lacks (by id), then numbers every item again so that
 * items keep the order they were written in (both lists are merged by creation time, each keeping
 * its own order). Runs before the sender starts, so no item is in flight in this database.
 */
async function adoptOutbox(db: ConsoleDatabase, legacy: ConsoleDatabase): Promise<number> {
  const theirs = await legacy.outbox.orderBy('seq').toArray();
  if (theirs.length === 0) return 0;
  return db.transaction('rw', db.outbox, async () => {
    const ours = await db.outbox.orderBy('seq').toArray();
    const known = new Set(ours.map((item) => item.id));
    const missing = theirs.filter((item) => !known.has(item.id));
    if (missing.length === 0) return 0;
    const merged: OutboxItem[] = [];
    let a = 0;
    let b = 0;
    while (a < ours.length || b < missing.length) {
      const next =
        b >= missing.length || (a < ours.length && (ours[a]?.createdAt ?? '') <= (missing[b]?.createdAt ?? '')) ? ours[a++] : missing[b++];
      if (next) merged.push(withoutSeq(next));
    }
    await db.outbox.clear();
    await db.outbox.bulkAdd(merged);
    return missing.length;
  });
}

function withoutSeq(item: OutboxItem): OutboxItem {
  const { seq: _seq, ...rest } = item;
  return rest;
}

/** The newer draft of each thread wins (what the seller typed last). */
async function adoptDrafts(db: ConsoleDatabase, legacy: ConsoleDatabase): Promise<number> {
  const theirs = await legacy.drafts.toArray();
  return db.transaction('rw', db.drafts, async () => {
    const ours = await db.drafts.bulkGet(theirs.map((d) => [d.shopId, d.threadId] as [string, string]));
    const newer = theirs.filter((draft, i) => !ours[i] || (ours[i] as DraftRecord).updatedAt < draft.updatedAt);
    await db.drafts.bulkPut(newer);
    return newer.length;
  });
}

/**
 * Merges sync cursors so the next passes start early enough for both caches: the earlier high-water
 * mark, none at all where the older cache holds list records it could not read (its mark may have
 * passed them), the threads either still had to fetch whole, and no pass in progress.
 */
async function adoptCursors(db: ConsoleDatabase, legacy: ConsoleDatabase): Promise<void> {
  const theirs = await legacy.syncCursors.toArray();
  const unreadable = new Set(
    (await legacy.quarantine.toArray()).filter((q) => q.recordId === undefined).map((q) => `${q.shopId}\u0000${q.kind}`),
  );
  const kindOfRecords: Record<string, string> = { threads: 'thread', orders: 'order', returns: 'return' };
  await db.transaction('rw', db.syncCursors, async () => {
    for (const cursor of theirs) {
      const ours = await db.syncCursors.get([cursor.shopId, cursor.kind]);
      const mustRefetch = unreadable.has(`${cursor.shopId}\u0000${kindOfRecords[cursor.kind] ?? cursor.kind}`);
      const merged: SyncCursorRecord = {
        shopId: cursor.shopId,
        kind: cursor.kind,
        updatedSince: mustRefetch ? undefined : earlier(ours ? ours.updatedSince : cursor.updatedSince, cursor.updatedSince),
        pendingFullThreads: union(ours?.pendingFullThreads, cursor.pendingFullThreads),
        retryThreads: union(ours?.retryThreads, cursor.retryThreads),
        lastSuccessAt: ours?.lastSuccessAt ?? cursor.lastSuccessAt,
      };
      await db.syncCursors.put(merged);
    }
  });
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  const all = [...new Set([...(a ?? []), ...(b ?? [])])];
  return all.length > 0 ? all : undefined;
}

/** Quarantine entries are keyed by an auto-increment id: the same payload is recognised by its fingerprint. */
async function adoptQuarantine(db: ConsoleDatabase, legacy: ConsoleDatabase): Promise<number> {
  const theirs = await legacy.quarantine.toArray();
  return db.transaction('rw', db.quarantine, async () => {
    let added = 0;
    for (const { id: _id, ...entry } of theirs) {
      if (entry.fingerprint && (await db.quarantine.where('fingerprint').equals(entry.fingerprint).count()) > 0) continue;
      await db.quarantine.add(entry as QuarantineRecord);
      added += 1;
    }
    return added;
  });
}

/**
 * Copies the records of `from` that `to` does not hold (by primary key), in chunks by key order,
 * so a large cache is never read into memory at once and a copy cut off part-way goes on safely.
 */
async function copyAbsent(from: Table, to: Table): Promise<number> {
  const keyPath = from.schema.primKey.keyPath;
  const keyOf = (record: object): unknown =>
    Array.isArray(keyPath) ? keyPath.map((path) => Dexie.getByKeyPath(record, path)) : Dexie.getByKeyPath(record, keyPath ?? '');
  let copied = 0;
  let after: unknown = undefined;
  for (;;) {
    const chunk: object[] = await (after === undefined ? from.orderBy(':id') : from.where(':id').above(after)).limit(chunkSize).toArray();
    if (chunk.length === 0) return copied;
    const keys = chunk.map(keyOf);
    await to.db.transaction('rw', to, async () => {
      const present = await to.bulkGet(keys as never[]);
      const absent = chunk.filter((_, i) => present[i] === undefined);
      if (absent.length > 0) await to.bulkAdd(absent);
      copied += absent.length;
    });
    after = keys[keys.length - 1];
  }
}
