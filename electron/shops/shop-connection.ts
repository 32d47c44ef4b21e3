/**
 * A shop as the gateway knows it: where its marketplace is and the key to reach it. This never
 * leaves the gateway side; the renderer sees `ShopSummary` from the IPC contract instead.
 */
export interface ShopConnection {
  /** The console's id for the shop, used in `/platform/<id>/...` paths. */
  id: string;
  label: string;
  /** Two-letter market (country) code whose calendar and language apply. */
  market: string;
  /** The Mirakl instance, without a trailing slash, e.g. https://example.mirakl.net */
  baseUrl: string;
  /** The shop API key, sent as the Authorization header. */
  key: string;
  /** Mirakl's shop id, sent as `shop_id` for keys that reach several shops. */
  miraklShopId: number | null;
  kind: 'demo' | 'mirakl';
}

/** Looks shops up by the console's id. */
export interface ShopDirectory {
  list(): Promise<ShopConnection[]>;
  get(id: string): Promise<ShopConnection | undefined>;
}

/** The renderer-safe view of a connection (drops the key). */
export function toSummary(shop: ShopConnection) {
  const { id, label, market, baseUrl, miraklShopId, kind } = shop;
  return { id, label, market, baseUrl, miraklShopId, kind };
}
