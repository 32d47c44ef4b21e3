import { HandlerError } from '../ipc/ipc-dispatcher';

/**
 * Checks a shop key against its marketplace by calling A01 (shop information) once, before the key
 * is stored. Throws HandlerError INVALID_KEY (401/403), UNREACHABLE (network, timeout) or
 * UNEXPECTED_ANSWER (any other status), each with a message a seller can act on.
 */
export async function checkShopKey(
  shop: { baseUrl: string; key: string; miraklShopId: number | null },
  doFetch: typeof fetch = fetch,
  timeoutMs = 15_000,
): Promise<void> {
  const url = new URL(`${shop.baseUrl}/api/account`);
  if (shop.miraklShopId !== null) url.searchParams.set('shop_id', String(shop.miraklShopId));
  let response: Response;
  try {
    response = await doFetch(url, {
      headers: { authorization: shop.key, accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
  } catch {
    throw new HandlerError(
      'UNREACHABLE',
      `The marketplace at ${shop.baseUrl} could not be reached. Check the address and your connection.`,
    );
  }
  await response.body?.cancel();
  if (response.status === 401 || response.status === 403) {
    throw new HandlerError(
      'INVALID_KEY',
      'The marketplace refused this API key. Copy the key again from your shop settings (Mirakl back office, "API key").',
    );
  }
  if (!response.ok) {
    throw new HandlerError(
      'UNEXPECTED_ANSWER',
      `The marketplace answered ${response.status} to a shop information request; is this a Mirakl Seller API address?`,
    );
  }
}
