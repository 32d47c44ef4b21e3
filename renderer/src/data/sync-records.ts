/**
 * The records of the sync engine's own bookkeeping in the profile's database: each shop and kind's
 * cursor, and the quarantine of payloads it could not read. Re-exported by records.ts.
 */

export type SyncKind = 'threads' | 'orders' | 'returns' | 'reasons' | 'account';

export interface SyncCursorRecord {
  shopId: string;
  kind: SyncKind;
  /** The high-water mark for `updated_since`: the newest `date_updated` stored by a completed pass. */
  updatedSince?: string;
  /** A pass in progress: the page token to continue from after a crash or reload. */
  pendingPageToken?: string;
  /** The high-water mark the pass in progress has reached so far. */
  pendingMaxUpdated?: string;
  /** Records stored by the pass in progress (progress display). */
  pendingCount?: number;
  /**
   * The pass in progress quarantined records: the earliest of their update instants ('start' when
   * one had none), where the high-water mark stops so the next pass fetches them again.
   */
  pendingHold?: string;
  /** Threads whose full history still has to be fetched with M10 (more than 100 messages). */
  pendingFullThreads?: string[];
  /** Threads whose M10 answer could not be read: fetched again once per pass until they can be. */
  retryThreads?: string[];
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  lastError?: string;
  /** What kind of problem `lastError` is (the status bar words a refused key differently). */
  lastErrorKind?: 'throttled' | 'transient' | 'key' | 'refused' | 'payload' | 'storage';
  /** No pass before this instant (backoff after failures, Retry-After). */
  notBefore?: string;
  /** Failed passes in a row (the backoff's exponent). */
  failures?: number;
}

export interface QuarantineRecord {
  id?: number;
  shopId: string;
  kind: string;
  receivedAt: string;
  /** Why the record could not be understood, in words. */
  problem: string;
  payload: unknown;
  /** Identifies the same payload seen again (see quarantineFingerprint); set since schema version 2. */
  fingerprint?: string;
  /**
   * The id the console asked for, when the payload is one record read by id (M10): the entry is
   * cleared when that record is next read fine. Entries from list pages have none; they are cleared
   * by the next complete pass that quarantines nothing.
   */
  recordId?: string;
}
