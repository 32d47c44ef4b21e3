import { MiraklHttpError } from './http-types';
import type { ShopRecord } from './model';

/**
 * Finds the shop of a request as Mirakl does: the raw shop API key in `Authorization` (no scheme),
 * then the optional `shop_id` query parameter, which must name that key's shop. Throws 401 for a
 * missing or unknown key, 400 for a `shop_id` that is not an integer, 403 for another shop's id.
 */
export function authenticate(shops: readonly ShopRecord[], authorization: string | undefined, query: URLSearchParams): ShopRecord {
  const key = authorization?.trim();
  const shop = key ? shops.find((s) => s.key === key) : undefined;
  if (!shop) throw new MiraklHttpError(401, 'Unauthorized');
  const shopId = query.get('shop_id');
  if (shopId !== null && shopId !== '') {
    if (!/^\d+$/.test(shopId)) throw new MiraklHttpError(400, `Invalid value for parameter 'shop_id': ${shopId}`);
    if (Number(shopId) !== shop.id) throw new MiraklHttpError(403, `The API key has no access to shop ${shopId}`);
  }
  return shop;
}
