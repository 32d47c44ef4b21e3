import { browserDatabases, type DatabaseDirectory } from './legacy-databases';
import { legacyDatabaseNames, profileDatabaseName } from './db';

/** What a wipe deleted (for the tests and the log). */
export interface WipeReport {
  databases: string[];
  storageKeys: number;
}

/**
 * Deletes everything a profile keeps in this browser profile: its database (cached threads and
 * messages, drafts, attachment blobs, outbox, templates, cases...), any older per-shop databases of
 * it, and its persisted UI state in `storage` (keys `seller-console:<profileId>:...`: language,
 * filters, read marks). Its database must be closed first (the console unmounts before a wipe), or
 * the deletion waits for it. Throws for an invalid profile id (see profileDatabaseName).
 */
export async function wipeProfileData(
  profileId: string,
  directory: DatabaseDirectory = browserDatabases,
  storage: Pick<Storage, 'length' | 'key' | 'removeItem'> | null = typeof localStorage === 'undefined' ? null : localStorage,
): Promise<WipeReport> {
  const own = profileDatabaseName(profileId);
  const names = await directory.names();
  const databases = [own, ...legacyDatabaseNames(profileId, names)];
  for (const name of databases) await directory.remove(name);
  const prefix = `${own}:`;
  const keys: string[] = [];
  for (let index = 0; storage && index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) storage?.removeItem(key);
  return { databases, storageKeys: keys.length };
}
