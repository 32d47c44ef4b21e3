import type { ConsoleDatabase } from './db';

/** A shop as the host lists it: what the cache keeps of it. */
export interface ShopListing {
  id: string;
  label: string;
  market: string;
}

/**
 * Keeps the shop records in step with the host's list: label and market may change; what the sync
 * stored on a shop (its account, A01) stays. Shops missing from the list are kept, with their data.
 */
export async function storeShops(db: ConsoleDatabase, shops: readonly ShopListing[]): Promise<void> {
  await db.transaction('rw', db.shops, async () => {
    for (const shop of shops) {
      const existing = await db.shops.get(shop.id);
      await db.shops.put({ ...existing, id: shop.id, label: shop.label, market: shop.market });
    }
  });
}
