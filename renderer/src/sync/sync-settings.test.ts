import { describe, expect, it } from 'vitest';
import { loadSyncPolicy, saveInboxPollMs, syncSettingsKey } from './sync-settings';
import { defaultSyncPolicy } from './sync-policy';

function memory(): { getItem(k: string): string | null; setItem(k: string, v: string): void; map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('sync settings', () => {
  it('applies the chosen inbox interval, and keeps the default otherwise', () => {
    const storage = memory();
    expect(loadSyncPolicy(storage)).toEqual(defaultSyncPolicy);
    expect(loadSyncPolicy(null)).toEqual(defaultSyncPolicy);
    saveInboxPollMs(storage, 120_000);
    expect(loadSyncPolicy(storage).inboxVisibleMs).toBe(120_000);
    storage.setItem(syncSettingsKey, 'soon');
    expect(loadSyncPolicy(storage).inboxVisibleMs).toBe(defaultSyncPolicy.inboxVisibleMs);
  });

  it('never polls more often than Mirakl publishes, and never faster hidden than shown', () => {
    const storage = memory();
    saveInboxPollMs(storage, 1_000);
    expect(storage.map.get(syncSettingsKey)).toBe('10000');
    saveInboxPollMs(storage, 10 * 60_000);
    const policy = loadSyncPolicy(storage);
    expect(policy.hiddenMs).toBeGreaterThanOrEqual(policy.inboxVisibleMs);
  });
});
