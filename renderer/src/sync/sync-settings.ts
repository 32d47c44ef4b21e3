import { defaultSyncPolicy, minimumIntervalMs, type SyncPolicy } from './sync-policy';

/** Where the seller's polling choice is kept (per browser profile; it is a preference, not data). */
export const syncSettingsKey = 'seller-console:inbox-poll-ms';

/** The choices the settings offer for polling the inbox while it is on screen. */
export const inboxPollChoices: readonly number[] = [30_000, 60_000, 2 * 60_000, 5 * 60_000];

/** A storage with the part of the Web Storage API this module uses. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The sync policy with the seller's inbox polling interval applied; a missing, unreadable or
 * too-frequent stored value falls back to the default (never below the published maximum).
 */
export function loadSyncPolicy(storage: PreferenceStorage | null): SyncPolicy {
  const stored = Number(storage?.getItem(syncSettingsKey));
  const inboxVisibleMs = Number.isFinite(stored) && stored >= minimumIntervalMs.threads ? stored : defaultSyncPolicy.inboxVisibleMs;
  return { ...defaultSyncPolicy, inboxVisibleMs, hiddenMs: Math.max(defaultSyncPolicy.hiddenMs, inboxVisibleMs) };
}

/** Stores the seller's choice (clamped to the published maximum frequency). */
export function saveInboxPollMs(storage: PreferenceStorage, ms: number): void {
  storage.setItem(syncSettingsKey, String(Math.max(minimumIntervalMs.threads, Math.round(ms))));
}
