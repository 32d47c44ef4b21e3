// What the sync benchmark's page offers the Node side (window.syncBench), and what it answers.
// Types only: the page is bundled from sync-bench.ts, the Node side drives it with page.evaluate.

/** A shop as the sync engine sees it. */
export interface BenchShop {
  id: string;
  market: string;
}

/** One initial sync of every shop into a fresh database. */
export interface InitialSyncResult {
  ms: number;
  threads: number;
  messages: number;
  attachments: number;
  quarantined: number;
  /** Requests per shop (M11 pages, plus M10 for threads longer than 100 messages). */
  requests: Record<string, number>;
  /** The page's long tasks (over 50 ms, PerformanceObserver 'longtask') while the sync ran. */
  longTasks: LongTasks;
}

/** Long tasks seen on the page's main thread during a measurement. */
export interface LongTasks {
  count: number;
  maxMs: number;
  totalMs: number;
}

/** Typing into a textarea on the page while an initial sync ran (Event Timing of the key presses). */
export interface TypingResult {
  /** Key and input events timed (keydown, keypress, input, keyup), each over 16 ms, and all keys typed. */
  keys: number;
  /** The slowest event's duration (from the key press to the next paint after its handlers). */
  maxEventMs: number;
  /** Events whose duration went over 50 ms. */
  eventsOver50: number;
  longTasks: LongTasks;
}

/** Writing the synced records again with the bare IndexedDB API. */
export interface RawWriteResult {
  ms: number;
  transactions: number;
  threads: number;
  messages: number;
  attachments: number;
}

/** One pass of some kinds for every shop: time, requests per kind and shop, records stored per kind. */
export interface PassesResult {
  ms: Record<string, number>;
  requests: Record<string, Record<string, number>>;
  stored: Record<string, number>;
}

/** Where an initial sync's time goes, each stage measured alone on the same pages. */
export interface ProfileResult {
  pages: number;
  /** GET every M11 page through the gateway with ky and parse the JSON, one after the other. */
  fetchMs: number;
  /** The bytes of JSON those pages were. */
  jsonBytes: number;
  /** zod: the page envelope and every thread (with its messages) checked with the shared schemas. */
  validateMs: number;
  /** Mapping validated threads to cache records (threadRecords), deadlines included. */
  deriveMs: number;
  /** Of which: replyDueAt alone for every thread waiting for a reply. */
  replyDueAtMs: number;
  replyDueAtCalls: number;
  /** Search tokens and segments of every page (prepareThreadsPage), each page's threads new to the cache. */
  tokenizeMs: number;
  /** The same page-by-page work the engine does after mapping, through Dexie (prepareThreadsPage, then bulkPut + cursor). */
  dexieWriteMs: number;
  /** The same records, batches and stores with the bare IndexedDB API. */
  rawWriteMs: number;
}

export interface SyncBenchApi {
  /** Syncs the threads of every shop (syncThreads) into a fresh database `dbName`. */
  initialSync(dbName: string, shops: BenchShop[]): Promise<InitialSyncResult>;
  /** Reads the records a sync stored in `fromDb` into memory, in page-sized batches (not timed). */
  loadRecords(
    fromDb: string,
    shops: BenchShop[],
    pageSize: number,
  ): Promise<{ batches: number; threads: number; messages: number; attachments: number }>;
  /** Writes the loaded records with the bare IndexedDB API into a fresh database `dbName`. */
  rawWrite(dbName: string): Promise<RawWriteResult>;
  /**
   * One pass of each of `kinds` (sync kinds: threads, orders, returns, ...) for every shop on
   * `dbName`, through the engine's own passes (syncPasses); incremental where a pass ran before.
   */
  passes(dbName: string, shops: BenchShop[], kinds: string[]): Promise<PassesResult>;
  /** Measures the stages of an initial threads sync one by one (see ProfileResult). */
  profile(shops: BenchShop[]): Promise<ProfileResult>;
  /** GET + JSON of every M11 page of every shop one after another (the initial sync's download-and-parse baseline). */
  download(shops: BenchShop[]): Promise<{ ms: number; pages: number }>;
  /** Adds a textarea to the page and starts recording key events and long tasks (see typingResult). */
  startTyping(): void;
  /** Stops recording and answers what was measured since startTyping. */
  typingResult(): TypingResult;
  /** Deletes a database (Dexie-made or raw). */
  deleteDatabase(name: string): Promise<void>;
}
