import ky, { HTTPError, type KyInstance } from 'ky';
import { consoleRequestHeaderName } from '../host/host-contract';

/**
 * The HTTP client for the platform: same-origin calls to `/platform/<shopId>/api/...`, which the
 * gateway forwards with the shop's key. GETs are retried on 408/429/5xx with ky's backoff and
 * Retry-After; writes are never retried here (the outbox decides, because Mirakl has no idempotency key).
 */
export const platformHttp: KyInstance = ky.create({
  prefixUrl: '/platform/',
  headers: { [consoleRequestHeaderName]: '1', accept: 'application/json' },
  timeout: 35_000,
  retry: { limit: 2, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504], afterStatusCodes: [413, 429, 503] },
});

/** A platform call that failed, with the status and the message to show the seller. */
export class PlatformError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

/** Turns ky's errors into PlatformError with the marketplace's or the gateway's own message. */
export async function toPlatformError(error: unknown): Promise<PlatformError> {
  if (error instanceof HTTPError) {
    let message = `The marketplace answered ${error.response.status}.`;
    let code: string | null = null;
    try {
      const body = (await error.response.clone().json()) as { message?: unknown; code?: unknown };
      if (typeof body.message === 'string' && body.message) message = body.message;
      if (typeof body.code === 'string') code = body.code;
    } catch {
      // Not JSON: keep the status message.
    }
    if (error.response.status === 401) message = 'The marketplace refused the shop key. Reconnect the shop in Settings.';
    return new PlatformError(error.response.status, code, message);
  }
  if (error instanceof Error && error.name === 'TimeoutError') return new PlatformError(0, 'TIMEOUT', 'The marketplace took too long to answer.');
  return new PlatformError(0, 'NETWORK', 'The console is offline or its service is not running.');
}

/** GETs JSON from a shop's API path (e.g. "api/inbox/threads"), throwing PlatformError. */
export async function getJson(shopId: string, path: string, searchParams?: Record<string, string | number | boolean>): Promise<unknown> {
  try {
    return await platformHttp.get(`${encodeURIComponent(shopId)}/${path}`, { searchParams }).json();
  } catch (error) {
    throw await toPlatformError(error);
  }
}
