import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from './db';
import { readDraft, storeDraft } from './drafts.queries';
import { browserDatabases } from './legacy-databases';
import { wipeProfileData } from './profile-wipe.queries';

function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    removeItem: (key: string) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

describe('wipeProfileData', () => {
  it("deletes the profile's database, its older per-shop databases and its UI state, and nothing of another profile", async () => {
    const anna = new ConsoleDatabase('seller-console:anna');
    await storeDraft(anna, 'demo-2001', 't-1', 'secret draft of Anna', new Date('2026-11-23T10:00:00Z'));
    anna.close();
    const legacy = new ConsoleDatabase('seller-console:anna:demo-2001');
    await legacy.open();
    legacy.close();
    const ben = new ConsoleDatabase('seller-console:ben');
    await storeDraft(ben, 'demo-2001', 't-1', 'draft of Ben', new Date('2026-11-23T10:00:00Z'));
    ben.close();
    const storage = memoryStorage({
      'seller-console:anna:preferences': '{"language":"pl"}',
      'seller-console:anna:inbox-filters': '{}',
      'seller-console:ben:preferences': '{"language":"hr"}',
      'seller-console:active-profile': 'anna',
    });

    const report = await wipeProfileData('anna', browserDatabases, storage);

    expect(report).toEqual({ databases: ['seller-console:anna', 'seller-console:anna:demo-2001'], storageKeys: 2 });
    const names = await browserDatabases.names();
    expect(names).not.toContain('seller-console:anna');
    expect(names).not.toContain('seller-console:anna:demo-2001');
    expect(storage.keys()).toEqual(['seller-console:ben:preferences', 'seller-console:active-profile']);
    const reopened = new ConsoleDatabase('seller-console:anna');
    expect(await readDraft(reopened, 'demo-2001', 't-1')).toBeUndefined();
    reopened.close();
    const benAgain = new ConsoleDatabase('seller-console:ben');
    expect((await readDraft(benAgain, 'demo-2001', 't-1'))?.body).toBe('draft of Ben');
    benAgain.close();
  });

  it('refuses a profile id that could name another database', async () => {
    await expect(wipeProfileData('anna:demo-2001', browserDatabases, null)).rejects.toThrow(/not a valid profile id/);
  });
});
