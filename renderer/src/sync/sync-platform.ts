import type { OperationResult } from '../../../shared/mirakl';
import { responseSchema, type OperationInput, type Platform, type ReadCode } from '../api/platform';
import type { PlatformFailure } from '../api/platform-failure';
import { validateRecord } from './payload-validation';

/**
 * The marketplace as the sync engine sees it: the renderer's platform client's reads, as parsed
 * JSON, because sync validates them itself with the catalogue's schemas so that what it cannot read
 * goes to the quarantine (list pages record by record, single records whole). The app passes the one
 * client of api/platform.ts; tests and benchmarks wrap it to count or break reads.
 */
export type SyncPlatform = Pick<Platform, 'callRaw'>;

/**
 * Why a read failed, which decides what the scheduler does next (and is kept on the cursor):
 * - throttled: 429 (or 503 with Retry-After): wait at least `retryAfterMs`, then go on;
 * - transient: network error, timeout, 5xx, an answer that is not JSON: back off and retry;
 * - key: 401/403: the shop's key was refused; retrying will not help until the seller reconnects;
 * - refused: another 4xx (e.g. an expired page token), or a request the console could not make
 *   (status null): the request itself is wrong.
 */
export type SyncFailure =
  | { kind: 'throttled'; status: number; retryAfterMs: number | null; message: string }
  | { kind: 'transient'; status: number | null; message: string }
  | { kind: 'key'; status: number; message: string }
  | { kind: 'refused'; status: number | null; message: string };

/** Thrown by the sync reads when the marketplace gave no usable answer. */
export class SyncFailureError extends Error {
  constructor(readonly failure: SyncFailure) {
    super(failure.message);
    this.name = 'SyncFailureError';
  }
}

/** What a platform failure means for the sync engine (see SyncFailure); the message stays the platform's, but for a refused key. */
export function syncFailureOf(failure: PlatformFailure): SyncFailure {
  switch (failure.kind) {
    case 'throttled':
      return { kind: 'throttled', status: failure.status, retryAfterMs: failure.retryAfterMs, message: failure.message };
    case 'refused':
      if (failure.status === 401 || failure.status === 403) {
        return { kind: 'key', status: failure.status, message: 'The marketplace refused the shop key. Reconnect the shop in Settings.' };
      }
      return { kind: 'refused', status: failure.status, message: failure.message };
    case 'invalid':
      return { kind: 'refused', status: null, message: failure.message };
    default:
      return { kind: 'transient', status: failure.status, message: failure.message };
  }
}

/** Reads an operation's answer as parsed JSON, not validated yet (see validatePage, readRecord); throws SyncFailureError. */
export async function readJson<C extends ReadCode>(
  platform: SyncPlatform,
  shopId: string,
  code: C,
  input: OperationInput<C>,
): Promise<unknown> {
  const result = await platform.callRaw(shopId, code, input);
  if (!result.ok) throw new SyncFailureError(syncFailureOf(result.failure));
  return result.value;
}

/**
 * Reads one record (M10, A01) and validates it with the operation's response schema from the
 * catalogue. Throws SyncFailureError, or PayloadError with the quarantine record (`where`, what came
 * and what was wrong) when the answer breaks the schema.
 */
export async function readRecord<C extends ReadCode>(
  platform: SyncPlatform,
  shopId: string,
  code: C,
  input: OperationInput<C>,
  where: { shopId: string; kind: string; receivedAt: string; recordId?: string },
): Promise<OperationResult<C>> {
  const schema = responseSchema(code);
  if (!schema) throw new Error(`${code} answers no JSON record.`);
  return validateRecord(await readJson(platform, shopId, code, input), schema, where);
}
