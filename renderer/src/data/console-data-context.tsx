import { createContext, useContext, type ReactNode } from 'react';
import type { DownloadOptions, DownloadResult } from '../api/platform-download';
import type { ShopSummary } from '../host/host-contract';
import type { ConsoleDatabase } from './db';

/**
 * What every feature needs to read and write the offline cache: the profile's database, who is
 * working (recorded on what they send), the shops, and the two nudges that make the background
 * work look again at once (the outbox sender after an item is enqueued, the sync engine when the
 * seller asks for fresh data). The nudges reach the leader window wherever it is (BroadcastChannel).
 */
export interface ConsoleData {
  db: ConsoleDatabase;
  profileId: string;
  /** The team member working now (recorded on outbox items); 'default' until profiles exist. */
  author: string;
  shops: readonly ShopSummary[];
  /** The console's one clock (the runtime's): what features stamp on what they store. */
  now(): Date;
  /** Wakes the outbox sender (call after enqueue or after retrying a parked item). */
  wakeOutbox(): void;
  /** Asks for a sync now: of one shop, or of all; never more often than the published maximum. */
  syncNow(shopId?: string): void;
  /** Fetches everything of a shop again at the next round (diagnostics: after quarantined records). */
  resyncShop(shopId: string): Promise<void>;
  /** How often the inbox is polled while on screen (the seller's setting), in ms. */
  inboxPollMs(): number;
  /** Changes that setting (kept in this browser profile; never below Mirakl's published maximum). */
  setInboxPollMs(ms: number): void;
  /**
   * Fetches one thread whole (M10) into the cache now, e.g. when the seller opens it; works in any
   * window. Rejects with SyncFailureError (marketplace or network) or PayloadError (quarantined).
   */
  refreshThread(shopId: string, threadId: string): Promise<void>;
  /**
   * Fetches one attachment's bytes from the marketplace (M13 through the gateway), in any window;
   * answers the file or why there is none (offline, refused, too large), never throws. Stores nothing:
   * the attachments feature keeps it in the cache (data/attachments.queries.ts).
   */
  downloadAttachment(shopId: string, attachmentId: string, options: DownloadOptions): Promise<DownloadResult>;
}

const ConsoleDataContext = createContext<ConsoleData | null>(null);

/** Provides the console's data to the component tree (see startConsoleRuntime); null while it starts. */
export function ConsoleDataProvider({ value, children }: { value: ConsoleData | null; children: ReactNode }) {
  return <ConsoleDataContext.Provider value={value}>{children}</ConsoleDataContext.Provider>;
}

/** The console's data; throws when used outside ConsoleDataProvider (a programming error). */
export function useConsoleData(): ConsoleData {
  const value = useContext(ConsoleDataContext);
  if (!value) throw new Error('useConsoleData needs a ConsoleDataProvider above it.');
  return value;
}
