// The benchmark's baseline: the bare IndexedDB API, with the same object stores (key paths and
// indexes) as the console's Dexie schema for what a threads sync writes, so the browser maintains
// the same indexes for the same records. No library, no validation, no derivation.

/** One page's worth of records, written in one readwrite transaction (as the sync engine does). */
export interface RawBatch {
  threads: unknown[];
  /** Each thread's messages record (ThreadMessagesRecord: its messages and search tokens). */
  threadMessages: unknown[];
  /** The search index's segments of the page (SearchSegmentRecord). */
  searchSegments: unknown[];
  cursor: unknown;
}

const storeNames = ['threads', 'threadMessages', 'searchSegments', 'syncCursors'];

/**
 * Opens (creating) a database with the cache's stores for threads, their messages (with their
 * attachments, schema version 9), search segments and cursors.
 */
export function openRawDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      // As ConsoleDatabase version 9 declares them (renderer/src/data/schema-stores.ts).
      const threads = db.createObjectStore('threads', { keyPath: ['shopId', 'id'] });
      for (const field of ['shopId', 'topic', 'dateUpdated']) threads.createIndex(field, field);
      threads.createIndex('[shopId+dateUpdated]', ['shopId', 'dateUpdated']);
      threads.createIndex('[replyState+dueAt]', ['replyState', 'dueAt']);
      threads.createIndex('[shopId+dueAt]', ['shopId', 'dueAt']);
      db.createObjectStore('threadMessages', { keyPath: ['shopId', 'threadId'] });
      db.createObjectStore('searchSegments', { keyPath: ['bucket', 'segment'] });
      db.createObjectStore('syncCursors', { keyPath: ['shopId', 'kind'] });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Opening ${name} failed.`));
    request.onblocked = () => reject(new Error(`Opening ${name} is blocked by another connection.`));
  });
}

/** Writes each batch in its own readwrite transaction with put(), one after the other. */
export async function writeRawBatches(db: IDBDatabase, batches: readonly RawBatch[]): Promise<number> {
  for (const batch of batches) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(storeNames, 'readwrite');
      const threads = tx.objectStore('threads');
      for (const record of batch.threads) threads.put(record);
      const messages = tx.objectStore('threadMessages');
      for (const record of batch.threadMessages) messages.put(record);
      const segments = tx.objectStore('searchSegments');
      for (const record of batch.searchSegments) segments.put(record);
      tx.objectStore('syncCursors').put(batch.cursor);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('A raw write failed.'));
      tx.onabort = () => reject(tx.error ?? new Error('A raw write was aborted.'));
    });
  }
  return batches.length;
}

/** Counts the records of a store. */
export function countRecords(db: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Counting ${store} failed.`));
  });
}

/** Deletes a database, waiting until it is gone. */
export function deleteRawDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Deleting ${name} failed.`));
  });
}
