import { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { answerText, parseRetryAfter } from './outbox/send-failure';

/**
 * Why a read failed, which decides what the scheduler does next:
 * - throttled: 429 (or 503 with Retry-After): wait at least `retryAfterMs`, then go on;
 * - transient: network error, timeout, 5xx: back off (capped exponential with jitter) and retry;
 * - key: 401/403: the shop's key was refused; retrying will not help until the seller reconnects;
 * - refused: another 4xx (e.g. an expired page token): the request itself is wrong.
 */
export type SyncFailure =
  | { kind: 'throttled'; status: number; retryAfterMs: number | null; message: string }
  | { kind: 'transient'; status: number | null; message: string }
  | { kind: 'key'; status: number; message: string }
  | { kind: 'refused'; status: number; message: string };

/** Thrown by a SyncPlatform when a read fails. */
export class SyncFailureError extends Error {
  constructor(readonly failure: SyncFailure) {
    super(failure.message);
    this.name = 'SyncFailureError';
  }
}

/** The query values the Mirakl list operations take. */
export type SyncQuery = Record<string, string | number | boolean | undefined>;

/**
 * The marketplace as the sync engine sees it: GETs of a shop's API paths (e.g. `api/inbox/threads`),
 * answering the parsed JSON body (not yet validated) or throwing SyncFailureError. Implemented over
 * the gateway with ky in the app, and over the same HTTP in tests and benchmarks.
 */
export interface SyncPlatform {
  getJson(shopId: string, apiPath: string, query?: SyncQuery): Promise<unknown>;
}

/** Classifies an HTTP status that was not a success (`fromGateway`: the console's gateway answered, not the marketplace). */
export function classifyReadStatus(status: number, retryAfter: string | null, message: string | null, nowMs: number, fromGateway = false): SyncFailure {
  if (status === 429 || (status === 503 && retryAfter)) {
    return { kind: 'throttled', status, retryAfterMs: parseRetryAfter(retryAfter, nowMs), message: 'The marketplace asked the console to slow down.' };
  }
  if (status === 401 || status === 403) {
    return { kind: 'key', status, message: 'The marketplace refused the shop key. Reconnect the shop in Settings.' };
  }
  if (status >= 400 && status < 500 && status !== 408) return { kind: 'refused', status, message: message ?? `The marketplace answered ${status}.` };
  return { kind: 'transient', status, message: answerText(status, message, fromGateway) };
}

/**
 * The sync engine's marketplace over HTTP: `http` is a ky instance whose prefix reaches `/platform/`
 * (the gateway). Retries are off here: the scheduler backs off across passes, so one failing shop
 * never holds up the others.
 */
export function httpSyncPlatform(http: KyInstance, now: () => Date): SyncPlatform {
  return {
    async getJson(shopId, apiPath, query) {
      const searchParams: Record<string, string | number | boolean> = {};
      for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) searchParams[key] = value;
      try {
        return await http.get(`${encodeURIComponent(shopId)}/${apiPath}`, { searchParams, retry: 0 }).json();
      } catch (error) {
        if (error instanceof HTTPError) {
          const body = await error.response
            .clone()
            .json()
            .then((json) => json as { message?: unknown })
            .catch(() => null);
          const message = typeof body?.message === 'string' && body.message ? body.message : null;
          const { status, headers } = error.response;
          throw new SyncFailureError(classifyReadStatus(status, headers.get('retry-after'), message, now().getTime(), headers.has('x-gateway-error')));
        }
        if (error instanceof TimeoutError) throw new SyncFailureError({ kind: 'transient', status: null, message: 'The marketplace did not answer in time.' });
        if (error instanceof SyntaxError) throw new SyncFailureError({ kind: 'transient', status: null, message: 'The marketplace sent a response that is not JSON.' });
        throw new SyncFailureError({ kind: 'transient', status: null, message: 'The connection to the marketplace failed.' });
      }
    },
  };
}
