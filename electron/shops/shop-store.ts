import { z } from 'zod';
import type { TextFile } from '../storage/atomic-file';
import type { ShopConnection, ShopDirectory } from './shop-connection';

/**
 * Encrypts shop keys at rest. The desktop app uses Electron's safeStorage (the OS keychain);
 * web mode uses `plainSecretBox` and relies on the file's 0600 mode, and says so in the README.
 */
export interface SecretBox {
  readonly kind: string;
  /**
   * 'disk': keys may be written to the data directory in the box's encrypted form. 'session': there
   * is no protection worth the name, so the host keeps connected shops in memory only (gone at quit).
   * 'file': web mode's base64 in a 0600 file. Absent means 'disk'.
   */
  readonly persistence?: 'disk' | 'session' | 'file';
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/** Keeps keys as base64 only: for web mode and tests, where no OS keychain is available. */
export const plainSecretBox: SecretBox = {
  kind: 'plain',
  persistence: 'file',
  encrypt: (plain) => Buffer.from(plain, 'utf8').toString('base64'),
  decrypt: (stored) => Buffer.from(stored, 'base64').toString('utf8'),
};

const storedShopSchema = z.object({
  id: z.string(),
  label: z.string(),
  market: z.string(),
  baseUrl: z.string(),
  miraklShopId: z.number().nullable(),
  secretKind: z.string(),
  key: z.string(),
});
const storeFileSchema = z.object({ version: z.literal(1), shops: z.array(storedShopSchema) });

/** The connected (non-demo) shops, persisted in one JSON file with their keys encrypted. */
export interface ShopStore {
  list(): Promise<ShopConnection[]>;
  add(shop: Omit<ShopConnection, 'id' | 'kind'>): Promise<ShopConnection>;
  remove(id: string): Promise<boolean>;
}

/**
 * Creates the store over `file`. A file that cannot be read as the expected JSON is not overwritten
 * silently: `list` rejects with a message naming the problem, so no shop is lost by a bad write.
 * `newId` makes ids for new shops (e.g. crypto.randomUUID).
 */
export function createShopStore(file: TextFile, secrets: SecretBox, newId: () => string): ShopStore {
  async function load() {
    const text = await file.read();
    if (text === null) return { version: 1 as const, shops: [] };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error('The saved shop list is damaged (not JSON). It was left as it is; reconnect the shops or restore the file.');
    }
    const parsed = storeFileSchema.safeParse(json);
    if (!parsed.success) throw new Error('The saved shop list has an unexpected shape. It was left as it is.');
    return parsed.data;
  }
  function reveal(stored: z.infer<typeof storedShopSchema>): ShopConnection {
    if (stored.secretKind !== secrets.kind) {
      throw new Error(`The key of shop "${stored.label}" was saved with ${stored.secretKind} storage and cannot be read here.`);
    }
    const { secretKind: _kind, key, ...rest } = stored;
    return { ...rest, key: secrets.decrypt(key), kind: 'mirakl' };
  }
  // Reads and writes of the file run one after another, so concurrent connects never lose a shop.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  }
  return {
    list: () => serial(async () => (await load()).shops.map(reveal)),
    add: (shop) =>
      serial(async () => {
        const data = await load();
        const id = newId();
        const stored = { ...shop, id, secretKind: secrets.kind, key: secrets.encrypt(shop.key) };
        await file.write(JSON.stringify({ version: 1, shops: [...data.shops, stored] }, null, 2));
        return { ...shop, id, kind: 'mirakl' as const };
      }),
    remove: (id) =>
      serial(async () => {
        const data = await load();
        const shops = data.shops.filter((s) => s.id !== id);
        if (shops.length === data.shops.length) return false;
        await file.write(JSON.stringify({ version: 1, shops }, null, 2));
        return true;
      }),
  };
}

/** A directory over the embedded demo's shops (fixed for this run) and the stored ones. */
export function createShopDirectory(demoShops: readonly ShopConnection[], store: ShopStore): ShopDirectory {
  return {
    async list() {
      return [...demoShops, ...(await store.list())];
    },
    async get(id) {
      return demoShops.find((s) => s.id === id) ?? (await store.list()).find((s) => s.id === id);
    },
  };
}
